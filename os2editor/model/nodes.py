"""The typed document: what the forms edit.

Nodes are plain dataclasses: cheap to build (a file holds a few hundred of them) and typed for
mypy. They hold only content; the markdown package keeps the source text each node came from
beside them (``os2editor.markdown.layout``), so equality is content equality. Everything that
changes a document in the window goes through ``os2editor.edits``; scripts may use the same
operations, or set attributes directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar


class Priority(StrEnum):
    """MoSCoW priorities, with the names the documents use."""

    MUST = "MUST"
    SHOULD = "SHOULD"
    COULD = "COULD"
    WONT = "WON'T"


class SectionKind(StrEnum):
    """The parts a form knows, plus ``FREE`` for any other section. The values are the part
    names of ``export --omit``."""

    PURPOSE = "purpose"
    RESPONSIBILITIES = "responsibilities"
    TASKS = "tasks"
    COLLABORATION = "collaboration"
    PROFESSIONAL = "professional"
    PERSONAL = "personal"
    CONDITIONS = "conditions"
    FREE = "free"


@dataclass(slots=True)
class Node:
    """Base of every node of the document."""


@dataclass(slots=True, kw_only=True)
class Item(Node):
    """One bullet: inline markdown ``text`` (hard breaks as ``\\n``) and nested bullets."""

    text: str = ""
    children: list[Item] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Initiative(Node):
    """A strategic initiative in the purpose: ``- **label** – text``. ``label`` may be empty."""

    label: str = ""
    text: str = ""


@dataclass(slots=True, kw_only=True)
class ResponsibilityArea(Node):
    """A numbered area of responsibility: ``### 1. title``, a lead-in, and items."""

    title: str = ""
    lead_in: str = ""
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class SectionBase(Node):
    """A ``##`` section. ``heading`` is the heading text as written (without ``## ``)."""

    kind: ClassVar[SectionKind]
    heading: str = ""


@dataclass(slots=True, kw_only=True)
class ProseSection(SectionBase):
    """A section with prose before and after what the form edits."""

    intro: str = ""
    outro: str = ""


@dataclass(slots=True, kw_only=True)
class PurposeSection(ProseSection):
    """Formål med stillingen: prose, the initiatives, and prose after them."""

    kind: ClassVar[SectionKind] = SectionKind.PURPOSE
    initiatives: list[Initiative] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class ResponsibilitiesSection(ProseSection):
    """Ansvarsområde: numbered areas, or (as in some files) a flat list of items."""

    kind: ClassVar[SectionKind] = SectionKind.RESPONSIBILITIES
    areas: list[ResponsibilityArea] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class TaskGroup(Node):
    """One MoSCoW group: its heading as written, notes under it, and its tasks.

    ``heading`` is None when the file has no heading for the group; the group is written when
    it has a heading or tasks. An empty heading is written as the bare priority name.
    """

    heading: str | None = None
    notes: str = ""
    items: list[Item] = field(default_factory=list)

    @property
    def present(self) -> bool:
        """Whether the document has this group: a heading, notes or tasks."""
        return self.heading is not None or bool(self.items) or bool(self.notes.strip())


def _four_groups() -> dict[Priority, TaskGroup]:
    return {priority: TaskGroup() for priority in Priority}


@dataclass(slots=True, kw_only=True)
class TasksSection(SectionBase):
    """Arbejdsopgaver og prioritering: intro prose (with the MoSCoW legend) and four groups.

    ``groups`` always holds all four priorities, in the order the file has them (absent
    groups last, in MoSCoW order).
    """

    kind: ClassVar[SectionKind] = SectionKind.TASKS
    intro: str = ""
    groups: dict[Priority, TaskGroup] = field(default_factory=_four_groups)

    def __post_init__(self) -> None:
        for priority in Priority:
            self.groups.setdefault(priority, TaskGroup())

    @classmethod
    def of(
        cls,
        heading: str = "Arbejdsopgaver og prioritering",
        intro: str = "",
        *,
        must: list[Item] | None = None,
        should: list[Item] | None = None,
        could: list[Item] | None = None,
        wont: list[Item] | None = None,
        headings: dict[Priority, str] | None = None,
    ) -> TasksSection:
        """A tasks section from its task lists; a group with tasks or a heading is written."""
        lists = {Priority.MUST: must, Priority.SHOULD: should, Priority.COULD: could,
                 Priority.WONT: wont}
        given = headings or {}
        groups = {
            priority: TaskGroup(heading=given.get(priority), items=list(items or []))
            for priority, items in lists.items()
        }
        return cls(heading=heading, intro=intro, groups=groups)

    def group(self, priority: Priority) -> TaskGroup:
        return self.groups[priority]

    def tasks(self, priority: Priority) -> list[Item]:
        """The live list for ``priority``; mutate it to move tasks."""
        return self.groups[priority].items

    def heading_for(self, priority: Priority) -> str:
        """The group's heading as written, or the bare priority name."""
        return (self.groups[priority].heading or "").strip() or priority.value

    @property
    def must(self) -> list[Item]:
        return self.groups[Priority.MUST].items

    @property
    def should(self) -> list[Item]:
        return self.groups[Priority.SHOULD].items

    @property
    def could(self) -> list[Item]:
        return self.groups[Priority.COULD].items

    @property
    def wont(self) -> list[Item]:
        return self.groups[Priority.WONT].items


