"""The PDF redline: NEW's pages, insertions underlined in colour, deletions struck through."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from os2editor.docx.blocks import blocks_for
from os2editor.docx.language import texts_for
from os2editor.markdown import load
from os2editor.pdf import export_pdf, export_redline_pdf, style
from os2editor.pdf.redline import LEGEND, legend_blocks, marked_blocks
from os2editor.revision.alignment import redline_plan
from tests.helpers import run_diff
from tests.revision.helpers import FIXTURES

from .helpers import colour_pixels, pdftotext, reader, words
from .test_layout import builder

OLD, NEW = FIXTURES / "clerk-old.md", FIXTURES / "clerk-new.md"


def test_diff_writes_a_pdf_redline_with_a_legend(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ændringer.pdf"
    assert run_diff(str(OLD), str(NEW), "-o", str(target), "--author", "HR") == 0
    assert "Timetal ændret: 37 → 30" in capsys.readouterr().out
    pdf = reader(target.read_bytes())
    assert pdf.metadata is not None and pdf.metadata.author == "HR"
    text = pdftotext(target)
    legend = LEGEND["da"]
    plain = " ".join(text.split())
    assert f"{legend.lead} {legend.inserted}, {legend.deleted}." in plain
    # The baseline as the Word redline names it: the file's name and date (issue 16.13).
    assert f"Ændringer i forhold til {OLD.name}, 20" in plain
    assert plain.index("Funktionsbeskrivelse") < plain.index(legend.lead)  # the title first
    # Both versions' words are on the page, the old one struck and the new one underlined
    # right after it, as a Word redline shows them.
    assert "Timetal: 3730 timer pr. uge." in " ".join(words(text))
    assert colour_pixels(target, style.INSERT_COLOUR) > 20
    assert colour_pixels(target, style.DELETE_COLOUR) > 20


def test_a_plain_export_has_no_redline_colours(tmp_path: Path) -> None:
    target = tmp_path / "ren.pdf"
    export_pdf(load(NEW), target)
    assert colour_pixels(target, style.INSERT_COLOUR) == 0
    assert colour_pixels(target, style.DELETE_COLOUR) == 0


def test_marks_become_underline_and_strike_through() -> None:
    old, new = load(OLD), load(NEW)
    steps = redline_plan(old, new, blocks_for(old), blocks_for(new), texts=texts_for("en"),
                         baseline="git 3de0c66, 2026-01-26")
    filler = builder()
    blocks = [*marked_blocks(steps.head), *legend_blocks(LEGEND["en"]),
              *marked_blocks([*steps.preface, *steps.body])]
    for block, marks in blocks:
        filler.add(block, marks)
    document = filler.body.document
    inserted: list[str] = []
    deleted: list[str] = []
    block = document.firstBlock()
    while block.isValid():
        for fragment in (it.fragment() for it in block):
            char_format = fragment.charFormat()
            if char_format.fontUnderline() and not char_format.isAnchor():
                inserted.append(fragment.text())
            if char_format.fontStrikeOut():
                deleted.append(fragment.text())
        block = block.next()
    assert "OS2-fællesskabet" in inserted[0] and "Fællesskabet" in deleted[0]  # the title
    assert "inserted text" in inserted and "deleted text" in deleted
    assert "30" in "".join(inserted) and "37" in "".join(deleted)
    assert document.findBlockByNumber(1).text() == "Changes: inserted text, deleted text."
    assert document.findBlockByNumber(2).text() == "Changes since git 3de0c66, 2026-01-26"


def test_a_changed_front_matter_title_is_marked_and_the_author_defaults_to_the_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The short title the website shows (issue 16 point 13) is a change of its own, in the
    Word redline's words; without --author the user's full name is the author."""
    old, new = load(OLD), load(NEW)
    new.front_matter.title = "Sekretær og kasserer"
    monkeypatch.setattr("os2editor.people.full_name", lambda: "Anne Sekretær")
    stream = io.BytesIO()
    export_redline_pdf(old, new, stream)
    pdf = reader(stream.getvalue())
    assert pdf.metadata is not None and pdf.metadata.author == "Anne Sekretær"
    first = " ".join(pdf.pages[0].extract_text().split())
    assert "Kort titel: Sekretær og kasserer" in first
    filler = builder()
    steps = redline_plan(old, new, [], [], texts=texts_for("da"), baseline=None)
    for block, marks in marked_blocks(steps.preface):
        filler.add(block, marks)
    line = filler.body.document.firstBlock()
    inserted = [it.fragment().text() for it in line if it.fragment().charFormat().fontUnderline()]
    assert "".join(inserted).strip() == "og kasserer"


def test_redline_refuses_a_description_name(tmp_path: Path) -> None:
    target = tmp_path / "ny.md"
    assert run_diff(str(OLD), str(NEW), "-o", str(target)) == 2
    assert not target.exists()


def test_redline_to_a_stream() -> None:
    stream = io.BytesIO()
    export_redline_pdf(load(OLD), load(NEW), stream, author="HR", language="en")
    assert "Changes:" in " ".join(
        " ".join(page.extract_text().split()) for page in reader(stream.getvalue()).pages
    )
