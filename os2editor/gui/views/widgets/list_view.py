"""ElementListView: the list inside every :class:`ListEditor`.

Keys, drag and drop, the context menu's request, and a height that shows every row (the form
scrolls, the list does not).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QListView,
    QSizePolicy,
    QWidget,
)

from os2editor.gui.views.widgets.framing import FocusFrame, viewport_size
from os2editor.gui.views.widgets.list_binding import ListBinding, lines_from_paste
from os2editor.gui.views.widgets.list_items import (
    GRIP_WIDTH,
    ElementDelegate,
    ElementEditor,
    ElementListModel,
)

EMPTY_HEIGHT = 44
ModelIndex = QModelIndex | QPersistentModelIndex


class ElementListView(FocusFrame, QListView):
    """The list itself: keys, drag and drop, and a height that shows every row.

    Enter (or Ctrl+Enter) adds an element after the current one and opens it; in the open
    element Enter ends the edit and Ctrl+Enter ends it and adds the next. An element added and
    left empty (Esc, or Enter on nothing) goes again, leaving nothing to undo or redo.
    """

    cross_move_requested = Signal(int, int)
    menu_requested = Signal(int, QPoint)  # the row (-1: none) and where, in global coordinates
    focused = Signal()
    natural_height_changed = Signal(int)

    def __init__(
        self, binding: ListBinding, *, numbered: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        self.list_model = ElementListModel(binding, numbered=numbered, parent=self)
        self.setModel(self.list_model)
        self.delegate = ElementDelegate(binding, self)
        self.setItemDelegate(self.delegate)
        self.delegate.enter_in_editor.connect(self._enter_from_editor)
        self.delegate.finished_in_editor.connect(self._finished_in_editor)
        self.delegate.lines_pasted_in_editor.connect(self._paste_from_editor)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMouseTracking(True)
        # The list is as tall as its rows, never taller: the form scrolls instead.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.placeholder = ""
        self.floor = 0  # at least this tall (the board lines its columns up)
        self.natural_height = 0  # as tall as the rows need
        self._row_heights: list[int] = []  # as last laid out, to notice a row growing
        self._fresh: Any = None  # element just added by Enter/Add, dropped again if left empty
        self.fit_height()

    # Rows and editing.

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            index = self.list_model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def add_at(self, row: int, texts: list[str] | None = None) -> None:
        """Insert new elements at ``row``; a single empty one opens for editing."""
        if texts is None:
            self.binding.insert(row)
            self._fresh = self.binding.elements()[row]
            self.select_row(row)
            self.edit(self.list_model.index(row))
            return
        if texts:
            self.binding.insert(row, texts)
            self.select_row(row + len(texts) - 1)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        fresh, self._fresh = self._fresh, None
        if fresh is None or self.binding.text_field.get(fresh):
            return
        # An element added and left empty was a false start: removing it right after adding
        # it leaves no step at all (see gui.session.undo).
        row = self.binding.row_of(fresh)
        if row >= 0:
            self.binding.remove(row)
            self.select_row(max(row - 1, 0))

    def _enter_from_editor(self, row: int) -> None:
        self.add_at(row + 1)

    def _finished_in_editor(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            self.select_row(row)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _paste_from_editor(self, row: int, lines: list[str]) -> None:
        self.add_at(row + 1, lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        row = self.current_row()
        key = event.key()
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
        ):
            self.add_at(row + 1)
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = lines_from_paste(QApplication.clipboard().text())
            self.add_at(row + 1, lines)
            return True
        if row < 0:
            return False
        if key == Qt.Key.Key_Delete and not event.modifiers():
            self.binding.remove(row)
            self.select_row(min(row, self.list_model.rowCount() - 1))
            return True
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            new_row = row - 1 if key == Qt.Key.Key_Up else row + 1
            if 0 <= new_row < self.list_model.rowCount():
                self.binding.move_within(row, new_row)
                self.select_row(new_row)
            return True
        if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.cross_move_requested.emit(row, -1 if key == Qt.Key.Key_Left else 1)
            return True
        if event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(self.binding.text(row))
            return True
        return False

    # Drag and drop through the binding's mime data: one MoveItem per drop.

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        row = self.current_row()
        if row < 0:
            return
        drag = QDrag(self)
        drag.setMimeData(self.binding.mime_data(row))
        rect = self.visualRect(self.list_model.index(row))
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(QPoint(10, 10))
        drag.exec(Qt.DropAction.MoveAction)

    def _accepts(self, event: QDropEvent) -> bool:
        found = ListBinding.from_mime(event.mimeData())
        return found is not None and self.binding.accepts(found[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            super().dragMoveEvent(event)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def drop_gap(self, pos: QPoint) -> int:
        """The gap (0 = before the first row) that a drop at ``pos`` falls into."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.list_model.rowCount()
        below = pos.y() >= self.visualRect(index).center().y()
        return index.row() + (1 if below else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        new_row = self.binding.drop(event.mimeData(), self.drop_gap(event.position().toPoint()))
        if new_row is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.select_row(new_row)
        self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # An open hand over the grip says "this can be dragged" before anyone tries.
        if event.buttons() == Qt.MouseButton.NoButton:
            over_grip = self.indexAt(event.position().toPoint()).isValid() and (
                event.position().x() < GRIP_WIDTH
            )
            if over_grip:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    # Focus and the context menu.

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # The row the keys act on is always shown chosen while the list has focus.
        index = self.currentIndex()
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            row = self.indexAt(event.pos()).row()
            if row >= 0:
                self.select_row(row)
            where = event.globalPos()
        else:  # the menu key: the chosen row
            row = self.current_row()
            rect = self.visualRect(self.list_model.index(row)) if row >= 0 else self.rect()
            where = self.viewport().mapToGlobal(rect.center())
        self.menu_requested.emit(row, where)
        event.accept()

    # Height: every row visible, so the form scrolls and the list does not.

    def fit_height(self) -> None:
        self.doItemsLayout()
        self._row_heights = [self.sizeHintForRow(r) for r in range(self.list_model.rowCount())]
        rows = sum(self._row_heights) or self._placeholder_height()
        frame = 2 * self.frameWidth()
        natural = max(rows + 4, EMPTY_HEIGHT) + frame
        self.setFixedHeight(max(natural, self.floor))
        self.updateEditorGeometries()  # an open editor grows with its row
        if natural != self.natural_height:
            self.natural_height = natural
            self.natural_height_changed.emit(natural)

    def _placeholder_height(self) -> int:
        """The height of the text an empty list shows (the hint, and how to start)."""
        if not self.placeholder:
            return 0
        width = max(40, viewport_size(self).width() - 16)
        bounds = QRect(0, 0, width, 100000)
        return self.fontMetrics().boundingRect(
            bounds, int(Qt.TextFlag.TextWordWrap), self.placeholder
        ).height() + 10

    def set_floor(self, floor: int) -> None:
        """Be at least ``floor`` pixels tall (the board gives its columns one height)."""
        if floor != self.floor:
            self.floor = floor
            self.setFixedHeight(max(self.natural_height, floor))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() == event.size().width():
            return  # a new height (ours, or the board's floor) wraps no row differently
        # Qt re-lays out rows lazily after a resize; wrapped rows need it now, and the
        # height follows from it.
        self.fit_height()
        if self.height() != event.size().height():
            # A height set while Qt resizes the list does not reach its viewport, whose text
            # would be cut off: lay the viewport out again.
            self.setViewportMargins(self.viewportMargins())

    def dataChanged(self, top_left: ModelIndex, bottom_right: ModelIndex, roles: Any = ()) -> None:
        if top_left == bottom_right and self._editor_shows(top_left):
            # The open editor already shows the model's text; repainting the list under it
            # would only cost time. Only a new line count needs a new layout.
            if self._height_changed(top_left.row()):
                self.fit_height()
            return
        super().dataChanged(top_left, bottom_right, roles)
        # Re-lay out only when a row's height changes.
        if any(self._height_changed(r) for r in range(top_left.row(), bottom_right.row() + 1)):
            self.fit_height()

    def _height_changed(self, row: int) -> bool:
        """Whether ``row`` now needs another height than it was laid out with."""
        if row >= len(self._row_heights):
            return True
        return self.sizeHintForRow(row) != self._row_heights[row]

    def _editor_shows(self, index: ModelIndex) -> bool:
        """Whether an editor open on ``index``'s row shows the model's text for it."""
        editor = self.indexWidget(self.list_model.index(index.row()))
        return isinstance(editor, ElementEditor) and editor.toPlainText() == index.data(
            Qt.ItemDataRole.EditRole
        )

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.list_model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(8, 6, -8, -4)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            painter.drawText(rect, flags | int(Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()
