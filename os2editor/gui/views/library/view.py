"""The library page: every description of a folder in one table, and the year's jobs on them.

```
 role_descriptions                                         Compared with: v2025 [Compare with…]
 7 descriptions · 2 due for revision · 3 with warnings
 [Filter…………………] [Show: all ▾]                        [Open] [Approve…] [Board pack…]
 ┌ Descriptions (7) │ Site order │ Find and replace │ Other pages (1) │ Unreadable (0) ┐
 │ Title │ Parent │ Order │ Hours │ Last revised │ Approved by │ Next revision │ …    │
 └──────────────────────────────────────────────────────────────────────────────────────┘
 3 descriptions have unsaved changes.                         [Save All] [Undo Replace …]
```

It lays out and reports what the user asks for; the library controller acts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from os2editor.gui.views.library.find_replace import FindReplacePanel
from os2editor.gui.views.library.site_order import SiteOrderPanel
from os2editor.gui.views.library.table import (
    ROW_ROLE,
    Column,
    LibraryFilter,
    LibraryModel,
    LibraryRow,
    Show,
)
from os2editor.gui.views.widgets.plain_text import tooltip

PAGE_COLUMNS = (Column.TITLE, Column.PARENT, Column.ORDER, Column.WARNINGS)


class RowTable(QTableView):
    """A sortable table of library rows; Enter or a double click opens the current row."""

    open_requested = Signal(list)  # paths

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = model
        self.filter = LibraryFilter(self)
        self.filter.setSourceModel(model)
        self.setModel(self.filter)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.ORDER, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # In the round, what changed since the baseline is read with the title: next to it.
        header.moveSection(header.visualIndex(Column.ROUND), Column.TITLE + 1)
        # Roomy rows, legible on a projector, as the parts list has them.
        self.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        self.activated.connect(lambda index: self.open_requested.emit([self.path_at(index.row())]))

    def path_at(self, proxy_row: int) -> Path:
        row = self.filter.index(proxy_row, 0).data(ROW_ROLE)
        assert isinstance(row, LibraryRow)
        return row.path

    def shown_paths(self) -> list[Path]:
        """The paths of the rows shown, in the order shown."""
        return [self.path_at(row) for row in range(self.filter.rowCount())]

    def chosen_paths(self) -> list[Path]:
        """The chosen rows' paths, in the order shown."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.path_at(row) for row in rows]

    def choose(self, paths: list[Path]) -> None:
        """Select the rows of ``paths`` (the first becomes current)."""
        selection = self.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for path in paths:
            source = self.rows.row_of(path)
            if source < 0:
                continue
            index = self.filter.mapFromSource(self.rows.index(source, 0))
            if not index.isValid():
                continue
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def fit_columns(self) -> None:
        """Columns as wide as their texts (the parent's name, the same in most rows, and the
        title at most 320 pixels: the rest of a row must fit a 1024-pixel screen)."""
        self.resizeColumnsToContents()
        for column, widest in ((Column.TITLE, 320), (Column.PARENT, 180)):
            self.setColumnWidth(column, min(self.columnWidth(column) + 12, widest))


