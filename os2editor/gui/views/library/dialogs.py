"""The questions the library asks: which folder, which baseline, who approved, where the
board pack goes, and whether to commit an approval.

Every modal dialog of the library goes through the functions here (as the window's own go
through :mod:`~os2editor.gui.views.dialogs.interaction`): tests answer them instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from os2editor.library import Baseline


def _tr(text: str) -> str:
    return QCoreApplication.translate("library_dialogs", text)


def ask_folder(parent: QWidget | None, start_dir: str) -> str | None:
    """Ask for a folder of descriptions to open as a library; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(parent, _tr("Open folder of descriptions"),
                                              start_dir)
    return chosen or None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _date_edit(day: dt.date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # as the front matter writes it
    return edit


class BaselineDialog(QDialog):
    """What the round compares each description with: its own last approval, a git revision
    (a tag or a commit), or the folder as it was on a day."""

    def __init__(self, current: Baseline | None, parent: QWidget | None = None) -> None:
        from os2editor.library.baseline import BaselineKind

        super().__init__(parent)
        self.setWindowTitle(_tr("Compare the folder with"))
        intro = QLabel(_tr("Choose once what every description is compared with. Each row "
                           "then shows what changed since, and a description opens with its "
                           "changes marked."), self)
        intro.setWordWrap(True)
        self.approval = QRadioButton(_tr("Each description's last &approval"), self)
        self.revision = QRadioButton(_tr("A git &revision (a tag or a commit):"), self)
        self.date = QRadioButton(_tr("The folder as it was &on:"), self)
        self.revision_text = QLineEdit(self)
        self.revision_text.setPlaceholderText(_tr("for example v2025"))
        self.revision_text.setAccessibleName(_tr("Git revision"))
        self.day = _date_edit(dt.date.today().replace(month=1, day=1), self)
        self.day.setAccessibleName(_tr("Date"))
        group = QButtonGroup(self)
        for button in (self.approval, self.revision, self.date):
            group.addButton(button)
        grid = QGridLayout()
        grid.addWidget(self.approval, 0, 0, 1, 2)
        grid.addWidget(self.revision, 1, 0)
        grid.addWidget(self.revision_text, 1, 1)
        grid.addWidget(self.date, 2, 0)
        grid.addWidget(self.day, 2, 1)
        self.revision_text.textEdited.connect(lambda _text: self.revision.setChecked(True))
        self.day.dateChanged.connect(lambda _date: self.date.setChecked(True))
        kind = current.kind if current is not None else BaselineKind.APPROVAL
        if kind is BaselineKind.REVISION and current is not None:
            self.revision_text.setText(current.revision)
            self.revision.setChecked(True)
        elif kind is BaselineKind.DATE and current is not None and current.day is not None:
            self.day.setDate(_qdate(current.day))
            self.date.setChecked(True)
        else:
            self.approval.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def baseline(self) -> Baseline:
        from os2editor.library import Baseline

        if self.revision.isChecked():
            return Baseline.of_revision(self.revision_text.text().strip())
        if self.date.isChecked():
            return Baseline.on(_day(self.day.date()))
        return Baseline.approval()


def ask_baseline(parent: QWidget | None, current: Baseline | None) -> Baseline | None:
    """Ask what the round compares with; None when the user cancels."""
    dialog = BaselineDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.baseline()


@dataclass(frozen=True)
class ApprovalAnswer:
    """Who approved, on which day, and when the next revision is due."""

    by: str
    day: dt.date
    next_revision: dt.date


class ApprovalDialog(QDialog):
    """Approve the chosen descriptions: who approved, when, and the next revision (a year on
    unless changed)."""

    def __init__(self, titles: list[str], by: str, parent: QWidget | None = None) -> None:
        from os2editor.revision.facts import one_year_after

        super().__init__(parent)
        self.setWindowTitle(_tr("Approve descriptions"))
        today = dt.date.today()
        count = len(titles)
        shown = ", ".join(titles[:8]) + (" …" if count > 8 else "")
        intro = QLabel(self.tr("Mark %n description(s) as approved: {titles}", "", count
                               ).format(titles=shown), self)
        intro.setWordWrap(True)
        note = QLabel(_tr("Only last_revised, approved_by and next_revision change in each "
                          "file, and the files are saved."), self)
        note.setWordWrap(True)
        self.by = QLineEdit(by, self)
        self.by.setPlaceholderText(_tr("for example bestyrelsen"))
        self.day = _date_edit(today, self)
        self.next = _date_edit(one_year_after(today), self)
        self._next_moved = False
        self.day.dateChanged.connect(self._day_changed)
        self.next.dateChanged.connect(self._next_changed)
        form = QFormLayout()
        form.addRow(_tr("Approved &by:"), self.by)
        form.addRow(_tr("&Date:"), self.day)
        form.addRow(_tr("&Next revision:"), self.next)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Approve"))
        self.by.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(by.strip()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _day_changed(self, date: QDate) -> None:
        from os2editor.revision.facts import one_year_after

        if not self._next_moved:  # the next revision follows the day until set by hand
            self.next.blockSignals(True)
            self.next.setDate(_qdate(one_year_after(_day(date))))
            self.next.blockSignals(False)

    def _next_changed(self, _date: QDate) -> None:
        self._next_moved = True

    def answer(self) -> ApprovalAnswer:
        return ApprovalAnswer(self.by.text().strip(), _day(self.day.date()),
                              _day(self.next.date()))


def ask_approval(parent: QWidget | None, titles: list[str], by: str) -> ApprovalAnswer | None:
    """Ask who approved ``titles`` and when; None when the user cancels."""
    dialog = ApprovalDialog(titles, by, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()


def ask_pack_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to write the board pack (.docx, or .pdf); adds .docx to a bare name."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export board pack"), suggested,
        _tr("Word documents (*.docx);;PDF documents (*.pdf)"))
    if not chosen:
        return None
    return chosen if chosen.lower().endswith((".docx", ".pdf")) else chosen + ".docx"


class CommitQuestion(QMessageBox):
    """Commit exactly the approved files, with the approval's message? Never a push."""

    def __init__(self, names: list[str], message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Commit the approval?"))
        self.setText(self.tr("Commit the %n approved file(s) to git with the message "
                             "“{message}”?", "", len(names)).format(message=message))
        self.setInformativeText(self.tr("Only these files are committed: {names}. Nothing is "
                                        "pushed.").format(names=", ".join(names)))
        self.commit = self.addButton(self.tr("&Commit"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.commit)


def ask_commit(parent: QWidget | None, names: list[str], message: str) -> bool:
    """Offer to commit exactly the approved files to git; True to commit."""
    box = CommitQuestion(names, message, parent)
    box.exec()
    return box.clickedButton() is box.commit
