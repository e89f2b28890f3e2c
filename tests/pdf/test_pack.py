"""The board pack as a PDF: the cover, then each changed role on its own pages with a
bookmark, the changes marked; the CLI writes it for an output named .pdf."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from os2editor.cli import main
from os2editor.library import Baseline, Library, Round, review
from os2editor.pdf.pack import write_pack_pdf
from tests.library.helpers import make_round_repo
from tests.pdf.helpers import outline_titles, pdftotext, reader, words

DAY = dt.date(2026, 12, 5)


def the_round(folder: Path) -> Round:
    library = Library(folder)
    return review(library, library.scan(Baseline.of_revision("v2025"), strict_git=True))


def test_the_pdf_pack_has_the_cover_and_each_changed_role(tmp_path: Path) -> None:
    result = the_round(make_round_repo(tmp_path / "handbook"))
    target = tmp_path / "pakke.pdf"
    write_pack_pdf(result, target, author="Anne Sekretær", day=DAY)

    pdf = reader(target.read_bytes())
    assert outline_titles(pdf)[0] == "Oversigt"
    titles = [title for title in outline_titles(pdf) if isinstance(title, str)]
    assert titles == ["Oversigt", *(role.title for role in result.changed)]
    text = pdftotext(target)
    assert "Dato: 5. december 2026" in text
    assert "Ændringer siden: v2025" in text
    cover = words(text.split("\f")[0])
    for role in result.roles:
        assert role.title.split()[0] in cover, role.title
    # The unchanged role is listed, not printed in full; the edited task shows both wordings.
    program = next(r for r in result.roles if not r.changed)
    assert program.new is not None and program.new.h1 not in text
    assert "kvartalsrapporten" in text and "kvartals- og årsrapporten" in text
    assert pdf.metadata is not None and pdf.metadata.author == "Anne Sekretær"


def test_cli_pack_writes_a_pdf_for_a_pdf_name(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    out = tmp_path / "pakke.pdf"
    assert main(["pack", str(folder), "--since", "v2025", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: 4 changed, 1 unchanged since v2025\n"
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(reader(io.BytesIO(out.read_bytes()).getvalue()).pages) >= 5
