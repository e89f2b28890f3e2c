"""Site order: the pages under one parent, in the order of their ``nav_order``, and reordering.

Reordering keeps the numbers the pages already use and hands them out in the new order, so a
page whose place did not change keeps its number and its file is not touched; each page that
moved gets one changed line, ``nav_order: N``. Only when the numbers cannot give every page
its own place (two share one, or some have none) are the missing ones added after the highest.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from os2editor.edits import Batch, SetValue
from os2editor.library.catalog import Row
from os2editor.library.writing import DocumentEdit
from os2editor.model import FunctionDescription, fields

Number = int | float


def site_groups(rows: Sequence[Row]) -> dict[str | None, list[Row]]:
    """The rows under each parent (None: the top level), in site order: by ``nav_order``,
    pages without one last, then by title (as just-the-docs orders them)."""
    groups: dict[str | None, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.facts.parent if row.facts is not None else None].append(row)
    return {parent: sorted(group, key=_place) for parent, group in groups.items()}


def _place(row: Row) -> tuple[bool, Number, str]:
    order = row.facts.nav_order if row.facts is not None else None
    return (order is None, order if order is not None else 0, row.title.casefold())


@dataclass(frozen=True)
class Placement:
    """A page that gets a new ``nav_order``."""

    path: Path
    old: Number | None
    new: Number


def reorder(rows: Sequence[Row]) -> list[Placement]:
    """The new ``nav_order`` of each row that needs one for ``rows`` to be the site's order."""
    current = [row.facts.nav_order if row.facts is not None else None for row in rows]
    slots = sorted({value for value in current if value is not None})
    if len(slots) < len(rows):
        start = math.floor(slots[-1]) + 1 if slots else 1
        slots += range(start, start + len(rows) - len(slots))
    return [Placement(row.path, old, new) for row, old, new in zip(rows, current, slots,
                                                                   strict=False)
            if old != new]


def order_edits(placements: Sequence[Placement],
                doc_for: Callable[[Path], FunctionDescription]) -> list[DocumentEdit]:
    """One edit per moved page: its ``nav_order`` set through the front matter field."""
    plan = []
    for placement in placements:
        doc = doc_for(placement.path)
        edit = SetValue(fields.FM_NAV_ORDER, doc.front_matter, placement.new)
        plan.append(DocumentEdit(placement.path, doc, Batch((edit,))))
    return plan
