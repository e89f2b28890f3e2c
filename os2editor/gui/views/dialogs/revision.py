"""The questions revision mode asks: which earlier version, and who approved.

Kept apart from the controller so tests can answer them without opening a dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from os2editor.revision import Commit


def _tr(text: str) -> str:
    return QCoreApplication.translate("revision_dialogs", text)


def commit_text(commit: Commit) -> str:
    """A version as the list shows it: the commit message, then when (local time, in the
    window's language) and who."""
    from os2editor.gui.texts import date_time_text

    when = _tr("{date} by {author}").format(date=date_time_text(commit.date),
                                           author=commit.author)
    return f"{commit.subject}\n{when}"


class CommitDialog(QDialog):
    """A list of the commits that touched the file, newest first."""

    def __init__(self, commits: list[Commit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Compare with an earlier version"))
        layout = QVBoxLayout(self)
        label = QLabel(_tr("&Versions of this file in git:"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Versions of this file in git"))
        self.list.setAlternatingRowColors(True)
        label.setBuddy(self.list)
        for commit in commits:
            item = QListWidgetItem(commit_text(commit), self.list)
            item.setToolTip(_tr("Commit {sha}").format(sha=commit.sha[:10]))
            item.setData(Qt.ItemDataRole.UserRole, commit.sha)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen_sha(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def choose_commit(parent: QWidget | None, commits: list[Commit]) -> str | None:
    """Ask which commit to compare with; None when the user cancels."""
    dialog = CommitDialog(commits, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_sha()


def ask_approver(parent: QWidget | None, default: str) -> str | None:
    """Ask who approved the description; None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        _tr("Mark as approved"),
        _tr("Approved by (for example the board and the date of its meeting):"),
        text=default,
    )
    return text.strip() if ok and text.strip() else None
