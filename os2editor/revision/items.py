"""Changes among the items of corresponding lists, matched across the lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from os2editor.model import Item
from os2editor.model import fields as f
from os2editor.revision.changes import Change, ChangeKind, Path
from os2editor.revision.matching import Entry, match, out_of_order
from os2editor.revision.words import word_diff

Keyed = list[tuple[tuple[int, ...], Change]]
"""Changes with a sort key that puts them in the new document's order."""


@dataclass(frozen=True)
class Slot:
    """One list taking part in a matching.

    ``group`` is the key old and new lists share, ``label`` the name shown (a priority, an area
    title). ``path`` is where the list is in NEW; ``own_path`` where it is in its own document
    (OLD's path for an old list, the same as ``path`` for a new one).
    """

    group: str
    label: str
    path: Path
    field: str
    items: Sequence[Item]
    own_path: Path = ()
    indices: Sequence[int] = ()
    """Each item's index in its list in the document, when ``items`` leaves some out (the
    conditions' hours item, reported as the hours change); else its position in ``items``."""

    @property
    def home(self) -> Path:
        return self.own_path or self.path


def item_changes(part: str, section: str, old: Sequence[Slot], new: Sequence[Slot]) -> Keyed:
    """Changes among the items of corresponding lists, keyed for document order."""

    def entries(slots: Sequence[Slot]) -> list[Entry[tuple[Slot, Item]]]:
        return [
            Entry(slot.group, slot.indices[i] if slot.indices else i, item.text, (slot, item))
            for slot in slots
            for i, item in enumerate(slot.items)
        ]

    keyed: Keyed = []

    def add(key: tuple[int, ...], kind: ChangeKind, slot: Slot, path: Path, **values: Any) -> None:
        change = Change(kind, part, slot.field, path, section=section, group=slot.label, **values)
        keyed.append((key, change))

    order = {slot.group: pos for pos, slot in enumerate(new)}
    matching = match(entries(old), entries(new))
    moved = _reordered(matching.pairs)
    for pos, (o, n) in enumerate(matching.pairs):
        (old_slot, old_item), (slot, new_item) = o.value, n.value
        key = (order[n.group], n.index)
        path = (*slot.path, n.index)
        old_path = (*old_slot.home, o.index)
        texts = {"old": o.text, "new": n.text, "old_path": old_path}
        if o.group != n.group:
            add(
                (*key, 1),
                ChangeKind.MOVED,
                slot,
                path,
                source=old_slot.label,
                target=slot.label,
                **texts,
            )
        elif pos in moved:
            add(
                (*key, 1),
                ChangeKind.MOVED,
                slot,
                path,
                source=o.index + 1,
                target=n.index + 1,
                **texts,
            )
        if o.text != n.text:
            add((*key, 2), ChangeKind.EDITED, slot, path, words=word_diff(o.text, n.text), **texts)
        children = item_changes(
            part,
            section,
            [
                Slot(
                    "",
                    n.text,
                    (*path, f.CHILDREN),
                    slot.field,
                    old_item.children,
                    (*old_path, f.CHILDREN),
                )
            ],
            [Slot("", n.text, (*path, f.CHILDREN), slot.field, new_item.children)],
        )
        keyed += [((*key, 3, *child_key), change) for child_key, change in children]
    for o in matching.removed:
        slot = o.value[0]
        add(
            (order.get(o.group, len(order)), o.index, 0),
            ChangeKind.REMOVED,
            slot,
            (*slot.path, o.index),
            old=o.text,
            old_path=(*slot.home, o.index),
        )
    for n in matching.added:
        slot = n.value[0]
        add((order[n.group], n.index, 4), ChangeKind.ADDED, slot, (*slot.path, n.index), new=n.text)
    return keyed


def _reordered(pairs: Sequence[tuple[Entry[Any], Entry[Any]]]) -> set[int]:
    """Positions in ``pairs`` of entries that moved within their own list."""
    by_group: dict[str, list[int]] = {}
    for pos, (o, n) in enumerate(pairs):
        if o.group == n.group:
            by_group.setdefault(n.group, []).append(pos)
    moved: set[int] = set()
    for positions in by_group.values():
        indices = [(pairs[p][0].index, pairs[p][1].index) for p in positions]
        moved |= {positions[k] for k in out_of_order(indices)}
    return moved
