"""The round of a library: one baseline for the whole folder, what changed in each role since
it, and the board pack of that round.

The baseline is a git revision (a tag, a commit), the folder as it was on a day, or each file's
own last approval. The rows then say what changed in each role (tasks added, removed, edited and
moved; the hours), a role opens in revision mode against its version at the baseline, and the
board pack is written as Word (tracked changes) or PDF (changes marked). A baseline git does
not know is a clear message, and the round stays as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from os2editor.errors import Os2EditorError, ReadError
from os2editor.gui.texts import error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library import dialogs
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.gui.controllers.library import LibraryController
    from os2editor.library import Baseline, Round

log = logging.getLogger(__name__)


class LibraryRound(QObject):
    """The round of one library: its baseline, what changed since, and the board pack."""

    def __init__(self, owner: LibraryController) -> None:
        super().__init__(owner)
        self.owner = owner
        self.baseline: Baseline | None = None
        self.current: Round | None = None
        self.name = ""

    def refresh(self) -> None:
        """The folder was read again: the round follows it (and ends when git no longer can
        answer for its baseline)."""
        if self.baseline is not None and not self.review(self.baseline):
            self.baseline, self.current, self.name = None, None, ""

    def choose_baseline(self) -> None:
        if self.owner.git_problem is not None:
            interaction.show_error(self.owner.host.dialog_parent(), self.tr("Cannot compare"),
                                   message_text(self.owner.git_problem))
            return
        chosen = dialogs.ask_baseline(self.owner.host.dialog_parent(), self.baseline)
        if chosen is not None:
            self.set_round(chosen)

    def set_round(self, baseline: Baseline) -> bool:
        """Compare every description with ``baseline`` from now on. A revision git does not
        know is a clear message, and the round stays as it was."""
        if not self.review(baseline):
            return False
        self.baseline = baseline
        for slot in self.owner.host.documents:
            path = slot.session.path
            found = self.baseline_of(path) if path is not None else None
            if found is not None:
                slot.baseline = found
                if slot.session is self.owner.host.session:
                    self.owner.host.comparing(slot.session, *found)
        self.owner.show_rows()
        return True

    def review(self, baseline: Baseline) -> bool:
        from os2editor.library import review

        scan = self.owner.scan
        if scan is None:
            return False
        try:
            resolved = self.owner.library.resolve(baseline)
            self.current = review(self.owner.library, dataclasses.replace(scan, baseline=resolved))
        except Os2EditorError as error:
            log.info("no round against %s: %s", baseline, error.message.code)
            interaction.show_error(self.owner.host.dialog_parent(), self.tr("Cannot compare"),
                                   error_text(error))
            return False
        self.name = self._name_of(baseline)
        return True

    def _name_of(self, baseline: Baseline) -> str:
        from os2editor.library.baseline import BaselineKind

        if baseline.kind is BaselineKind.APPROVAL:
            return self.tr("last approval")
        if baseline.kind is BaselineKind.DATE and baseline.day is not None:
            return baseline.day.isoformat()
        return baseline.revision

    def text(self) -> str:
        round_ = self.current
        if round_ is None:
            return self.tr("Rows say whether each description changed since its last "
                           "approval. Compare with a version to see what changed.")
        commit = round_.baseline.commit
        text = self.tr("Compared with: {name}").format(name=self.name)
        if commit is not None:
            text += " " + self.tr("(commit {sha} of {date})").format(
                sha=commit.sha[:7], date=commit.date.date().isoformat())
        removed = [role.title for role in round_.roles if role.new is None]
        if removed:
            text += "\n" + self.tr("Removed since: {titles}").format(titles=", ".join(removed))
        return text

    def baseline_of(self, path: Path) -> tuple[FunctionDescription, str] | None:
        """What revision mode compares the description of ``path`` with in the round."""
        from os2editor.library import Status
        from os2editor.markdown import load

        role = next((r for r in self.current.roles if r.path == path), None) \
            if self.current is not None else None
        if role is None:
            return None
        name = f"{path.name} @ {self.name}"
        if role.status is Status.CHANGED and role.old is not None:
            return role.old, name
        if role.status is Status.NEW:
            return FunctionDescription(), name
        try:  # unchanged: its own copy, never the document being edited
            return load(path), name
        except ReadError:
            return None

    # -- the board pack ----------------------------------------------------------------------------

    def export_pack(self) -> None:
        """Write the board pack of the round (Word, or PDF by the name chosen)."""
        if self.current is None:
            if self.owner.git_problem is not None:
                interaction.show_error(
                    self.owner.host.dialog_parent(), self.tr("No board pack"),
                    self.tr("The board pack shows what changed since a version in git: "
                            "{reason}").format(reason=message_text(self.owner.git_problem)))
                return
            self.choose_baseline()
            if self.current is None:
                return
        name = f"bestyrelsespakke-{dt.date.today().isoformat()}.docx"
        suggested = self.owner.folder.parent / name
        chosen = dialogs.ask_pack_path(self.owner.host.dialog_parent(), str(suggested))
        if chosen is None:
            return
        try:
            warnings = self._write_pack(Path(chosen))
        except Os2EditorError as error:
            log.warning("board pack not written to %s: %s", chosen, error.message.code)
            interaction.show_error(self.owner.host.dialog_parent(),
                                   self.tr("The board pack was not written"), error_text(error))
            return
        unsaved = [slot.session.path.name for slot in self.owner.host.documents
                   if slot.session.is_modified() and slot.session.path is not None
                   and self.owner.holds(slot.session.path)]
        if unsaved or warnings:
            notes = [message_text(warning) for warning in warnings]
            if unsaved:
                notes.append(self.tr("The pack shows the saved files; these have unsaved "
                                     "changes that are not in it: {names}").format(
                    names=", ".join(unsaved)))
            interaction.show_warning(self.owner.host.dialog_parent(),
                                     self.tr("The board pack was written"), "\n\n".join(notes))
        self.owner.host.show_status(self.tr("Board pack written to {name}.").format(
            name=Path(chosen).name))

    def _write_pack(self, target: Path) -> list[Any]:
        import getpass

        assert self.current is not None
        author = self.owner.host.settings.author or getpass.getuser()
        if target.suffix.lower() == ".pdf":  # Qt's PDF writer loads only for a PDF pack
            from os2editor.library import write_pack_pdf

            return list(write_pack_pdf(self.current, target, author=author))
        from os2editor.library import write_pack

        return list(write_pack(self.current, target, author=author))

