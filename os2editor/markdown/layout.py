"""What the reader remembers of each node's source, and how the writer tells what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from os2editor.markdown.blocks import ListSource
from os2editor.markdown.source import TextShape
from os2editor.model import Node


@dataclass
class Src:
    """Source memory of one node: its text, its field values when read, and its gaps."""

    raw: str
    snap: dict[str, Any]
    seps: dict[str, str] = field(default_factory=dict)  # gap after each part, by part name
    tail: str = ""  # gap after the node's last part
    line: int = 0  # 1-based file line where the node starts
    heading: str = ""  # the heading line(s) as written
    level: int = 0  # heading level
    lists: dict[str, ListSource] = field(default_factory=dict)  # list layouts, by field
    extra: Any = None  # node-specific: ItemSource, area numbering, task groups, ...


@dataclass
class GroupSource:
    """A MoSCoW group as written: heading, notes and list layout."""

    heading: str
    level: int
    seps: dict[str, str]
    tail: str = ""


@dataclass
class AreaSource:
    """How an area's heading was numbered, and where it stood."""

    numbered: bool
    position: int


@dataclass
class DocSource(Src):
    """Document-level memory: the original text and shape, and the regions between parts."""

    shape: TextShape = field(default_factory=TextShape)
    front_matter: Any = None  # FrontMatterSource | None
    fm_raw: str = ""  # the front matter lines with their fences
    regions: dict[str, str] = field(default_factory=dict)  # raw preamble, h1 and lead
    doc_seps: dict[str, str] = field(default_factory=dict)  # gap after each of those
    section_tail: str = ""  # gap after the last section (the end of the file)


def snapshot(node: Node) -> dict[str, Any]:
    """Field values now; lists as tuples of their elements so moves and edits show."""
    values: dict[str, Any] = {}
    for name in type(node).model_fields:
        value = getattr(node, name)
        if isinstance(value, list):
            values[name] = tuple(value)
        elif isinstance(value, dict):
            values[name] = dict(value)
        else:
            values[name] = value
    return values


def remember(node: Node, src: Src) -> None:
    """Attach source memory to a freshly read node."""
    node._src = src


def source_of(node: Node) -> Src | None:
    """The node's source memory, if it was read from a file."""
    # Straight to pydantic's private dict: attribute access goes through a slow __getattr__,
    # and this runs for every node on every save and preview.
    private = node.__pydantic_private__
    src = private.get("_src") if private else None
    return src if isinstance(src, Src) else None


def field_unchanged(node: Node, name: str) -> bool:
    """True when field ``name`` of ``node`` (and every node in it) is as it was read."""
    src = source_of(node)
    if src is None:
        return False
    old = src.snap[name]
    value = getattr(node, name)
    if isinstance(value, list):
        if len(value) != len(old) or any(a is not b for a, b in zip(value, old, strict=True)):
            return False
        return all(unchanged(v) for v in value if isinstance(v, Node))
    if isinstance(value, Node):
        return value is old and unchanged(value)
    return bool(value == old)


def unchanged(node: Node) -> bool:
    """True when nothing in ``node`` was edited since it was read."""
    if source_of(node) is None:
        return False
    return all(field_unchanged(node, name) for name in type(node).model_fields)
