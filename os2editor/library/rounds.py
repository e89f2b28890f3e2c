"""The round: every role of the folder against one baseline, and what changed in each.

Counts come from the semantic diff (:func:`os2editor.revision.compare.diff`): tasks added,
removed, edited and moved (a task that changed priority is one move), and the weekly hours
then and now. The approval facts are left out: approving a role does not change it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from os2editor.errors import ReadError
from os2editor.library.baseline import Resolved
from os2editor.library.catalog import Library, Scan, is_role
from os2editor.library.facts import FACT_KEYS
from os2editor.library.files import relative_name
from os2editor.markdown import loads
from os2editor.model import FunctionDescription
from os2editor.revision.changes import Change, ChangeKind
from os2editor.revision.compare import diff


class Status(StrEnum):
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    NEW = "new"  # no version at the baseline: added since, or never approved
    REMOVED = "removed"  # at the baseline, no longer in the folder


@dataclass(frozen=True)
class RoleChanges:
    """One role against the baseline. ``old`` is the role then (None for a new one), ``new``
    the role now (None for a removed one)."""

    path: Path
    name: str
    title: str
    status: Status
    old: FunctionDescription | None
    new: FunctionDescription | None
    changes: tuple[Change, ...] = ()

    def tasks(self, kind: ChangeKind) -> int:
        """How many tasks were added, removed, edited or moved (all of a new role's tasks
        were added, all of a removed one's removed)."""
        if self.status is Status.NEW:
            return _task_count(self.new) if kind is ChangeKind.ADDED else 0
        if self.status is Status.REMOVED:
            return _task_count(self.old) if kind is ChangeKind.REMOVED else 0
        return sum(1 for change in self.changes if change.field == "task" and change.kind is kind)

    @property
    def hours(self) -> tuple[float | None, float | None]:
        """Weekly hours at the baseline and now."""
        return _hours(self.old), _hours(self.new)

    @property
    def changed(self) -> bool:
        return self.status is not Status.UNCHANGED


def _task_count(doc: FunctionDescription | None) -> int:
    tasks = doc.tasks if doc is not None else None
    return sum(len(group.items) for group in tasks.groups.values()) if tasks is not None else 0


def _hours(doc: FunctionDescription | None) -> float | None:
    conditions = doc.conditions if doc is not None else None
    return conditions.weekly_hours if conditions is not None else None


@dataclass(frozen=True)
class Round:
    """Every role of a folder against one baseline, in the order of the library's rows."""

    baseline: Resolved
    roles: tuple[RoleChanges, ...]

    @property
    def changed(self) -> tuple[RoleChanges, ...]:
        return tuple(role for role in self.roles if role.changed)

    @property
    def unchanged(self) -> tuple[RoleChanges, ...]:
        return tuple(role for role in self.roles if not role.changed)


def review(library: Library, scan: Scan) -> Round:
    """What changed in each role of ``scan`` since its baseline (``scan`` must have one)."""
    resolved = scan.baseline
    if resolved is None:
        raise ValueError("the scan has no baseline")
    roles: list[RoleChanges] = []
    for row in scan.roles:
        new = library.document(row.path)
        versus = resolved.files.get(row.path)
        if versus is None or versus.changed is None:
            roles.append(RoleChanges(row.path, row.name, row.title, Status.NEW, None, new,
                                     tuple(diff(FunctionDescription(), new))))
        elif not versus.changed or versus.old is None:
            roles.append(RoleChanges(row.path, row.name, row.title, Status.UNCHANGED, new, new))
        else:
            old = _old(versus.old, row.path)
            changes = tuple(diff(old or FunctionDescription(), new))
            roles.append(RoleChanges(row.path, row.name, row.title, Status.CHANGED, old, new,
                                     _content_changes(changes)))
    for path, data in sorted(resolved.removed.items()):
        old = _old(data, path)
        if old is not None and is_role(old):
            name = relative_name(scan.folder, path)
            roles.append(RoleChanges(path, name, old.title, Status.REMOVED, old, None,
                                     tuple(diff(old, FunctionDescription()))))
    return Round(resolved, tuple(roles))


def _old(data: bytes, path: Path) -> FunctionDescription | None:
    try:
        return loads(data, f"{path} (baseline)")
    except ReadError:
        return None


def _content_changes(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    return tuple(change for change in changes
                 if change.front_matter_key not in FACT_KEYS)
