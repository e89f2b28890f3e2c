"""The side panel of revision mode: every change since the baseline, one line each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from os2editor.revision import Change

_CHANGE = Qt.ItemDataRole.UserRole


def interface_language() -> str:
    """"da" when the interface speaks Danish, else "en"; change lines follow it."""
    return "da" if QLocale().name().startswith("da") else "en"


class RevisionPanel(QDockWidget):
    """Lists the changes; activating one asks the window to jump to it."""

    change_activated = Signal(object)  # the Change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Changes"), parent)
        self.setObjectName("revision_panel")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setAccessibleName(self.tr("Changes since the baseline"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.summary.setBuddy(self.list)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.setWidget(body)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)

    def show_changes(self, baseline: str, changes: list[Change]) -> None:
        """Show ``changes`` against the baseline called ``baseline``."""
        if changes:
            text = self.tr("Compared with {baseline}: %n changes.", "", len(changes))
        else:
            text = self.tr("Compared with {baseline}: no changes.")
        self.summary.setText(text.format(baseline=baseline))
        from os2editor.revision import describe

        language = interface_language()
        self.list.clear()
        for change in changes:
            line = describe(change, language)
            item = QListWidgetItem(line, self.list)
            item.setToolTip(line)
            item.setData(_CHANGE, change)

    def changes(self) -> list[Change]:
        """The changes as listed, in order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(_CHANGE) for item in items if item is not None]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.change_activated.emit(item.data(_CHANGE))
