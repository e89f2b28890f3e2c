"""The front matter keys the form has no own field for, as an editable key/value table.

Values are shown as YAML-ish text. A value the user did not touch is written back as the
very object it was (so its YAML type and formatting survive); an edited one is read as
true/false, a whole number, or else text. Lists and mappings are shown but not editable.
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

from os2editor.gui.commands import SetField
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.framing import above_buttons

_INT = re.compile(r"^-?\d+$")


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


class KeyValueTable(QWidget):
    """``owner.field`` (a dict) as rows of key and value; each edit is one SetField."""

    def __init__(
        self, session: DocumentSession, owner: object, field: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.owner = owner
        self.field = field
        self.table = QTableWidget(0, 2, self)
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
        self._filling = False
        session.changed.connect(self._on_changed)
        self.refresh()
        self._fit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    def mapping(self) -> dict[str, Any]:
        value: dict[str, Any] = getattr(self.owner, self.field)
        return value

    def refresh(self) -> None:
        if self._rows_as_dict() == self.mapping() and self.table.rowCount() >= len(self.mapping()):
            return
        self._filling = True
        self.table.setRowCount(0)
        for key, value in self.mapping().items():
            self._append(str(key), value)
        self._filling = False
        self._fit()

    def _append(self, key: str, value: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        key_item = QTableWidgetItem(key)
        value_item = QTableWidgetItem(value_text(value))
        value_item.setData(Qt.ItemDataRole.UserRole, (value,))  # the original, kept if untouched
        if not _editable(value):
            value_item.setFlags(value_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value_item.setToolTip(self.tr("Lists and nested keys are kept as written."))
        self.table.setItem(row, 0, key_item)
        self.table.setItem(row, 1, value_item)

    def _rows_as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            if key_item is None or value_item is None or not key_item.text().strip():
                continue
            original = value_item.data(Qt.ItemDataRole.UserRole)
            text = value_item.text()
            if original and value_text(original[0]) == text:
                result[key_item.text().strip()] = original[0]
            else:
                result[key_item.text().strip()] = parse_value(text)
        return result

    def _cell_edited(self, _item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._push(self._rows_as_dict())

    def _push(self, mapping: dict[str, Any]) -> None:
        if mapping != self.mapping() or list(mapping) != list(self.mapping()):
            label = self.tr("Edit front matter")
            self.session.push(SetField(self.session, self.owner, self.field, mapping, label=label))

    def add_row(self) -> None:
        self._filling = True
        self._append("", "")
        self._filling = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        key_item = self.table.item(row, 0)
        if key_item is not None:
            self.table.editItem(key_item)
        self._fit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self._filling = True
        self.table.removeRow(row)
        self._filling = False
        self._push(self._rows_as_dict())
        self._fit()

    def _on_changed(self, node: object) -> None:
        if node is None or node is self.owner:
            self.refresh()

    def _fit(self) -> None:
        """Show every row: the form scrolls, not the table."""
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(
            header + max(rows, self.table.verticalHeader().defaultSectionSize()) + 4
        )
