"""The one walk over a document that every output and view shares.

:class:`SectionWalk` is how a consumer (the markdown writer, the Word export, the checks, the
navigation, the revision diff, the statistics) says what it does with each kind of section;
:meth:`SectionWalk.section` is the only dispatch on the kind of a section in the house. A new
kind of section is a new abstract method here, and mypy then names every walk that lacks it.

:func:`text_spots` walks every text a person wrote, in reading order, each with the typed
field that holds it: find and replace, readability, and the template checks read through it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from enum import Enum
from typing import Any, Generic, NamedTuple, TypeVar, assert_never

from os2editor.model import fields as f
from os2editor.model.nodes import (
    CollaborationSection,
    ConditionsSection,
    FreeSection,
    FunctionDescription,
    Item,
    ListSection,
    Node,
    PersonalSection,
    Priority,
    ProfessionalSection,
    PurposeSection,
    ResponsibilitiesSection,
    Section,
    TasksSection,
)

R = TypeVar("R")


class SectionWalk(ABC, Generic[R]):
    """What one consumer makes of each kind of section."""

    def section(self, section: Section) -> R:
        """Dispatch ``section`` to the method for its kind."""
        if isinstance(section, PurposeSection):
            return self.purpose(section)
        if isinstance(section, ResponsibilitiesSection):
            return self.responsibilities(section)
        if isinstance(section, TasksSection):
            return self.tasks(section)
        if isinstance(section, CollaborationSection):
            return self.collaboration(section)
        if isinstance(section, ProfessionalSection):
            return self.professional(section)
        if isinstance(section, PersonalSection):
            return self.personal(section)
        if isinstance(section, ConditionsSection):
            return self.conditions(section)
        if isinstance(section, FreeSection):
            return self.free(section)
        assert_never(section)

    @abstractmethod
    def purpose(self, section: PurposeSection) -> R: ...

    @abstractmethod
    def responsibilities(self, section: ResponsibilitiesSection) -> R: ...

    @abstractmethod
    def tasks(self, section: TasksSection) -> R: ...

    @abstractmethod
    def listing(self, section: ListSection) -> R:
        """Collaboration, qualifications and conditions: prose around one list."""

    # The four kinds of list section, for a walk that tells them apart (the window's forms
    # do); every other walk treats them alike, as ``listing``.

    def collaboration(self, section: CollaborationSection) -> R:
        return self.listing(section)

    def professional(self, section: ProfessionalSection) -> R:
        return self.listing(section)

    def personal(self, section: PersonalSection) -> R:
        return self.listing(section)

    def conditions(self, section: ConditionsSection) -> R:
        return self.listing(section)

    @abstractmethod
    def free(self, section: FreeSection) -> R: ...


class Role(Enum):
    """What a text is to a reader."""

    TITLE = "title"  # the role's name: front matter title and the H1
    HEADING = "heading"  # section, area and group headings
    PROSE = "prose"  # paragraphs: intro, outro, lead-in, notes, free text
    ITEM = "item"  # one bullet, task or initiative
    LABEL = "label"  # an initiative's bold label


class TextSpot(NamedTuple):
    """One text of the document: the field that holds it, on which node, in which part.

    A tuple, not a frozen dataclass: every walk makes one per text, and a tuple is made in a
    fraction of the time."""

    field: f.Field[Any, Any]
    node: Node
    section: int | None  # index in ``doc.sections``; None for the titles part
    role: Role
    priority: Priority | None = None  # for tasks and group headings

    @property
    def text(self) -> str:
        value = self.field.get(self.node)
        return value if isinstance(value, str) else ""


def text_spots(doc: FunctionDescription) -> Iterator[TextSpot]:
    """Every text of ``doc`` in reading order (empty ones included)."""
    front = doc.front_matter
    if isinstance(front.title, str):
        yield TextSpot(f.FM_TITLE, front, None, Role.TITLE)
    yield TextSpot(f.PREAMBLE, doc, None, Role.PROSE)
    if doc.h1 is not None:
        yield TextSpot(f.H1, doc, None, Role.TITLE)
    yield TextSpot(f.LEAD, doc, None, Role.PROSE)
    for index, section in enumerate(doc.sections):
        yield from section_spots(section, index)


def section_spots(section: Section, index: int | None = None) -> Iterator[TextSpot]:
    """Every text of one section, its heading first, in reading order (``index`` is the
    section's place in its document, when the caller knows it)."""
    yield TextSpot(f.HEADING, section, index, Role.HEADING)
    yield from _SectionSpots(index).section(section)


class _SectionSpots(SectionWalk[Iterator[TextSpot]]):
    def __init__(self, index: int | None) -> None:
        self.index = index

    def spot(self, field: f.Field[Any, Any], node: Node, role: Role,
             priority: Priority | None = None) -> TextSpot:
        return TextSpot(field, node, self.index, role, priority)

    def items(self, items: list[Item], priority: Priority | None = None) -> Iterator[TextSpot]:
        for item in items:
            yield self.spot(f.ITEM_TEXT, item, Role.ITEM, priority)
            yield from self.items(item.children, priority)

    def purpose(self, section: PurposeSection) -> Iterator[TextSpot]:
        yield self.spot(f.INTRO, section, Role.PROSE)
        for initiative in section.initiatives:
            yield self.spot(f.INITIATIVE_LABEL, initiative, Role.LABEL)
            yield self.spot(f.INITIATIVE_TEXT, initiative, Role.ITEM)
        yield self.spot(f.OUTRO, section, Role.PROSE)

    def responsibilities(self, section: ResponsibilitiesSection) -> Iterator[TextSpot]:
        yield self.spot(f.INTRO, section, Role.PROSE)
        yield from self.items(section.items)
        for area in section.areas:
            yield self.spot(f.AREA_TITLE, area, Role.HEADING)
            yield self.spot(f.AREA_LEAD_IN, area, Role.PROSE)
            yield from self.items(area.items)
        yield self.spot(f.OUTRO, section, Role.PROSE)

    def tasks(self, section: TasksSection) -> Iterator[TextSpot]:
        yield self.spot(f.TASKS_INTRO, section, Role.PROSE)
        for priority, group in section.groups.items():
            if group.heading is not None:
                yield self.spot(f.GROUP_HEADING, group, Role.HEADING, priority)
            yield self.spot(f.GROUP_NOTES, group, Role.PROSE, priority)
            yield from self.items(group.items, priority)

    def listing(self, section: ListSection) -> Iterator[TextSpot]:
        yield self.spot(f.INTRO, section, Role.PROSE)
        yield from self.items(section.items)
        yield self.spot(f.OUTRO, section, Role.PROSE)

    def free(self, section: FreeSection) -> Iterator[TextSpot]:
        yield self.spot(f.FREE_BODY, section, Role.PROSE)


def owner_section(doc: FunctionDescription, node: object) -> int | None:
    """The index of the section that holds ``node`` (by identity), or None.

    Every node is the node of one of its section's text spots (a task group of its notes,
    which every group has)."""
    for index, section in enumerate(doc.sections):
        if section is node or any(s.node is node for s in _SectionSpots(index).section(section)):
            return index
    return None