@dataclass(slots=True, kw_only=True)
class ListSection(ProseSection):
    """A section that is prose around one bullet list."""

    items: list[Item] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class CollaborationSection(ListSection):
    """Samarbejdsrelationer."""

    kind: ClassVar[SectionKind] = SectionKind.COLLABORATION


@dataclass(slots=True, kw_only=True)
class ProfessionalSection(ListSection):
    """Faglige kvalifikationer (or Faglige kompetencer)."""

    kind: ClassVar[SectionKind] = SectionKind.PROFESSIONAL


@dataclass(slots=True, kw_only=True)
class PersonalSection(ListSection):
    """Personlige kvalifikationer."""

    kind: ClassVar[SectionKind] = SectionKind.PERSONAL


HOURS_RE = re.compile(r"^(?:Timetal:\s*)?(\d+(?:[.,]\d+)?)(\s+timer\s+pr\.?\s+uge)", re.IGNORECASE)


@dataclass(slots=True, kw_only=True)
class ConditionsSection(ListSection):
    """Øvrige forhold. ``weekly_hours`` reads the "Timetal: N timer pr. uge." item."""

    kind: ClassVar[SectionKind] = SectionKind.CONDITIONS

    def hours_item(self) -> Item | None:
        """The item that states the weekly hours, if any."""
        for item in self.items:
            if HOURS_RE.match(item.text):
                return item
        return None

    @property
    def weekly_hours(self) -> float | None:
        item = self.hours_item()
        return None if item is None else hours_in(item.text)


def hours_in(text: str) -> float | None:
    """The weekly hours a conditions item states ("Timetal: 37 timer pr. uge.")."""
    match = HOURS_RE.match(text)
    if match is None:
        return None
    value = float(match.group(1).replace(",", "."))
    return int(value) if value.is_integer() else value


def with_hours(text: str, hours: float) -> str:
    """``text`` (an hours item, or "") stating ``hours`` instead, worded as the files do."""
    number = str(int(hours)) if float(hours).is_integer() else str(hours).replace(".", ",")
    match = HOURS_RE.match(text)
    if match is None:
        return f"Timetal: {number} timer pr. uge."
    return text[: match.start(1)] + number + text[match.end(1) :]


@dataclass(slots=True, kw_only=True)
class FreeSection(SectionBase):
    """A section the forms do not model: its body is kept and edited as markdown."""

    kind: ClassVar[SectionKind] = SectionKind.FREE
    body: str = ""


Section = (
    PurposeSection
    | ResponsibilitiesSection
    | TasksSection
    | CollaborationSection
    | ProfessionalSection
    | PersonalSection
    | ConditionsSection
    | FreeSection
)

KNOWN_KEYS = ("title", "layout", "parent", "nav_order")


@dataclass(slots=True, kw_only=True)
class FrontMatter(Node):
    """Jekyll front matter. ``extra`` holds every other key, in file order."""

    present: bool = True
    title: str | None = None
    layout: str | None = None
    parent: str | None = None
    nav_order: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """All keys that are set, known ones first unless the source ordered them otherwise."""
        known = {k: getattr(self, k) for k in KNOWN_KEYS if getattr(self, k) is not None}
        return {**known, **self.extra}


@dataclass(slots=True, kw_only=True, weakref_slot=True)
class FunctionDescription(Node):
    """A whole funktionsbeskrivelse.

    ``preamble`` is markdown before the H1 (e.g. a draft banner); ``lead`` is markdown between
    the H1 and the first ``##`` section.
    """

    front_matter: FrontMatter = field(default_factory=FrontMatter)
    preamble: str = ""
    h1: str | None = None
    lead: str = ""
    sections: list[Section] = field(default_factory=list)

    def section(self, kind: SectionKind) -> Section | None:
        """The first section of ``kind``, or None."""
        for section in self.sections:
            if section.kind == kind:
                return section
        return None

    @property
    def purpose(self) -> PurposeSection | None:
        section = self.section(SectionKind.PURPOSE)
        return section if isinstance(section, PurposeSection) else None

    @property
    def responsibilities(self) -> ResponsibilitiesSection | None:
        section = self.section(SectionKind.RESPONSIBILITIES)
        return section if isinstance(section, ResponsibilitiesSection) else None

    @property
    def tasks(self) -> TasksSection | None:
        section = self.section(SectionKind.TASKS)
        return section if isinstance(section, TasksSection) else None

    @property
    def collaboration(self) -> CollaborationSection | None:
        section = self.section(SectionKind.COLLABORATION)
        return section if isinstance(section, CollaborationSection) else None

    @property
    def professional(self) -> ProfessionalSection | None:
        section = self.section(SectionKind.PROFESSIONAL)
        return section if isinstance(section, ProfessionalSection) else None

    @property
    def personal(self) -> PersonalSection | None:
        section = self.section(SectionKind.PERSONAL)
        return section if isinstance(section, PersonalSection) else None

    @property
    def conditions(self) -> ConditionsSection | None:
        section = self.section(SectionKind.CONDITIONS)
        return section if isinstance(section, ConditionsSection) else None

    @property
    def title(self) -> str:
        """The best short name for the role: front matter title, else the H1."""
        title = self.front_matter.title
        return (title if isinstance(title, str) else "") or self.h1 or ""
