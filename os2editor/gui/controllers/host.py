"""What a controller may ask of the window that shows a document: nothing more.

The window implements this; controllers are typed against it, so none of them imports the
window (which builds them).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from os2editor.gui.controllers.view_place import ViewPlace
from os2editor.gui.session import DocumentSession


class DocumentHost(Protocol):
    """The open document of one window, and the window's ways to speak to the user."""

    @property
    def session(self) -> DocumentSession:
        """The document shown now."""

    @property
    def session_changed(self) -> SignalInstance:
        """Carries the new DocumentSession after New, Open, a reload or a recovery."""

    @property
    def session_closed(self) -> SignalInstance:
        """Carries the DocumentSession the user is done with (saved, or changes discarded)."""

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session``: a document just opened, made, reloaded or restored (the window
        decides where: a tab of its own, or the place of a blank one or of the same file's)."""

    def dialog_parent(self) -> QWidget:
        """The widget a dialog about the document opens over."""

    def show_status(self, text: str) -> None:
        """Say ``text`` quietly in the status bar."""

    def view_place(self) -> ViewPlace:
        """Where the user is: the part shown and how far its form is scrolled."""

    def restore_view_place(self, place: ViewPlace) -> None:
        """Show the same part (found by its heading, else by position) scrolled as before."""
