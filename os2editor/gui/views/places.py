"""Places in the forms: which node a widget shows and what of it, by typed address.

A form registers each of its widgets under a node and an address: a field
(:mod:`os2editor.model.fields`), a list field, or a :class:`Facet` for what a form shows that
the model derives (the weekly hours) or holds as the user's own keys (other front matter). The
window then finds the widget for a warning's node or for a revision change by identity, never
by a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from os2editor.model import Item, Node
from os2editor.model.fields import Field, ListField


class Facet:
    """Something a form shows of a node that is no single field of the model."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name  # for repr only

    def __repr__(self) -> str:
        return f"Facet({self.name})"


MARK = "● "
"""Before the caption of a field that changed since the baseline (revision mode): quiet, and read
out by screen readers."""

WEEKLY_HOURS = Facet("weekly hours")
"""ConditionsSection: the hours its "Timetal" item states."""
OTHER_KEYS = Facet("other keys")
"""FrontMatter: the keys the model has no field for (``extra``)."""

Address = Field[Any, Any] | ListField[Any, Any] | Facet


@dataclass(frozen=True, eq=False)
class Place:
    """A node, what of it, and for a list the element's index."""

    node: Node
    address: Address
    index: int | None = None

    def at(self, node: object, address: Address) -> bool:
        return self.node is node and self.address is address


def holds(element: object, node: object) -> bool:
    """True when ``element`` is ``node`` or has it among its nested items."""
    if element is node:
        return True
    return isinstance(element, Item) and any(holds(child, node) for child in element.children)
