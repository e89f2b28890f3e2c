"""The side panel of revision mode: every change since the baseline, one sentence each, with the
changed words shown as in a redline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from os2editor.gui.views.widgets.plain_text import tooltip

if TYPE_CHECKING:
    from os2editor.revision import Change

_CHANGE = Qt.ItemDataRole.UserRole


def interface_language() -> str:
    """"da" when the interface speaks Danish, else "en"; change lines follow it."""
    from os2editor.gui.i18n import current_language

    return current_language()


class ChangeList(QListWidget):
    """Changes, each a wrapped sentence in colour; the item's plain text is for screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._painted = False

    def show_changes(self, changes: list[Change]) -> None:
        # Loaded with the first changes shown: revision mode is not part of every start-up.
        from os2editor.gui.views.panels.change_html import (
            HtmlRole,
            RichTextDelegate,
            change_html,
            change_plain,
        )

        if not self._painted:
            self.setItemDelegate(RichTextDelegate(self))
            self._painted = True
        language = interface_language()
        self.clear()
        for change in changes:
            line = change_plain(change, language)
            item = QListWidgetItem(line, self)
            item.setData(HtmlRole, change_html(change, language))
            item.setToolTip(tooltip(line))
            item.setData(_CHANGE, change)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()  # rows wrap anew to the new width


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
        self.list = ChangeList(body)
        self.list.setAccessibleName(self.tr("Changes since the baseline"))
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
        self.list.show_changes(changes)

    def changes(self) -> list[Change]:
        """The changes as listed, in order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(_CHANGE) for item in items if item is not None]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.change_activated.emit(item.data(_CHANGE))
