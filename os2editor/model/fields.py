"""Typed addresses of what can be edited: one constant per field, checked against the nodes.

An edit names the field it changes with one of these constants, never with a string, so mypy
sees which node type it applies to and which value type it takes. Each constant spells its
attribute once, here, and is checked against the dataclass when this module loads.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Generic, TypeVar

from os2editor.model.nodes import (
    FreeSection,
    FrontMatter,
    FunctionDescription,
    Initiative,
    Item,
    ListSection,
    Node,
    ProseSection,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    Section,
    SectionBase,
    TaskGroup,
    TasksSection,
)

N = TypeVar("N", bound=Node)
V = TypeVar("V")
E = TypeVar("E")


class Field(Generic[N, V]):
    """One value field of nodes of type ``N``, holding values of type ``V``."""

    __slots__ = ("name", "node_type", "text")

    def __init__(self, node_type: type[N], name: str, *, text: bool = True) -> None:
        if name not in {f.name for f in dataclasses.fields(node_type)}:
            raise TypeError(f"{node_type.__name__} has no field {name!r}")
        self.node_type = node_type
        self.name = name
        self.text = text  # whether people type it: cleaned and bounded at the edit

    def get(self, node: N) -> V:
        value: V = getattr(node, self.name)
        return value

    def set(self, node: N, value: V) -> None:
        setattr(node, self.name, value)

    def __repr__(self) -> str:
        return f"{self.node_type.__name__}.{self.name}"


class ListField(Generic[N, E]):
    """One list field of nodes of type ``N``, holding elements of type ``E``."""

    __slots__ = ("name", "node_type")

    def __init__(self, node_type: type[N], name: str) -> None:
        if name not in {f.name for f in dataclasses.fields(node_type)}:
            raise TypeError(f"{node_type.__name__} has no field {name!r}")
        self.node_type = node_type
        self.name = name

    def of(self, node: N) -> list[E]:
        """The live list of ``node``."""
        value: list[E] = getattr(node, self.name)
        return value

    def __repr__(self) -> str:
        return f"{self.node_type.__name__}.{self.name}[]"


# -- text ------------------------------------------------------------------------------------

ITEM_TEXT: Field[Item, str] = Field(Item, "text")
INITIATIVE_LABEL: Field[Initiative, str] = Field(Initiative, "label")
INITIATIVE_TEXT: Field[Initiative, str] = Field(Initiative, "text")
AREA_TITLE: Field[ResponsibilityArea, str] = Field(ResponsibilityArea, "title")
AREA_LEAD_IN: Field[ResponsibilityArea, str] = Field(ResponsibilityArea, "lead_in")
HEADING: Field[SectionBase, str] = Field(SectionBase, "heading")
INTRO: Field[ProseSection, str] = Field(ProseSection, "intro")
OUTRO: Field[ProseSection, str] = Field(ProseSection, "outro")
TASKS_INTRO: Field[TasksSection, str] = Field(TasksSection, "intro")
GROUP_HEADING: Field[TaskGroup, str | None] = Field(TaskGroup, "heading")
GROUP_NOTES: Field[TaskGroup, str] = Field(TaskGroup, "notes")
FREE_BODY: Field[FreeSection, str] = Field(FreeSection, "body")
PREAMBLE: Field[FunctionDescription, str] = Field(FunctionDescription, "preamble")
H1: Field[FunctionDescription, str | None] = Field(FunctionDescription, "h1")
LEAD: Field[FunctionDescription, str] = Field(FunctionDescription, "lead")
FM_TITLE: Field[FrontMatter, str | None] = Field(FrontMatter, "title")
FM_LAYOUT: Field[FrontMatter, str | None] = Field(FrontMatter, "layout")
FM_PARENT: Field[FrontMatter, str | None] = Field(FrontMatter, "parent")
FM_NAV_ORDER: Field[FrontMatter, Any] = Field(FrontMatter, "nav_order", text=False)

# -- lists -----------------------------------------------------------------------------------

SECTIONS: ListField[FunctionDescription, Section] = ListField(FunctionDescription, "sections")
CHILDREN: ListField[Item, Item] = ListField(Item, "children")
INITIATIVES: ListField[PurposeSection, Initiative] = ListField(PurposeSection, "initiatives")
AREAS: ListField[ResponsibilitiesSection, ResponsibilityArea] = ListField(
    ResponsibilitiesSection, "areas"
)
RESPONSIBILITY_ITEMS: ListField[ResponsibilitiesSection, Item] = ListField(
    ResponsibilitiesSection, "items"
)
AREA_ITEMS: ListField[ResponsibilityArea, Item] = ListField(ResponsibilityArea, "items")
GROUP_ITEMS: ListField[TaskGroup, Item] = ListField(TaskGroup, "items")
LIST_ITEMS: ListField[ListSection, Item] = ListField(ListSection, "items")
