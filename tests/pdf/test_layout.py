"""The body and its pages: headings kept with what follows, lists counted as Word counts them,
blocks and runs of kinds the renderer does not know yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QTextBlockFormat, QTextDocument

from os2editor.docx import furniture, language
from os2editor.docx.blocks import Block, Heading, ListItem, Paragraph, Run, Title, blocks_for
from os2editor.markdown import loads
from os2editor.pdf.body import Body, BodyBuilder
from os2editor.pdf.book import PdfBook
from os2editor.pdf.info import DocumentInfo
from os2editor.pdf.lists import number_text as _number_text
from os2editor.pdf.pages import _page, paginate
from tests.docx.helpers import ROLE_MD
from tests.helpers import fixture_text

FILLER = "Denne linje fylder op, så overskriften til sidst lander nær sidens fod. " * 3


def builder() -> BodyBuilder:
    who = furniture.Identity("Rolle", "OS2", "Rolle")
    book = PdfBook(DocumentInfo.of(who, language.texts_for("da"), None, dt.datetime(2026, 1, 1)))
    return book.pages.builder()


def body_of(blocks: list[Block]) -> Body:
    build = builder()
    for block in blocks:
        build.add(block)
    return build.body


def page_of_line(body: Body, number: int, line: int = 0) -> int:
    block = body.document.findBlockByNumber(number)
    return _page(block, line, body.page_size.height())


def broke_before(body: Body, number: int) -> bool:
    policy = body.document.findBlockByNumber(number).blockFormat().pageBreakPolicy()
    return bool(policy & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def test_a_heading_never_ends_a_page() -> None:
    """Somewhere in this range of filler lengths the heading falls at a page's foot."""
    moved = 0
    for count in range(22, 34):
        blocks: list[Block] = [Title((Run("Titel"),))]
        blocks += [Paragraph((Run(f"{index}. {FILLER}"),)) for index in range(count)]
        blocks += [Heading(1, (Run("Arbejdsopgaver og prioritering"),)),
                   Paragraph((Run(FILLER),))]
        body = body_of(blocks)
        paginate(body)
        heading = body.keep_with_next[-1]
        assert body.document.findBlockByNumber(heading).text() == "Arbejdsopgaver og prioritering"
        # Its page holds the first two lines of the paragraph after it.
        assert page_of_line(body, heading) == page_of_line(body, heading + 1, 1)
        moved += broke_before(body, heading)
    assert moved >= 1


def test_a_heading_over_a_heading_moves_together() -> None:
    moved = 0
    for count in range(22, 34):
        blocks: list[Block] = [Paragraph((Run(f"{index}. {FILLER}"),)) for index in range(count)]
        blocks += [Heading(1, (Run("Ansvarsområde"),)), Heading(2, (Run("1. Drift"),)),
                   ListItem(0, (Run("Holde registrene opdaterede."),), 1)]
        body = body_of(blocks)
        paginate(body)
        section, area = body.keep_with_next[-2:]
        assert page_of_line(body, section) == page_of_line(body, area) == page_of_line(
            body, area + 1
        )
        moved += broke_before(body, section)
        assert not broke_before(body, area)
    assert moved >= 1


def test_a_lead_in_stays_with_its_list() -> None:
    moved = 0
    for count in range(22, 34):
        blocks: list[Block] = [Paragraph((Run(f"{index}. {FILLER}"),)) for index in range(count)]
        blocks += [Paragraph((Run("Det kan f.eks. være:"),)),
                   ListItem(0, (Run("at lede møder"),), 7), ListItem(0, (Run("at skrive"),), 7)]
        body = body_of(blocks)
        paginate(body)
        lead_in = body.keep_with_next[-1]
        assert body.document.findBlockByNumber(lead_in).text() == "Det kan f.eks. være:"
        assert page_of_line(body, lead_in) == page_of_line(body, lead_in + 1)
        moved += broke_before(body, lead_in)
    assert moved >= 1


def test_a_colon_before_prose_is_not_kept() -> None:
    body = body_of([Paragraph((Run("Bemærk:"),)), Paragraph((Run("Tekst."),))])
    assert body.keep_with_next == []


