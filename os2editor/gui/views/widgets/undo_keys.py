"""Ctrl+Z in a text widget undoes in the document, not inside the widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack


def is_undo_key(event: QEvent) -> bool:
    """Whether ``event`` is the platform's Undo or Redo key."""
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


def release_undo_shortcut(event: QEvent) -> bool:
    """Let the window's Undo/Redo actions see the key: True if ``event`` was such an override."""
    if event.type() == QEvent.Type.ShortcutOverride and is_undo_key(event):
        event.ignore()
        return True
    return False


def apply_undo_key(event: QKeyEvent, stack: QUndoStack) -> bool:
    """Undo or redo on ``stack`` when no window action took the key; True if handled."""
    if event.matches(QKeySequence.StandardKey.Undo):
        stack.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo):
        stack.redo()
        return True
    return False


class DocumentUndoKeys:
    """Mixin for an editing widget: Undo and Redo keys act on the document's undo stack.

    Put it before the Qt class (``class TextField(DocumentUndoKeys, QPlainTextEdit)``); the
    widget says which stack through ``document_undo_stack()``.
    """

    def document_undo_stack(self) -> QUndoStack:
        return self.session.undo_stack  # type: ignore[attr-defined, no-any-return]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if apply_undo_key(event, self.document_undo_stack()):
            return
        super_: Any = super()
        super_.keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if release_undo_shortcut(event):
            return False
        super_: Any = super()
        return bool(super_.event(event))
