"""The typed change records the semantic diff produces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from os2editor.revision.words import WordDiff, word_diff

PathPart = int | str
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

    ``path`` leads to the field in NEW, e.g. ``(3, "must", 0)`` (section index, attribute, item
    index), ``(1, "areas", 2, "items", 0)``, ``(5, "weekly_hours")``, ``("front_matter",
    "title")`` or ``("h1",)``. A REMOVED item's path is its list in NEW with its index in OLD
    (where it would be); a removed section's path is its index in OLD.

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
