"""Page furniture: header, footer with page numbers, the draft mark, and the properties.

A letterhead's header and footer are its own. The export adds only what they lack, in their
look: the "organisation ⇥ role" line goes into an empty header only, and "Side X af Y" into a
footer that has no page number yet, formatted like the footer's own text. The bundled
template's header and footer are empty, so an export on it gets both lines.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from string import Formatter
from typing import Any

from lxml import etree

from os2editor.docx import oxml
from os2editor.docx.language import Texts
from os2editor.docx.properties import (
    DEFAULT_ORGANISATION,
    Identity,
    document_properties,
    identity,
    is_draft,
    revision_date,
)
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import qn, text_width

__all__ = [
    "DEFAULT_ORGANISATION",
    "Identity",
    "furniture_roots",
    "header_line",
    "identity",
    "is_draft",
    "revision_date",
    "set_core_properties",
    "write_footer",
    "write_header",
]

_DRAFT_COLOUR = "C00000"
_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
_PAGE_FIELD = re.compile(r"\b(?:PAGE|NUMPAGES|SECTIONPAGES)\b")


# A piece of header or footer: (kind, value); kind "text", "bold", "tab" or "field" (value
# is then the field's instruction).
Piece = tuple[str, str]
_TAB: Piece = ("tab", "")


def _header_pieces(who: Identity) -> list[Piece]:
    """Organisation on the left, role title on the right."""
    return [("bold", who.organisation), _TAB, ("text", who.role)]


def _footer_pieces(texts: Texts, revised: str | None) -> list[Piece]:
    """The page numbers ("Side X af Y", as fields) on the left, the revision date right."""
    pieces: list[Piece] = []
    for literal, name, _spec, _conversion in Formatter().parse(texts.page_of):
        if literal:
            pieces.append(("text", literal))
        if name:
            pieces.append(("field", _FIELDS[name]))
    if revised:
        pieces += [_TAB, ("text", texts.revised.format(date=revised))]
    return pieces


def furniture_roots(document: Any, kind: str) -> list[Any]:
    """The ``w:hdr``/``w:ftr`` roots (``kind`` "header"/"footer") of the first section, each
    once: a letterhead may have a first-page and an even-page one besides the default."""
    section = document.element.body.find(qn("w:sectPr"))
    roots: list[Any] = []
    if section is None:
        return roots
    seen: set[str] = set()
    for reference in section.iterfind(qn(f"w:{kind}Reference")):
        rel_id = reference.get(qn("r:id"))
        if rel_id and rel_id not in seen:
            seen.add(rel_id)
            roots.append(document.part.related_parts[rel_id].element)
    return roots


def write_header(
    document: Any, styles: StyleMap, who: Identity, texts: Texts, *, draft: bool = False
) -> None:
    """Organisation left, role right, in every header that is empty; a draft gets its mark in
    every header."""
    width = str(text_width(document.element.body.find(qn("w:sectPr"))))
    styles.id_for("Header")  # a template without it is told so, as for the footer
    for root in furniture_roots(document, "header"):
        line = None
        if not _has_content(root):
            line = header_line(root, styles, who, width)
        if draft:  # above our own line, below a letterhead's
            mark = _draft_mark(texts.draft)
            if line is not None:
                line.addprevious(mark)
            else:
                root.append(mark)


def header_line(root: Any, styles: StyleMap, who: Identity, width: str) -> Any:
    """Add the "organisation ⇥ role" line at the end of the header ``root`` (in its empty last
    paragraph, if it has one), in the Header style with a right tab at ``width`` (twips);
    return the line's paragraph. A board pack names each role this way under a letterhead's
    own header content."""
    line = _last_paragraph(root, styles.id_for("Header"), styles, width)
    _append_pieces(line, _header_pieces(who), None)
    return line


def write_footer(document: Any, styles: StyleMap, texts: Texts, revised: str | None) -> None:
    """Page numbers ("Side X af Y", as fields) left and the revision date right, in every
    footer without a page number; in a footer with text of its own, in that text's look."""
    width = str(text_width(document.element.body.find(qn("w:sectPr"))))
    style_id = styles.id_for("Footer")
    pieces = _footer_pieces(texts, revised)
    for root in furniture_roots(document, "footer"):
        if _has_page_number(root):
            continue
        model = _last_text_paragraph(root)
        if model is None:
            paragraph = _last_paragraph(root, style_id, styles, width)
            _append_pieces(paragraph, pieces, None)
            continue
        paragraph, look = _paragraph_like(root, model, styles, width)
        if _centred(paragraph):  # no tab stop to reach: the date follows after a dot
            centred = [("text", " · ") if kind == "tab" else (kind, v) for kind, v in pieces]
            _append_pieces(paragraph, centred, look)
        else:
            _append_pieces(paragraph, pieces, look)


