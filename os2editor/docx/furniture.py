"""Page furniture: header, footer with page numbers, and the document's core properties.

The fixed texts depend on the language of the document (not on the GUI's), so they live in
one small table keyed by document language.

What goes into the header, the footer and the properties is decided once (``_header_pieces``,
``_footer_pieces``, ``_core_values``) and written two ways: into lxml trees
(:func:`write_header`, :func:`write_footer`, :func:`set_core_properties`, for letterheads and
the redline) and as text (:func:`header_xml`, :func:`footer_xml`, :func:`core_xml`, for the
bundled template, see :mod:`os2editor.docx.bundled`). The tree writers import lxml when they
run, so that a plain export never loads it.
"""

from __future__ import annotations

import datetime as dt
import re
from string import Formatter
from typing import TYPE_CHECKING, Any, NamedTuple

from os2editor.docx.inline import clean_text, parse_inline, plain_text
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import field_xml, qn, text_width, text_xml, xml_attr, xml_text
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.docx.package import PackageDocument

DEFAULT_ORGANISATION = "OS2"


# Texts and Identity are NamedTuples, not frozen dataclasses: those take a millisecond each
# to create (dataclasses generate their methods from source), in every export's process.
class Texts(NamedTuple):
    """The fixed texts of an export in one document language."""

    language_tag: str
    subject: str
    page_of: str  # {page} and {pages} become PAGE and NUMPAGES fields
    revised: str  # {date}
    date: str  # {day}, {month} (number), {month_name}, {year}
    month_names: tuple[str, ...] = ()

    def format_date(self, day: dt.date) -> str:
        """``day`` as this language writes dates (not the process locale's way)."""
        name = self.month_names[day.month - 1] if self.month_names else ""
        return self.date.format(day=day.day, month=day.month, month_name=name, year=day.year)


_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

TEXTS: dict[str, Texts] = {
    "da": Texts(
        "da-DK", "Funktionsbeskrivelse", "Side {page} af {pages}", "Revideret {date}",
        "{day:02d}.{month:02d}.{year}",
    ),
    "en": Texts(
        "en-GB", "Role description", "Page {page} of {pages}", "Revised {date}",
        "{day} {month_name} {year}", _ENGLISH_MONTHS,
    ),
}  # fmt: skip

_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
# "Funktionsbeskrivelse – Produktkonsulent i OS2": the role, and the organisation after " i ".
_H1 = re.compile(
    r"^(?:Funktionsbeskrivelse\s*[–—:-]\s*)?(?P<role>.+?)(?:\s+i\s+(?P<org>[A-ZÆØÅ0-9]\S*(?:\s+\S+)*))?\s*$"
)


_DANISH_HINTS = ("funktionsbeskrivelse", "formål", "ansvarsområde", "opgaver", "kvalifikationer",
                 "øvrige forhold", "æ", "ø", "å")


def document_language(doc: FunctionDescription) -> str:
    """"da" or "en": the document's own language, which the fixed texts follow.

    A ``lang`` or ``language`` key in the front matter decides; otherwise a description that
    reads as Danish (its headings, or æ/ø/å in its title and headings) is Danish, else English.
    """
    extra = doc.front_matter.extra
    for key in ("lang", "language"):
        value = str(extra.get(key) or "").strip().lower()
        if value[:2] in TEXTS:
            return value[:2]
    words = " ".join([doc.h1 or "", doc.front_matter.title or ""]
                     + [section.heading for section in doc.sections]).lower()
    return "da" if any(hint in words for hint in _DANISH_HINTS) else "en"


def texts_for(language: str) -> Texts:
    """The fixed texts for ``language`` ("da" or "en"); ValueError for any other."""
    try:
        return TEXTS[language]
    except KeyError:
        known = ", ".join(TEXTS)
        raise ValueError(f"Unknown document language {language!r}. Known: {known}.") from None


class Identity(NamedTuple):
    """Who the document is about: the role's title and the organisation, as the header shows."""

    role: str
    organisation: str
    title: str


def identity(doc: FunctionDescription, organisation: str | None = None) -> Identity:
    """Role title and organisation from ``doc``; ``organisation`` overrides the document's."""
    title = _plain(doc.h1 or doc.front_matter.title or "")
    match = _H1.match(title) if doc.h1 else None
    role = match.group("role") if match else _plain(doc.front_matter.title or title)
    found = match.group("org") if match else None
    chosen = _plain(organisation or "") or found or DEFAULT_ORGANISATION
    return Identity(role.strip(), chosen, title)


def _plain(markdown: str) -> str:
    """One line of plain text from inline markdown (for headers and properties)."""
    return " ".join(plain_text(parse_inline(markdown)).split())


def revision_date(doc: FunctionDescription, texts: Texts) -> str | None:
    """The front matter's ``last_revised`` as the document language writes dates, if set."""
    value = doc.front_matter.extra.get("last_revised")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return texts.format_date(value)
    text = " ".join(clean_text(str(value)).split())
    try:
        return texts.format_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


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


def write_header(document: PackageDocument, styles: StyleMap, who: Identity) -> None:
    """Organisation on the left, role title on the right, below any letterhead content."""
    for paragraph in _furniture_paragraphs(document, "header", styles, "Header"):
        _append_pieces(paragraph, _header_pieces(who))


def write_footer(
    document: PackageDocument, styles: StyleMap, texts: Texts, revised: str | None
) -> None:
    """The page numbers ("Side X af Y", as fields) on the left, the revision date right."""
    for paragraph in _furniture_paragraphs(document, "footer", styles, "Footer"):
        _append_pieces(paragraph, _footer_pieces(texts, revised))


