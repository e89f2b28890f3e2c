"""The tabs above the editor: the library of the open folder first, then each open document.

A tab names its document by the role's title (the file name for an untitled one, "Untitled"
without either) and ends in "●" while it has unsaved changes. The bar is shown only when there
is something to switch between: a library, or more than one document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QWidget

from os2editor.gui.views.widgets.plain_text import tooltip

UNSAVED = " ●"


@dataclass(frozen=True)
class TabEntry:
    """One tab: what it stands for (the library, or a document session), and its texts."""

    key: object
    text: str
    tooltip: str
    closable: bool = True


class DocumentTabs(QTabBar):
    """Chooses what the window shows; ``chosen`` carries the chosen tab's key."""

    chosen = Signal(object)
    close_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_tabs")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(False)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Open documents"))
        self._entries: list[TabEntry] = []
        self.currentChanged.connect(self._current_changed)
        self.tabCloseRequested.connect(self._close_requested)

    def keys(self) -> list[object]:
        return [entry.key for entry in self._entries]

    def show_entries(self, entries: list[TabEntry], current: object) -> None:
        """Show ``entries`` with ``current``'s tab chosen; rebuilt only when they changed."""
        if entries != self._entries:
            self.blockSignals(True)
            try:
                while self.count():
                    self.removeTab(0)
                for index, entry in enumerate(entries):
                    self.addTab(entry.text)
                    self.setTabToolTip(index, tooltip(entry.tooltip))
                    if not entry.closable:
                        for side in (QTabBar.ButtonPosition.LeftSide,
                                     QTabBar.ButtonPosition.RightSide):
                            self.setTabButton(index, side, None)
                self._entries = list(entries)
            finally:
                self.blockSignals(False)
        self.choose(current)

    def choose(self, key: object) -> None:
        """Mark ``key``'s tab as the one shown, without telling anyone."""
        index = next((i for i, entry in enumerate(self._entries) if entry.key is key), -1)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _current_changed(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self.chosen.emit(self._entries[index].key)

    def _close_requested(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self.close_requested.emit(self._entries[index].key)
