"""Shared helpers of the revision tests: fixtures and walking a change's path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from os2editor.markdown import loads
from os2editor.model import FunctionDescription, Initiative, Item, Priority
from os2editor.model.fields import ListField
from os2editor.revision.changes import Derived, FrontMatterKey
from os2editor.revision.changes import Path as ChangePath

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixture(name: str) -> FunctionDescription:
    return loads(fixture_text(name), path=name)


def resolve(doc: FunctionDescription, path: ChangePath) -> Any:
    """Follow a change's path into a document, as the GUI would to jump to the field."""
    node: Any = doc
    for step in path:
        if isinstance(step, FrontMatterKey):
            return doc.front_matter.as_dict().get(step.name)
        if isinstance(step, int):
            node = (node.sections if node is doc else node)[step]
        elif isinstance(step, Priority):
            node = node.group(step)
        elif step is Derived.WEEKLY_HOURS:
            node = node.weekly_hours
        elif isinstance(step, ListField):
            node = step.of(node)
        else:
            node = step.get(node)
    return node


def text_of(node: Any) -> str:
    """The text a change names for the node its path leads to."""
    if isinstance(node, str):
        return node
    if isinstance(node, int | float):
        return str(node).replace(".", ",")
    if isinstance(node, Item):
        return node.text
    if isinstance(node, Initiative):
        return f"{node.label} – {node.text}" if node.label else node.text
    if hasattr(node, "heading"):
        return str(node.heading)
    if hasattr(node, "title"):
        return str(node.title)
    return "" if node is None else str(node)
