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

from typing import Any

from os2editor.docx import oxml
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import W_VAL, qn

_P, _TBL = qn("w:p"), qn("w:tbl")


def keep_with_next(body: Any, styles: StyleMap) -> None:
    """Set keep-with-next on the headings, the title and the lead-ins of ``body``, and move
    the space around each heading to its neighbours (see the module)."""
    title = styles.ids.get("title")
    children = [child for child in body if child.tag in (_P, _TBL)]
    headings = [_is_heading(child, styles) for child in children]
    for index, element in enumerate(children):
        if element.tag != _P:
            continue
        following = children[index + 1] if index + 1 < len(children) else None
        style_id = _style(element)
        is_title = style_id is not None and style_id == title
        lead_in = following is not None and _is_lead_in(element, following)
        if headings[index] or is_title or lead_in:
            oxml.paragraph_property(element, "w:keepNext")
    for index, element in enumerate(children):
        if headings[index]:
            previous = children[index - 1] if index > 0 else None
            following = children[index + 1] if index + 1 < len(children) else None
            _move_space(previous, element, following, styles)


def _move_space(previous: Any, heading: Any, following: Any, styles: StyleMap) -> None:
    """The space above ``heading`` below the paragraph before it (between two headings it
    stays above the second), and no space below it when a paragraph follows."""
    before, after = _spacing(heading, styles)
    if before and previous is not None and previous.tag == _P and not _is_heading(previous, styles):
        _set(previous, "after", _spacing(previous, styles)[1] + before)
        _set(heading, "before", 0)
    if after and following is not None and following.tag == _P:
        _set(heading, "after", 0)


def _style(paragraph: Any) -> str | None:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(W_VAL) if style is not None else None


def _is_heading(paragraph: Any, styles: StyleMap) -> bool:
    if paragraph.tag != _P:
        return False
    style_id = _style(paragraph)
    if style_id is not None and style_id in styles.outlined:
        return True
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None


def _is_lead_in(paragraph: Any, following: Any) -> bool:
    """A paragraph that introduces the list or table after it (it ends in a colon)."""
    if paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
        return False  # a list item ending in ":" leads into the next item, not a list
    text = "".join(t.text or "" for t in paragraph.iter(qn("w:t"))).rstrip()
    if not text.endswith(":"):
        return False
    return following.tag == _TBL or following.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None


def _spacing(paragraph: Any, styles: StyleMap) -> tuple[int, int]:
    """The space above and below ``paragraph`` (twips): its own, else its style's."""
    before, after = styles.spacing(_style(paragraph))
    spacing = paragraph.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
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
