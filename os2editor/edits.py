"""Typed edits: the one way anything changes a document.

Each edit is a value that names what it changes by a typed field address
(:mod:`os2editor.model.fields`), never by a string. :meth:`Edit.apply` makes the change and
returns the edit that undoes it, so undo and redo are just more edits. :class:`DocumentEditor`
applies edits to one document and tells its observers once per edit which nodes changed; the
window's undo stack wraps it, and scripts use it the same way::

    editor = DocumentEditor(os2editor.load("role.md"))
    tasks = editor.doc.tasks
    editor.apply(move_task(tasks, Priority.SHOULD, 0, Priority.MUST, 0))
    editor.apply(SetValue(fields.ITEM_TEXT, tasks.must[0], "Lede styregruppen."))
    os2editor.save(editor.doc, "role.md")

Edits keep references to the document's own nodes, never copies: an undone removal puts back
the very same node, with the source text the writer remembers for it, so the diff stays small.

Text entering a document is cleaned here, where it enters: control characters (a NUL pasted
from another program) are dropped, line ends become ``\\n``, and a text longer than a person
writes is refused, so every document the editor holds is one it can write and read back.
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from os2editor.errors import Os2EditorError, ReadError
from os2editor.model import (
    ConditionsSection,
    FunctionDescription,
    Item,
    Node,
    Priority,
    Section,
    TasksSection,
    fields,
    hours_in,
    with_hours,
)
from os2editor.model.fields import Field, ListField

N = TypeVar("N", bound=Node)
O = TypeVar("O", bound=Node)  # noqa: E741 - the owner of a list
E = TypeVar("E")
V = TypeVar("V")

MAX_FIELD_CHARS = 30_000
"""The longest text one field takes: far beyond a description (5-10 KB in all), and below the
reader's longest run of text (``markdown.limits.MAX_RUN``)."""
_CHECKED_ABOVE = 2_000
"""Text this long, or a new element, may take a document past what the reader accepts: such
an edit is checked against the reader's limits before it stays."""

# C0 and C1 control characters but tab and line feed; U+2028/2029 are line ends to Qt.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class EditError(Os2EditorError):
    """An edit that cannot be made (too much text, a place that does not exist)."""


def clean_text(text: str) -> str:
    """Text as a document may hold it: ``\\n`` line ends, no control characters, no lone
    surrogates. Raises EditError for more than :data:`MAX_FIELD_CHARS` characters."""
    if len(text) > MAX_FIELD_CHARS:
        raise EditError("edit-too-long", size=len(text), limit=MAX_FIELD_CHARS)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n")
    if not text.isprintable():
        text = _CONTROL.sub("", text)
        if any(unicodedata.category(c) == "Cs" for c in text):
            text = text.encode("utf-8", "replace").decode("utf-8")
    return text


class Edit(ABC):
    """One change to a document."""

    @abstractmethod
    def apply(self) -> Edit:
        """Make the change; return the edit that undoes it."""

    @abstractmethod
    def touched(self) -> tuple[Node, ...]:
        """The nodes whose own fields this edit changes (a list's owner, not its elements)."""

    def merged(self, later: Edit) -> Edit | None:
        """One edit doing this and then ``later``, when they are one step to a person
        (typing in one field); None otherwise."""
        return None


@dataclass(frozen=True, eq=False)
class SetValue(Edit, Generic[N, V]):
    """Set ``field`` of ``node`` to ``value``."""

    field: Field[N, V]
    node: N
    value: V

    def __post_init__(self) -> None:
        if not isinstance(self.node, self.field.node_type):
            raise EditError("edit-wrong-node", field=repr(self.field),
                            node=type(self.node).__name__)
        if self.field.text and isinstance(self.value, str):
            object.__setattr__(self, "value", clean_text(self.value))

    def apply(self) -> SetValue[N, V]:
        old = self.field.get(self.node)
        self.field.set(self.node, self.value)
        return SetValue(self.field, self.node, old)

    def touched(self) -> tuple[Node, ...]:
        return (self.node,)

    def merged(self, later: Edit) -> Edit | None:
        if isinstance(later, SetValue) and later.field is self.field and later.node is self.node:
            return later
        return None


@dataclass(frozen=True, eq=False)
class InsertElement(Edit, Generic[O, E]):
    """Insert ``element`` into ``field`` of ``owner`` at ``index``."""

    field: ListField[O, E]
    owner: O
    index: int
    element: E

    def apply(self) -> RemoveElement[O, E]:
        elements = self.field.of(self.owner)
        if not 0 <= self.index <= len(elements):
            raise EditError("edit-no-place", index=self.index, size=len(elements))
        elements.insert(self.index, self.element)
        return RemoveElement(self.field, self.owner, self.index)

    def touched(self) -> tuple[Node, ...]:
        return (self.owner,)


@dataclass(frozen=True, eq=False)
class RemoveElement(Edit, Generic[O, E]):
    """Remove the element at ``index`` of ``field`` of ``owner``."""

    field: ListField[O, E]
    owner: O
    index: int

    def apply(self) -> InsertElement[O, E]:
        elements = self.field.of(self.owner)
        if not 0 <= self.index < len(elements):
            raise EditError("edit-no-place", index=self.index, size=len(elements))
        element = elements.pop(self.index)
        return InsertElement(self.field, self.owner, self.index, element)

    def touched(self) -> tuple[Node, ...]:
        return (self.owner,)


