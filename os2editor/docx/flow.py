"""Page flow: headings and lead-ins stay with what follows them, in Word and LibreOffice.

Headings carry "keep with next" (``w:keepNext``); so does a lead-in, a paragraph ending in
":" before a list or a table ("Det kan f.eks. være:"). Word honours it. LibreOffice 7 often
does not when the heading has space above or below it: the heading stays at the foot of the
page while its text starts the next one (found by rendering the OS2 files with every page
height from A4 to half of it). So a heading carries no space of its own: the space above it
becomes space below the paragraph before it (Word and LibreOffice add the two, so the page
looks the same), and the space below it goes, which sets the heading close to the text it
belongs to, as Word's own heading styles do. A heading at the top of a page then starts
flush with the margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from os2editor.docx import oxml
from os2editor.docx.blocks import Block, Heading, ListItem, Paragraph, Table, Title
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import W_VAL, qn

_P, _TBL, _T = qn("w:p"), qn("w:tbl"), qn("w:t")
_PPR, _PSTYLE, _NUMPR, _OUTLINE = qn("w:pPr"), qn("w:pStyle"), qn("w:numPr"), qn("w:outlineLvl")
_LISTS = ("item", "table")


def keep_with_next(elements: Sequence[Any], kinds: Sequence[str], styles: StyleMap) -> None:
    """Set keep-with-next on the lead-ins among ``elements`` (body paragraphs and tables, in
    order; ``kinds`` says what each is, see :func:`kind_of`), and move the space above each
    heading to the paragraph before it (see the module)."""
    for index, element in enumerate(elements):
        kind = kinds[index]
        following = elements[index + 1] if index + 1 < len(elements) else None
        # Headings and the title carry it already (os2editor.docx.blockxml).
        if kind == "lead-in" and following is not None and kinds[index + 1] in _LISTS:
            oxml.paragraph_property(element, "w:keepNext")
        if kind == "heading":
            previous = elements[index - 1] if index else None
            after_heading = kinds[index - 1] == "heading" if index else False
            _move_space(previous, after_heading, element, following, styles)


def kind_of(block: Block) -> str:
    """What a block is for the page flow: "heading", "title", "lead-in" (a paragraph that
    ends in ":"), "item", "table" or ""."""
    if isinstance(block, Heading):
        return "heading"
    if isinstance(block, Title):
        return "title"
    if isinstance(block, ListItem):
        return "item"
    if isinstance(block, Table):
        return "table"
    if isinstance(block, Paragraph) and block.runs and not block.code:
        return "lead-in" if block.runs[-1].text.rstrip().endswith(":") else ""
    return ""


def keep_body_with_next(body: Any, styles: StyleMap) -> None:
    """:func:`keep_with_next` for a body written in pieces (a redline): what each paragraph is
    is read from the XML."""
    title = styles.ids.get("title")
    elements = [child for child in body if child.tag in (_P, _TBL)]
    keep_with_next(elements, [_kind(child, styles, title) for child in elements], styles)


def _kind(element: Any, styles: StyleMap, title: str | None) -> str:
    if element.tag == _TBL:
        return "table"
    properties = element.find(_PPR)
    if properties is not None:
        style = properties.find(_PSTYLE)
        style_id = style.get(W_VAL) if style is not None else None
        if style_id is not None and style_id == title:
            return "title"
        if (style_id is not None and style_id in styles.outlined) or properties.find(
            _OUTLINE
        ) is not None:
            return "heading"
        if properties.find(_NUMPR) is not None:
            return "item"  # a list item ending in ":" leads into the next item, not a list
    last = None
    for last in element.iter(_T):  # noqa: B007 (the last one is wanted)
        pass
    return "lead-in" if last is not None and (last.text or "").rstrip().endswith(":") else ""


def _move_space(
    previous: Any, after_heading: bool, heading: Any, following: Any, styles: StyleMap
) -> None:
    """The space above ``heading`` below the paragraph before it (between two headings it
    stays above the second), and no space below it."""
    before, after = _spacing(heading, styles)
    if before and previous is not None and previous.tag == _P and not after_heading:
        _set(previous, "after", _spacing(previous, styles)[1] + before)
        _set(heading, "before", 0)
    if after:  # a heading written by os2editor.docx.blockxml has none
        _set(heading, "after", 0)


def _spacing(paragraph: Any, styles: StyleMap) -> tuple[int, int]:
    """The space above and below ``paragraph`` (twips): its own, else its style's."""
    style = paragraph.find(f"{_PPR}/{_PSTYLE}")
    before, after = styles.spacing(style.get(W_VAL) if style is not None else None)
    spacing = paragraph.find(f"{_PPR}/{qn('w:spacing')}")
    if spacing is not None:
        before = _twips(spacing.get(qn("w:before")), before)
        after = _twips(spacing.get(qn("w:after")), after)
    return before, after


def _twips(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _set(paragraph: Any, side: str, twips: int) -> None:
    oxml.paragraph_property(paragraph, "w:spacing").set(qn(f"w:{side}"), str(twips))
