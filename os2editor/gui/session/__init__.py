"""The open document: its editor, its file, its undo history, and the one way the window
changes it (a typed edit of :mod:`os2editor.edits`, wrapped in an undo command)."""

from os2editor.gui.session.document import DocumentSession

__all__ = ["DocumentSession"]
