"""Undo commands: the only way the GUI changes the model.

Each command applies its change to the model in ``redo()`` and reverts it in ``undo()``, then
emits ``session.changed`` with the node it touched, so forms, navigation and preview follow.
Commands keep references to the model's own objects (never copies), so an undone removal puts
back the very same ``Item`` with its remembered source text and the file diff stays minimal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from os2editor.gui.session import DocumentSession

# Any fixed number distinct from other merging commands; QUndoStack merges equal ids only.
_SET_FIELD_ID = 0x05E7


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _model_fields(owner: object) -> set[str]:
    fields = getattr(type(owner), "model_fields", None)
    return set(fields) if fields else set()


class _ListSnapshot:
    """Every list field of a node, and the text of its items, to restore after a property set.

    Properties such as ``ConditionsSection.weekly_hours`` insert, remove or rewrite items as a
    side effect; restoring the snapshot puts back the same item objects in the same places.
    """

    def __init__(self, owner: object) -> None:
        self._lists: dict[str, list[Any]] = {}
        self._texts: list[tuple[Any, str]] = []
        for name in _model_fields(owner):
            value = getattr(owner, name)
            if isinstance(value, list):
                self._lists[name] = list(value)
                self._texts += [
                    (x, x.text) for x in value if isinstance(getattr(x, "text", None), str)
                ]

    def restore(self, owner: object) -> None:
        for name, items in self._lists.items():
            getattr(owner, name)[:] = items
        for item, text in self._texts:
            item.text = text


class SetField(QUndoCommand):
    """Set ``owner.field`` to ``value``. Consecutive sets of one field merge into one step."""

    def __init__(
        self,
        session: DocumentSession,
        owner: object,
        field: str,
        value: object,
        *,
        label: str = "",
    ) -> None:
        super().__init__(label or _tr("Edit text"))
        self.session = session
        self.owner = owner
        self.field = field
        self.value = value
        self.old_value = getattr(owner, field)
        is_property = field not in _model_fields(owner)
        self._snapshot = _ListSnapshot(owner) if is_property else None

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField):
            return False
        if other.owner is not self.owner or other.field != self.field:
            return False
        if other.session is not self.session:
            return False
        self.value = other.value
        # Typing and then deleting back to the old text leaves nothing to undo.
        self.setObsolete(self._same(self.value, self.old_value))
        return True

    def redo(self) -> None:
        setattr(self.owner, self.field, self.value)
        self.session.changed.emit(self.owner)

    def undo(self) -> None:
        if self._snapshot is not None:
            self._snapshot.restore(self.owner)
        else:
            setattr(self.owner, self.field, self.old_value)
        self.session.changed.emit(self.owner)

    @staticmethod
    def _same(a: object, b: object) -> bool:
        return a is b or (type(a) is type(b) and a == b)


def _list(owner: object, field: str) -> list[Any]:
    value = getattr(owner, field)
    if not isinstance(value, list):
        raise TypeError(f"{type(owner).__name__}.{field} is not a list")
    return value


class _ListEdit(QUndoCommand):
    """One element of ``owner.field`` (a list) at ``index``, taken out or put in."""

    def __init__(
        self, label: str, session: DocumentSession, owner: object, field: str, index: int
    ) -> None:
        super().__init__(label)
        self.session = session
        self.owner = owner
        self.field = field
        self.index = index

    def _items(self) -> list[Any]:
        return _list(self.owner, self.field)

    def _put_in(self, item: object) -> None:
        self._items().insert(self.index, item)
        self.session.changed.emit(self.owner)

    def _take_out(self, item: object) -> None:
        items = self._items()
        # Identity, not equality: two items with the same text are still different items.
        position = next((i for i, each in enumerate(items) if each is item), self.index)
        del items[position]
        self.session.changed.emit(self.owner)


class InsertItem(_ListEdit):
    """Insert ``item`` into ``owner.field`` at ``index``."""

    def __init__(
        self,
        session: DocumentSession,
        owner: object,
        field: str,
        index: int,
        item: object,
        *,
        label: str = "",
    ) -> None:
        super().__init__(label or _tr("Add item"), session, owner, field, index)
        self.item = item

    def redo(self) -> None:
        self._put_in(self.item)

    def undo(self) -> None:
        self._take_out(self.item)


class RemoveItem(_ListEdit):
    """Remove the element at ``index`` from ``owner.field``; undo puts the same object back."""

    def __init__(
        self,
        session: DocumentSession,
        owner: object,
        field: str,
        index: int,
        *,
        label: str = "",
    ) -> None:
        super().__init__(label or _tr("Remove item"), session, owner, field, index)
        self.item = self._items()[index]

    def redo(self) -> None:
        self._take_out(self.item)

    def undo(self) -> None:
        self._put_in(self.item)


class MoveItem(QUndoCommand):
    """Move one element within a list or to another list, as one undo step.

    ``dst_index`` is where the element ends up in the destination list after the move (for a
    move within one list: its index once it has been taken out).
    """

    def __init__(  # noqa: PLR0917 - the positional signature is the shared GUI contract
        self,
        session: DocumentSession,
        src_owner: object,
        src_field: str,
        src_index: int,
        dst_owner: object,
        dst_field: str,
        dst_index: int,
        *,
        label: str = "",
    ) -> None:
        super().__init__(label or _tr("Move item"))
        self.session = session
        self.src = (src_owner, src_field, src_index)
        self.dst = (dst_owner, dst_field, dst_index)
        self.item = _list(src_owner, src_field)[src_index]

    def redo(self) -> None:
        self._move(self.src, self.dst)

    def undo(self) -> None:
        self._move(self.dst, self.src)

    def _move(self, frm: tuple[object, str, int], to: tuple[object, str, int]) -> None:
        items = _list(frm[0], frm[1])
        del items[frm[2]]
        _list(to[0], to[1]).insert(to[2], self.item)
        self.session.changed.emit(frm[0])
        if to[0] is not frm[0]:
            self.session.changed.emit(to[0])


class InsertSection(InsertItem):
    """Insert a ``##`` section at ``index`` of the document."""

    def __init__(
        self, session: DocumentSession, index: int, section: object, *, label: str = ""
    ) -> None:
        super().__init__(
            session, session.doc, "sections", index, section, label=label or _tr("Add section")
        )


class RemoveSection(RemoveItem):
    """Remove the section at ``index`` of the document."""

    def __init__(self, session: DocumentSession, index: int, *, label: str = "") -> None:
        super().__init__(
            session, session.doc, "sections", index, label=label or _tr("Remove section")
        )


class MoveSection(MoveItem):
    """Move the section at ``src_index`` so that it ends up at ``dst_index``."""

    def __init__(
        self, session: DocumentSession, src_index: int, dst_index: int, *, label: str = ""
    ) -> None:
        doc = session.doc
        super().__init__(
            session,
            doc,
            "sections",
            src_index,
            doc,
            "sections",
            dst_index,
            label=label or _tr("Move section"),
        )
