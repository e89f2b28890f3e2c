"""Ctrl+Z in a text widget undoes in the document, not inside the widget."""

from __future__ import annotations

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
