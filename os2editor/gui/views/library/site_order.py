"""The site's order: the pages under each parent as the handbook's menu lists them, to drag.

Each parent is a group; its pages (roles and other pages) are listed by ``nav_order``, the
number shown before the title. A page is dragged to another place under the same parent (a
drag to another parent is refused: that would change its ``parent``, not its order), or moved
with Alt+Up and Alt+Down. The view never moves a row itself: it reports ``moved(paths)``, the
pages of the group in their new order, and shows what the documents then say.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from os2editor.gui.views.widgets.plain_text import tooltip

MIME_TYPE = "application/x-os2editor-site-page"
_PATH = Qt.ItemDataRole.UserRole


class SiteOrderTree(QTreeWidget):
    """Parents with their pages; drags within a parent, reported and never done here."""

    moved = Signal(list)  # the paths of one parent's pages, in the order the user made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Order"), self.tr("Page")])
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(self.tr("Site order"))

    # -- filling -------------------------------------------------------------------------------

    def show_groups(self, groups: list[tuple[str, list[tuple[Path, str, str]]]]) -> None:
        """Show each parent's pages: (parent's name, [(path, order, title), ...])."""
        chosen = self.chosen_path()
        self.clear()
        # Roomy rows, easy to grab and legible on a projector, as the parts list has them.
        row = QSize(1, round(self.fontMetrics().height() * 1.7))
        for name, pages in groups:
            group = QTreeWidgetItem(self, [name])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setSizeHint(0, row)
            for path, order, title in pages:
                page = QTreeWidgetItem(group, [order, title])
                page.setData(0, _PATH, str(path))
                page.setSizeHint(0, row)
                page.setToolTip(1, tooltip(str(path)))
                page.setTextAlignment(0, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                page.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                if chosen == path:
                    self.setCurrentItem(page)
        self.expandAll()
        self.resizeColumnToContents(0)

    def chosen_path(self) -> Path | None:
        item = self.currentItem()
        data = item.data(0, _PATH) if item is not None else None
        return Path(data) if data else None

    def item_for(self, path: Path) -> QTreeWidgetItem | None:
        for group_index in range(self.topLevelItemCount()):
            group = self.topLevelItem(group_index)
            assert group is not None
            for index in range(group.childCount()):
                page = group.child(index)
                if page is not None and page.data(0, _PATH) == str(path):
                    return page
        return None

    # -- moving ----------------------------------------------------------------------------------

    def move_chosen(self, step: int) -> None:
        """Move the chosen page one place up (-1) or down (1) under its parent."""
        item = self.currentItem()
        group = item.parent() if item is not None else None
        if item is None or group is None:
            return
        index = group.indexOfChild(item)
        target = index + step
        if 0 <= target < group.childCount():
            self._report(group, index, target if step < 0 else target + 1)

    def _report(self, group: QTreeWidgetItem, source: int, gap: int) -> None:
        """Tell the new order of ``group`` with its ``source`` page put at ``gap``."""
        children = (group.child(i) for i in range(group.childCount()))
        paths = [Path(str(child.data(0, _PATH))) for child in children if child is not None]
        page = paths.pop(source)
        paths.insert(gap - 1 if gap > source else gap, page)
        self.moved.emit(paths)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_chosen(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    # -- dragging --------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME_TYPE, QByteArray(str(items[0].data(0, _PATH)).encode("utf-8")))
        return data

    def mime_for(self, path: Path) -> QMimeData:
        """What dragging the page of ``path`` carries."""
        item = self.item_for(path)
        return self.mimeData([item] if item is not None else [])

    def drop_target(self, data: QMimeData, pos: QPoint) -> tuple[QTreeWidgetItem, int, int] | None:
        """(group, dragged page's index, gap) for a drop of ``data`` at ``pos``; None when
        it may not land there (another parent, or not one of ours)."""
        if not data.hasFormat(MIME_TYPE):
            return None
        source = self.item_for(Path(bytes(data.data(MIME_TYPE).data()).decode("utf-8")))
        under = self.itemAt(pos)
        if source is None or under is None:
            return None
        group = source.parent()
        if group is None:
            return None
        if under is group:  # on the parent's own row: the first place
            return group, group.indexOfChild(source), 0
        if under.parent() is not group:
            return None
        rect = self.visualItemRect(under)
        gap = group.indexOfChild(under) + (1 if pos.y() >= rect.center().y() else 0)
        return group, group.indexOfChild(source), gap

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # the drop indicator and auto-scroll
        if self.drop_target(event.mimeData(), event.position().toPoint()) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        found = self.drop_target(event.mimeData(), event.position().toPoint())
        if found is None:
            event.ignore()
            return
        group, source, gap = found
        # The rows stay as they are: the model is changed, and the view shows it.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if gap not in (source, source + 1):
            self._report(group, source, gap)


class SiteOrderPanel(QWidget):
    """The tree with a line that says how it works, and buttons to move without dragging."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = SiteOrderTree(self)
        hint = QLabel(self.tr("Drag a page to its new place under its parent, or move it with "
                              "Alt+Up and Alt+Down. Only the nav_order line of each page that "
                              "moved changes; Save All writes them, Undo takes the move back."),
                      self)
        hint.setWordWrap(True)
        self.up = QPushButton(self.tr("Move u&p"), self)
        self.down = QPushButton(self.tr("Move do&wn"), self)
        self.up.clicked.connect(lambda: self.tree.move_chosen(-1))
        self.down.clicked.connect(lambda: self.tree.move_chosen(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
