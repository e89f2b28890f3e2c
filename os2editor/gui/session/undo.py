"""The thin adapter between the core's edits and Qt's undo stack.

An :class:`EditCommand` holds an edit that has been made and the edit that undoes it; undo
applies the one, redo the other, both through the session, so every view hears of it the same
way. Typing in one field merges into one step (the core's ``Edit.merged`` says when); two
fields are always two steps. Adding an element and typing its text is one step too, and
removing it again right away leaves nothing to undo (nor to redo): to a person that was one
false start. The label a user reads in Edit > Undo is translated here, from the kind of edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from os2editor.edits import (
    Batch,
    Edit,
    InsertElement,
    MoveElement,
    RemoveElement,
    SetEntry,
    SetValue,
)
from os2editor.model import fields as f

if TYPE_CHECKING:
    from os2editor.gui.session.document import DocumentSession

# QUndoStack offers a command for merging only to one with the same id.
_EDIT_ID = 0x0ED1
_HEADINGS = (f.HEADING, f.GROUP_HEADING, f.AREA_TITLE, f.H1, f.FM_TITLE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


def edit_label(edit: Edit) -> str:
    """What the edit does, in the interface language ("Edit heading", "Move task", ...)."""
    if isinstance(edit, SetValue):
        return _tr("Edit heading") if edit.field in _HEADINGS else _tr("Edit text")
    if isinstance(edit, SetEntry):
        return _tr("Edit front matter")
    if isinstance(edit, InsertElement):
        return _tr("Add section") if edit.field is f.SECTIONS else _tr("Add item")
    if isinstance(edit, RemoveElement):
        return _tr("Remove section") if edit.field is f.SECTIONS else _tr("Remove item")
    if isinstance(edit, MoveElement):
        if edit.field is f.SECTIONS:
            return _tr("Move section")
        if edit.field is f.GROUP_ITEMS and edit.to_owner is not edit.owner:
            return _tr("Move task")
        return _tr("Move item")
    if isinstance(edit, Batch):
        labels = {edit_label(each) for each in edit.edits}
        if labels == {_tr("Add item")}:
            return _tr("Add items")
        return labels.pop() if len(labels) == 1 else _tr("Edit")
    return _tr("Edit")


def inserted(edit: Edit) -> object | None:
    """The element ``edit`` adds when it is an addition (and maybe the typing of its text)."""
    first = edit.edits[0] if isinstance(edit, Batch) and len(edit.edits) == 2 and isinstance(
        edit.edits[1], SetValue) else edit
    if isinstance(first, InsertElement):
        element: object = first.element
        return element
    return None


def _with_typing(edit: Edit, undo: Edit, later: Edit, later_undo: Edit) -> tuple[Edit, Edit] | None:
    """``edit`` (an addition, maybe with typing) and then ``later`` as one addition: the new
    element's text typed. None when ``later`` is no typing in the new element's text."""
    element = inserted(edit)
    if element is None or not isinstance(later, SetValue) or later.node is not element:
        return None
    if isinstance(edit, InsertElement):
        return Batch((edit, later)), Batch((later_undo, undo))
    assert isinstance(edit, Batch)
    typed = edit.edits[1].merged(later)
    if typed is None:
        return None  # another field of the new element: a step of its own
    return Batch((edit.edits[0], typed)), undo


def _takes_back(edit: Edit, later_undo: Edit) -> bool:
    """Whether the removal undone by ``later_undo`` takes away the element ``edit`` added."""
    element = inserted(edit)
    return (
        element is not None
        and isinstance(later_undo, InsertElement)
        and later_undo.element is element
    )


def _undoes(edit: Edit, undo: Edit) -> bool:
    """True when ``edit`` puts back exactly what ``undo`` would (typed back to the start)."""
    if isinstance(edit, SetValue) and isinstance(undo, SetValue):
        return edit.node is undo.node and edit.field is undo.field and edit.value == undo.value
    if isinstance(edit, SetEntry) and isinstance(undo, SetEntry):
        return edit.node is undo.node and edit.key == undo.key and edit.value == undo.value
    return False


class EditCommand(QUndoCommand):
    """One undo step: ``edit`` (already made when pushed) and ``undo``, its inverse."""

    def __init__(
        self, session: DocumentSession, edit: Edit, undo: Edit, *, alone: bool = False
    ) -> None:
        super().__init__(edit_label(edit))
        self.session = session
        self.edit = edit
        self.undo_edit = undo
        self.alone = alone  # a step of its own: merges with nothing, before or after
        self._made = True  # the session made the edit before pushing; the first redo is Qt's

    def id(self) -> int:
        return -1 if self.alone else _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.session is not self.session:
            return False
        if _takes_back(self.edit, other.undo_edit):
            self.setObsolete(True)  # added and removed again: nothing happened
            return True
        typed = _with_typing(self.edit, self.undo_edit, other.edit, other.undo_edit)
        if typed is not None:
            self.edit, self.undo_edit = typed
            return True
        merged = self.edit.merged(other.edit)
        if merged is None:
            return False
        self.edit = merged
        # Typing and then deleting back to the old text leaves nothing to undo.
        self.setObsolete(_undoes(merged, self.undo_edit))
        return True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self.undo_edit = self.session.replay(self.edit)

    def undo(self) -> None:
        self.edit = self.session.replay(self.undo_edit)
