"""Noticing when the open file changes on disk behind the editor's back (git pull, another
editor), and what the window does then.

QFileSystemWatcher says *that* something happened; the fingerprint (a content hash) says
whether the content really differs from what the editor last read or wrote, so our own saves
and a mere `touch` stay silent. Tools that replace a file (git, most editors, our own atomic
save) make the watcher drop it, so the folder is watched too and the file is re-added.

Without local edits a change on disk is reloaded at once. With local edits the user decides:
reload theirs, keep mine (saved over theirs), or compare first; and no save ever silently
overwrites someone else's change.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from os2editor.errors import ReadError
from os2editor.gui.controllers.file_actions import read_document
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.storage.atomic import Fingerprint, changed_since, file_fingerprint

if TYPE_CHECKING:  # only the type: the window is the host
    from os2editor.gui.controllers.host import DocumentHost
    from os2editor.revision import Change as Difference

# A git checkout writes many files in a burst; look once things have settled.
SETTLE_MS = 150

log = logging.getLogger(__name__)


class ExternalChangeController(QObject):
    """Watches one file and reports content changes made by others.

    Call `watch(path)` after opening, `acknowledge(fingerprint)` after every own save or reload,
    and `unwatch()` on close. `changed_on_disk` and `removed_from_disk` fire once per new disk
    state, with the file's path.
    """

    changed_on_disk = Signal(str)
    removed_from_disk = Signal(str)

    def __init__(self, parent: QObject | None = None, *, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._known: Fingerprint | None = None
        self._reported: Fingerprint | None = None
        self._reported_missing = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule_check)
        self._watcher.directoryChanged.connect(self._schedule_check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.check)

    @property
    def path(self) -> Path | None:
        """The file being watched, or None."""
        return self._path

    def watch(self, path: str | os.PathLike[str], fingerprint: Fingerprint | None = None) -> None:
        """Watch `path`; its content now (or `fingerprint`, if given) is the known state."""
        self.unwatch()
        self._path = Path(path)
        self._rewatch()
        self.acknowledge(fingerprint)

    def unwatch(self) -> None:
        """Stop watching (the document was closed or became untitled)."""
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._path = None
        self._known = None
        self._forget_reports()

    def acknowledge(self, fingerprint: Fingerprint | None = None) -> None:
        """Take the file as it is now (or `fingerprint`) as known: after a save or a reload."""
        if self._path is None:
            return
        if fingerprint is None:
            try:
                fingerprint = file_fingerprint(self._path)
            except ReadError:
                fingerprint = None
        self._known = fingerprint
        self._forget_reports()
        self._rewatch()

    def has_external_change(self) -> bool:
        """True when the file on disk differs from the known state: ask before saving over it."""
        if self._path is None:
            return False
        if self._known is None:
            # Never read or written by us: only a file that now exists is news.
            return self._path.exists()
        return changed_since(self._path, self._known)

    def check(self) -> None:
        """Compare the disk with the known state now and report news once."""
        self._settle.stop()
        if self._path is None:
            return
        self._rewatch()
        if not self._path.exists():
            if self._known is not None and not self._reported_missing:
                self._reported_missing = True
                self.removed_from_disk.emit(str(self._path))
            return
        self._reported_missing = False
        if not self.has_external_change():
            self._reported = None
            return
        try:
            now = file_fingerprint(self._path)
        except ReadError:
            return
        if self._reported is None or now.sha256 != self._reported.sha256:
            self._reported = now
            self.changed_on_disk.emit(str(self._path))

    def _schedule_check(self, _changed: str = "") -> None:
        self._settle.start()

    def _forget_reports(self) -> None:
        self._reported = None
        self._reported_missing = False

    def _rewatch(self) -> None:
        # A replaced file is a new inode the watcher does not know; add it back by name.
        if self._path is None:
            return
        folder = str(self._path.parent)
        if folder not in self._watcher.directories() and os.path.isdir(folder):
            self._watcher.addPath(folder)
        name = str(self._path)
        if name not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(name)


class FileWatch(QObject):
    """Watches the file a window shows, and settles changes made to it by others.

    ``overwrite_requested`` asks the window to save its document over the changed file (the
    user chose to keep theirs). Before any save the window asks :meth:`may_save_over`.
    """

    overwrite_requested = Signal()

    def __init__(
        self, host: DocumentHost, *, settle_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._host = host
        settle = SETTLE_MS if settle_ms is None else settle_ms
        self.watcher = ExternalChangeController(self, settle_ms=settle)
        self.watcher.changed_on_disk.connect(self._changed)
        self.watcher.removed_from_disk.connect(self._removed)
        host.session_changed.connect(self._follow)
        self._follow(host.session)

    # -- what the window asks ------------------------------------------------------------

    def has_external_change(self) -> bool:
        """True when the open file changed on disk since it was opened, reloaded or saved."""
        return self.watcher.has_external_change()

    def may_save_over(self, path: Path) -> bool:
        """Before a save: True unless ``path`` changed on disk and the user does not want it
        overwritten. Saving never silently overwrites someone else's change."""
        watched = self.watcher.path
        if watched is None or path.resolve() != watched.resolve():
            return True
        if not path.exists() or not self.has_external_change():
            return True  # a removed file is written again: no one's change is lost
        answer = self._decide()
        if answer == interaction.KEEP:
            self.watcher.acknowledge()
            return True
        if answer == interaction.RELOAD:
            self._reload()
        return False

    def saved(self, path: object, fingerprint: object) -> None:
        """The window saved to ``path``: that content is ours, and the file to watch."""
        target = Path(str(path))
        known = fingerprint if isinstance(fingerprint, Fingerprint) else None
        if self.watcher.path is not None and target.resolve() == self.watcher.path.resolve():
            self.watcher.acknowledge(known)
        else:
            self.watcher.watch(target.resolve(), known)

    # -- settling a change -----------------------------------------------------------------

    def reload_theirs(self) -> None:
        """Replace the document with the file on disk, dropping local edits, and keep the part
        and the scroll position the user was at. Raises ReadError."""
        path = self.watcher.path
        if path is None:
            return
        fingerprint = file_fingerprint(path)
        doc = read_document(path)
        place = self._host.view_place()  # the reader goes on where they were
        self._host.set_session(DocumentSession(doc, path))
        self._host.restore_view_place(place)
        self.watcher.acknowledge(fingerprint)

    def keep_mine(self) -> None:
        """Save the local document over the changed file, on purpose."""
        self.watcher.acknowledge()
        self.overwrite_requested.emit()

    def difference(self) -> list[Difference]:
        """How the document in the editor differs from the file on disk, in the document's
        terms: the revision diff from theirs to mine.

        The file is read as any description is opened, through the core's bounded reader: a
        watched file replaced by a pipe, a device or something huge raises ReadError at once
        instead of hanging the window.
        """
        from os2editor.revision import diff  # asked for rarely: not at start-up

        path = self.watcher.path
        if path is None:
            return []
        theirs = read_document(path)
        return diff(theirs, self._host.session.doc)

    def _decide(self) -> str:
        """Ask until the user reloads, keeps their version or cancels; show the differences
        on request."""
        path = self.watcher.path
        name = path.name if path else ""
        parent = self._host.dialog_parent()
        while True:
            answer = interaction.ask_external_change(parent, name)
            if answer != interaction.COMPARE:
                log.info("changed on disk, kept as: %s", answer)
                return answer
            try:
                changes, problem = self.difference(), ""
            except ReadError as error:
                changes, problem = [], error_text(error)
            interaction.show_difference(parent, name, changes, problem)

    def _reload(self) -> None:
        try:
            self.reload_theirs()
        except ReadError as error:
            interaction.show_error(self._host.dialog_parent(), self.tr("Cannot reload the file"),
                                   error_text(error))

    def _changed(self, path: str) -> None:
        log.info("changed on disk: %s", path)
        if self._host.session.is_modified():
            answer = self._decide()
            if answer == interaction.RELOAD:
                self._reload()
            elif answer == interaction.KEEP:
                self.keep_mine()
            return
        try:
            self.reload_theirs()
        except ReadError as exc:
            # Half-way through a git pull the file may not read; say so and keep the document.
            self._host.show_status(
                self.tr("{name} changed on disk but could not be reloaded: {reason}").format(
                    name=Path(path).name, reason=message_text(exc.message)
                )
            )
            return
        self._host.show_status(
            self.tr("{name} changed on disk and was reloaded.").format(name=Path(path).name)
        )

    def _removed(self, path: str) -> None:
        log.info("removed from disk: %s", path)
        self._host.show_status(
            self.tr("“{name}” was removed from disk. Save to write it again.").format(
                name=Path(path).name))

    # -- following the window's document -------------------------------------------------

    def _follow(self, session: DocumentSession) -> None:
        if session.path is None:
            self.watcher.unwatch()
        elif session.path != self.watcher.path:
            self.watcher.watch(session.path)
        session.path_changed.connect(self._path_changed)

    def _path_changed(self) -> None:
        path = self._host.session.path
        if path is None:
            self.watcher.unwatch()
        elif path != self.watcher.path:
            self.watcher.watch(path)
