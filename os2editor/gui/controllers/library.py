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
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from os2editor.errors import Os2EditorError, ReadError
from os2editor.gui.controllers.folder_watch import FolderWatch
from os2editor.gui.controllers.library_jobs import JobRefusedError, JobStep, apply_plan
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library import dialogs
from os2editor.gui.views.library.table import LibraryRow
from os2editor.gui.views.library.view import LibraryView
from os2editor.library import Baseline, Library, LibraryError, Row, Scan
from os2editor.library.facts import page_facts
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.gui.controllers.documents import DocumentSlot, OpenDocuments
    from os2editor.library import DocumentEdit, Match, RoleChanges, Round
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
        self.round_baseline: Baseline | None = None
        self.round: Round | None = None
        self.round_name = ""
        self.jobs = QUndoStack(self)
        host.undo_group.addStack(self.jobs)
        self.view = LibraryView(self.folder)
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
        view.approve_requested.connect(self.approve)
        view.pack_requested.connect(self.export_pack)
        view.baseline_requested.connect(self.choose_baseline)
        view.save_all_requested.connect(self.save_all)
        view.undo_requested.connect(self.jobs.undo)
        view.site_order.tree.moved.connect(self.reorder)
        view.find_replace.find_requested.connect(self.find)
        view.find_replace.replace_requested.connect(self.replace)
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
        from os2editor.library import Baseline

        try:
            scan = self.library.scan(Baseline.approval())
        except LibraryError as error:
            log.warning("library %s not read: %s", self.folder, error.message.code)
            self.view.show_problem(error_text(error))
            return
        self.scan = scan
        self.git_problem = scan.git_problem
        if self.round_baseline is not None and not self._review(self.round_baseline):
            self.round_baseline, self.round, self.round_name = None, None, ""
        self._settle_background()
        self.watch.follow([row.path for row in scan.rows])
        self.show_rows()

    def _settle_background(self) -> None:
        """Documents held in the background whose files changed on disk: read them again
        (no unsaved edits), or give them a tab whose watch asks the user."""
        documents = self.host.documents
        for slot in list(documents):
            path = slot.session.path
            if slot.tab or path is None or not self._holds(path) \
                    or not documents.changed_on_disk(slot):
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

    def _holds(self, path: Path) -> bool:
        return path.is_relative_to(self.folder)

    def documents_changed(self) -> None:
        """An open document was saved, changed from saved, opened or closed."""
        if self.scan is not None:
            self._shown.start(0)

    def show_rows(self) -> None:
        """Show the last scan's rows with what the open documents say now."""
        scan = self.scan
        if scan is None:
            return
        slots = {slot.session.path: slot for slot in self.host.documents
                 if slot.session.path is not None}
        rounds = {role.path: role for role in self.round.roles} if self.round else {}
        today = dt.date.today()
        roles = [self._row(row, slots.get(row.path), rounds.get(row.path), today)
                 for row in scan.roles]
        pages = [self._row(row, slots.get(row.path), None, today) for row in scan.pages]
        unreadable = [(row.name, error_text(row.error) if row.error else "")
                      for row in scan.unreadable]
        self.view.show_rows(roles, pages, unreadable, self.round_name)
        git = self.git_problem is None
        self.view.show_git(git, message_text(self.git_problem) if self.git_problem else "")
        if git:
            self.view.show_baseline(self._baseline_text())
        self._show_site_order(roles + pages)
        self._show_pending()

    def _row(self, row: Row, slot: DocumentSlot | None, changes: RoleChanges | None,
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
        for parent, members in site_groups([self._placed(row) for row in rows]).items():
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
    def _placed(row: LibraryRow) -> Row:
        """The scan's row with the place the document now has (a reorder not yet saved)."""
        return dataclasses.replace(row.row, facts=row.facts, title=row.title)

    def _jobs_moved(self, _index: int) -> None:
        """A job was done, undone or redone: the rows show the documents as they are now."""
        if shiboken6.isValid(self) and shiboken6.isValid(self.jobs) and self.scan is not None:
            self.show_rows()

    def _show_pending(self) -> None:
        unsaved = sum(1 for slot in self.host.documents if slot.session.is_modified()
                      and slot.session.path is not None and self._holds(slot.session.path))
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
            baseline = self._baseline_of(path)
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

    # -- the round ---------------------------------------------------------------------------------

    def choose_baseline(self) -> None:
        if self.git_problem is not None:
            interaction.show_error(self.host.dialog_parent(), self.tr("Cannot compare"),
                                   message_text(self.git_problem))
            return
        chosen = dialogs.ask_baseline(self.host.dialog_parent(), self.round_baseline)
        if chosen is not None:
            self.set_round(chosen)

    def set_round(self, baseline: Baseline) -> bool:
        """Compare every description with ``baseline`` from now on. A revision git does not
        know is a clear message, and the round stays as it was."""
        if not self._review(baseline):
            return False
        self.round_baseline = baseline
        for slot in self.host.documents:
            path = slot.session.path
            found = self._baseline_of(path) if path is not None else None
            if found is not None:
                slot.baseline = found
                if slot.session is self.host.session:
                    self.host.comparing(slot.session, *found)
        self.show_rows()
        return True

    def _review(self, baseline: Baseline) -> bool:
        from os2editor.library import review

        scan = self.scan
        if scan is None:
            return False
        try:
            resolved = self.library.resolve(baseline)
            self.round = review(self.library, dataclasses.replace(scan, baseline=resolved))
        except Os2EditorError as error:
            log.info("no round against %s: %s", baseline, error.message.code)
            interaction.show_error(self.host.dialog_parent(), self.tr("Cannot compare"),
                                   error_text(error))
            return False
        self.round_name = self._round_name(baseline)
        return True

    def _round_name(self, baseline: Baseline) -> str:
        from os2editor.library.baseline import BaselineKind

        if baseline.kind is BaselineKind.APPROVAL:
            return self.tr("last approval")
        if baseline.kind is BaselineKind.DATE and baseline.day is not None:
            return baseline.day.isoformat()
        return baseline.revision

    def _baseline_text(self) -> str:
        round_ = self.round
        if round_ is None:
            return self.tr("Rows say whether each description changed since its last "
                           "approval. Compare with a version to see what changed.")
        commit = round_.baseline.commit
        text = self.tr("Compared with: {name}").format(name=self.round_name)
        if commit is not None:
            text += " " + self.tr("(commit {sha} of {date})").format(
                sha=commit.sha[:7], date=commit.date.date().isoformat())
        removed = [role.title for role in round_.roles if role.new is None]
        if removed:
            text += "\n" + self.tr("Removed since: {titles}").format(titles=", ".join(removed))
        return text

    def _baseline_of(self, path: Path) -> tuple[FunctionDescription, str] | None:
        """What revision mode compares the description of ``path`` with in the round."""
        from os2editor.library import Status
        from os2editor.markdown import load

        role = next((r for r in self.round.roles if r.path == path), None) \
            if self.round is not None else None
        if role is None:
            return None
        name = f"{path.name} @ {self.round_name}"
        if role.status is Status.CHANGED and role.old is not None:
            return role.old, name
        if role.status is Status.NEW:
            return FunctionDescription(), name
        try:  # unchanged: its own copy, never the document being edited
            return load(path), name
        except ReadError:
            return None

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

    def reorder(self, paths: list[Path]) -> None:
        """One parent's pages in the order the user made: nav_order is rewritten in each page
        whose place changed, as one job."""
        from os2editor.library import order_edits, reorder

        scan = self.scan
        if scan is None:
            return
        slots = {slot.session.path: slot for slot in self.host.documents}
        rows = {row.path: row for row in scan.roles + scan.pages}
        today = dt.date.today()
        placed = [self._placed(self._row(rows[path], slots.get(path), None, today))
                  for path in paths if path in rows]
        placements = reorder(placed)
        if not placements:
            return
        try:
            plan = order_edits(placements, lambda path: self.session_for(path).doc)
        except ReadError as error:
            interaction.show_error(self.host.dialog_parent(), self.tr("Nothing was changed"),
                                   error_text(error))
            return
        self.run_job(self.tr("Change the site order"), plan)

    def find(self, text: str, match_case: bool, whole_word: bool) -> None:
        from os2editor.library import find

        scan = self.scan
        if scan is None:
            return
        docs: dict[Path, FunctionDescription] = {}
        for row in sorted(scan.roles + scan.pages, key=lambda r: r.name):
            slot = self.host.documents.slot_for(row.path)
            try:
                docs[row.path] = slot.session.doc if slot else self.library.document(row.path)
            except ReadError:
                continue  # gone or unreadable since the scan: the next scan says so
        try:
            matches = find(docs, text, match_case=match_case, whole_word=whole_word)
        except LibraryError as error:
            self.view.find_replace.say(error_text(error))
            return
        self.view.find_replace.show_matches(matches)
        if not matches:
            self.view.find_replace.say(self.tr("“{text}” is in no description.").format(
                text=text))

    def replace(self, matches: list[Match], new: str) -> None:
        """Replace the ticked matches: each document changes only in the fields that held a
        match, all of them as one job."""
        from os2editor.library import replace_edits

        panel = self.view.find_replace
        found = matches[0].found if matches else ""
        try:
            plan = replace_edits(matches, new)
        except LibraryError as error:
            interaction.show_error(self.host.dialog_parent(), self.tr("Nothing was changed"),
                                   error_text(error))
            panel.search()
            return
        label = self.tr("Replace “{old}” with “{new}”").format(old=found, new=new)
        if self.run_job(label, plan):
            panel.search()
            panel.say(" ".join((
                self.tr("Replaced %n match(es)", "", len(matches)),
                self.tr("in %n file(s).", "", len(plan)),
                self.tr("Save All writes them; Undo takes the whole replace back."))))

    def approve(self, paths: list[Path]) -> None:
        """Approve the chosen descriptions in one step: the three facts in each, saved at
        once; then, in a git work tree, offer to commit exactly those files."""
        from os2editor.library import Approval, approval_edits

        scan = self.scan
        chosen = [row for row in scan.roles if row.path in set(paths)] if scan else []
        if not chosen:
            self.host.show_status(self.tr("Choose the descriptions to approve in the table."))
            return
        by = next((row.facts.approved_by for row in chosen
                   if row.facts is not None and row.facts.approved_by), "")
        answer = dialogs.ask_approval(self.host.dialog_parent(), [r.title for r in chosen], by)
        if answer is None:
            return
        try:
            approval = Approval.of(answer.by, answer.day, answer.next_revision)
            docs = [(row.path, self.session_for(row.path).doc) for row in chosen]
        except (LibraryError, ReadError) as error:
            interaction.show_error(self.host.dialog_parent(), self.tr("Nothing was approved"),
                                   error_text(error))
            return
        plan = approval_edits(approval, docs)
        if plan and not self.run_job(self.tr("Approve %n description(s)", "", len(plan)),
                                     plan):
            return
        slots = [slot for row in chosen if (slot := self.host.documents.slot_for(row.path))]
        if not self.host.save_library_documents(slots):
            return
        self.refresh()
        if plan:
            self._offer_commit([part.path for part in plan], approval.commit_message())
        else:
            self.host.show_status(self.tr("The chosen descriptions already record this "
                                          "approval."))

    def _offer_commit(self, paths: list[Path], message: str) -> None:
        from os2editor.library import commit_approval

        try:
            tree = self.library.work_tree
        except Os2EditorError:
            return  # not a git work tree, or no git: the files are saved, nothing to offer
        names = [path.name for path in paths]
        if not dialogs.ask_commit(self.host.dialog_parent(), names, message):
            return
        try:
            sha = commit_approval(tree, paths, message)
        except Os2EditorError as error:
            interaction.show_error(self.host.dialog_parent(), self.tr("Not committed"),
                                   error_text(error))
            return
        log.info("approval committed as %s (%d files)", sha[:7], len(paths))
        self.host.show_status(self.tr("Committed as {sha}: {message}").format(
            sha=sha[:7], message=message))
        self.refresh()

    def save_all(self) -> None:
        slots = [slot for slot in self.host.documents if slot.session.path is not None
                 and self._holds(slot.session.path)]
        self.host.save_library_documents(slots)
        self.refresh()

    # -- the board pack ----------------------------------------------------------------------------

    def export_pack(self) -> None:
        """Write the board pack of the round (Word, or PDF by the name chosen)."""
        if self.round is None:
            if self.git_problem is not None:
                interaction.show_error(
                    self.host.dialog_parent(), self.tr("No board pack"),
                    self.tr("The board pack shows what changed since a version in git: "
                            "{reason}").format(reason=message_text(self.git_problem)))
                return
            self.choose_baseline()
            if self.round is None:
                return
        suggested = self.folder.parent / f"bestyrelsespakke-{dt.date.today().isoformat()}.docx"
        chosen = dialogs.ask_pack_path(self.host.dialog_parent(), str(suggested))
        if chosen is None:
            return
        try:
            warnings = self._write_pack(Path(chosen))
        except Os2EditorError as error:
            log.warning("board pack not written to %s: %s", chosen, error.message.code)
            interaction.show_error(self.host.dialog_parent(),
                                   self.tr("The board pack was not written"), error_text(error))
            return
        unsaved = [slot.session.path.name for slot in self.host.documents
                   if slot.session.is_modified() and slot.session.path is not None
                   and self._holds(slot.session.path)]
        if unsaved or warnings:
            notes = [message_text(warning) for warning in warnings]
            if unsaved:
                notes.append(self.tr("The pack shows the saved files; these have unsaved "
                                     "changes that are not in it: {names}").format(
                    names=", ".join(unsaved)))
            interaction.show_warning(self.host.dialog_parent(),
                                     self.tr("The board pack was written"), "\n\n".join(notes))
        self.host.show_status(self.tr("Board pack written to {name}.").format(
            name=Path(chosen).name))

    def _write_pack(self, target: Path) -> list[Any]:
        import getpass

        assert self.round is not None
        author = self.host.settings.author or getpass.getuser()
        if target.suffix.lower() == ".pdf":
            from os2editor.pdf.pack import write_pack_pdf

            write_pack_pdf(self.round, target, author=author)
            return []
        from os2editor.library import write_pack

        return list(write_pack(self.round, target, author=author))

    # -- closing -----------------------------------------------------------------------------------

    def close(self) -> None:
        self.watch.stop()
        self._shown.stop()
        self.host.undo_group.removeStack(self.jobs)