@dataclass(frozen=True, eq=False)
class MoveElement(Edit, Generic[O, N, E]):
    """Move the element at ``index`` of ``field`` of ``owner`` so that it ends up at
    ``to_index`` of ``to_field`` of ``to_owner`` (within one list, or between two)."""

    field: ListField[O, E]
    owner: O
    index: int
    to_field: ListField[N, E]
    to_owner: N
    to_index: int

    def apply(self) -> MoveElement[N, O, E]:
        source = self.field.of(self.owner)
        target = self.to_field.of(self.to_owner)
        if not 0 <= self.index < len(source):
            raise EditError("edit-no-place", index=self.index, size=len(source))
        size = len(target) - (1 if target is source else 0)
        if not 0 <= self.to_index <= size:
            raise EditError("edit-no-place", index=self.to_index, size=size)
        target.insert(self.to_index, source.pop(self.index))
        return MoveElement(self.to_field, self.to_owner, self.to_index,
                           self.field, self.owner, self.index)

    def touched(self) -> tuple[Node, ...]:
        if self.to_owner is self.owner:
            return (self.owner,)
        return (self.owner, self.to_owner)


@dataclass(frozen=True, eq=False)
class SetEntry(Edit):
    """Set (or, with ``value`` None, remove) one front matter key that the model has no field
    for: the key is the user's data, not a field name. A new key goes at ``position``, or
    last; a kept key keeps its place."""

    node: Any  # FrontMatter
    key: str
    value: Any
    position: int | None = None

    def apply(self) -> SetEntry:
        extra: dict[str, Any] = self.node.extra
        keys = list(extra)
        had = self.key in extra
        old, old_position = extra.get(self.key), keys.index(self.key) if had else None
        if self.value is None:
            extra.pop(self.key, None)
        elif had:
            extra[self.key] = self.value
        else:
            items = list(extra.items())
            at = len(items) if self.position is None else max(0, min(self.position, len(items)))
            items.insert(at, (self.key, self.value))
            extra.clear()
            extra.update(items)
        return SetEntry(self.node, self.key, old if had else None, old_position)

    def touched(self) -> tuple[Node, ...]:
        return (self.node,)

    def merged(self, later: Edit) -> Edit | None:
        if isinstance(later, SetEntry) and later.node is self.node and later.key == self.key:
            return SetEntry(self.node, self.key, later.value, self.position)
        return None


@dataclass(frozen=True, eq=False)
class Batch(Edit):
    """Several edits as one step (pasting several items, a replace across a document)."""

    edits: tuple[Edit, ...]

    def apply(self) -> Batch:
        undo: list[Edit] = []
        try:
            for edit in self.edits:
                undo.append(edit.apply())
        except Exception:
            for done in reversed(undo):  # all or nothing
                done.apply()
            raise
        return Batch(tuple(reversed(undo)))

    def touched(self) -> tuple[Node, ...]:
        seen: dict[int, Node] = {}
        for edit in self.edits:
            for node in edit.touched():
                seen.setdefault(id(node), node)
        return tuple(seen.values())


# -- edits in the words of the domain ---------------------------------------------------------


def move_task(section: TasksSection, priority: Priority, index: int,
              to_priority: Priority, to_index: int) -> MoveElement[Any, Any, Item]:
    """Move a task between priorities (or within one)."""
    return MoveElement(fields.GROUP_ITEMS, section.group(priority), index,
                       fields.GROUP_ITEMS, section.group(to_priority), to_index)


def set_weekly_hours(section: ConditionsSection, hours: float | None) -> Edit:
    """Set the "Timetal: N timer pr. uge." item (added first, rewritten, or removed)."""
    item = section.hours_item()
    if hours is None:
        if item is None:
            return Batch(())
        return RemoveElement(fields.LIST_ITEMS, section, section.items.index(item))
    if item is None:
        return InsertElement(fields.LIST_ITEMS, section, 0, Item(text=with_hours("", hours)))
    if hours_in(item.text) == hours:
        return Batch(())
    return SetValue(fields.ITEM_TEXT, item, with_hours(item.text, hours))


def add_section(doc: FunctionDescription, index: int, section: Section) -> Edit:
    return InsertElement(fields.SECTIONS, doc, index, section)


# -- staying readable ------------------------------------------------------------------------


def _may_grow(edit: Edit) -> bool:
    if isinstance(edit, SetValue):
        return isinstance(edit.value, str) and len(edit.value) > _CHECKED_ABOVE
    if isinstance(edit, Batch):
        return any(map(_may_grow, edit.edits))
    return isinstance(edit, InsertElement | SetEntry)


def within_limits(doc: FunctionDescription) -> None:
    """Raise EditError when ``doc`` as written would be more than the reader accepts."""
    from os2editor.markdown import dumps, limits

    try:
        limits.check(dumps(doc))
    except ReadError as error:
        raise EditError("edit-over-limits", reason=error.reason) from None


# -- applying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """What observers hear after an edit: the edit and the nodes it changed."""

    edit: Edit
    nodes: tuple[Node, ...]

    def touches(self, node: object) -> bool:
        return any(each is node for each in self.nodes)


Observer = Callable[[Change], None]


class DocumentEditor:
    """One document and the edits applied to it; observers hear of each edit once."""

    def __init__(self, doc: FunctionDescription) -> None:
        self.doc = doc
        self._observers: list[Observer] = []

    def observe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer`` after every edit; returns a function that stops it."""
        self._observers.append(observer)

        def stop() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return stop

    def apply(self, edit: Edit) -> Edit:
        """Apply ``edit``, tell every observer, and return the edit that undoes it.

        An edit that would make a document the reader refuses (what the editor writes, it must
        read back) is undone at once and raises EditError; the observers hear nothing."""
        undo = edit.apply()
        if _may_grow(edit):
            try:
                within_limits(self.doc)
            except EditError:
                undo.apply()
                raise
        self.announce(Change(edit, edit.touched()))
        return undo

    def announce(self, change: Change) -> None:
        for observer in list(self._observers):
            observer(change)
