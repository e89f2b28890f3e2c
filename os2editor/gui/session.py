"""One open document: the model, where it lives on disk, and its undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from os2editor.model import FunctionDescription


class DocumentSession(QObject):
    """The model being edited live, plus the undo stack every edit goes through.

    ``changed`` carries the model node whose fields changed (the command's owner), or None when
    everything may have changed. The stack's clean state means "saved".
    """

    changed = Signal(object)
    path_changed = Signal()

    def __init__(
        self,
        doc: FunctionDescription,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        self.undo_stack = QUndoStack(self)

    def push(self, command: QUndoCommand) -> None:
        """Apply ``command`` (its redo runs now) and record it for undo."""
        self.undo_stack.push(command)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_path(self, path: Path | None) -> None:
        """Remember a new file location (after Save As)."""
        self.path = path
        self.path_changed.emit()

    def mark_saved(self) -> None:
        """Call after a successful write: the current state becomes the clean one."""
        self.undo_stack.setClean()