def _has_content(root: Any) -> bool:
    """Whether a header or footer shows anything: text, a picture, a shape or a field."""
    if any((text.text or "").strip() for text in root.iter(qn("w:t"))):
        return True
    shown = (qn("w:drawing"), qn("w:pict"), qn("w:object"), qn("w:fldSimple"), qn("w:instrText"))
    return next(root.iter(*shown), None) is not None


def _has_page_number(root: Any) -> bool:
    for code in root.iter(qn("w:instrText")):
        if _PAGE_FIELD.search(code.text or ""):
            return True
    return any(
        _PAGE_FIELD.search(simple.get(qn("w:instr"), "")) for simple in root.iter(qn("w:fldSimple"))
    )


def _last_text_paragraph(root: Any) -> Any:
    """The last paragraph of ``root`` with visible text, or None."""
    for paragraph in reversed(list(root.iter(qn("w:p")))):
        if any((text.text or "").strip() for text in paragraph.iter(qn("w:t"))):
            return paragraph
    return None


def _paragraph_like(root: Any, model: Any, styles: StyleMap, width: str) -> tuple[Any, Any]:
    """A new last paragraph of ``root`` formatted like ``model``, and the run properties of
    ``model``'s last text run (its font, size and colour) for the runs put in it."""
    paragraph = oxml.sub(root, "w:p")
    properties = model.find(qn("w:pPr"))
    if properties is not None:
        properties = copy.deepcopy(properties)
        for name in ("w:numPr", "w:tabs", "w:rPr", "w:sectPr", "w:pPrChange"):
            for element in properties.findall(qn(name)):
                properties.remove(element)
        paragraph.append(properties)
    else:
        properties = oxml.sub(paragraph, "w:pPr")
    tabs = etree.Element(qn("w:tabs"))
    style = properties.find(qn("w:pStyle"))
    for position in _cleared_tabs(styles, style.get(oxml.W_VAL) if style is not None else None):
        oxml.sub(tabs, "w:tab", "clear", pos=position)
    oxml.sub(tabs, "w:tab", "right", pos=width)
    _insert_in_order(properties, tabs)
    runs = [run for run in model.iter(qn("w:r")) if run.find(qn("w:t")) is not None]
    look = runs[-1].find(qn("w:rPr")) if runs else None
    return paragraph, look


def _centred(paragraph: Any) -> bool:
    justify = paragraph.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    return justify is not None and justify.get(oxml.W_VAL) in ("center", "right", "end")


# The elements of w:pPr that come before w:tabs in the schema's order.
_BEFORE_TABS = frozenset(
    qn(f"w:{name}")
    for name in (
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd",
    )
)  # fmt: skip


def _insert_in_order(properties: Any, tabs: Any) -> None:
    later = next((child for child in properties if child.tag not in _BEFORE_TABS), None)
    if later is not None:
        later.addprevious(tabs)
    else:
        properties.append(tabs)


