"""The strategic initiatives of the purpose as a table of label and text.

Built on the same binding as every list: Enter (not editing) adds a row after the current
one, Delete or Remove removes, Alt+Up/Down reorders, pasting several lines adds several rows,
and the context menu offers the same as every list's; each change is one edit. The table
renders the model's list: a cell edit sets that initiative's field, and a change of the list
fills the cells again from the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.framing import FocusFrame, above_buttons
from os2editor.gui.views.widgets.list_binding import ListBinding, lines_from_paste
from os2editor.gui.views.widgets.list_menu import ListActions, list_menu
from os2editor.model import Initiative, PurposeSection
from os2editor.model import fields as f

if TYPE_CHECKING:
    from os2editor.gui.views.highlight import Mark

COLUMNS = (f.INITIATIVE_LABEL, f.INITIATIVE_TEXT)
_CELL_PAD = 3  # the default delegate's margin around a cell's text


class MarkedCells(QStyledItemDelegate):
    """Draws cells as the table does, and the readability aid's marks over the cells that
    have some (``marks``, by row and column)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.marks: dict[tuple[int, int], Sequence[Mark]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        marks = self.marks.get((index.row(), index.column()))
        if not marks:
            super().paint(painter, option, index)
            return
        from os2editor.gui.views.highlight import format_ranges
        from os2editor.gui.views.widgets.markdown_text import draw_layout, wrapped_layout

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area = QRectF(opt.rect.adjusted(_CELL_PAD, _CELL_PAD, -_CELL_PAD, -_CELL_PAD))
        layout, height = wrapped_layout(text, opt.font, area.width(), format_ranges(marks))
        if height < area.height():  # centred, as the table draws the cells without marks
            area.adjust(0, (area.height() - height) / 2, 0, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        draw_layout(painter, layout, area, opt.palette.color(role))


class InitiativeGrid(FocusFrame, QTableWidget):
    """The table with the list keys; a cell edit is committed on Enter or leaving the cell."""

    def __init__(self, binding: ListBinding, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.binding = binding
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 220)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.fit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        row = self.currentRow()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.add_at(row + 1)
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = lines_from_paste(QApplication.clipboard().text())
            if lines:
                self.binding.insert(row + 1, lines)
                self.setCurrentCell(row + len(lines), 1)
            return True
        if row < 0:
            return False
        if key == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_row(row)
            return True
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_row(row, row - 1 if key == Qt.Key.Key_Up else row + 1)
            return True
        return False

    def add_at(self, row: int) -> None:
        self.binding.insert(row)
        self.setCurrentCell(row, 0)
        item = self.item(row, 0)
        if item is not None:
            self.editItem(item)

    def remove_row(self, row: int) -> None:
        self.binding.remove(row)
        self.setCurrentCell(min(row, self.rowCount() - 1), max(self.currentColumn(), 0))

    def move_row(self, row: int, new_row: int) -> None:
        if 0 <= new_row < self.rowCount():
            column = max(self.currentColumn(), 0)
            self.binding.move_within(row, new_row)
            self.setCurrentCell(new_row, column)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            row = self.rowAt(event.pos().y())  # in the viewport, where the click was
            if row >= 0:
                self.setCurrentCell(row, max(self.columnAt(event.pos().x()), 0))
        else:
            row = self.currentRow()
        actions = ListActions(self.add_at, self.remove_row, self.move_row, self.rowCount)
        list_menu(self, row, actions).popup(event.globalPos())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            # The stretched Text column takes its new width only after this event.
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """Show every row with its wrapped text: the form scrolls, not the table."""
        self.resizeRowsToContents()
        for row in range(self.rowCount()):
            self.setRowHeight(row, self.rowHeight(row) + 8)  # breathing room, as in the lists
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        minimum = self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height()
            + max(rows, minimum)
            + 2 * self.frameWidth()
            + 2
        )


class InitiativesTable(QWidget):
    """The initiatives of a purpose section, with Add and Remove buttons."""

    def __init__(
        self, session: DocumentSession, section: PurposeSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.section = section
        self.binding = ListBinding(
            session, section, f.INITIATIVES, text_field=f.INITIATIVE_TEXT, factory=Initiative
        )
        self.grid = InitiativeGrid(self.binding, self)
        self.cells = MarkedCells(self.grid)
        self.grid.setItemDelegate(self.cells)
        self.grid.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Text")])
        self.grid.itemChanged.connect(self._cell_edited)
        self.add_button = QPushButton(self.tr("Add initiative"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove initiative"))
        self.add_button.clicked.connect(lambda: self.grid.add_at(len(self.binding)))
        self.remove_button.clicked.connect(self._remove_current)
        above_buttons(self, self.grid, self.add_button, self.remove_button)
        session.changed.connect(self._on_changed)
        self.refresh()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.grid.setAccessibleName(name)

    def highlight(self, cells: dict[tuple[int, int], Sequence[Mark]]) -> None:
        """Mark spans of cells' texts without changing them (the readability aid), by row
        and column (:data:`COLUMNS`); an empty dict clears them."""
        self.cells.marks = dict(cells)
        self.grid.viewport().update()

    def _shown(self, row: int, column: int) -> str | None:
        cell = self.grid.item(row, column)
        return None if cell is None else cell.text()

    def refresh(self) -> None:
        """Show the model's initiatives: cells that differ from the model get its text."""
        initiatives = self.binding.elements()
        self.grid.setRowCount(len(initiatives))
        for row, initiative in enumerate(initiatives):
            for column, field in enumerate(COLUMNS):
                value = field.get(initiative)
                if self._shown(row, column) != value:
                    self.grid.setItem(row, column, QTableWidgetItem(value))
        self.grid.fit()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """A cell was edited, or filled from the model (then it shows the model: no edit)."""
        initiatives = self.binding.elements()
        row, column = item.row(), item.column()
        if not (0 <= row < len(initiatives) and 0 <= column < len(COLUMNS)):
            return
        initiative, field = initiatives[row], COLUMNS[column]
        if field.get(initiative) != item.text() and not self.session.set_value(
            field, initiative, item.text()
        ):
            item.setText(field.get(initiative))  # refused: show the model's text again
        self.grid.fit()

    def _remove_current(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.remove_row(row)
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, change: Change) -> None:
        if change.touches(self.section) or any(self.binding.row_of(n) >= 0 for n in change.nodes):
            self.refresh()
