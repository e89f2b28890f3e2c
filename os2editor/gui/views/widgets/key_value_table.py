"""The front matter keys the form has no own field for, as an editable key/value table.

The table renders the model's keys; each cell edit is one edit of one key (``SetEntry``):
a new value, or a new name in the same place. Values are shown as YAML-ish text; a value the
user did not touch stays the very object it was (so its YAML type and formatting survive), an
edited one is read as true/false, a whole number, or else text. Lists and mappings are shown
but not editable.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from os2editor.edits import Batch, Change, SetEntry
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.framing import FocusFrame, above_buttons
from os2editor.model import FrontMatter

_INT = re.compile(r"^-?\d+$")
NEW_KEY = "new_key"  # a YAML key (the user's data, not interface text), renamed in place


def value_text(value: Any) -> str:
    """How a front matter value reads in the table."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_value(text: str) -> Any:
    """The value for text the user typed."""
    stripped = text.strip()
    if stripped in ("true", "false"):
        return stripped == "true"
    if _INT.match(stripped):
        return int(stripped)
    return text


def _editable(value: Any) -> bool:
    return not isinstance(value, (dict, list, tuple))


class FramedTable(FocusFrame, QTableWidget):
    """A table that shows when it has the focus."""


class KeyValueTable(QWidget):
    """The ``extra`` keys of the front matter as rows of key and value."""

    def __init__(
        self, session: DocumentSession, front: FrontMatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.front = front
        self.table = FramedTable(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 180)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self._cell_edited)
        self.add_button = QPushButton(self.tr("Add key"), self)
        self.remove_button = QPushButton(self.tr("Remove key"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        above_buttons(self, self.table, self.add_button, self.remove_button)
        session.changed.connect(self._on_changed)
        self.refresh()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    def entries(self) -> list[tuple[str, Any]]:
        """The keys and values in the model, in file order."""
        return list(self.front.extra.items())

    def refresh(self) -> None:
        """Show the model's keys: cells that differ from the model get its text."""
        entries = self.entries()
        self.table.setRowCount(len(entries))
        for row, (key, value) in enumerate(entries):
            self._show(row, 0, str(key), editable=True)
            self._show(row, 1, value_text(value), editable=_editable(value))
        self._fit()

    def _show(self, row: int, column: int, text: str, *, editable: bool) -> None:
        cell = self.table.item(row, column)
        if cell is not None and cell.text() == text:
            return
        cell = QTableWidgetItem(text)
        if not editable:
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setToolTip(self.tr("Lists and nested keys are kept as written."))
        self.table.setItem(row, column, cell)

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        """A cell was edited, or filled from the model (then it shows the model: no edit)."""
        entries = self.entries()
        row = cell.row()
        if not 0 <= row < len(entries):
            return
        key, value = entries[row]
        if cell.column() == 0:
            self._rename(row, key, value, cell.text().strip())
        elif cell.text() != value_text(value):
            self.session.apply(SetEntry(self.front, key, parse_value(cell.text())))

    def _rename(self, row: int, key: str, value: Any, new: str) -> None:
        if new == key:
            return
        if not new or new in self.front.extra:
            self.refresh()  # a key must be named, and only once: show the model's name again
            return
        self.session.apply(Batch((SetEntry(self.front, key, None),
                                  SetEntry(self.front, new, value, row))))

    def add_row(self) -> None:
        """Add a key with an empty value at the end, and open its name for editing."""
        taken = set(self.front.extra)
        key = next(name for number in range(1, len(taken) + 2)
                   if (name := NEW_KEY if number == 1 else f"{NEW_KEY}_{number}") not in taken)
        self.session.apply(SetEntry(self.front, key, ""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        key_cell = self.table.item(row, 0)
        if key_cell is not None:
            self.table.editItem(key_cell)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        entries = self.entries()
        if 0 <= row < len(entries):
            self.session.apply(SetEntry(self.front, entries[row][0], None))

    def _on_changed(self, change: Change) -> None:
        if change.touches(self.front):
            self.refresh()

    def _fit(self) -> None:
        """Show every row: the form scrolls, not the table."""
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(
            header + max(rows, self.table.verticalHeader().defaultSectionSize()) + 4
        )
