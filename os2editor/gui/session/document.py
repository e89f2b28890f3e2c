"""One open document: its editor (the model and the edits applied to it), where it lives on
disk, and its undo history."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from os2editor.edits import Batch, Change, DocumentEditor, Edit, EditError, SetValue
from os2editor.gui.session.undo import EditCommand
from os2editor.model import FunctionDescription, Node
from os2editor.model.fields import Field

N = TypeVar("N", bound=Node)
V = TypeVar("V")

log = logging.getLogger(__name__)


class DocumentSession(QObject):
    """The document being edited, and the undo stack every edit goes through.

    ``changed`` carries the :class:`~os2editor.edits.Change` of every edit, undo and redo;
    ``replayed`` the same for an undo or redo only (the window then shows where it happened).
    ``refused`` carries the :class:`~os2editor.edits.EditError` of an edit that could not be
    made, which leaves the document as it was. The stack's clean state means "saved".
    """

    changed = Signal(object)
    replayed = Signal(object)
    refused = Signal(object)
    path_changed = Signal()

    def __init__(
        self,
        doc: FunctionDescription,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = DocumentEditor(doc)
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.editor.observe(self.changed.emit)

    @property
    def doc(self) -> FunctionDescription:
        return self.editor.doc

    # -- editing ---------------------------------------------------------------------------

    def apply(self, edit: Edit, *, alone: bool = False) -> bool:
        """Make ``edit`` and record it as one undo step (merged with the last one when both are
        typing in one field, unless ``alone``: making text bold is a step of its own). False
        when the edit cannot be made: ``refused`` says why."""
        if isinstance(edit, Batch) and not edit.edits:
            return True  # nothing to do, and nothing to undo
        try:
            undo = self.editor.apply(edit)
        except EditError as error:
            self.refuse(error)
            return False
        self.undo_stack.push(EditCommand(self, edit, undo, alone=alone))
        return True

    def set_value(self, field: Field[N, V], node: N, value: V, *, alone: bool = False) -> bool:
        """Set one field, as typing does. False when the value is refused (too long)."""
        try:
            edit = SetValue(field, node, value)
        except EditError as error:
            self.refuse(error)
            return False
        return self.apply(edit, alone=alone)

    def replay(self, edit: Edit) -> Edit:
        """Apply an edit of the undo history (undo or redo); returns its inverse."""
        undo = self.editor.apply(edit)
        self.replayed.emit(Change(edit, edit.touched()))
        return undo

    def refuse(self, error: EditError) -> None:
        """Tell the window that an edit could not be made; the document is unchanged."""
        log.warning("edit refused: %s", error.message.code)
        self.refused.emit(error)

    # -- the file --------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_path(self, path: Path | None) -> None:
        """Remember a new file location (after Save As)."""
        self.path = path
        self.path_changed.emit()

    def mark_saved(self) -> None:
        """Call after a successful write: the current state becomes the clean one."""
        self.undo_stack.setClean()
