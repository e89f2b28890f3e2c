"""Compare, when the file changed on disk: how the version in the editor differs from the one
on disk, in the document's terms (tasks, areas, qualifications), coloured as in a redline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from os2editor.gui.views.panels.revision import ChangeList

if TYPE_CHECKING:
    from os2editor.revision import Change


def _tr(text: str) -> str:
    return QCoreApplication.translate("difference", text)


class DifferenceDialog(QDialog):
    """The changes from the file on disk to the editor's document, or why there are none to
    show (``problem``: the file on disk could not be read)."""

    def __init__(
        self, name: str, changes: list[Change], problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Differences in “{name}”").format(name=name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = ChangeList(self)
        self.list.setAccessibleName(_tr("Differences"))
        self.summary.setBuddy(self.list)
        if problem:
            text = _tr("The file on disk could not be read, so there is nothing to compare: "
                       "{reason}").format(reason=problem)
        elif changes:
            text = self.tr("Your version differs from the file on disk in %n places. Struck "
                           "through in red: only on disk; in green: only in your version.", "",
                           len(changes))
        else:
            text = _tr("The two versions say the same; they differ only in how the file is "
                       "written.")
        self.summary.setText(text)
        self.list.show_changes(changes)
        self.list.setVisible(bool(changes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
