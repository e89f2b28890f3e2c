"""A folder open as a library in the window: its rows, the round, and the jobs done on it.

The controller reads the folder (:class:`os2editor.library.Library`, which parses again only
files whose bytes changed), fills the library page, and carries out what the user asks there:

- open a description in the window (the library hands over its parsed document);
- reorder the site, replace across the folder, approve: each a job of edits applied to the
  documents themselves (the open ones, or ones held in the background), one undo step in
  each and one on the library page for the whole job (:mod:`.library_jobs`); Save All writes
  them, each file whole or not at all. An approval saves its files at once and offers to
  commit exactly them;
- choose the round's baseline: each row then says what changed since, and a description
  opens in revision mode against it; export the board pack of that round.

A file changed on disk while the folder is open is read again (:class:`FolderWatch`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from os2editor.errors import ReadError
from os2editor.gui.controllers.folder_watch import FolderWatch
from os2editor.gui.controllers.library_jobs import JobRefusedError, JobStep, apply_plan
from os2editor.gui.controllers.library_round import LibraryRound
from os2editor.gui.controllers.library_work import LibraryWork
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library.table import LibraryRow
from os2editor.gui.views.library.view import LibraryView
from os2editor.library import Baseline, Library, LibraryError, Row, Scan
from os2editor.library.facts import page_facts
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.gui.controllers.documents import DocumentSlot, OpenDocuments
    from os2editor.library import DocumentEdit, Match, RoleChanges
    from os2editor.messages import Message
    from os2editor.storage.settings import Settings

log = logging.getLogger(__name__)


class LibraryHost(Protocol):
    """What the library needs of the window that shows it."""

    @property
    def session(self) -> DocumentSession: ...

    @property
    def documents(self) -> OpenDocuments: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def undo_group(self) -> QUndoGroup: ...

    def show_document(self, session: DocumentSession) -> None: ...

    def save_library_documents(self, slots: list[DocumentSlot]) -> bool: ...

    def comparing(self, session: DocumentSession, baseline: FunctionDescription,
                  name: str) -> None: ...

    def jump_to(self, node: object, section_index: int | None) -> None: ...

    def dialog_parent(self) -> QWidget: ...

    def show_status(self, text: str) -> None: ...


class LibraryController(QObject):
    """One folder's library in one window."""

    def __init__(self, host: LibraryHost, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.folder = folder.expanduser().resolve()
        self.library = Library(self.folder)
        self.scan: Scan | None = None
        self.git_problem: Message | None = None
        self.jobs = QUndoStack(self)
        host.undo_group.addStack(self.jobs)
        self.view = LibraryView(self.folder)
        self.round = LibraryRound(self)
        self.work = LibraryWork(self)
        self.watch = FolderWatch(self.folder, parent=self)
        self.watch.changed.connect(self.refresh)
        self._shown = QTimer(self)  # documents changed: the rows follow once things settle
        self._shown.setSingleShot(True)
        self._shown.timeout.connect(self.show_rows)
        host.documents.tabs_changed.connect(self.documents_changed)
        self.jobs.indexChanged.connect(self._jobs_moved)
        self._connect_view()

    def _connect_view(self) -> None:
        view = self.view
        view.open_requested.connect(self.open)
        view.approve_requested.connect(self.work.approve)
        view.pack_requested.connect(self.round.export_pack)
        view.baseline_requested.connect(self.round.choose_baseline)
        view.save_all_requested.connect(self.save_all)
        view.undo_requested.connect(self.jobs.undo)
        view.site_order.tree.moved.connect(self.work.reorder)
        view.find_replace.find_requested.connect(self.work.find)
        view.find_replace.replace_requested.connect(self.work.replace)
        view.find_replace.match_activated.connect(self.show_match)

    # -- reading the folder ------------------------------------------------------------------------

    def start(self) -> bool:
        """Check that the folder can be read; say why not when it cannot."""
        from os2editor.library.files import check_folder

        try:
            check_folder(self.folder)
        except LibraryError as error:
            interaction.show_error(self.host.dialog_parent(), self.tr("Cannot open the folder"),
                                   error_text(error))
            return False
        return True

    def fill(self) -> None:
        """The first reading, once the page is on screen."""
        self.view.show_problem(self.tr("Reading the folder…"))
        self.view.repaint()
        self.refresh()

    def refresh(self) -> None:
        """Read the folder again (only changed files are parsed) and show it."""

        started = time.perf_counter()
        try:
            scan = self.library.scan(Baseline.approval())
        except LibraryError as error:
            log.warning("library %s not read: %s", self.folder, error.message.code)
            self.view.show_problem(error_text(error))
            return
        log.info("library %s read: %d descriptions, %d pages, %d unreadable in %.0f ms",
                 self.folder, len(scan.roles), len(scan.pages), len(scan.unreadable),
                 (time.perf_counter() - started) * 1000)
        self.scan = scan
        self.git_problem = scan.git_problem
        self.round.refresh()
        self._settle_background()
        self.watch.follow([row.path for row in scan.rows])
        self.show_rows()

    def _settle_background(self) -> None:
        """Documents held in the background whose files changed on disk: read them again
        (no unsaved edits), or give them a tab whose watch asks the user."""
        documents = self.host.documents
        for slot in list(documents):
            path = slot.session.path
            if slot.tab or path is None or not self.holds(path) or not self._moved_on(slot):
                continue
            reread = None
            if not slot.session.is_modified():
                try:
                    doc, fingerprint = self.library.take(path)
                except ReadError:
                    continue
                reread = DocumentSession(doc, path)
                slot.fingerprint = fingerprint
            documents.settle_background(slot, reread)

    def _moved_on(self, slot: DocumentSlot) -> bool:
        """Whether ``slot``'s file differs from what it was read from: by the scan just made
        (which read every file), else by reading the file."""
        path, known = slot.session.path, slot.fingerprint
        scanned = self.library.fingerprint(path) if path is not None else None
        if scanned is None or known is None:
            return self.host.documents.changed_on_disk(slot)
        return (scanned.size, scanned.sha256) != (known.size, known.sha256)

    def holds(self, path: Path) -> bool:
        return path.is_relative_to(self.folder)

    def documents_changed(self) -> None:
        """An open document was saved, changed from saved, opened or closed: the rows follow
        (now if the page is on screen; the page shows them afresh when it is shown again)."""
        if self.scan is not None and self.view.isVisible():
            self._shown.start(0)

    def show_rows(self) -> None:
        """Show the last scan's rows with what the open documents say now."""
        scan = self.scan
        if scan is None:
            return
        slots = {slot.session.path: slot for slot in self.host.documents
                 if slot.session.path is not None}
        current = self.round.current
        rounds = {role.path: role for role in current.roles} if current else {}
        today = dt.date.today()
        roles = [self.row(row, slots.get(row.path), rounds.get(row.path), today)
                 for row in scan.roles]
        pages = [self.row(row, slots.get(row.path), None, today) for row in scan.pages]
        unreadable = [(row.name, error_text(row.error) if row.error else "")
                      for row in scan.unreadable]
        self.view.show_rows(roles, pages, unreadable, self.round.name)
        git = self.git_problem is None
        self.view.show_git(git, message_text(self.git_problem) if self.git_problem else "")
        if git:
            self.view.show_baseline(self.round.text())
        self._show_site_order(roles + pages)
        self._show_pending()

    def row(self, row: Row, slot: DocumentSlot | None, changes: RoleChanges | None,
             today: dt.date) -> LibraryRow:
        """The scan's row, with the open document's title and facts when there is one."""
        if slot is None:
            return LibraryRow(row, row.title, row.facts, round=changes, due=row.due)
        doc = slot.session.doc
        facts, _problems = page_facts(doc.front_matter)
        return LibraryRow(row, doc.title, facts, unsaved=slot.session.is_modified(),
                          round=changes, due=facts.due(today))

    def _show_site_order(self, rows: list[LibraryRow]) -> None:
        from os2editor.library import site_groups

        by_path = {row.path: row for row in rows}
        groups = []
        for parent, members in site_groups([self.placed(row) for row in rows]).items():
            name = parent or self.tr("(top level)")
            pages = []
            for member in members:
                order = member.facts.nav_order if member.facts is not None else None
                shown = "" if order is None else f"{order:g}"
                pages.append((member.path, shown, by_path[member.path].title))
            groups.append((name, pages))
        groups.sort(key=lambda group: (group[0] == self.tr("(top level)"), group[0].casefold()))
        self.view.site_order.tree.show_groups(groups)

    @staticmethod
    def placed(row: LibraryRow) -> Row:
        """The scan's row with the place the document now has (a reorder not yet saved)."""
        return dataclasses.replace(row.row, facts=row.facts, title=row.title)

    def _jobs_moved(self, _index: int) -> None:
        """A job was done, undone or redone: the rows show the documents as they are now."""
        if shiboken6.isValid(self) and shiboken6.isValid(self.jobs) and self.scan is not None:
            self.show_rows()

    def _show_pending(self) -> None:
        unsaved = sum(1 for slot in self.host.documents if slot.session.is_modified()
                      and slot.session.path is not None and self.holds(slot.session.path))
        self.view.show_pending(unsaved, self.jobs.undoText() if self.jobs.canUndo() else "")

    # -- opening -----------------------------------------------------------------------------------

    def session_for(self, path: Path, *, tab: bool = False) -> DocumentSession:
        """The open document of ``path``, else the library's, held from now on (in a tab of
        its own with ``tab``). Raises ReadError when the file cannot be read."""
        documents = self.host.documents
        slot = documents.slot_for(path)
        if slot is None:
            doc, fingerprint = self.library.take(path)
            slot = documents.add(DocumentSession(doc, path), tab=tab, fingerprint=fingerprint)
        elif tab:
            documents.give_tab(slot)
        return slot.session

    def open(self, paths: list[Path]) -> None:
        """Open each of ``paths`` in a tab; the last one is shown (in revision mode against
        the round's baseline, when one is chosen)."""
        for path in paths:
            try:
                session = self.session_for(path, tab=True)
            except ReadError as error:
                interaction.show_error(self.host.dialog_parent(),
                                       self.tr("Cannot open the file"), error_text(error))
                continue
            baseline = self.round.baseline_of(path)
            slot = self.host.documents.slot_of(session)
            if baseline is not None and slot is not None and slot.baseline is None:
                slot.baseline = baseline
            self.host.show_document(session)
            if baseline is not None:
                self.host.comparing(session, *baseline)

    def show_match(self, match: Match) -> None:
        """Open the match's description at the field that holds it."""
        self.open([match.path])
        session = self.host.documents.slot_for(match.path)
        if session is not None and session.session.doc is match.doc:
            self.host.jump_to(match.spot.node, match.spot.section)

    # -- jobs --------------------------------------------------------------------------------------

    def run_job(self, label: str, plan: list[DocumentEdit]) -> bool:
        """Apply ``plan`` to the documents as one job (one undo step in the library)."""
        try:
            steps = apply_plan(plan, label, self.session_for)
        except (LibraryError, ReadError) as error:
            interaction.show_error(self.host.dialog_parent(), self.tr("Nothing was changed"),
                                   error_text(error))
            return False
        except JobRefusedError as refused:
            interaction.show_error(
                self.host.dialog_parent(), self.tr("Nothing was changed"),
                self.tr("{name} could not take the change.").format(name=refused.path.name))
            return False
        if steps:
            self.jobs.push(JobStep(label, steps, self._left_alone))  # the rows follow
        return bool(steps)

    def _left_alone(self, sessions: list[DocumentSession]) -> None:
        names = ", ".join(session.path.name if session.path else "" for session in sessions)
        self.host.show_status(self.tr("Edited since, so left as they are: {names}. Use Undo "
                                      "in each of them.").format(names=names))

    def save_all(self) -> None:
        slots = [slot for slot in self.host.documents if slot.session.path is not None
                 and self.holds(slot.session.path)]
        self.host.save_library_documents(slots)
        self.refresh()

    # -- closing -----------------------------------------------------------------------------------

    def close(self) -> None:
        self.watch.stop()
        self._shown.stop()
        self.host.undo_group.removeStack(self.jobs)