def assert_no_line_crosses_a_page_edge(body: Body) -> None:
    pages = paginate(body)
    height = body.page_size.height()
    layout = body.document.documentLayout()
    block = body.document.firstBlock()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            first = (top + line.y()) // height
            assert first == (top + line.y() + line.height() - 1) // height, block.text()
            assert first < pages
        block = block.next()


@pytest.mark.parametrize("name", ["chief.md", "appendix.md", "program.md"])
def test_no_line_crosses_a_page_edge(name: str) -> None:
    assert_no_line_crosses_a_page_edge(body_of(blocks_for(loads(fixture_text(name)))))


def test_no_line_crosses_a_page_edge_after_a_table() -> None:
    """Qt lays out the block right after a table without regard to the page's end, so the
    builder leaves that block empty; here tables end at many places on a page."""
    blocks = blocks_for(loads(ROLE_MD))
    for extra in range(0, 40, 2):
        assert_no_line_crosses_a_page_edge(body_of([Paragraph((Run(FILLER * extra),)), *blocks]))


def test_lists_count_as_word_counts_them() -> None:
    blocks: list[Block] = [
        ListItem(0, (Run("tre"),), 1, ordered=True, start=3),
        ListItem(1, (Run("a"),), 1, ordered=True),
        ListItem(1, (Run("b"),), 1, ordered=True),
        ListItem(0, (Run("fire"),), 1, ordered=True, start=3),
        ListItem(1, (Run("igen a"),), 1, ordered=True),
        Paragraph((Run("Mellem to punkter."),)),
        ListItem(0, (Run("fem"),), 1, ordered=True, start=3),
        ListItem(0, (Run("punkt"),), 2),
        ListItem(1, (Run("under"),), 2),
        ListItem(2, (Run("dybere"),), 2),
    ]
    body = body_of(blocks)
    assert [marker for _number, _level, marker in body.markers] == [
        "3.", "a.", "b.", "4.", "a.", "5.", "•", "◦", "▪",
    ]
    indents = [body.document.findBlockByNumber(number).blockFormat().indent()
               for number, _level, _marker in body.markers]
    assert indents == [1, 2, 2, 1, 2, 1, 1, 2, 3]


def test_number_formats_cycle_by_level() -> None:
    assert [_number_text(n, 0) for n in (1, 12)] == ["1", "12"]
    assert [_number_text(n, 1) for n in (1, 26, 27, 28)] == ["a", "z", "aa", "ab"]
    assert [_number_text(n, 2) for n in (1, 4, 9, 14, 1999)] == ["i", "iv", "ix", "xiv", "mcmxcix"]
    assert _number_text(2, 3) == "2"


def test_items_of_one_list_sit_close_and_the_list_has_space_after() -> None:
    body = body_of([
        ListItem(0, (Run("et"),), 1), ListItem(0, (Run("to"),), 1),
        Paragraph((Run("Efter listen."),)),
    ])
    margins = [body.document.findBlockByNumber(n).blockFormat().topMargin() for n in range(3)]
    assert margins[1] == 0.0 and margins[2] > 0.0


@dataclass(frozen=True, slots=True)
class Caption:
    """A block type the renderer has no method for, with runs."""

    runs: tuple[Run, ...]
    source: str = "logo.png"


@dataclass(frozen=True, slots=True)
class PageBreak:
    """A block type without runs."""


def test_code_strike_and_block_types_from_the_future() -> None:
    body = body_of([
        Paragraph((Run("kode", code=True), Run(" slettet", strike=True))),
        Caption((Run("Billedtekst"),)),  # type: ignore[list-item]
        PageBreak(),  # type: ignore[list-item]
    ])
    document: QTextDocument = body.document
    assert document.blockCount() == 2
    assert document.findBlockByNumber(1).text() == "Billedtekst"
    fragments = [it.fragment() for it in document.firstBlock()]
    code, strike = (fragment.charFormat() for fragment in fragments)
    assert code.font().family() != strike.font().family()  # the fixed-width family
    assert strike.fontStrikeOut() and not code.fontStrikeOut()