def _append_pieces(paragraph: Any, pieces: list[Piece], look: Any) -> None:
    """Runs for ``pieces`` at the end of ``paragraph``; ``look`` (a ``w:rPr``) formats them."""
    for kind, value in pieces:
        if kind == "field":
            for run in oxml.field(paragraph, value):
                _format(run, look, bold=False)
        elif kind == "tab":
            oxml.sub(oxml.sub(paragraph, "w:r"), "w:tab")
        else:
            run = oxml.sub(paragraph, "w:r")
            _format(run, look, bold=kind == "bold")
            oxml.text(run, value)


def _format(run: Any, look: Any, *, bold: bool) -> None:
    properties = copy.deepcopy(look) if look is not None else None
    if properties is not None:
        run.insert(0, properties)
    if bold:
        if properties is None:
            properties = oxml.sub(run, "w:rPr")
            run.insert(0, properties)
        if properties.find(qn("w:b")) is None:
            oxml.insert_run_property(properties, "w:b")


def _draft_mark(mark: str) -> Any:
    """A right-aligned paragraph holding "UDKAST" in bold red, with no style of its own (a
    header style may draw a rule under it)."""
    paragraph = etree.Element(qn("w:p"))
    properties = oxml.sub(paragraph, "w:pPr")
    oxml.sub(properties, "w:spacing", after="0")
    oxml.sub(properties, "w:jc", "right")
    run = oxml.sub(paragraph, "w:r")
    run_properties = oxml.sub(run, "w:rPr")
    oxml.sub(run_properties, "w:b")
    oxml.sub(run_properties, "w:color", _DRAFT_COLOUR)
    oxml.sub(run_properties, "w:sz", "18")
    oxml.text(run, mark)
    return paragraph


def _last_paragraph(container: Any, style_id: str | None, styles: StyleMap, width: str) -> Any:
    """The paragraph to fill in an empty header or footer: its last paragraph if that holds
    nothing, else a new one; with one right-aligned tab stop at the margin."""
    found = container.findall(qn("w:p"))
    last = found[-1] if found else None
    content = (qn("w:r"), qn("w:hyperlink"), qn("w:drawing"), qn("w:pict"))
    if last is not None and next(last.iter(*content), None) is None:
        paragraph = last
        for old in paragraph.findall(qn("w:pPr")):
            paragraph.remove(old)
    else:
        paragraph = oxml.sub(container, "w:p")
    properties = etree.Element(qn("w:pPr"))
    paragraph.insert(0, properties)
    if style_id is not None:
        oxml.sub(properties, "w:pStyle", style_id)
    # One right-aligned tab stop at the margin; the style's own stops would come first.
    tabs = oxml.sub(properties, "w:tabs")
    for position in _cleared_tabs(styles, style_id):
        oxml.sub(tabs, "w:tab", "clear", pos=position)
    oxml.sub(tabs, "w:tab", "right", pos=width)
    return paragraph


def _cleared_tabs(styles: StyleMap, style_id: str | None) -> list[str]:
    """The tab stops of the style, which the furniture's own stop replaces."""
    return [position for position in styles.tab_stops.get(style_id or "", []) if position]


def set_core_properties(
    document: Any,
    who: Identity,
    texts: Texts,
    author: str | None,
    now: dt.datetime,
    *,
    draft: bool = False,
) -> None:
    """Title, subject, author, keywords, dates, language and status, as File > Info shows.

    The first five are :func:`os2editor.docx.properties.document_properties`, which the PDF's
    document information has too. The template's own properties were left behind with it
    (os2editor.docx.letterhead), so the document describes itself only.
    """
    described = document_properties(who, texts, author)
    properties = document.core_properties
    properties.title = described.title
    properties.subject = described.subject
    properties.author = described.author
    properties.keywords = described.keywords
    properties.language = described.language
    properties.last_modified_by = described.author
    properties.revision = 1
    properties.created = now
    properties.modified = now
    if draft:
        properties.content_status = texts.draft_status
