"""The typed document: what the forms edit.

Every node may carry a private ``_src`` (set by the reader) that remembers the source text it
came from. The writer reuses that text for every node the user did not touch, which is what
keeps saves byte-exact and diffs minimal. Equality ignores ``_src``: two documents are equal
when their editable content is.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class Priority(StrEnum):
    """MoSCoW priorities, with the names the documents use."""

    MUST = "MUST"
    SHOULD = "SHOULD"
    COULD = "COULD"
    WONT = "WON'T"

    @property
    def attr(self) -> str:
        """Attribute name on :class:`TasksSection` (``must``, ``should``, ...)."""
        return self.name.lower()


class SectionKind(StrEnum):
    """The parts a form knows, plus ``FREE`` for any other section."""

    PURPOSE = "purpose"
    RESPONSIBILITIES = "responsibilities"
    TASKS = "tasks"
    COLLABORATION = "collaboration"
    PROFESSIONAL = "professional"
    PERSONAL = "personal"
    CONDITIONS = "conditions"
    FREE = "free"


_set = object.__setattr__


class Node(BaseModel):
    """Base of every model node: source memory and content equality."""

    # Validators are built on first validation, not at import: opening a file constructs
    # nodes with build() and never validates, so start-up does not pay for pydantic's
    # schema generation (about a third of the editor's start-up on a 2-core machine).
    model_config = ConfigDict(validate_assignment=False, extra="forbid", defer_build=True)
    _src: Any = PrivateAttr(default=None)

    @classmethod
    def build(cls, **values: Any) -> Self:
        """A node from values that already have the model's types (the reader's): no checks.

        Everything else, the GUI's and the tests' nodes included, goes through the
        validating constructor.
        """
        # What model_construct() does, minus its per-call generality (aliases, extra keys,
        # factories inspected for a data argument), which cost more than the reader's parsing
        # of the same node. These four slots are what every pydantic model instance holds.
        node = cls.__new__(cls)
        given = set(values)
        for name, info in cls.__pydantic_fields__.items():
            if name not in given:
                factory = info.default_factory
                values[name] = factory() if factory is not None else info.default  # type: ignore[call-arg]
        _set(node, "__dict__", values)
        _set(node, "__pydantic_fields_set__", given)
        _set(node, "__pydantic_extra__", None)
        _set(node, "__pydantic_private__",
             {name: private.default for name, private in cls.__private_attributes__.items()})
        return node

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        assert isinstance(other, BaseModel)
        return self.model_dump() == other.model_dump()

    __hash__ = None  # type: ignore[assignment]


class Item(Node):
    """One bullet: inline markdown ``text`` (may hold hard breaks as ``\\n``) and nested bullets."""

    text: str = ""
    children: list[Item] = Field(default_factory=list)


class Initiative(Node):
    """A strategic initiative in the purpose: ``- **label** – text``. ``label`` may be empty."""

    label: str = ""
    text: str = ""


class ResponsibilityArea(Node):
    """A numbered area of responsibility: ``### 1. title``, a lead-in, and items."""

    title: str = ""
    lead_in: str = ""
    items: list[Item] = Field(default_factory=list)


class SectionBase(Node):
    """A ``##`` section. ``heading`` is the heading text as written (without ``## ``)."""

    heading: str = ""


class PurposeSection(SectionBase):
    """Formål med stillingen: prose, the initiatives, and prose after them."""

    kind: Literal[SectionKind.PURPOSE] = SectionKind.PURPOSE
    intro: str = ""
    initiatives: list[Initiative] = Field(default_factory=list)
    outro: str = ""


class ResponsibilitiesSection(SectionBase):
    """Ansvarsområde: numbered areas, or (as in some files) a flat list of items."""

    kind: Literal[SectionKind.RESPONSIBILITIES] = SectionKind.RESPONSIBILITIES
    intro: str = ""
    areas: list[ResponsibilityArea] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    outro: str = ""


class TasksSection(SectionBase):
    """Arbejdsopgaver og prioritering: intro prose (with the MoSCoW legend) and four task lists.

    ``headings`` keeps each group's own heading wording, e.g.
    ``{"MUST": "MUST (skal løses for at OS2 kan fungere)"}``. A group is written when it has a
    heading or items.
    """

    kind: Literal[SectionKind.TASKS] = SectionKind.TASKS
    intro: str = ""
    must: list[Item] = Field(default_factory=list)
    should: list[Item] = Field(default_factory=list)
    could: list[Item] = Field(default_factory=list)
    wont: list[Item] = Field(default_factory=list)
    headings: dict[str, str] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)

    def tasks(self, priority: Priority) -> list[Item]:
        """The live list for ``priority``; mutate it to move tasks."""
        result: list[Item] = getattr(self, priority.attr)
        return result

    def heading_for(self, priority: Priority) -> str:
        """The group's heading as written, or the bare priority name."""
        return self.headings.get(priority.value, priority.value)