class LibraryView(QWidget):
    """The page of one folder."""

    open_requested = Signal(list)  # paths of descriptions or pages to open
    approve_requested = Signal(list)  # paths of descriptions to approve
    pack_requested = Signal()
    baseline_requested = Signal()
    save_all_requested = Signal()
    undo_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_page")
        self.folder = folder
        self._build_header()
        self.roles = RowTable(LibraryModel(self), self)
        self.roles.setAccessibleName(self.tr("Descriptions"))
        self.roles.open_requested.connect(self.open_requested)
        self.pages = RowTable(LibraryModel(self), self)
        self.pages.setAccessibleName(self.tr("Other pages"))
        self.pages.open_requested.connect(self.open_requested)
        for column in Column:
            self.pages.setColumnHidden(column, column not in PAGE_COLUMNS)
        self.unreadable = QTreeWidget(self)
        self.unreadable.setHeaderLabels([self.tr("File"), self.tr("Why it cannot be read")])
        self.unreadable.setRootIsDecorated(False)
        self.unreadable.setAccessibleName(self.tr("Unreadable files"))
        self.site_order = SiteOrderPanel(self)
        self.find_replace = FindReplacePanel(self)
        self.sections = QTabWidget(self)
        self.sections.addTab(self.roles, "")
        self.sections.addTab(self.site_order, self.tr("Site order"))
        self.sections.addTab(self.find_replace, self.tr("Find and replace"))
        self.sections.addTab(self.pages, "")
        self.sections.addTab(self.unreadable, "")
        self._build_pending()
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addLayout(self.tools)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.pending)
        self.setFocusProxy(self.roles)
        self.show_counts(0, 0, 0)

    def _build_header(self) -> None:
        self.title = QLabel(self.folder.name, self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(tooltip(str(self.folder)))
        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.baseline = QLabel(self)
        self.baseline.setWordWrap(True)
        self.baseline.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.baseline_button = QPushButton(self.tr("&Compare with…"), self)
        self.baseline_button.clicked.connect(self.baseline_requested)
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.summary)
        self.header = QHBoxLayout()
        self.header.addLayout(names, 1)
        self.header.addWidget(self.baseline, 1)
        self.header.addWidget(self.baseline_button)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the rows"))
        self.filter.setAccessibleName(self.tr("Filter the rows"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.show_choice = QComboBox(self)
        self.show_choice.setAccessibleName(self.tr("Which rows to show"))
        for show, text in ((Show.ALL, self.tr("All")),
                           (Show.DUE, self.tr("Due for revision")),
                           (Show.CHANGED, self.tr("Changed")),
                           (Show.WARNINGS, self.tr("With warnings")),
                           (Show.UNSAVED, self.tr("With unsaved changes"))):
            self.show_choice.addItem(text, show.value)
        self.show_choice.currentIndexChanged.connect(self._show_changed)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.pack_button = QPushButton(self.tr("&Board pack…"), self)
        self.open_button.clicked.connect(self._open_chosen)
        self.approve_button.clicked.connect(
            lambda: self.approve_requested.emit(self.roles.chosen_paths()))
        self.pack_button.clicked.connect(self.pack_requested)
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.filter, 2)
        self.tools.addWidget(self.show_choice)
        self.tools.addStretch(1)
        for button in (self.open_button, self.approve_button, self.pack_button):
            self.tools.addWidget(button)

    def _build_pending(self) -> None:
        self.pending = QFrame(self)
        self.pending.setFrameShape(QFrame.Shape.StyledPanel)
        self.pending_text = QLabel(self.pending)
        self.save_all_button = QPushButton(self.tr("&Save All"), self.pending)
        self.undo_button = QPushButton(self.pending)
        self.save_all_button.clicked.connect(self.save_all_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        row = QHBoxLayout(self.pending)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.pending_text, 1)
        row.addWidget(self.save_all_button)
        row.addWidget(self.undo_button)
        self.pending.hide()

    # -- what the controller shows ----------------------------------------------------------------

    def show_rows(self, roles: list[LibraryRow], pages: list[LibraryRow],
                  unreadable: list[tuple[str, str]], round_name: str = "") -> None:
        first = not self.roles.rows.rows
        new_round = round_name != self.roles.rows.round_name
        self.roles.rows.set_rows(roles, round_name)
        self.pages.rows.set_rows(pages)
        self.unreadable.clear()
        for name, reason in unreadable:
            item = QTreeWidgetItem(self.unreadable, [name, reason])
            item.setToolTip(1, tooltip(reason))
        self.sections.setTabText(0, self.tr("Descriptions ({count})").format(count=len(roles)))
        self.sections.setTabText(3, self.tr("Other pages ({count})").format(count=len(pages)))
        self.sections.setTabText(4, self.tr("Unreadable ({count})").format(
            count=len(unreadable)))
        self.sections.setTabEnabled(4, bool(unreadable))
        self.roles.setColumnHidden(Column.ROUND, not round_name)
        if first and roles:
            self.roles.fit_columns()
            self.pages.fit_columns()
            self.roles.selectRow(0)
        if new_round and round_name:
            self.roles.resizeColumnToContents(Column.ROUND)
        self.unreadable.resizeColumnToContents(0)
        due = sum(1 for row in roles if row.due)
        warned = sum(1 for row in roles if row.row.warnings)
        self.show_counts(len(roles), due, warned)

    def show_counts(self, roles: int, due: int, warned: int) -> None:
        parts = [self.tr("%n description(s)", "", roles)]
        if due:
            parts.append(self.tr("%n is due for revision", "", due))
        if warned:
            parts.append(self.tr("%n has warnings", "", warned))
        self.summary.setText(" · ".join(parts))

    def show_git(self, available: bool, reason: str) -> None:
        """Without git (or outside a work tree) the git column goes and the round waits."""
        self.roles.setColumnHidden(Column.CHANGED, not available)
        self.baseline_button.setEnabled(available)
        self.baseline_button.setToolTip("" if available else reason)
        if not available:
            self.baseline.setText(self.tr("No git history: {reason}").format(reason=reason))

    def show_baseline(self, text: str) -> None:
        self.baseline.setText(text)

    def show_pending(self, unsaved: int, undo_text: str) -> None:
        """The line under the table: how many documents wait to be saved, and what Undo
        would take back."""
        self.pending_text.setText(
            self.tr("%n description(s) have unsaved changes.", "", unsaved) if unsaved else "")
        self.save_all_button.setVisible(unsaved > 0)
        self.undo_button.setVisible(bool(undo_text))
        self.undo_button.setText(self.tr("&Undo {action}").format(action=undo_text))
        self.pending.setVisible(unsaved > 0 or bool(undo_text))

    def show_problem(self, text: str) -> None:
        """The folder cannot be read (any more): say so over the table."""
        self.summary.setText(text)

    # -- what the user does ------------------------------------------------------------------------

    def _open_chosen(self) -> None:
        table = self.pages if self.sections.currentWidget() is self.pages else self.roles
        paths = table.chosen_paths()
        if paths:
            self.open_requested.emit(paths)

    def _filter_changed(self, text: str) -> None:
        for table in (self.roles, self.pages):
            table.filter.setFilterFixedString(text)

    def _show_changed(self, _index: int) -> None:
        self.roles.filter.set_show(Show(self.show_choice.currentData()))
