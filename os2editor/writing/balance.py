"""MoSCoW balance, after DSDM's guidance: MUST at most 60% of the planned work, some COULD as
contingency, and each task under one priority only.

The planned tasks are those under MUST, SHOULD and COULD: WON'T is by definition not planned
this time, so it neither counts in the whole nor has a share. A task is a top-level item with
text (an empty row the window has just added is not a task yet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from os2editor.model import Item, Priority, TasksSection

MUST_LIMIT = 0.6  # DSDM: Musts at most 60% of the effort
PLANNED = (Priority.MUST, Priority.SHOULD, Priority.COULD)


def tasks_of(section: TasksSection, priority: Priority) -> list[Item]:
    """The tasks under ``priority`` that have text."""
    return [item for item in section.tasks(priority) if item.text.strip()]


def task_counts(section: TasksSection | None) -> dict[Priority, int]:
    """How many tasks stand under each priority (all four, in MoSCoW order)."""
    if section is None:
        return dict.fromkeys(Priority, 0)
    return {priority: len(tasks_of(section, priority)) for priority in Priority}


def shares(section: TasksSection) -> dict[Priority, float]:
    """Each planned priority's share (0.0 to 1.0) of the planned tasks, for the board's column
    headers: MUST, SHOULD and COULD only; all 0.0 when nothing is planned."""
    return shares_of(task_counts(section))


def shares_of(counts: Mapping[Priority, int]) -> dict[Priority, float]:
    """:func:`shares` from the counts of :func:`task_counts`."""
    planned = sum(counts[priority] for priority in PLANNED)
    return {priority: counts[priority] / planned if planned else 0.0 for priority in PLANNED}


def must_too_large(section: TasksSection) -> bool:
    """Whether MUST holds more than 60% of the planned tasks."""
    return shares(section)[Priority.MUST] > MUST_LIMIT


@dataclass(frozen=True)
class Duplicate:
    """A task that repeats one written earlier: under the same priority, or under another."""

    item: Item
    priority: Priority
    earlier: Priority  # where the same task stands first

    @property
    def across(self) -> bool:
        """Whether the same task stands under two priorities."""
        return self.earlier is not self.priority


def same_task(text: str) -> str:
    """What two tasks share when they are the same task: case, spacing and a final full stop
    do not matter (as ``check`` compares a title with the H1)."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".").casefold()


def duplicates(section: TasksSection) -> Iterator[Duplicate]:
    """Each task that repeats an earlier one, in file order. A task under two priorities is
    reported once per priority it repeats in; a repeat under the same priority each time."""
    seen: dict[str, list[Priority]] = {}
    for priority, group in section.groups.items():
        for item in group.items:
            key = same_task(item.text)
            if not key:
                continue
            where = seen.setdefault(key, [])
            if priority in where:
                yield Duplicate(item, priority, priority)
            elif where:
                yield Duplicate(item, priority, where[0])
            where.append(priority)
