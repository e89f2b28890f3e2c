"""Changes inside one pair of corresponding sections."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from os2editor.model import (
    ConditionsSection,
    FreeSection,
    Item,
    ListSection,
    Priority,
    ProseSection,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    Section,
    SectionBase,
    SectionWalk,
    TasksSection,
)
from os2editor.model import fields as f
from os2editor.model.fields import Field, ListField
from os2editor.revision.changes import Change, ChangeKind, Derived, Path, prose, text_change
from os2editor.revision.items import Keyed, Slot, item_changes
from os2editor.revision.matching import Entry, match, out_of_order
from os2editor.revision.words import word_diff


def section_changes(k: int, old: Section, new: Section, old_k: int) -> list[Change]:
    """Changes inside a pair of sections at index ``k`` in NEW and ``old_k`` in OLD."""
    changes = _changes(k, old, new, old_k)
    # Prose fields sit at the same attribute in OLD; items and areas set their own old path.
    return [
        c if c.old_path or c.kind is ChangeKind.ADDED else replace(c, old_path=(old_k, *c.path[1:]))
        for c in changes
    ]


def _changes(k: int, old: Section, new: Section, old_k: int) -> list[Change]:
    part, heading = new.kind.value, new.heading
    changes = prose(part, "heading", (k, f.HEADING), old.heading, new.heading, section=heading)
    return changes + _Pair(k, old, old_k).section(new)


class _Pair(SectionWalk[list[Change]]):
    """The changes from ``old`` to a NEW section of the same kind (the walk's argument)."""

    def __init__(self, k: int, old: Section, old_k: int) -> None:
        self.k, self.old, self.old_k = k, old, old_k

    def around(self, new: SectionBase, keyed: Keyed, before: list[Change] | None = None
               ) -> list[Change]:
        """Intro, the list changes in document order, and outro."""
        k, heading, part = self.k, new.heading, new.kind.value
        intro = f.TASKS_INTRO if isinstance(new, TasksSection) else f.INTRO
        changes = prose(part, "intro", (k, intro), _prose(self.old, "intro"),
                        _prose(new, "intro"), section=heading)
        changes += before or []
        changes += [change for _, change in sorted(keyed, key=lambda row: row[0])]
        return changes + prose(part, "outro", (k, f.OUTRO), _prose(self.old, "outro"),
                               _prose(new, "outro"), section=heading)

    def purpose(self, section: PurposeSection) -> list[Change]:
        old = self.old
        assert isinstance(old, PurposeSection)
        keyed = _single_list((self.k, self.old_k), f.INITIATIVES, "initiative", section,
                             old_items=_initiatives(old), new_items=_initiatives(section))
        return self.around(section, keyed)

    def responsibilities(self, section: ResponsibilitiesSection) -> list[Change]:
        assert isinstance(self.old, ResponsibilitiesSection)
        return self.around(section, _responsibilities(self.k, self.old, section, self.old_k))

    def tasks(self, section: TasksSection) -> list[Change]:
        old = self.old
        assert isinstance(old, TasksSection)
        headings = _task_headings(self.k, old, section)
        return self.around(section, _tasks(self.k, old, section, self.old_k), headings)

    def listing(self, section: ListSection) -> list[Change]:
        old = self.old
        assert isinstance(old, ListSection)
        if isinstance(old, ConditionsSection) and isinstance(section, ConditionsSection):
            hours_changed = old.weekly_hours != section.weekly_hours
            (old_items, old_at), (new_items, new_at) = (
                _conditions(old, hours_changed), _conditions(section, hours_changed))
            keyed = _single_list((self.k, self.old_k), f.LIST_ITEMS, "item", section,
                                 old_items=old_items, new_items=new_items,
                                 indices=(old_at, new_at))
            return self.around(section, keyed, _hours(self.k, old, section))
        keyed = _single_list((self.k, self.old_k), f.LIST_ITEMS, "item", section,
                             old_items=old.items, new_items=section.items)
        return self.around(section, keyed)

    def free(self, section: FreeSection) -> list[Change]:
        assert isinstance(self.old, FreeSection)
        return prose(section.kind.value, "body", (self.k, f.FREE_BODY), self.old.body, section.body,
                     section=section.heading)


def _prose(section: SectionBase, which: str) -> str:
    """A section's intro or outro; empty where its kind has none (tasks have no outro)."""
    if which == "intro" and isinstance(section, ProseSection | TasksSection):
        return section.intro
    return section.outro if which == "outro" and isinstance(section, ProseSection) else ""


def _single_list(
    index: tuple[int, int],
    attr: ListField[Any, Any],
    field: str,
    new: SectionBase,
    *,
    old_items: list[Item],
    new_items: list[Item],
    indices: tuple[list[int], list[int]] = ([], []),
) -> Keyed:
    heading = new.heading
    k, old_k = index
    return item_changes(
        new.kind.value,
        heading,
        [Slot("", heading, (k, attr), field, old_items, (old_k, attr), indices[0])],
        [Slot("", heading, (k, attr), field, new_items, indices=indices[1])],
    )


def _initiatives(section: PurposeSection) -> list[Item]:
    return [Item(text=f"{i.label} – {i.text}" if i.label else i.text) for i in section.initiatives]


def _tasks(k: int, old: TasksSection, new: TasksSection, old_k: int) -> Keyed:
    def slots(section: TasksSection, own: int) -> list[Slot]:
        return [
            Slot(p.value, p.value, (k, p, f.GROUP_ITEMS), "task", section.tasks(p),
                 (own, p, f.GROUP_ITEMS))
            for p in Priority
        ]

    return item_changes(new.kind.value, new.heading, slots(old, old_k), slots(new, k))



def _task_headings(k: int, old: TasksSection, new: TasksSection) -> list[Change]:
    """Changed wording of priority headings (``### MUST`` -> ``### MUST (skal ...)``) and notes."""

    def heading(section: TasksSection, p: Priority) -> str:
        return section.heading_for(p) if section.group(p).present else ""

    changes: list[Change] = []
    for p in Priority:
        where = {"section": new.heading, "group": p.value}
        changes += prose(
            new.kind.value,
            "group_heading",
            (k, p, f.GROUP_HEADING),
            heading(old, p),
            heading(new, p),
            **where,
        )
        changes += prose(
            new.kind.value,
            "note",
            (k, p, f.GROUP_NOTES),
            old.group(p).notes,
            new.group(p).notes,
            **where,
        )
    return changes


def _hours(k: int, old: ConditionsSection, new: ConditionsSection) -> list[Change]:
    """The weekly hours as one change ("37 -> 30"), with the word diff of the hours item."""
    if old.weekly_hours == new.weekly_hours:
        return []
    change = text_change(
        new.kind.value,
        "weekly_hours",
        (k, Derived.WEEKLY_HOURS),
        _hours_text(old.weekly_hours),
        _hours_text(new.weekly_hours),
        section=new.heading,
    )
    before, after = old.hours_item(), new.hours_item()
    if before is not None and after is not None:
        change = replace(change, words=word_diff(before.text, after.text))
    return [change]


def _hours_text(hours: float | None) -> str | None:
    return None if hours is None else str(hours).replace(".", ",")


def _conditions(section: ConditionsSection, hours_changed: bool) -> tuple[list[Item], list[int]]:
    """The items to match, and each one's index in the section's list: a changed hours item
    is reported as the hours change, not once more as an edited item."""
    hours = section.hours_item() if hours_changed else None
    kept = [(index, item) for index, item in enumerate(section.items) if item is not hours]
    return [item for _, item in kept], [index for index, _ in kept]


def _responsibilities(
    k: int, old: ResponsibilitiesSection, new: ResponsibilitiesSection, old_k: int
) -> Keyed:
    """Areas added, removed, renamed and moved, then the items across all areas and flat list."""
    part, heading = new.kind.value, new.heading

    def entries(areas: Sequence[ResponsibilityArea]) -> list[Entry[ResponsibilityArea]]:
        return [Entry("", i, area.title, area) for i, area in enumerate(areas)]

    matching = match(entries(old.areas), entries(new.areas), fallback=_area_likeness)
    moved = out_of_order([(o.index, n.index) for o, n in matching.pairs])
    keyed: Keyed = []
    old_slots: list[Slot] = []
    for pos, (o, n) in enumerate(matching.pairs):
        path: Path = (k, f.AREAS, n.index)
        old_path: Path = (old_k, f.AREAS, o.index)
        if pos in moved:
            change = Change(
                ChangeKind.MOVED,
                part,
                "area",
                path,
                section=heading,
                group=n.text,
                old=o.text,
                new=n.text,
                source=o.index + 1,
                target=n.index + 1,
                old_path=old_path,
            )
            keyed.append(((n.index, -1, 1), change))
        texts: tuple[tuple[str, Field[ResponsibilityArea, str], str, str], ...] = (
            ("area", f.AREA_TITLE, o.text, n.text),
            ("lead_in", f.AREA_LEAD_IN, o.value.lead_in, n.value.lead_in),
        )
        for rank, (field, attr, before, after) in enumerate(
            texts,
            start=2,
        ):
            keyed += [
                ((n.index, -1, rank), replace(c, old_path=(*old_path, attr)))
                for c in prose(
                    part, field, (*path, attr), before, after, section=heading, group=n.text
                )
            ]
        old_slots.append(
            Slot(
                f"a{n.index}",
                o.text,
                (*path, f.AREA_ITEMS),
                "area_item",
                o.value.items,
                (*old_path, f.AREA_ITEMS),
            )
        )
    for o in matching.removed:
        old_path = (old_k, f.AREAS, o.index)
        change = Change(
            ChangeKind.REMOVED,
            part,
            "area",
            (k, f.AREAS, o.index),
            section=heading,
            old=o.text,
            old_path=old_path,
        )
        keyed.append(((len(new.areas), o.index, -1), change))
        old_slots.append(
            Slot(
                f"old{o.index}",
                o.text,
                (k, f.AREAS, o.index, f.AREA_ITEMS),
                "area_item",
                o.value.items,
                (*old_path, f.AREA_ITEMS),
            )
        )
    for n in matching.added:
        change = Change(
            ChangeKind.ADDED, part, "area", (k, f.AREAS, n.index), section=heading, new=n.text
        )
        keyed.append(((n.index, -1, 0), change))
    new_slots = [
        Slot(f"a{i}", area.title, (k, f.AREAS, i, f.AREA_ITEMS), "area_item", area.items)
        for i, area in enumerate(new.areas)
    ]
    flat = f.RESPONSIBILITY_ITEMS
    old_slots.append(Slot("flat", heading, (k, flat), "item", old.items, (old_k, flat)))
    new_slots.append(Slot("flat", heading, (k, flat), "item", new.items))
    return keyed + item_changes(part, heading, old_slots, new_slots)


_NUMBER_RE = re.compile(r"^\s*[\d.]+\s*")


def _area_likeness(old: ResponsibilityArea, new: ResponsibilityArea) -> float:
    """Pairs areas whose title only grew ("Drift" -> "Drift og administration") or whose
    items are mostly the same, when the titles alone are too different."""
    before, after = (_NUMBER_RE.sub("", a.title).casefold() for a in (old, new))
    if before and after and (before in after or after in before):
        return 1.0
    old_items, new_items = {i.text for i in old.items}, {i.text for i in new.items}
    if not old_items or not new_items:
        return 0.0
    return len(old_items & new_items) / len(old_items | new_items)
