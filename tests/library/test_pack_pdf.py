"""The board pack as a PDF: the cover first, then each changed role on pages of its own under
a header naming it, its changes marked as the PDF redline marks them, with a legend."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from os2editor.cli import main
from os2editor.docx.blocks import blocks_for
from os2editor.library import Round, Status, write_pack_pdf
from os2editor.pdf import style
from os2editor.pdf.redline import LEGEND
from tests.library.helpers import make_round_repo, the_round
from tests.pdf.helpers import (
    block_words,
    colour_pixels,
    missing_in_order,
    outline_titles,
    page_text,
    pdftotext,
    reader,
)

DAY = dt.date(2026, 12, 5)


# The PDF output paints with the running QApplication (pytest-qt's, as tests/pdf/conftest.py
# gives it to the PDF tests) rather than starting its own.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Round, Path]:
    root = tmp_path_factory.mktemp("pack") / "handbook"
    result = the_round(make_round_repo(root))
    target = root.parent / "pakke.pdf"
    assert write_pack_pdf(result, target, author="Anne Sekretær", day=DAY) == []
    return result, target


def role_pages(pdf: Any, title: str) -> list[str]:
    """The text of the pages of the role whose bookmark is ``title``."""
    marks = [item for item in pdf.outline if not isinstance(item, list)]
    starts = [pdf.get_destination_page_number(item) for item in marks] + [len(pdf.pages)]
    index = [str(item.title) for item in marks].index(title)
    return [page_text(pdf.pages[n]) for n in range(starts[index], starts[index + 1])]


def test_the_cover_comes_first_then_each_changed_role_under_its_own_header(
    packed: tuple[Round, Path],
) -> None:
    result, target = packed
    pdf = reader(target.read_bytes())
    cover = page_text(pdf.pages[0])
    assert "Funktionsbeskrivelser til bestyrelsen" in cover and "Dato: 5. december 2026" in cover
    assert "Bestyrelsespakke" in cover  # the cover's header
    assert "med ændringerne markeret" in cover  # not "som sporede ændringer": no Word here
    titles = [str(item.title) for item in pdf.outline if not isinstance(item, list)]
    assert titles == ["Funktionsbeskrivelser til bestyrelsen",
                      *(role.title for role in result.changed)]
    for role in result.changed:
        pages = role_pages(pdf, role.title)
        for number, text in enumerate(pages, start=1):
            assert role.title in text  # the header names the role on each of its pages
            assert f"Side {number} af {len(pages)}" in text  # each role numbers its own
        legend = LEGEND["da"]
        line = f"{legend.lead} {legend.inserted}, {legend.deleted}."
        assert "".join(line.split()) in "".join(pages[0].split())  # pypdf spaces runs apart
    unchanged = next(r for r in result.roles if r.status is Status.UNCHANGED)
    assert unchanged.title not in titles
    assert unchanged.new is not None and unchanged.new.h1 is not None
    assert not any(unchanged.new.h1 in page_text(page) for page in pdf.pages)
    assert pdf.metadata is not None and pdf.metadata.author == "Anne Sekretær"
    assert pdf.metadata.title == "Funktionsbeskrivelser til bestyrelsen"
    outline = outline_titles(pdf)
    assert outline[1] == ["Oversigt", "Uændrede funktionsbeskrivelser"]
    assert outline[3][0] == "Formål med stillingen"  # each role's headings under it


def test_both_versions_are_there_in_order_the_changes_marked(
    packed: tuple[Round, Path], tmp_path: Path
) -> None:
    """A board member reads the new text and, struck through, the old: every word of each
    version in its order, as accepting or rejecting all in Word would give."""
    result, target = packed
    pdf = reader(target.read_bytes())
    for role in result.changed:
        # Letters and digits only: a word edited at its punctuation is drawn in two runs.
        shown = re.findall(r"\w+", " ".join(role_pages(pdf, role.title)))
        for doc in (role.new, role.old):
            if doc is not None:
                expected = re.findall(r"\w+", " ".join(block_words(blocks_for(doc))))
                assert len(expected) > 50
                assert missing_in_order(expected, shown) == [], role.name
    data = next(role for role in result.changed if role.name == "roles/data.md")
    first = [item for item in pdf.outline if not isinstance(item, list)]
    page = pdf.get_destination_page_number(first[[str(i.title) for i in first].index(data.title)])
    single = tmp_path / "side.pdf"
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_page(pdf.pages[page])
    with single.open("wb") as file:
        writer.write(file)
    assert colour_pixels(single, style.INSERT_COLOUR) > 20
    assert colour_pixels(single, style.DELETE_COLOUR) > 20


def test_cli_pack_to_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    out = tmp_path / "pakke.pdf"

    assert main(["pack", str(folder), "--since", "v2025", "-o", str(out)]) == 0

    assert capsys.readouterr().out == f"{out}: 4 changed, 1 unchanged since v2025\n"
    assert out.read_bytes().startswith(b"%PDF-1.4")
    assert pdftotext(out).split()[:1] != []
    assert "Funktionsbeskrivelser til bestyrelsen" in " ".join(pdftotext(out).split())
