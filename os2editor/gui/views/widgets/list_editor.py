"""ListEditor: the one widget for every list in the forms.

Edit in place (F2, double click), Enter adds an element after the current one, Delete
removes, Alt+Up/Down reorders, drag the grip to reorder or to move to another list, and
pasting several lines adds one element per line. Every change is one edit of the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
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
    QPushButton,
    QSizePolicy,
    QWidget,
)

from os2editor.edits import Change, InsertElement
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.framing import above_buttons
from os2editor.gui.views.widgets.list_binding import ListBinding, lines_from_paste
from os2editor.gui.views.widgets.list_items import (
    GRIP_WIDTH,
    ElementDelegate,
    ElementEditor,
    ElementListModel,
)
from os2editor.model import Item, Node
from os2editor.model import fields as f
from os2editor.model.fields import Field, ListField

if TYPE_CHECKING:
    from os2editor.gui.views.highlight import Mark

EMPTY_HEIGHT = 44
ModelIndex = QModelIndex | QPersistentModelIndex


class ElementListView(QListView):
    """The list itself: keys, drag and drop, and a height that shows every row."""

    cross_move_requested = Signal(int, int)

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
        # An element added and left empty was a false start: take the insertion back.
        session = self.binding.session
        last = session.last_edit()
        if isinstance(last, InsertElement) and last.element is fresh:
            row = self.current_row()
            session.undo_stack.undo()
            self.select_row(max(row - 1, 0))

    def _enter_from_editor(self, row: int) -> None:
        self.add_at(row + 1)

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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
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

    # Height: every row visible, so the form scrolls and the list does not.

    def fit_height(self) -> None:
        self.doItemsLayout()
        self._row_heights = [self.sizeHintForRow(r) for r in range(self.list_model.rowCount())]
        rows = sum(self._row_heights)
        frame = 2 * self.frameWidth()
        self.setFixedHeight(max(rows + 4, EMPTY_HEIGHT) + frame)
        self.updateEditorGeometries()  # an open editor grows with its row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Qt re-lays out rows lazily after a resize; wrapped rows need it now, and the
        # height follows from it.
        self.fit_height()

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
            rect = self.viewport().rect().adjusted(8, 4, -8, -4)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(rect, flags | int(Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()


class ListEditor(QWidget):
    """A list field of a node with an Add button; ``text_field`` is the field each row shows
    and edits."""

    count_changed = Signal(int)
    current_row_changed = Signal(int)
    cross_move_requested = Signal(int, int)

    def __init__(
        self,
        session: DocumentSession,
        owner: Node,
        field: ListField[Any, Any],
        parent: QWidget | None = None,
        *,
        text_field: Field[Any, str] = f.ITEM_TEXT,
        factory: Callable[[], Node] = Item,
        numbered: bool = False,
        add_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.owner = owner
        self.field = field
        self.binding = ListBinding(session, owner, field, text_field=text_field, factory=factory)
        self.view = ElementListView(self.binding, numbered=numbered, parent=self)
        self.view.placeholder = self.tr("Empty. Press Enter or Add to write the first line.")
        self.view.setToolTip(
            self.tr(
                "F2 edits, Enter adds, Delete removes, Alt+Up/Down moves, drag the dots to move."
            )
        )
        self.view.cross_move_requested.connect(self.cross_move_requested)
        self.add_button = QPushButton(add_text or self.tr("Add"), self)
        self.add_button.setAccessibleName(add_text or self.tr("Add"))
        self.add_button.clicked.connect(self._add_at_end)
        # Shown only for an item that has nested bullets, so most lists stay uncluttered.
        self.children_button = QPushButton(self.tr("Sub-items…"), self)
        self.children_button.setAccessibleName(self.tr("Edit sub-items"))
        self.children_button.setToolTip(self.tr("Edit the bullets nested under the chosen item"))
        self.children_button.clicked.connect(self.edit_children)
        self.children_button.hide()
        self.sub_items_dialog: QWidget | None = None
        self._count = len(self.binding)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        above_buttons(self, self.view, self.add_button, self.children_button, spacing=4)
        session.changed.connect(self._on_changed)

    def count(self) -> int:
        return len(self.binding)

    def current_row(self) -> int:
        return self.view.current_row()

    def select_row(self, row: int) -> None:
        self.view.select_row(row)

    def highlight(self, rows: dict[int, Sequence[Mark]]) -> None:
        """Mark spans of rows' texts without changing them (the readability aid), by row;
        an empty dict clears them."""
        self.view.delegate.marks = dict(rows)
        self.view.viewport().update()

    def setAccessibleName(self, name: str) -> None:
        """Name the list itself, which is what a screen reader lands on."""
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def _on_changed(self, change: Change) -> None:
        """Follow a change of the list or of its elements, keeping the current row where it
        can."""
        if not change.touches(self.owner) and all(self.binding.row_of(n) < 0
                                                  for n in change.nodes):
            return
        row = self.current_row()
        count = self.count()
        if self.view.list_model.follow(change):
            self.view.select_row(min(row, count - 1))
            self.view.fit_height()
        self._update_children_button()
        if count != self._count:  # the count last announced
            self._count = count
            self.count_changed.emit(count)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_row_changed.emit(current.row() if current.isValid() else -1)
        self._update_children_button()

    def _current_element(self) -> Any:
        row = self.current_row()
        elements = self.binding.elements()
        return elements[row] if 0 <= row < len(elements) else None

    def _update_children_button(self) -> None:
        element = self._current_element()
        self.children_button.setVisible(isinstance(element, Item) and bool(element.children))

    def edit_children(self) -> None:
        """Open the sub-items of the chosen item in a small window beside the form."""
        element = self._current_element()
        if not isinstance(element, Item) or not element.children:
            return
        from os2editor.gui.views.dialogs.sub_items import SubItemsDialog

        dialog = SubItemsDialog(self.session, element, self)
        dialog.open()  # window-modal but not blocking: edits go through the undo stack
        self.sub_items_dialog = dialog

    def _add_at_end(self) -> None:
        self.view.setFocus()
        self.view.add_at(len(self.binding))
