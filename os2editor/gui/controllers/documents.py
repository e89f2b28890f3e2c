"""The documents open in one window: each in a slot, shown one at a time.

A :class:`DocumentSlot` is one open document's place in the window. It outlives its session:
a reload puts a fresh session in the same slot. A slot has a tab, or is held in the
background: a library job (a reorder, a replace, an approval) changes documents the user has
not opened, and they stay in the window, unsaved and undoable, until saved or closed with it.

Each slot is the :class:`~os2editor.gui.controllers.host.DocumentHost` of its own file watch,
so a change on disk is noticed in every tab, not only the one shown; asking the user about a
document first shows it. A background slot has no watch of its own (a replace across a
hundred files must not take a hundred inotify handles): the library's folder watch reports
changes to those, and :meth:`OpenDocuments.changed_on_disk` settles them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QWidget

from os2editor.errors import ReadError
from os2editor.gui.controllers.view_place import ViewPlace
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.navigation import TITLES
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import Fingerprint, changed_since, file_fingerprint

if TYPE_CHECKING:
    from os2editor.gui.controllers.file_watch import FileWatch

log = logging.getLogger(__name__)


class DocumentWindow(Protocol):
    """What the slots need of the window that holds them."""

    @property
    def session(self) -> DocumentSession: ...

    @property
    def undo_group(self) -> QUndoGroup: ...

    def show_document(self, session: DocumentSession) -> None: ...

    def session_replaced(self, old: DocumentSession, new: DocumentSession) -> None: ...

    def save_document(self, session: DocumentSession) -> bool: ...

    def dialog_parent(self) -> QWidget: ...

    def show_status(self, text: str) -> None: ...

    def view_place(self) -> ViewPlace: ...

    def restore_view_place(self, place: ViewPlace) -> None: ...


class DocumentSlot(QObject):
    """One open document: its session, whether it has a tab, the fingerprint of its file as
    last read or written, and the part and the baseline (revision mode) it was left with."""

    session_changed = Signal(object)  # the slot's new session, after a reload
    session_closed = Signal(object)

    def __init__(self, owner: OpenDocuments, session: DocumentSession, *, tab: bool,
                 fingerprint: Fingerprint | None) -> None:
        super().__init__(owner)
        self._owner = owner
        self._session = session
        self.tab = tab
        self.fingerprint = fingerprint
        self.watch: FileWatch | None = None
        self.baseline: tuple[FunctionDescription, str] | None = None
        self.part: int | None = None  # the part the navigation showed when last left

    @property
    def session(self) -> DocumentSession:
        return self._session

    def holds(self, path: Path) -> bool:
        """Whether this slot's document is the file at ``path``."""
        mine = self._session.path
        return mine is not None and _same_file(mine, path)

    def is_blank(self) -> bool:
        """Untitled and never edited: a new tab or an opened file may take its place."""
        session = self._session
        return session.path is None and session.undo_stack.count() == 0 \
            and not session.is_modified()

    # -- DocumentHost, for the slot's file watch -------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        """Put ``session`` in this slot (a reload of the same file)."""
        self._owner.replace(self, session)

    def dialog_parent(self) -> QWidget:
        """A question about this document is asked with it on screen."""
        self._owner.window.show_document(self._session)
        return self._owner.window.dialog_parent()

    def show_status(self, text: str) -> None:
        self._owner.window.show_status(text)

    def view_place(self) -> ViewPlace:
        """Where the user is in this document: on screen, or the part it was left at."""
        window = self._owner.window
        if window.session is self._session:
            return window.view_place()
        return ViewPlace(TITLES if self.part is None else self.part)

    def restore_view_place(self, place: ViewPlace) -> None:
        window = self._owner.window
        if window.session is self._session:
            window.restore_view_place(place)
        else:
            self.part = place.key

    def _replaced(self, session: DocumentSession) -> None:
        self._session = session
        self.session_changed.emit(session)


