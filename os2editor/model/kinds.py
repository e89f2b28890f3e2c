"""Each kind of section, described once: its node, the headings that name it, its standard
heading. The reader, the checks, New and the window's Add section all read this table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from os2editor.model.nodes import (
    CollaborationSection,
    ConditionsSection,
    FreeSection,
    PersonalSection,
    ProfessionalSection,
    PurposeSection,
    ResponsibilitiesSection,
    Section,
    SectionKind,
    TasksSection,
)


@dataclass(frozen=True)
class KindInfo:
    """What the house knows of one kind of section."""

    kind: SectionKind
    node_type: type[Section]
    heading: str
    """The standard heading, as the OS2 files write it."""
    names: re.Pattern[str]
    """The headings that mean this kind: they begin with one of these words (case-folded,
    without a trailing "(...)" or ":"), so "Formål med stillingen i 2027" is still the
    purpose when a person adds to its heading."""


KINDS: tuple[KindInfo, ...] = (
    KindInfo(SectionKind.PURPOSE, PurposeSection, "Formål med stillingen",
             re.compile(r"formål( med (stillingen|rollen|funktionen))?")),
    KindInfo(SectionKind.RESPONSIBILITIES, ResponsibilitiesSection, "Ansvarsområde",
             re.compile(r"ansvarsområder?")),
    KindInfo(SectionKind.TASKS, TasksSection, "Arbejdsopgaver og prioritering",
             re.compile(r"(arbejds)?opgaver( og prioritering)?")),
    KindInfo(SectionKind.COLLABORATION, CollaborationSection, "Samarbejdsrelationer",
             re.compile(r"samarbejds?relationer")),
    KindInfo(SectionKind.PROFESSIONAL, ProfessionalSection, "Faglige kvalifikationer",
             re.compile(r"faglige (kvalifikationer|kompetencer)")),
    KindInfo(SectionKind.PERSONAL, PersonalSection, "Personlige kvalifikationer",
             re.compile(r"personlige (kvalifikationer|kompetencer|egenskaber)")),
    KindInfo(SectionKind.CONDITIONS, ConditionsSection, "Øvrige forhold",
             re.compile(r"øvrige forhold")),
)
"""The standard parts, in the order a new description has them."""

FREE = KindInfo(SectionKind.FREE, FreeSection, "", re.compile(r"(?!)"))

_BY_KIND = {info.kind: info for info in (*KINDS, FREE)}
_TRAILING_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
# kramdown's attribute lists after a heading, one or more: {#formaal}, {: .no_toc }, {.note}.
# The site turns them into an id or a class; the heading's name is what comes before them.
_ATTRIBUTE_LISTS = re.compile(r"(?:\s*\{[:#.][^{}\n]*\})+\s*$")


def info(kind: SectionKind) -> KindInfo:
    return _BY_KIND[kind]


def kind_of(heading: str) -> SectionKind:
    """The known part a ``##`` heading names, or FREE. A trailing kramdown attribute list
    (``## Formål med stillingen {#formaal}``) is not part of the name."""
    name = _ATTRIBUTE_LISTS.sub("", heading.strip())
    name = _TRAILING_NOTE.sub("", name).rstrip(":").strip().casefold()
    for known in KINDS:
        match = known.names.match(name)
        if match is not None and (match.end() == len(name) or not name[match.end()].isalnum()):
            return known.kind
    return SectionKind.FREE


def new_section(kind: SectionKind, heading: str | None = None) -> Section:
    """An empty section of ``kind`` under its standard heading (or ``heading``)."""
    known = info(kind)
    return known.node_type(heading=known.heading if heading is None else heading)
