"""Model, delegate and in-place editor behind :class:`ListEditor`.

The Qt model is a thin view of the live list in the document model: it reads on demand and
writes only through the binding's edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from os2editor.edits import Change
from os2editor.gui.views.widgets.framing import viewport_size
from os2editor.gui.views.widgets.list_binding import MIME_TYPE, ListBinding, lines_from_paste
from os2editor.gui.views.widgets.markdown_text import MarkFormats, draw_layout, wrapped_layout
from os2editor.gui.views.widgets.prose_keys import ProseKeys
from os2editor.gui.views.widgets.undo_keys import DocumentUndoKeys
from os2editor.model import Item

if TYPE_CHECKING:
    from os2editor.gui.views.highlight import Mark

ChildrenRole = Qt.ItemDataRole.UserRole + 1
GRIP_WIDTH = 18
PAD_H = 6
PAD_V = 5
HEIGHT_CACHE = 2000

ModelIndex = QModelIndex | QPersistentModelIndex


def children(element: object) -> int:
    """How many items are nested under ``element`` (areas and initiatives have none)."""
    return len(element.children) if isinstance(element, Item) else 0


class ElementListModel(QAbstractListModel):
    """Rows of a :class:`ListBinding`, read from the live list on demand.

    It remembers only which element each row is (Qt's models must know their rows between
    changes): a change that adds, removes or moves elements resets the rows, and a change of an
    element repaints its row.
    """

    def __init__(
        self, binding: ListBinding, *, numbered: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        self.numbered = numbered
        self._rows = [id(element) for element in binding.elements()]

    def follow(self, change: Change) -> bool:
        """Follow the model after ``change``: True when rows came, went or moved (a reset)."""
        elements = self.binding.elements()
        rows = [id(element) for element in elements]
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return True
        for row, element in enumerate(elements):
            if change.touches(element):
                index = self.index(row)
                self.dataChanged.emit(index, index)
        return False

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.binding):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.EditRole:
            return self.binding.text(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.binding.text(row)
            return f"{row + 1}. {text}" if self.numbered else text
        if role == ChildrenRole:
            return children(self.binding.elements()[row])
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.binding.set_text(index.row(), str(value))
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class ElementEditor(ProseKeys, DocumentUndoKeys, QPlainTextEdit):
    """In-place editor of one element's text. Enter finishes the element; Ctrl+Enter finishes
    it and starts the next; Shift+Enter keeps a line break inside the text (a hard break in
    the document). Ctrl+B, Ctrl+I and Ctrl+K format, as in every prose field."""

    enter_pressed = Signal()
    add_next_pressed = Signal()
    lines_pasted = Signal(list)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the document's undo stack owns undo
        self.document().setDocumentMargin(PAD_V - 1)
        self.textChanged.connect(lambda: self.follow_prose(self.toPlainText()))
        self.original = ""
        self.persistent_index = QPersistentModelIndex()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.prose_key(event):
            return
        modifiers = event.modifiers()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.add_next_pressed.emit()
            else:
                self.enter_pressed.emit()
            return
        super().keyPressEvent(event)  # DocumentUndoKeys: Undo and Redo act on the document

    def event(self, event: QEvent) -> bool:
        if self.claims_shortcut(event):
            event.accept()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.popup_format_menu(event)

    def document_undo_stack(self) -> QUndoStack:
        return self.undo_stack

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.restyle_prose(event)

    def insertFromMimeData(self, source: Any) -> None:
        lines = lines_from_paste(source.text()) if source.hasText() else []
        if len(lines) > 1:
            # The first line joins the text being edited as typed; the rest become elements.
            first_raw = next(line for line in source.text().splitlines() if line.strip())
            self.insertPlainText(first_raw.rstrip() if self.toPlainText() else lines[0])
            self.lines_pasted.emit(lines[1:])
            return
        super().insertFromMimeData(source)


class ElementDelegate(QStyledItemDelegate):
    """Paints a drag grip, the wrapped text (its markdown drawn for a reader) and a quiet note
    about sub-items; edits in place. An empty row shows the hint for its text, if any."""

    finished_in_editor = Signal(int)  # Enter: the row whose edit ended
    enter_in_editor = Signal(int)  # Ctrl+Enter: the row after which to start a new element
    lines_pasted_in_editor = Signal(int, list)

    def __init__(self, binding: ListBinding, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.binding = binding
        self.hint = ""
        # Measuring wrapped text is the costly part of a layout; rows rarely change.
        self._heights: dict[tuple[str, bool, int, str], int] = {}
        self._formats: dict[tuple[int, str, bool], MarkFormats] = {}
        self.marks: dict[int, Sequence[Mark]] = {}  # by row: ListEditor.highlight

    # Layout shared by paint, sizeHint and the editor's geometry.

    @staticmethod
    def text_rect(rect: QRect) -> QRect:
        return rect.adjusted(GRIP_WIDTH + PAD_H, PAD_V, -PAD_H, -PAD_V)

    def children_note(self, count: int) -> str:
        if count == 1:
            return self.tr("+ 1 sub-item")
        return self.tr("+ %n sub-items", "", count) if count else ""

    def _display(self, index: ModelIndex) -> tuple[str, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        note = self.children_note(int(index.data(ChildrenRole) or 0))
        return text, note

    def formats(self, palette: QPalette, font: QFont, selected: bool) -> MarkFormats:
        key = (palette.cacheKey(), font.key(), selected)
        found = self._formats.get(key)
        if found is None:
            if len(self._formats) > 8:
                self._formats.clear()
            found = self._formats[key] = MarkFormats(palette, font, selected=selected)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        widget = option.widget
        width = viewport_size(widget).width() if isinstance(widget, QAbstractItemView) else 300
        text_width = max(40, width - GRIP_WIDTH - 2 * PAD_H)
        text, note = self._display(index)
        key = (text, bool(note), text_width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            shown = text or self.hint or "X"
            ranges = self.formats(option.palette, option.font, False).ranges(shown)
            measured = wrapped_layout(shown, option.font, text_width, ranges)[1]
            height = int(measured + 0.999)
            if note:
                height += option.fontMetrics.lineSpacing()
            if len(self._heights) > HEIGHT_CACHE:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height + 2 * PAD_V)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        self._paint_grip(painter, rect, palette, role if selected else QPalette.ColorRole.Mid)
        text, note = self._display(index)
        area = QRectF(self.text_rect(rect))
        color = palette.color(role)
        ranges = self.formats(palette, opt.font, selected).ranges(text)
        if not text:
            text, ranges = self.hint or self.tr("(empty)"), []
            color = palette.color(role if selected else QPalette.ColorRole.PlaceholderText)
        elif index.row() in self.marks:
            from os2editor.gui.views.highlight import format_ranges

            ranges = [*ranges, *format_ranges(self.marks[index.row()])]
        layout, used = wrapped_layout(text, opt.font, area.width(), ranges)
        draw_layout(painter, layout, area, color)
        if note:
            quiet = role if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(quiet))
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            painter.drawText(area.adjusted(0, used, 0, 0), flags, note)
        painter.restore()

    @staticmethod
    def _paint_grip(
        painter: QPainter, rect: QRect, palette: QPalette, role: QPalette.ColorRole
    ) -> None:
        """Two columns of three dots: the usual sign that a row can be dragged."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(role))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x0 = rect.left() + 5
        y0 = rect.top() + PAD_V + 3
        for column in range(2):
            for dot in range(3):
                painter.drawEllipse(x0 + column * 5, y0 + dot * 5, 3, 3)

    # Editing.

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = ElementEditor(self.binding.session.undo_stack, parent)
        editor.setFont(option.font)
        editor.setPlaceholderText(self.hint)
        editor.persistent_index = QPersistentModelIndex(index)
        editor.setAccessibleName(self.tr("Edit item"))
        editor.textChanged.connect(lambda: self._push_live(editor))
        editor.enter_pressed.connect(lambda: self._finish(editor))
        editor.add_next_pressed.connect(lambda: self._finish_and_add(editor))
        editor.lines_pasted.connect(lambda lines: self._paste_after(editor, lines))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, ElementEditor)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.toPlainText() == text:
            return  # our own live edit coming back: keep the cursor where it is
        first_fill = not editor.original and not editor.toPlainText()
        editor.blockSignals(True)
        position = editor.textCursor().position()
        editor.setPlainText(text)
        editor.follow_prose(text)
        cursor = editor.textCursor()
        cursor.setPosition(len(text) if first_fill else min(position, len(text)))
        editor.setTextCursor(cursor)
        editor.blockSignals(False)
        if first_fill:
            editor.original = text

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        assert isinstance(editor, ElementEditor)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        rect: QRect = option.rect
        editor.setGeometry(rect.adjusted(GRIP_WIDTH + PAD_H - PAD_V + 1, 0, 0, 0))

    def _push_live(self, editor: ElementEditor) -> None:
        """Every keystroke reaches the model at once (merged into one undo step per field).
        A refused text (far too long) leaves the model as it was, and the editor shows it."""
        index = editor.persistent_index
        alone = editor.take_alone()
        if index.isValid() and not self.binding.set_text(
            index.row(), editor.toPlainText(), alone=alone
        ):
            self.setEditorData(editor, index)

    def _close(self, editor: ElementEditor) -> QPersistentModelIndex:
        index = QPersistentModelIndex(editor.persistent_index)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return index

    def _finish(self, editor: ElementEditor) -> None:
        """Enter: the element is done; the row stays chosen, so a second Enter adds the next."""
        index = self._close(editor)
        if index.isValid():
            self.finished_in_editor.emit(index.row())

    def _finish_and_add(self, editor: ElementEditor) -> None:
        """Ctrl+Enter: finish this element and start the next, unless this one is empty."""
        empty = not editor.toPlainText().strip()
        index = self._close(editor)
        if index.isValid() and not empty:
            self.enter_in_editor.emit(index.row())

    def _paste_after(self, editor: ElementEditor, lines: list[str]) -> None:
        index = self._close(editor)
        if index.isValid():
            self.lines_pasted_in_editor.emit(index.row(), lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, ElementEditor) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                watched.setPlainText(watched.original)  # pushes the revert, merged away
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.commitData.emit(watched)
                self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                return False
        return super().eventFilter(watched, event)
