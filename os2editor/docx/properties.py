"""Who a description is about, and the properties every export describes it with.

The Word export's core properties (File > Info) and the PDF's document information come from
:func:`document_properties`, so the two outputs of one description can never describe it
differently. No lxml and no python-docx here: the PDF output reads this module too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import NamedTuple

from os2editor import site_markup
from os2editor.docx.inline import clean_text, parse_inline, plain_text
from os2editor.docx.language import Texts
from os2editor.model import FunctionDescription

DEFAULT_ORGANISATION = "OS2"
_DRAFT_WORDS = frozenset({"draft", "udkast", "kladde"})

# "Funktionsbeskrivelse – Produktkonsulent i OS2": the role, and the organisation after " i ".
_H1 = re.compile(
    r"^(?:Funktionsbeskrivelse\s*[–—:-]\s*)?(?P<role>.+?)(?:\s+i\s+(?P<org>[A-ZÆØÅ0-9]\S*(?:\s+\S+)*))?\s*$"
)


class Identity(NamedTuple):
    """Who the document is about: the role's title and the organisation, as the header shows."""

    role: str
    organisation: str
    title: str


class DocumentProperties(NamedTuple):
    """What a reader's File > Properties shows of an export, in Word and in PDF alike."""

    title: str
    subject: str
    author: str
    keywords: str
    language: str  # a tag such as "da-DK"


def identity(doc: FunctionDescription, organisation: str | None = None) -> Identity:
    """Role title and organisation from ``doc``; ``organisation`` overrides the document's."""
    page = doc.front_matter.as_dict()
    title = _plain(doc.h1 or doc.front_matter.title or "", page)
    match = _H1.match(title) if doc.h1 else None
    role = match.group("role") if match else _plain(doc.front_matter.title or title, page)
    found = match.group("org") if match else None
    chosen = _plain(organisation or "", page) or found or DEFAULT_ORGANISATION
    return Identity(role.strip(), chosen, title)


def document_properties(who: Identity, texts: Texts, author: str | None) -> DocumentProperties:
    """Title, subject, author, keywords and language of the export of the document ``who``
    names, in the language of ``texts``. The author is ``author``, else the organisation."""
    author = clean_text(author or "").strip() or who.organisation
    keywords = ", ".join(k for k in (texts.subject, who.role, who.organisation) if k)
    return DocumentProperties(
        who.title or who.role, texts.subject, author, keywords, texts.language_tag
    )


def _plain(markdown: str, page: Mapping[str, object]) -> str:
    """One line of plain text from inline markdown (for headers and properties), without the
    website's machinery ("{{ page.title }}" filled in)."""
    return " ".join(plain_text(parse_inline(site_markup.clean(markdown, page).text)).split())


def revision_date(doc: FunctionDescription, texts: Texts) -> str | None:
    """The front matter's ``last_revised`` as the document language writes dates, if set."""
    value = doc.front_matter.extra.get("last_revised")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return texts.format_date(value)
    return texts.format_when(" ".join(clean_text(str(value)).split()))


def is_draft(doc: FunctionDescription) -> bool:
    """Whether the front matter marks the description as a draft (``status: DRAFT``)."""
    status = doc.front_matter.extra.get("status")
    return isinstance(status, str) and status.strip().lower() in _DRAFT_WORDS
