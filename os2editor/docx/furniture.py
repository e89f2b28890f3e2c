"""Page furniture: header, footer with page numbers, and the document's core properties.

The fixed texts depend on the language of the document (not on the GUI's), so they live in
one small table keyed by document language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from os2editor.docx import oxml
from os2editor.docx.inline import clean_text, parse_inline, plain_text
from os2editor.docx.oxml import qn
from os2editor.docx.package import PackageDocument
from os2editor.docx.template import StyleMap
from os2editor.docx.writer import text_width
from os2editor.model import FunctionDescription

DEFAULT_ORGANISATION = "OS2"


@dataclass(frozen=True)
class Texts:
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


@dataclass(frozen=True)
class Identity:
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


def write_header(document: PackageDocument, styles: StyleMap, who: Identity) -> None:
    """Organisation on the left, role title on the right, below any letterhead content."""
    for paragraph in _furniture_paragraphs(document, "header", styles, "Header"):
        name = oxml.sub(paragraph, "w:r")
        oxml.sub(oxml.sub(name, "w:rPr"), "w:b")
        oxml.text(name, who.organisation)
        oxml.sub(oxml.sub(paragraph, "w:r"), "w:tab")
        oxml.text(oxml.sub(paragraph, "w:r"), who.role)


def write_footer(
    document: PackageDocument, styles: StyleMap, texts: Texts, revised: str | None
) -> None:
    """The page numbers ("Side X af Y", as fields) on the left, the revision date right."""
    for paragraph in _furniture_paragraphs(document, "footer", styles, "Footer"):
        for piece in re.split(r"(\{pages?\})", texts.page_of):
            instruction = _FIELDS.get(piece[1:-1]) if piece.startswith("{") else None
            if instruction:
                oxml.field(paragraph, instruction)
            elif piece:
                oxml.text(oxml.sub(paragraph, "w:r"), piece)
        if revised:
            oxml.sub(oxml.sub(paragraph, "w:r"), "w:tab")
            oxml.text(oxml.sub(paragraph, "w:r"), texts.revised.format(date=revised))


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
    for position in styles.tab_stops.get(style_id or "", []):
        if position:
            oxml.sub(tabs, "w:tab", "clear", pos=position)
    oxml.sub(tabs, "w:tab", "right", pos=width)
    return paragraph


_CORE = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


def set_core_properties(
    document: PackageDocument, who: Identity, texts: Texts, author: str | None, now: dt.datetime
) -> None:
    """Title, subject, author, keywords, dates and language, as Word's File > Info shows."""
    author = clean_text(author or "").strip() or who.organisation
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    values = [
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
    core = document.core_properties(_CORE)
    for prefix, name, value in values:
        tag = f"{{{_CORE[prefix]}}}{name}"
        for old in core.findall(tag):
            core.remove(old)
        element = etree.SubElement(core, tag)
        element.text = value
        if prefix == "dcterms":
            element.set(f"{{{_CORE['xsi']}}}type", "dcterms:W3CDTF")
