"""The library's rows as a table: one row per description, sortable and filtered.

:class:`LibraryModel` shows :class:`LibraryRow` values (a scan's row with what the window
knows beyond the disk: the facts of an open document, unsaved changes, the round's changes).
Each cell has a sort key (:data:`SORT_ROLE`), so the :class:`LibraryFilter` proxy sorts dates,
numbers and places as what they are; it filters by any text shown and by a few questions
(due for revision, changed, with warnings, unsaved).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from os2editor.gui.texts import message_text, problem_text
from os2editor.gui.views.widgets.plain_text import tooltip

if TYPE_CHECKING:
    from os2editor.library import RoleChanges, Row
    from os2editor.library.facts import PageFacts

ROW_ROLE = Qt.ItemDataRole.UserRole  # the LibraryRow of the table's row
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    PARENT = 1
    ORDER = 2
    HOURS = 3
    LAST_REVISED = 4
    APPROVED_BY = 5
    NEXT_REVISION = 6
    CHANGED = 7
    WARNINGS = 8
    ROUND = 9


class Show(StrEnum):
    """Which rows the filter lets through besides the text."""

    ALL = "all"
    DUE = "due"
    CHANGED = "changed"
    WARNINGS = "warnings"
    UNSAVED = "unsaved"


@dataclass(frozen=True)
class LibraryRow:
    """A row as the window shows it: the scan's, with the facts and title of the open
    document when there is one (what the user has changed shows at once), and the round."""

    row: Row
    title: str
    facts: PageFacts | None
    unsaved: bool = False
    round: RoleChanges | None = None
    due: bool = False

    @property
    def path(self) -> Path:
        return self.row.path


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 6)


class LibraryModel(QAbstractTableModel):
    """The rows of the descriptions (or of the other pages) of a library."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []
        self.round_name = ""

    # -- filling ---------------------------------------------------------------------------------

    def set_rows(self, rows: list[LibraryRow], round_name: str = "") -> None:
        """Show ``rows``; when the same files are listed in the same order only the cells
        change (the selection and the scroll stay)."""
        same = [r.path for r in rows] == [r.path for r in self.rows]
        header_changed = round_name != self.round_name
        self.round_name = round_name
        if same and rows:
            self.rows = rows
            last = self.index(len(rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        if header_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.ROUND, Column.ROUND)

    def row_of(self, path: Path) -> int:
        return next((i for i, row in enumerate(self.rows) if row.path == path), -1)

    # -- Qt's model --------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CHANGED:
            return self.tr("Changed since its last approval (git)")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            Column.TITLE: self.tr("Title"), Column.PARENT: self.tr("Parent"),
            Column.ORDER: self.tr("Order"), Column.HOURS: self.tr("Hours"),
            Column.LAST_REVISED: self.tr("Last revised"),
            Column.APPROVED_BY: self.tr("Approved by"),
            Column.NEXT_REVISION: self.tr("Next revision"),
            Column.CHANGED: self.tr("Changed"),
            Column.WARNINGS: self.tr("Warnings"),
            Column.ROUND: self.tr("Since {baseline}").format(baseline=self.round_name),
        }
        return names.get(Column(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.NEXT_REVISION and row.due:
            return QBrush(_overdue_colour())
        if role == Qt.ItemDataRole.FontRole and (
                (column is Column.NEXT_REVISION and row.due)
                or (column is Column.TITLE and row.unsaved)):
            font = QFont()
            font.setBold(column is Column.NEXT_REVISION)
            font.setItalic(column is Column.TITLE)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                Column.ORDER, Column.HOURS, Column.WARNINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: LibraryRow, column: Column) -> str:
        facts = row.facts
        if column is Column.TITLE:
            return row.title + (" ●" if row.unsaved else "")
        if facts is None:
            return ""
        if column is Column.PARENT:
            return facts.parent or ""
        if column is Column.ORDER:
            return _number(facts.nav_order)
        if column is Column.HOURS:
            return _number(row.row.weekly_hours)
        if column is Column.LAST_REVISED:
            return _date(facts.last_revised)
        if column is Column.APPROVED_BY:
            return facts.approved_by or ""
        if column is Column.NEXT_REVISION:
            shown = _date(facts.next_revision)
            return self.tr("{date} (due)").format(date=shown) if row.due else shown
        if column is Column.CHANGED:
            changed = row.row.changed
            if changed is None:
                return self.tr("not approved")
            return self.tr("Yes") if changed else self.tr("No")
        if column is Column.WARNINGS:
            return str(row.row.warnings) if row.row.warnings else ""
        return self._round_text(row.round)

    def _round_text(self, changes: RoleChanges | None) -> str:
        from os2editor.library import Status
        from os2editor.revision.changes import ChangeKind

        if changes is None:
            return ""
        status = {Status.CHANGED: self.tr("Changed"), Status.UNCHANGED: self.tr("Unchanged"),
                  Status.NEW: self.tr("New"), Status.REMOVED: self.tr("Removed")}[changes.status]
        if changes.status is Status.UNCHANGED:
            return status
        count = changes.tasks
        words = {
            ChangeKind.ADDED: self.tr("%n task(s) added", "", count(ChangeKind.ADDED)),
            ChangeKind.REMOVED: self.tr("%n task(s) removed", "", count(ChangeKind.REMOVED)),
            ChangeKind.EDITED: self.tr("%n task(s) edited", "", count(ChangeKind.EDITED)),
            ChangeKind.MOVED: self.tr("%n task(s) moved", "", count(ChangeKind.MOVED)),
        }
        parts = [words[kind] for kind in words if count(kind)]
        text = status + (": " + ", ".join(parts) if parts else "")
        then, now = changes.hours
        if then != now:
            text += " · " + self.tr("hours {then} → {now}").format(
                then=_number(then) or "–", now=_number(now) or "–")
        return text

    def _tooltip(self, row: LibraryRow, column: Column) -> str | None:
        if column is Column.TITLE:
            tip = row.row.name
            return tooltip(tip + "\n" + self.tr("Unsaved changes") if row.unsaved else tip)
        if column is Column.NEXT_REVISION and row.due:
            return self.tr("Due for revision")
        if column is Column.CHANGED and row.row.changed is None:
            return self.tr("No approval of this file is recorded in git")
        if column is Column.WARNINGS and row.row.warnings:
            lines = [f"{p.line}: {problem_text(p)}" for p in row.row.problems]
            lines += [f"{f.line}: {message_text(f.message)}" for f in row.row.findings
                      if not f.note]
            return tooltip("\n".join(lines))
        return None


def _overdue_colour() -> QColor:
    """Red that reads on the light and on the dark palette (the one colour the library adds)."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(255, 110, 100) if base.lightness() < 128 else QColor(180, 0, 0)


def _sort_key(row: LibraryRow, column: Column) -> Any:
    """What a column sorts by: dates as dates, numbers as numbers, empty cells last, and the
    site's place (parent, then nav_order) for the order."""
    facts = row.facts
    title = row.title.casefold()
    if column is Column.TITLE:
        return title
    if column in (Column.PARENT, Column.ORDER):
        parent = (facts.parent or "").casefold() if facts is not None else ""
        order = facts.nav_order if facts is not None else None
        return f"{parent}\x00{_ordinal(order)}\x00{title}"
    values: dict[Column, Any] = {
        Column.HOURS: row.row.weekly_hours,
        Column.LAST_REVISED: facts.last_revised if facts else None,
        Column.APPROVED_BY: (facts.approved_by or "").casefold() if facts else None,
        Column.NEXT_REVISION: facts.next_revision if facts else None,
        Column.CHANGED: row.row.changed,
        Column.WARNINGS: row.row.warnings,
        Column.ROUND: _round_order(row.round),
    }
    value = values.get(column)
    if value is None or value == "":
        return "\x7f"  # after every text: empty cells last
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "0" if value else "1"
    if isinstance(value, int | float):
        return _ordinal(value)
    return str(value)


def _ordinal(number: float | None) -> str:
    """A number as text that sorts as the number (QVariant compares mixed types badly)."""
    if number is None:
        return "~"
    return f"{number + 1e9:020.6f}"


def _round_order(changes: RoleChanges | None) -> str | None:
    if changes is None:
        return None
    from os2editor.library import Status

    rank = {Status.CHANGED: 0, Status.NEW: 1, Status.REMOVED: 2, Status.UNCHANGED: 3}
    return f"{rank[changes.status]}{-len(changes.changes) + 100000:08d}"


class LibraryFilter(QSortFilterProxyModel):
    """Sorts by each column's key and lets through the rows that match the text and
    :class:`Show`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show = Show.ALL
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_show(self, show: Show) -> None:
        # beginFilterChange came with Qt 6.9 and deprecates the older call; both are supported.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
            self.show = show
            self.endFilterChange()
        else:
            self.show = show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if not isinstance(row, LibraryRow) or not _shown(row, self.show):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def _shown(row: LibraryRow, show: Show) -> bool:
    if show is Show.DUE:
        return row.due
    if show is Show.CHANGED:
        return bool(row.row.changed) or (row.round is not None and row.round.changed)
    if show is Show.WARNINGS:
        return row.row.warnings > 0
    if show is Show.UNSAVED:
        return row.unsaved
    return True
