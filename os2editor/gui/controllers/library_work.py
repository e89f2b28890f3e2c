"""The library's jobs on its documents: the site order, find and replace across the folder,
and approval in one step.

Each job is a plan of the core's edits (:mod:`os2editor.library`), applied to the documents by
the controller as one job (:meth:`LibraryController.run_job`): one undo step in each document
and one on the library page, saved with Save All. An approval saves its files at once and, in
a git work tree, offers to commit exactly those files; nothing is ever pushed.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from os2editor.errors import Os2EditorError, ReadError
from os2editor.gui.texts import error_text
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library import dialogs
from os2editor.library import LibraryError
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.gui.controllers.library import LibraryController
    from os2editor.library import Match

log = logging.getLogger(__name__)


class LibraryWork(QObject):
    """Reorder, replace and approve in one library."""

    def __init__(self, owner: LibraryController) -> None:
        super().__init__(owner)
        self.owner = owner

    def reorder(self, paths: list[Path]) -> None:
        """One parent's pages in the order the user made: nav_order is rewritten in each page
        whose place changed, as one job."""
        from os2editor.library import order_edits, reorder

        scan = self.owner.scan
        if scan is None:
            return
        slots = {slot.session.path: slot for slot in self.owner.host.documents}
        rows = {row.path: row for row in scan.roles + scan.pages}
        today = dt.date.today()
        placed = [self.owner.placed(self.owner.row(rows[path], slots.get(path), None, today))
                  for path in paths if path in rows]
        placements = reorder(placed)
        if not placements:
            return
        try:
            plan = order_edits(placements, lambda path: self.owner.session_for(path).doc)
        except ReadError as error:
            interaction.show_error(self.owner.host.dialog_parent(), self.tr("Nothing was changed"),
                                   error_text(error))
            return
        self.owner.run_job(self.tr("Change the site order"), plan)

    def find(self, text: str, match_case: bool, whole_word: bool) -> None:
        from os2editor.library import find

        scan = self.owner.scan
        if scan is None:
            return
        open_docs = {slot.session.path: slot.session for slot in self.owner.host.documents}
        docs: dict[Path, FunctionDescription] = {}
        for row in sorted(scan.roles + scan.pages, key=lambda r: r.name):
            session = open_docs.get(row.path)
            try:
                docs[row.path] = session.doc if session else self.owner.library.document(row.path)
            except ReadError:
                continue  # gone or unreadable since the scan: the next scan says so
        try:
            matches = find(docs, text, match_case=match_case, whole_word=whole_word)
        except LibraryError as error:
            self.owner.view.find_replace.say(error_text(error))
            return
        unsaved = {path for path, session in open_docs.items()
                   if path is not None and session.is_modified()}
        self.owner.view.find_replace.show_matches(matches, unsaved)
        if not matches:
            self.owner.view.find_replace.say(self.tr("“{text}” is in no description.").format(
                text=text))

    def replace(self, matches: list[Match], new: str) -> None:
        """Replace the ticked matches: each document changes only in the fields that held a
        match, all of them as one job."""
        from os2editor.library import replace_edits

        panel = self.owner.view.find_replace
        found = matches[0].found if matches else ""
        try:
            plan = replace_edits(matches, new)
        except LibraryError as error:
            interaction.show_error(self.owner.host.dialog_parent(), self.tr("Nothing was changed"),
                                   error_text(error))
            panel.search()
            return
        label = self.tr("Replace “{old}” with “{new}”").format(old=found, new=new)
        if self.owner.run_job(label, plan):
            if _finds(panel.find_text.text(), new, panel.match_case.isChecked(),
                      panel.whole_word.isChecked()):
                panel.show_matches([])  # searching again would list what was just written
            else:
                panel.search()  # what is left: the matches not ticked
            panel.say(" ".join((
                self.tr("Replaced %n match(es)", "", len(matches)),
                self.tr("in %n file(s).", "", len(plan)),
                self.tr("Save All writes them; Undo takes the whole replace back."))))

    def approve(self, paths: list[Path]) -> None:
        """Approve the chosen descriptions in one step: the three facts in each, saved at
        once; then, in a git work tree, offer to commit exactly those files."""
        from os2editor.library import Approval, approval_edits

        scan = self.owner.scan
        chosen = [row for row in scan.roles if row.path in set(paths)] if scan else []
        if not chosen:
            self.owner.host.show_status(self.tr("Choose the descriptions to approve in the table."))
            return
        by = next((row.facts.approved_by for row in chosen
                   if row.facts is not None and row.facts.approved_by), "")
        titles = [row.title for row in chosen]
        answer = dialogs.ask_approval(self.owner.host.dialog_parent(), titles, by)
        if answer is None:
            return
        try:
            approval = Approval.of(answer.by, answer.day, answer.next_revision)
            docs = [(row.path, self.owner.session_for(row.path).doc) for row in chosen]
        except (LibraryError, ReadError) as error:
            interaction.show_error(self.owner.host.dialog_parent(), self.tr("Nothing was approved"),
                                   error_text(error))
            return
        plan = approval_edits(approval, docs)
        if plan and not self.owner.run_job(self.tr("Approve %n description(s)", "", len(plan)),
                                     plan):
            return
        slots = [slot for row in chosen if (slot := self.owner.host.documents.slot_for(row.path))]
        if not self.owner.host.save_library_documents(slots):
            return
        self.owner.refresh()
        if plan:
            self._offer_commit([part.path for part in plan], approval.commit_message())
        else:
            self.owner.host.show_status(self.tr("The chosen descriptions already record this "
                                          "approval."))

    def _offer_commit(self, paths: list[Path], message: str) -> None:
        from os2editor.library import commit_approval

        try:
            tree = self.owner.library.work_tree
        except Os2EditorError:
            return  # not a git work tree, or no git: the files are saved, nothing to offer
        names = [path.name for path in paths]
        if not dialogs.ask_commit(self.owner.host.dialog_parent(), names, message):
            return
        try:
            sha = commit_approval(tree, paths, message)
        except Os2EditorError as error:
            interaction.show_error(self.owner.host.dialog_parent(), self.tr("Not committed"),
                                   error_text(error))
            return
        log.info("approval committed as %s (%d files)", sha[:7], len(paths))
        self.owner.host.show_status(self.tr("Committed as {sha}: {message}").format(
            sha=sha[:7], message=message))
        self.owner.refresh()


def _finds(needle: str, text: str, match_case: bool, whole_word: bool) -> bool:
    """Whether a search for ``needle`` (as :func:`os2editor.library.find` searches) finds it in
    ``text``."""
    if not needle:
        return False
    from os2editor.library.replace import search_pattern

    pattern = search_pattern(needle, match_case=match_case, whole_word=whole_word)
    return pattern.search(text) is not None
