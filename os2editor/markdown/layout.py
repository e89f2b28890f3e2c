"""What the reader remembers of each node's source, kept beside the nodes, and how the writer
tells what changed.

The nodes hold only content. A read document's source memory is a :class:`DocSource` kept in a
table of this module, keyed by the document's identity and dropped when the document is; each
node's :class:`Src` is found by the node's identity within it. The memory holds the nodes as
read (in ``snap``), so an identity seen here always means the very node that was read.
"""

from __future__ import annotations

import dataclasses
import weakref
from dataclasses import dataclass, field
from typing import Any

from os2editor.markdown.blocks import ListSource
from os2editor.markdown.source import TextShape
from os2editor.model import FunctionDescription, Node


@dataclass
class Src:
    """Source memory of one node: its text, its field values when read, and its gaps."""

    raw: str
    snap: dict[str, Any] = field(default_factory=dict)
    seps: dict[str, str] = field(default_factory=dict)  # gap after each part, by part name
    tail: str = ""  # gap after the node's last part
    line: int = 0  # 1-based file line where the node starts
    heading: str = ""  # the heading line(s) as written
    level: int = 0  # heading level
    lists: dict[str, ListSource] = field(default_factory=dict)  # list layouts, by field
    extra: Any = None  # node-specific: ItemSource, area numbering, task groups, ...
    node: Node | None = None  # the node this memory belongs to


@dataclass
class AreaSource:
    """How an area's heading was numbered, and where it stood."""

    numbered: bool
    position: int


@dataclass
class DocSource:
    """Document-level memory: the original text and shape, the regions between parts, and the
    memory of every node read."""

    raw: str
    shape: TextShape = field(default_factory=TextShape)
    front_matter: Any = None  # FrontMatterSource | None
    fm_raw: str = ""  # the front matter lines with their fences
    regions: dict[str, str] = field(default_factory=dict)  # raw preamble, h1 and lead
    doc_seps: dict[str, str] = field(default_factory=dict)  # gap after each of those
    section_tail: str = ""  # gap after the last section (the end of the file)
    nodes: dict[int, Src] = field(default_factory=dict)  # by id() of the node
    snap: dict[str, Any] = field(default_factory=dict)  # the document's fields as read
    # Sections read as free text although their heading names a kind: id -> (section, kind).
    kept_as_markdown: dict[int, tuple[Node, Any]] = field(default_factory=dict)

    def of(self, node: object) -> Src | None:
        """The memory of ``node``, if it was read (by identity)."""
        src = self.nodes.get(id(node))
        return src if src is not None and src.node is node else None

    def remember(self, node: Node, src: Src) -> Src:
        """Attach ``src`` to a freshly read node and take its snapshot."""
        src.node = node
        src.snap = snapshot(node)
        self.nodes[id(node)] = src
        return src


_DOCUMENTS: dict[int, tuple[weakref.ref[FunctionDescription], DocSource]] = {}


def attach(doc: FunctionDescription, source: DocSource) -> None:
    """Keep ``source`` as the memory of ``doc`` for as long as ``doc`` lives."""
    key = id(doc)
    _DOCUMENTS[key] = (weakref.ref(doc), source)
    weakref.finalize(doc, _DOCUMENTS.pop, key, None)


def document_source(doc: FunctionDescription) -> DocSource | None:
    """The memory of a document that was read, or None for one built in code."""
    entry = _DOCUMENTS.get(id(doc))
    if entry is None or entry[0]() is not doc:
        return None
    return entry[1]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(node: Node) -> tuple[str, ...]:
    """The dataclass fields of ``node``'s type (cached: this runs on every save)."""
    cls = type(node)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def snapshot(node: Node) -> dict[str, Any]:
    """Field values now; lists and dicts copied, so moves and edits show."""
    values: dict[str, Any] = {}
    for name in field_names(node):
        value = getattr(node, name)
        if isinstance(value, list):
            values[name] = tuple(value)
        elif isinstance(value, dict):
            values[name] = tuple(value.items())
        else:
            values[name] = value
    return values


class Changes:
    """Answers "was this edited since it was read?" for one document's memory."""

    def __init__(self, source: DocSource | None) -> None:
        self.source = source

    def of(self, node: object) -> Src | None:
        return self.source.of(node) if self.source is not None else None

    def field_unchanged(self, node: Node, name: str) -> bool:
        """True when field ``name`` of ``node`` (and every node in it) is as it was read."""
        src = self.of(node)
        if src is None:
            return False
        return self._same(src.snap[name], getattr(node, name))

    def _same(self, old: Any, value: Any) -> bool:
        if isinstance(value, list | dict):
            now = tuple(value.items()) if isinstance(value, dict) else tuple(value)
            if len(now) != len(old):
                return False
            return all(self._same(a, b) for a, b in zip(old, now, strict=True))
        if isinstance(value, tuple):  # a dict entry: (key, value)
            return bool(value[0] == old[0]) and self._same(old[1], value[1])
        if isinstance(value, Node):
            return value is old and self.unchanged(value)
        return bool(value == old)

    def unchanged(self, node: Node) -> bool:
        """True when nothing in ``node`` was edited since it was read."""
        src = self.of(node)
        if src is None:
            return False
        snap = src.snap
        return all(self._same(snap[name], getattr(node, name)) for name in field_names(node))