def _append_pieces(paragraph: Any, pieces: list[Piece]) -> None:
    from os2editor.docx import oxml  # lxml: only trees need it (see the module docstring)

    for kind, value in pieces:
        if kind == "field":
            oxml.field(paragraph, value)
        elif kind == "tab":
            oxml.sub(oxml.sub(paragraph, "w:r"), "w:tab")
        else:
            run = oxml.sub(paragraph, "w:r")
            if kind == "bold":
                oxml.sub(oxml.sub(run, "w:rPr"), "w:b")
            oxml.text(run, value)


def _pieces_xml(pieces: list[Piece]) -> str:
    """The runs of ``pieces`` as text, as :func:`_append_pieces` builds them."""
    runs = []
    for kind, value in pieces:
        if kind == "field":
            runs.append(field_xml(value))
        elif kind == "tab":
            runs.append("<w:r><w:tab/></w:r>")
        elif kind == "bold":
            runs.append(f"<w:r><w:rPr><w:b/></w:rPr>{text_xml(value)}</w:r>")
        else:
            runs.append(f"<w:r>{text_xml(value)}</w:r>")
    return "".join(runs)


def header_xml(styles: StyleMap, who: Identity, width: int) -> str:
    """The content of the header's paragraph as text: what :func:`write_header` writes."""
    return _properties_xml(styles, "Header", width) + _pieces_xml(_header_pieces(who))


def footer_xml(styles: StyleMap, texts: Texts, revised: str | None, width: int) -> str:
    """The content of the footer's paragraph as text: what :func:`write_footer` writes."""
    return _properties_xml(styles, "Footer", width) + _pieces_xml(_footer_pieces(texts, revised))


def _furniture_paragraphs(
    document: PackageDocument, kind: str, styles: StyleMap, style: str
) -> list[Any]:
    """One paragraph to fill at the end of each header (or footer) of the first section.

    A letterhead may have a first-page and an even-page header besides the default one; each
    gets the furniture, below its own content (a logo, an address). An empty last paragraph
    is reused, so the default template's header holds just the one line.
    """
    width = str(text_width(document.section_properties))
    style_id = styles.id_for(style)
    return [_last_paragraph(root, style_id, styles, width) for root in document.furniture(kind)]


def _last_paragraph(container: Any, style_id: str | None, styles: StyleMap, width: str) -> Any:
    from lxml import etree  # only trees need lxml (see the module docstring)

    from os2editor.docx import oxml

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


def _properties_xml(styles: StyleMap, style: str, width: int) -> str:
    """The paragraph properties :func:`_last_paragraph` builds, as text."""
    style_id = styles.id_for(style)
    style_xml = f'<w:pStyle w:val="{xml_attr(style_id)}"/>' if style_id is not None else ""
    cleared = "".join(
        f'<w:tab w:val="clear" w:pos="{xml_attr(position)}"/>'
        for position in _cleared_tabs(styles, style_id)
    )
    return (
        f'<w:pPr>{style_xml}<w:tabs>{cleared}<w:tab w:val="right" w:pos="{width}"/></w:tabs>'
        "</w:pPr>"
    )


def _cleared_tabs(styles: StyleMap, style_id: str | None) -> list[str]:
    """The tab stops of the style, which the furniture's own stop replaces."""
    return [position for position in styles.tab_stops.get(style_id or "", []) if position]


CORE_NAMESPACES = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


def _core_values(
    who: Identity, texts: Texts, author: str | None, now: dt.datetime
) -> list[tuple[str, str, str]]:
    """(prefix, name, text) of each core property the export sets, in order."""
    author = clean_text(author or "").strip() or who.organisation
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    return [
        ("dc", "title", who.title or who.role),
        ("dc", "subject", texts.subject),
        ("dc", "creator", author),
        ("cp", "keywords", ", ".join(k for k in (texts.subject, who.role, who.organisation) if k)),
        ("dc", "language", texts.language_tag),
        ("cp", "lastModifiedBy", author),
        ("cp", "revision", "1"),
        ("dcterms", "created", stamp),
        ("dcterms", "modified", stamp),
    ]


# The Clark names of the properties the export sets (and removes from the template first),
# taken from the list itself so that the two cannot disagree.
CORE_TAGS = frozenset(
    f"{{{CORE_NAMESPACES[prefix]}}}{name}"
    for prefix, name, _ in _core_values(Identity("", "", ""), TEXTS["da"], None, dt.datetime.min)
)


def set_core_properties(
    document: PackageDocument, who: Identity, texts: Texts, author: str | None, now: dt.datetime
) -> None:
    """Title, subject, author, keywords, dates and language, as Word's File > Info shows."""
    from lxml import etree  # only trees need lxml (see the module docstring)

    core = document.core_properties(CORE_NAMESPACES)
    for prefix, name, value in _core_values(who, texts, author, now):
        tag = f"{{{CORE_NAMESPACES[prefix]}}}{name}"
        for old in core.findall(tag):
            core.remove(old)
        element = etree.SubElement(core, tag)
        element.text = value
        if prefix == "dcterms":
            element.set(f"{{{CORE_NAMESPACES['xsi']}}}type", "dcterms:W3CDTF")


def core_xml(who: Identity, texts: Texts, author: str | None, now: dt.datetime) -> str:
    """The properties :func:`set_core_properties` appends, as text (prefixes as declared in
    :data:`CORE_NAMESPACES`)."""
    elements = []
    for prefix, name, value in _core_values(who, texts, author, now):
        typed = ' xsi:type="dcterms:W3CDTF"' if prefix == "dcterms" else ""
        elements.append(f"<{prefix}:{name}{typed}>{xml_text(value)}</{prefix}:{name}>")
    return "".join(elements)