class OpenDocuments(QObject):
    """The slots of one window, in tab order. ``opened`` carries each session that joins the
    window, ``closed`` each one the user is done with (saved, or changes discarded)."""

    opened = Signal(object)
    closed = Signal(object)
    tabs_changed = Signal()  # a slot got or lost its tab, or its name or saved state changed

    def __init__(self, window: DocumentWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.slots: list[DocumentSlot] = []

    # -- finding -----------------------------------------------------------------------------

    def __iter__(self) -> Iterator[DocumentSlot]:
        return iter(list(self.slots))

    def tabs(self) -> list[DocumentSlot]:
        return [slot for slot in self.slots if slot.tab]

    def slot_of(self, session: DocumentSession) -> DocumentSlot | None:
        return next((slot for slot in self.slots if slot.session is session), None)

    def slot_for(self, path: Path) -> DocumentSlot | None:
        return next((slot for slot in self.slots if slot.holds(path)), None)

    def modified(self) -> list[DocumentSlot]:
        return [slot for slot in self.slots if slot.session.is_modified()]

    # -- joining and leaving -------------------------------------------------------------------

    def add(self, session: DocumentSession, *, tab: bool = True,
            fingerprint: Fingerprint | None = None) -> DocumentSlot:
        """Hold ``session`` in a new slot (with a tab, or in the background). ``fingerprint``
        is what its file was read from; without one the file is fingerprinted now."""
        if fingerprint is None and session.path is not None:
            fingerprint = _fingerprint(session.path)
        slot = DocumentSlot(self, session, tab=False, fingerprint=fingerprint)
        self.slots.append(slot)
        self._join(session)
        if tab:
            self.give_tab(slot)
        return slot

    def give_tab(self, slot: DocumentSlot) -> None:
        """Show ``slot`` among the tabs; it gets a file watch of its own from now on."""
        if slot.tab:
            return
        slot.tab = True
        if slot.watch is None:
            from os2editor.gui.controllers.file_watch import FileWatch

            slot.watch = FileWatch(slot, parent=slot)
            slot.watch.overwrite_requested.connect(
                lambda s=slot: self.window.save_document(s.session))
            if slot.fingerprint is not None:
                # The watch starts from what the document was read from, so a change made
                # while it was in the background is still news.
                slot.watch.watcher.acknowledge(slot.fingerprint)
                slot.watch.watcher.check()
        self.tabs_changed.emit()

    def replace(self, slot: DocumentSlot, session: DocumentSession) -> None:
        """Put ``session`` in ``slot`` in place of its session, which is closed."""
        old = slot.session
        if old is session:
            return
        self._leave(old)
        slot.fingerprint = _fingerprint(session.path) if session.path is not None else None
        self._join(session)
        slot._replaced(session)
        self.window.session_replaced(old, session)
        old.deleteLater()
        self.tabs_changed.emit()

    def remove(self, slot: DocumentSlot) -> None:
        """Close ``slot``'s document (the caller asked about unsaved changes)."""
        if slot not in self.slots:
            return
        self.slots.remove(slot)
        session = slot.session
        slot.session_closed.emit(session)
        self._leave(session)
        if slot.watch is not None:
            slot.watch.watcher.unwatch()
        slot.deleteLater()
        session.deleteLater()
        self.tabs_changed.emit()

    def _join(self, session: DocumentSession) -> None:
        session.setParent(self.window.dialog_parent())
        self.window.undo_group.addStack(session.undo_stack)
        session.undo_stack.cleanChanged.connect(self._tell_tabs)
        session.path_changed.connect(self._tell_tabs)
        self.opened.emit(session)

    def _tell_tabs(self, *_args: object) -> None:
        # A window torn down clears its stacks, which say "clean" once more: no one to tell.
        if shiboken6.isValid(self):
            self.tabs_changed.emit()

    def _leave(self, session: DocumentSession) -> None:
        self.closed.emit(session)
        self.window.undo_group.removeStack(session.undo_stack)

    # -- saving --------------------------------------------------------------------------------

    def may_save_over(self, path: Path) -> bool:
        """Before the window saves the document shown: ask its watch whether ``path`` changed
        on disk (the SaveGuard the file actions ask)."""
        slot = self.slot_of(self.window.session)
        if slot is None or slot.watch is None:
            return True
        return slot.watch.may_save_over(path)

    def saved(self, path: object, fingerprint: object) -> None:
        """The window saved the document shown to ``path``."""
        slot = self.slot_of(self.window.session)
        if slot is None:
            return
        known = fingerprint if isinstance(fingerprint, Fingerprint) else None
        slot.fingerprint = known
        if slot.watch is not None:
            slot.watch.saved(path, fingerprint)

    def written(self, slot: DocumentSlot, fingerprint: Fingerprint) -> None:
        """``slot``'s document was written with others (a library job's save)."""
        slot.fingerprint = fingerprint
        slot.session.mark_saved()
        path = slot.session.path
        if slot.watch is not None and path is not None:
            slot.watch.saved(path, fingerprint)

    def changed_on_disk(self, slot: DocumentSlot) -> bool:
        """Whether ``slot``'s file differs from what it was read from or written as."""
        path = slot.session.path
        if path is None or slot.fingerprint is None:
            return False
        return changed_since(path, slot.fingerprint)

    def settle_background(self, slot: DocumentSlot, reread: DocumentSession | None) -> None:
        """A background document changed on disk: without edits ``reread`` (the file as it is
        now) takes its place; with edits it gets a tab, whose watch asks the user."""
        if slot.tab:
            return
        if not slot.session.is_modified() and reread is not None:
            self.replace(slot, reread)
        elif slot.session.is_modified():
            self.give_tab(slot)


def _fingerprint(path: Path) -> Fingerprint | None:
    try:
        return file_fingerprint(path)
    except ReadError:
        return None  # a new file not written yet, or one that cannot be read now


def _same_file(one: Path, other: Path) -> bool:
    if one == other:
        return True
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False
