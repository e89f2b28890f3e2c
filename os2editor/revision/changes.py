"""The typed change records the semantic diff produces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from os2editor.model import Priority
from os2editor.model.fields import Field, ListField
from os2editor.revision.words import WordDiff, word_diff


@dataclass(frozen=True)
class FrontMatterKey:
    """A front matter key, by its name in the YAML: keys are the file's data, not fields."""

    name: str


class Derived(Enum):
    """A place that is no one field: the weekly hours are read from a conditions item."""

    WEEKLY_HOURS = "weekly_hours"


PathPart = int | Priority | Field[Any, Any] | ListField[Any, Any] | FrontMatterKey | Derived
"""A step of a change's path: a section's or an element's index, a priority's group, a field
or list of the node reached so far (:mod:`os2editor.model.fields`), a front matter key, or a
derived place. No step names a field by a string, so mypy checks every path the diff writes."""
Path = tuple[PathPart, ...]


class ChangeKind(StrEnum):
    """What happened to a part of the description."""

    ADDED = "added"
    REMOVED = "removed"
    EDITED = "edited"
    MOVED = "moved"


@dataclass(frozen=True)
class Change:
    """One change between two descriptions.

    ``part`` is the section kind (``"tasks"``, ``"free"``, ...), or ``"front_matter"``,
    ``"h1"``, ``"preamble"`` or ``"lead"``. ``field`` says what changed inside it: ``"section"``,
    ``"heading"``, ``"intro"``, ``"outro"``, ``"body"``, ``"item"``, ``"task"``, ``"area"``,
    ``"area_item"``, ``"lead_in"``, ``"initiative"``, ``"weekly_hours"``, ``"group_heading"``,
    ``"note"``, ``"title"`` or ``"key"``.

    ``path`` leads to the field in NEW, e.g. ``(3, Priority.MUST, GROUP_ITEMS, 0)`` (section
    index, the group, its list, the item's index), ``(1, AREAS, 2, AREA_ITEMS, 0)``,
    ``(5, Derived.WEEKLY_HOURS)``, ``(FrontMatterKey("title"),)`` or ``(H1,)`` (the fields are
    :mod:`os2editor.model.fields`). A REMOVED item's path is its list in NEW with its index in
    OLD (where it would be); a removed section's path is its index in OLD.

    ``old_path`` is the same for OLD: where the changed thing was (empty for an addition).

    ``group`` names the list the item sits in (a priority such as ``"MUST"``, an area title).
    For MOVED, ``source``/``target`` are priorities or area titles (``str``) when the item
    changed list, or 1-based positions (``int``) when it moved within its list. ``words`` is
    the word-level diff of an EDITED text.
    """

    kind: ChangeKind
    part: str
    field: str
    path: Path
    section: str = ""
    group: str = ""
    old: str | None = None
    new: str | None = None
    source: str | int | None = None
    target: str | int | None = None
    words: WordDiff = ()
    old_path: Path = ()

    @property
    def text(self) -> str:
        """The text that names the changed thing: the new text, else the old."""
        return self.new if self.new is not None else (self.old or "")

    @property
    def front_matter_key(self) -> str | None:
        """The front matter key this change is about, if it is about one."""
        last = self.path[-1] if self.path else None
        return last.name if isinstance(last, FrontMatterKey) else None

    @property
    def reordered(self) -> bool:
        """True for a move within one list (positions rather than lists)."""
        return self.kind is ChangeKind.MOVED and isinstance(self.target, int)


def text_change(
    part: str,
    field: str,
    path: Path,
    old: str | None,
    new: str | None,
    *,
    section: str = "",
    group: str = "",
) -> Change:
    """ADDED, REMOVED or EDITED (with its word diff) for a text that differs."""
    if not old:
        return Change(ChangeKind.ADDED, part, field, path, new=new, section=section, group=group)
    if not new:
        return Change(ChangeKind.REMOVED, part, field, path, old=old, section=section, group=group)
    return Change(
        ChangeKind.EDITED,
        part,
        field,
        path,
        old=old,
        new=new,
        words=word_diff(old, new),
        section=section,
        group=group,
    )


def prose(
    part: str, field: str, path: Path, old: str, new: str, *, section: str = "", group: str = ""
) -> list[Change]:
    if old == new:
        return []
    return [text_change(part, field, path, old, new, section=section, group=group)]
