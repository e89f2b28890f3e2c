"""The New template's guidance, in one place: hints for empty fields, and what is left of it.

:data:`GUIDANCE` holds, for each field of each part, the hint a new description shows in that
field while it is empty, and the wordings the same guidance had in templates and drafts that
people copied (the bundled ``resources/new_description.md`` is one). A hint is never saved as
text: :func:`new_description` is a description with every part and no text. And any sentence
of the catalogue found in a file is a leftover (:func:`leftovers`), which ``check`` warns of.

To catch a wording from an older template, add it to the ``older`` of its field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from os2editor.model import (
    KINDS,
    FrontMatter,
    FunctionDescription,
    Node,
    Priority,
    Role,
    SectionKind,
    TasksSection,
    TextSpot,
    new_section,
    section_spots,
    text_spots,
)
from os2editor.model import fields as f


@dataclass(frozen=True)
class Guidance:
    """The guidance for one field: where (part, field, priority), the hint, older wordings."""

    part: SectionKind | None  # None: the titles and the text before the first part
    field: f.Field[Any, Any]
    hint: str
    priority: Priority | None = None  # for tasks: which group
    older: tuple[str, ...] = ()  # the same guidance as templates and drafts worded it


_P, _R, _T = SectionKind.PURPOSE, SectionKind.RESPONSIBILITIES, SectionKind.TASKS
_C, _F, _Q = SectionKind.COLLABORATION, SectionKind.PROFESSIONAL, SectionKind.PERSONAL
_O = SectionKind.CONDITIONS

GUIDANCE: tuple[Guidance, ...] = (
    Guidance(None, f.FM_TITLE, "Rollens navn, fx Produktkonsulent", older=("Ny rolle",)),
    Guidance(None, f.H1, "Funktionsbeskrivelse – rollens navn i OS2",
             older=("Funktionsbeskrivelse – Ny rolle i OS2",)),
    Guidance(_P, f.INTRO, "Beskriv med et par sætninger, hvorfor rollen findes, og hvordan den "
             "understøtter OS2’s strategiske indsatser, som bestyrelsen fastlægger."),
    Guidance(_P, f.INITIATIVE_LABEL, "Indsatsens navn", older=("Første indsats", "Anden indsats")),
    Guidance(_P, f.INITIATIVE_TEXT, "hvad rollen gør for at fremme indsatsen."),
    Guidance(_P, f.OUTRO, "Afslut gerne med, hvad rollen betyder for fællesskabet som helhed."),
    Guidance(_R, f.INTRO, "Indled ansvarsområderne med en kort sætning om rollens ansvar."),
    Guidance(_R, f.AREA_TITLE, "Ansvarsområdets navn",
             older=("Første ansvarsområde", "Andet ansvarsområde")),
    Guidance(_R, f.AREA_LEAD_IN, "Skriv gerne en kort indledning til ansvarsområdet."),
    Guidance(_R, f.ITEM_TEXT, "Beskriv en konkret del af ansvaret.",
             older=("Beskriv en anden del af ansvaret.",)),
    Guidance(_T, f.TASKS_INTRO, "Forklar gerne kort, hvordan opgaverne prioriteres efter "
             "modellen MUST, SHOULD, COULD."),
    Guidance(_T, f.ITEM_TEXT, "Skriv den vigtigste kerneopgave her.", Priority.MUST,
             older=("Skriv en anden kerneopgave her.",)),
    Guidance(_T, f.ITEM_TEXT, "Skriv en vigtig opgave, der kan tilpasses efter ressourcer.",
             Priority.SHOULD),
    Guidance(_T, f.ITEM_TEXT, "Skriv en ønskelig opgave, der løses, hvis der er tid.",
             Priority.COULD),
    Guidance(_T, f.ITEM_TEXT, "Skriv en opgave, som rollen ikke løser i denne periode.",
             Priority.WONT),
    Guidance(_C, f.ITEM_TEXT, "Nævn en person, en gruppe eller en organisation, som rollen "
             "samarbejder med."),
    Guidance(_F, f.ITEM_TEXT, "Erfaring med et fagområde, som rollen kræver."),
    Guidance(_Q, f.ITEM_TEXT, "En personlig egenskab, som rollen kræver.",
             older=("En anden personlig egenskab, som rollen kræver.",)),
    Guidance(_O, f.ITEM_TEXT, "Skriv et forhold ved stillingen, fx timetal, personaleansvar "
             "eller budgetansvar."),
)

# The task groups of a new description, headed as the bundled template heads them.
GROUP_HEADINGS = {
    Priority.MUST: "MUST (skal altid løses)",
    Priority.SHOULD: "SHOULD (bør løses, når der er ressourcer)",
    Priority.COULD: "COULD (løses, når der er tid til overs)",
}


def hint(part: SectionKind | None, field: f.Field[Any, Any],
         priority: Priority | None = None) -> str | None:
    """The hint for an empty ``field`` in ``part`` (None: the titles), or None."""
    for guidance in GUIDANCE:
        if guidance.part is part and guidance.field is field and \
                guidance.priority in (None, priority):
            return guidance.hint
    return None


def hint_for(doc: FunctionDescription, field: f.Field[Any, Any], node: Node) -> str | None:
    """The hint for ``field`` of ``node`` in ``doc`` (a node added after New has one too)."""
    if node is doc or node is doc.front_matter:
        return hint(None, field)
    for index, section in enumerate(doc.sections):
        for spot in section_spots(section, index):
            if spot.node is node and spot.field is field:
                return hint(section.kind, field, spot.priority)
    return None


def new_description() -> FunctionDescription:
    """A new description: every standard part under its standard heading, the MUST, SHOULD and
    COULD groups, the handbook's layout and parent, and no text. Saved as it is, it holds only
    the headings; the hints are for the window to show in the empty fields."""
    sections = [new_section(known.kind) for known in KINDS]
    for section in sections:
        if isinstance(section, TasksSection):
            for priority, heading in GROUP_HEADINGS.items():
                section.group(priority).heading = heading
    front = FrontMatter(title="", layout="default", parent="Organisation og Roller")
    return FunctionDescription(front_matter=front, h1="", sections=sections)


@dataclass(frozen=True, slots=True)
class Leftover:
    """Guidance found in a text: the text that holds it, its span there, and the wording."""

    spot: TextSpot
    start: int
    end: int
    guidance: str


def sentences_of(catalogue: Iterable[Guidance]) -> tuple[str, ...]:
    """Every wording of the catalogue: hints and older wordings."""
    return tuple(text for guidance in catalogue for text in (guidance.hint, *guidance.older))


_FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " ", "\n": " ",
                       "\t": " ", "\r": " "})
_ENDS = ".!?:…"
_SENTENCE_END = re.compile(r"[.!?:]\s+")


def _fold(text: str) -> str:
    """``text`` for comparing, character for character: lower case, one apostrophe, one dash,
    every space a plain space."""
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower to two characters; keep those as they are
        lower = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    return lower.translate(_FOLD)


class _Index:
    """The wordings of a catalogue, each as its words (without the final full stop) by its
    first word, and what was found in each text read so far (plain dicts keyed by the text:
    the window's check after an edit reads only the text that changed, and a lookup
    allocates nothing)."""

    LIMIT = 1 << 15  # texts remembered; a 300 KB description has about 9,000

    def __init__(self, wordings: tuple[str, ...]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for wording in sorted(set(wordings), key=len, reverse=True):  # the longest match first
            words = tuple(_fold(wording).rstrip(_ENDS).split())
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        self.found: tuple[dict[str, Hits], dict[str, Hits]] = ({}, {})  # items, prose

    def hits(self, text: str, prose: bool) -> Hits:
        known = self.found[prose]
        hits = known.get(text)
        if hits is None:
            if len(known) >= self.LIMIT:
                known.clear()
            hits = known[text] = _found(text, prose, self)
        return hits


Hits = tuple[tuple[int, int, str], ...]  # (start, end, wording as written) in a text


@lru_cache(maxsize=8)
def _index(catalogue: tuple[Guidance, ...]) -> _Index:
    return _Index(sentences_of(catalogue))


def _match(folded: str, start: int, words: tuple[str, ...]) -> int:
    """The end of ``words`` as a whole sentence at ``start`` of ``folded``, or -1."""
    position = start
    for number, word in enumerate(words):
        if not folded.startswith(word, position):
            return -1
        position += len(word)
        if number < len(words) - 1:
            spaced = position
            while position < len(folded) and folded[position] == " ":
                position += 1
            if position == spaced:
                return -1
    words_end = position
    while position < len(folded) and folded[position] in _ENDS:
        position += 1
    if position == len(folded) or (position > words_end and folded[position] == " "):
        return position
    return -1


def leftovers(doc: FunctionDescription,
              catalogue: tuple[Guidance, ...] = GUIDANCE) -> list[Leftover]:
    """Every wording of the guidance left in ``doc`` as a whole sentence (from the start of a
    text or a sentence to the end of one), whatever its case, spacing, apostrophes or dashes;
    in reading order."""
    index = _index(catalogue)
    found = []
    for spot in text_spots(doc):
        text = spot.text
        if text and (hits := index.hits(text, spot.role is Role.PROSE)):
            found += [Leftover(spot, start, end, wording) for start, end, wording in hits]
    return found


def _found(text: str, prose: bool, index: _Index) -> Hits:
    found: list[tuple[int, int, str]] = []
    # Loaded here, when a text is first read: the window asks for hints as it starts.
    from os2editor.writing.text import units

    for unit in units(text, prose):
        folded = _fold(unit.text)
        starts = [len(folded) - len(folded.lstrip())]
        starts += [match.end() for match in _SENTENCE_END.finditer(folded)]
        for start in starts:
            first = folded[start:].split(" ", 1)[0].rstrip(_ENDS + ",;")
            for words in index.by_first.get(first, ()):
                end = _match(folded, start, words)
                if end >= 0:
                    found.append((*unit.source_span(start, end), unit.text[start:end]))
                    break
    return tuple(found) if found else ()