class ListSection(SectionBase):
    """A section that is prose around one bullet list."""

    intro: str = ""
    items: list[Item] = Field(default_factory=list)
    outro: str = ""


class CollaborationSection(ListSection):
    """Samarbejdsrelationer."""

    kind: Literal[SectionKind.COLLABORATION] = SectionKind.COLLABORATION


class ProfessionalSection(ListSection):
    """Faglige kvalifikationer (or Faglige kompetencer)."""

    kind: Literal[SectionKind.PROFESSIONAL] = SectionKind.PROFESSIONAL


class PersonalSection(ListSection):
    """Personlige kvalifikationer."""

    kind: Literal[SectionKind.PERSONAL] = SectionKind.PERSONAL


HOURS_RE = re.compile(r"^(?:Timetal:\s*)?(\d+(?:[.,]\d+)?)(\s+timer\s+pr\.?\s+uge)", re.IGNORECASE)


class ConditionsSection(ListSection):
    """Øvrige forhold. ``weekly_hours`` reads and writes the "Timetal: N timer pr. uge." item."""

    kind: Literal[SectionKind.CONDITIONS] = SectionKind.CONDITIONS

    def hours_item(self) -> Item | None:
        """The item that states the weekly hours, if any."""
        for item in self.items:
            if HOURS_RE.match(item.text):
                return item
        return None

    @property
    def weekly_hours(self) -> float | None:
        item = self.hours_item()
        if item is None:
            return None
        match = HOURS_RE.match(item.text)
        assert match is not None
        value = float(match.group(1).replace(",", "."))
        return int(value) if value.is_integer() else value

    @weekly_hours.setter
    def weekly_hours(self, hours: float | None) -> None:
        item = self.hours_item()
        if hours is None:
            if item is not None:
                self.items.remove(item)
            return
        number = str(int(hours)) if float(hours).is_integer() else str(hours).replace(".", ",")
        if item is None:
            self.items.insert(0, Item(text=f"Timetal: {number} timer pr. uge."))
            return
        match = HOURS_RE.match(item.text)
        assert match is not None
        item.text = item.text[: match.start(1)] + number + item.text[match.end(1) :]


class FreeSection(SectionBase):
    """A section the forms do not model: its body is kept and edited as markdown."""

    kind: Literal[SectionKind.FREE] = SectionKind.FREE
    body: str = ""


Section = Annotated[
    PurposeSection
    | ResponsibilitiesSection
    | TasksSection
    | CollaborationSection
    | ProfessionalSection
    | PersonalSection
    | ConditionsSection
    | FreeSection,
    Field(discriminator="kind"),
]

KNOWN_KEYS = ("title", "layout", "parent", "nav_order")


class FrontMatter(Node):
    """Jekyll front matter. ``extra`` holds every other key, in file order."""

    present: bool = True
    title: str | None = None
    layout: str | None = None
    parent: str | None = None
    nav_order: Any = None
    extra: dict[str, Any] = Field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """All keys that are set, known ones first unless the source ordered them otherwise."""
        known = {k: getattr(self, k) for k in KNOWN_KEYS if getattr(self, k) is not None}
        return {**known, **self.extra}


class FunctionDescription(Node):
    """A whole funktionsbeskrivelse.

    ``preamble`` is markdown before the H1 (e.g. a draft banner); ``lead`` is markdown between
    the H1 and the first ``##`` section.
    """

    front_matter: FrontMatter = Field(default_factory=FrontMatter)
    preamble: str = ""
    h1: str | None = None
    lead: str = ""
    sections: list[Section] = Field(default_factory=list)

    def section(self, kind: SectionKind) -> Any:
        """The first section of ``kind``, or None."""
        for section in self.sections:
            if section.kind == kind:
                return section
        return None

    @property
    def purpose(self) -> PurposeSection | None:
        result: PurposeSection | None = self.section(SectionKind.PURPOSE)
        return result

    @property
    def responsibilities(self) -> ResponsibilitiesSection | None:
        result: ResponsibilitiesSection | None = self.section(SectionKind.RESPONSIBILITIES)
        return result

    @property
    def tasks(self) -> TasksSection | None:
        result: TasksSection | None = self.section(SectionKind.TASKS)
        return result

    @property
    def collaboration(self) -> CollaborationSection | None:
        result: CollaborationSection | None = self.section(SectionKind.COLLABORATION)
        return result

    @property
    def professional(self) -> ProfessionalSection | None:
        result: ProfessionalSection | None = self.section(SectionKind.PROFESSIONAL)
        return result

    @property
    def personal(self) -> PersonalSection | None:
        result: PersonalSection | None = self.section(SectionKind.PERSONAL)
        return result

    @property
    def conditions(self) -> ConditionsSection | None:
        result: ConditionsSection | None = self.section(SectionKind.CONDITIONS)
        return result

    @property
    def title(self) -> str:
        """The best short name for the role: front matter title, else the H1."""
        return self.front_matter.title or self.h1 or ""
