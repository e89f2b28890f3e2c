"""The document's own language, and the fixed texts an export writes in it.

Word spell-checks a document in the language it is tagged with, and the fixed texts ("Side
1 af 3", "Godkendt af …") must match. Both follow the document (never the window's language):
a ``lang`` (or ``language``) key in the front matter decides, else the words of the text. A
text that says nothing either way is Danish, the organisation's language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from os2editor.docx.blocks import Block, Table
from os2editor.model import FunctionDescription


# A NamedTuple, not a frozen dataclass: those take a millisecond each to create (dataclasses
# generate their methods from source), in every export's process.
class Texts(NamedTuple):
    """The fixed texts of an export in one document language."""

    language_tag: str
    subject: str
    page_of: str  # {page} and {pages} become PAGE and NUMPAGES fields
    revised: str  # {date}
    date: str  # {day}, {month} (number), {month_name}, {year}
    approved: str  # {by}, {date}
    draft: str  # the mark on every page of a draft
    draft_status: str  # the document's status property
    compared: str  # {baseline}: the redline's first line
    short_title: str  # the redline's label for the front matter's title
    month_names: tuple[str, ...] = ()

    def format_date(self, day: dt.date) -> str:
        """``day`` as this language writes dates (not the process locale's way)."""
        name = self.month_names[day.month - 1] if self.month_names else ""
        return self.date.format(day=day.day, month=day.month, month_name=name, year=day.year)

    def format_when(self, value: str) -> str:
        """An ISO date as this language writes dates; any other wording as it is."""
        try:
            return self.format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value


_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

TEXTS: dict[str, Texts] = {
    "da": Texts(
        "da-DK", "Funktionsbeskrivelse", "Side {page} af {pages}", "Revideret {date}",
        "{day:02d}.{month:02d}.{year}", "Godkendt af {by} den {date}", "UDKAST", "Udkast",
        "Ændringer i forhold til {baseline}", "Kort titel",
    ),
    "en": Texts(
        "en-GB", "Role description", "Page {page} of {pages}", "Revised {date}",
        "{day} {month_name} {year}", "Approved by {by} on {date}", "DRAFT", "Draft",
        "Changes since {baseline}", "Short title", _ENGLISH_MONTHS,
    ),
}  # fmt: skip


def texts_for(language: str) -> Texts:
    """The fixed texts for ``language`` ("da" or "en"); ValueError for any other."""
    try:
        return TEXTS[language]
    except KeyError:
        known = ", ".join(TEXTS)
        raise ValueError(f"Unknown document language {language!r}. Known: {known}.") from None


# Common words of one language that the other does not use. Words both languages have
# ("i", "at", "to", "for", "de") are not evidence either way, nor are names.
_DANISH = frozenset(
    [
        "og", "er", "det", "til", "af", "med", "på", "som", "der", "den", "ikke", "har", "kan",
        "skal", "eller", "om", "fra", "ved", "være", "også", "samt", "hvor", "når", "hvis",
        "efter", "mellem", "både", "bliver", "blive", "vil", "sig", "sin", "sine", "deres",
        "dette", "disse", "hvilke", "herunder", "inden", "uden", "mod", "sammen", "løbende",
        "opgaver", "ansvar", "rollen", "stillingen",
    ]
)
_ENGLISH = frozenset(
    [
        "the", "and", "of", "is", "with", "on", "that", "are", "this", "will", "or", "from",
        "you", "your", "our", "be", "an", "have", "has", "which", "their", "they", "we", "as",
        "not", "can", "who", "what", "when", "where", "about", "into", "more", "other", "such",
        "these", "those", "than", "then", "role", "work",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
_ENOUGH = 400  # words: more text does not change the answer


def document_language(doc: FunctionDescription, blocks: Iterable[Block]) -> str:
    """"da" or "en": the language of ``doc``, whose export blocks are ``blocks``.

    A ``lang`` or ``language`` key in the front matter decides. Otherwise the words of the
    title, the body and the front matter's texts are counted: English only when they are
    clearly English (twice the evidence of Danish, and some), else Danish.
    """
    extra = doc.front_matter.extra
    for key in ("lang", "language"):
        value = str(extra.get(key) or "").strip().lower()
        if value[:2] in TEXTS:
            return value[:2]
    danish = english = seen = 0
    for text in _texts(doc, blocks):
        lower = text.lower()
        words = _WORD.findall(lower)
        # Every æ, ø and å is Danish evidence too; names such as "Aarhus" are not.
        danish += sum(word in _DANISH for word in words) + sum(map(lower.count, "æøå"))
        english += sum(word in _ENGLISH for word in words)
        seen += len(words)
        if seen > _ENOUGH:
            break
    return "en" if english >= 3 and english > 2 * danish else "da"


def _texts(doc: FunctionDescription, blocks: Iterable[Block]) -> Iterator[str]:
    yield doc.front_matter.title or ""
    for block in blocks:
        if isinstance(block, Table):
            yield " ".join(run.text for row in block.rows for cell in row for run in cell)
        else:
            yield " ".join(run.text for run in getattr(block, "runs", ()))
    # A page whose text is all in the front matter (a job posting) speaks there.
    yield from front_matter_texts(doc.front_matter.extra.values())


def front_matter_texts(values: Iterable[Any], depth: int = 0) -> Iterator[str]:
    """The strings among front matter ``values``, in lists and mappings too (a few deep)."""
    for value in values:
        if isinstance(value, str):
            yield value
        elif depth < 4 and isinstance(value, dict):
            yield from front_matter_texts(value.values(), depth + 1)
        elif depth < 4 and isinstance(value, list):
            yield from front_matter_texts(value, depth + 1)
