"""MoscowBoard: the tasks of a TasksSection as MUST / SHOULD / COULD (/ WON'T) columns.

Each column is a ListEditor over one priority's group, so editing, Enter, Delete, Alt+Up/Down,
the context menu and dragging work as in every other list; drops between columns, Alt+Left/Right
and "Move to ..." are one move each, so one undo step. Each column's title shows how many tasks
it holds and its share of the planned ones (DSDM: MUST at most 60%), always as the lists hold
them now. Columns side by side line up (one height, Add buttons level); a board too narrow for
them side by side puts them two by two, or one under the other, so task text stays readable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.places import MARK
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.plain_text import tooltip
from os2editor.model import Priority, SectionKind, TasksSection
from os2editor.model import fields as f
from os2editor.writing.balance import shares
from os2editor.writing.template import hint

ORDER = (Priority.MUST, Priority.SHOULD, Priority.COULD, Priority.WONT)
SPACING = 12
READABLE_CHARACTERS = 18  # a column narrower than this many characters breaks most words
Entry = tuple[str, Callable[[], None]]  # a context menu entry: its text and what it does


class MoscowColumn(QWidget):
    """One priority: a title with the count and share (the document's heading as tooltip) and
    its list."""

    def __init__(
        self,
        session: DocumentSession,
        tasks: TasksSection,
        priority: Priority,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.priority = priority
        self.group = tasks.group(priority)
        self.marked = False  # changed since the baseline (revision mode)
        self.share: float | None = None
        self._shown: tuple[str, str] = ("", "")  # the title and heading last shown
        self.editor = ListEditor(
            session, self.group, f.GROUP_ITEMS, self, add_text=self.tr("Add task"),
            remove_text=self.tr("Remove"), hint=hint(SectionKind.TASKS, f.ITEM_TEXT, priority)
            or "", compact=True,
        )
        self.title = QLabel(self)
        self.title.setBuddy(self.editor.view)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)
        self.editor.count_changed.connect(lambda _count: self.update_title())
        self.update_title()

    def set_marked(self, marked: bool) -> None:
        self.marked = marked
        self.update_title()

    def set_share(self, share: float | None) -> None:
        if share != self.share:
            self.share = share
            self.update_title()

    def percent(self) -> str:
        return self.tr("{percent}%").format(percent=self.locale().toString(
            round(100 * (self.share or 0.0))))

    def update_title(self) -> None:
        """The title always shows the count the list holds now (and the mark, if any)."""
        count = self.editor.count()
        name = self.priority.value
        if self.share is None:
            title = self.tr("{name} · {count}").format(name=name, count=count)
        else:
            title = self.tr("{name} · {count} ({share})").format(
                name=name, count=count, share=self.percent())
        title = MARK + title if self.marked else title
        heading = self.tasks.heading_for(self.priority)
        if (title, heading) == self._shown:
            return  # typing in a task: nothing here changed (this runs at every keystroke)
        self._shown = (title, heading)
        self.title.setText(title)
        about = heading
        if self.share is not None:
            about += "\n" + self.tr("{share} of the planned tasks (MUST, SHOULD and COULD)").format(
                share=self.percent())
        self.title.setToolTip(tooltip(about))
        self.editor.view.setToolTip(tooltip(about))
        self.editor.setAccessibleName(self.tr("{name} tasks").format(name=name))
        self.editor.view.setAccessibleDescription(about)


class MoscowBoard(QWidget):
    """MUST, SHOULD and COULD side by side; WON'T when it is used or asked for."""

    def __init__(
        self, session: DocumentSession, tasks: TasksSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.columns = {p: MoscowColumn(session, tasks, p, self) for p in ORDER}
        self.per_row = 0  # columns side by side, as last arranged
        self.show_wont = QPushButton(self.tr("Show WON'T"), self)
        self.show_wont.setCheckable(True)
        self.show_wont.setAccessibleName(self.tr("Show WON'T column"))
        self.show_wont.toggled.connect(self.update_wont)
        hint_label = QLabel(self.tr("Alt+Left/Right moves a task to the next priority."), self)
        hint_label.setWordWrap(True)
        hint_label.setEnabled(False)  # a quiet hint, greyed by the platform style
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(SPACING)
        for column in self.columns.values():
            editor = column.editor
            editor.cross_move_requested.connect(
                lambda r, step, p=column.priority: self.move_across(p, r, step)
            )
            editor.count_changed.connect(lambda _count: self.update_wont())
            editor.more_actions = self._moves_for(column.priority)
            editor.view.focused.connect(lambda p=column.priority: self._focus_moved_to(p))
            editor.view.natural_height_changed.connect(lambda _h: self.align_heights())
        footer = QHBoxLayout()
        footer.addWidget(hint_label, 1)
        footer.addWidget(self.show_wont, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(footer)
        # However the columns stand, the board never asks the form to be wider than one of
        # them (a wider minimum would cut the form off instead of re-arranging the board).
        self.setMinimumWidth(self.column_width())
        session.changed.connect(self._on_changed)
        self.update_titles()
        self.update_wont()
        self.arrange()

    def column(self, priority: Priority) -> MoscowColumn:
        return self.columns[priority]

    def visible_columns(self) -> list[MoscowColumn]:
        return [c for c in self.columns.values() if not c.isHidden()]

    # Following the document.

    def wont_in_use(self) -> bool:
        group = self.tasks.group(Priority.WONT)
        return bool(group.items) or group.heading is not None

    def update_wont(self) -> None:
        in_use = self.wont_in_use()
        shown = in_use or self.show_wont.isChecked()
        wont = self.columns[Priority.WONT]
        if wont.isHidden() == shown:
            wont.setVisible(shown)
            self.arrange()
        # Once WON'T holds tasks the column cannot be hidden, so the button has nothing to do.
        self.show_wont.setVisible(not in_use)
        self.show_wont.setText(self.tr("Hide WON'T") if shown else self.tr("Show WON'T"))

    def update_titles(self) -> None:
        """Each column's count and share, as the lists hold them now."""
        planned = shares(self.tasks)
        anything = any(planned.values())  # with no task planned yet, no share says anything
        for priority, column in self.columns.items():
            column.set_share(planned.get(priority) if anything else None)
            column.update_title()  # the count or the document's heading may have changed

    def _on_changed(self, change: Change) -> None:
        groups = [column.group for column in self.columns.values()]
        touched = any(change.touches(group) for group in groups) or any(
            item is node for node in change.nodes for group in groups for item in group.items
        )
        if touched:
            self.update_titles()
            self.update_wont()

    # Moving tasks between priorities.

    def move_across(self, priority: Priority, row: int, step: int) -> None:
        """Move the task at ``row`` of ``priority`` to the neighbouring priority."""
        position = ORDER.index(priority) + step
        if not 0 <= position < len(ORDER):
            return
        # The same row (clamped) keeps the task level with where it was, so Left then Right
        # puts it back exactly.
        target = self.columns[ORDER[position]]
        self._move(priority, row, ORDER[position], min(row, target.editor.count()))

    def move_to(self, priority: Priority, row: int, to: Priority) -> None:
        """Move the task at ``row`` of ``priority`` to the end of ``to``."""
        self._move(priority, row, to, self.columns[to].editor.count())

    def _move(self, priority: Priority, row: int, to: Priority, new_row: int) -> None:
        source = self.columns[priority].editor
        target = self.columns[to]
        source.binding.move_to(row, target.editor.binding, new_row)
        if target.isHidden():
            target.setVisible(True)
            self.arrange()
        target.editor.select_row(new_row)
        target.editor.view.setFocus()

    def _moves_for(self, priority: Priority) -> Callable[[int], list[Entry]]:
        """The context menu's "Move to ..." entries for a task of ``priority``."""

        def moves(row: int) -> list[Entry]:
            return [(self.tr("Move to {name}").format(name=to.value),
                     self._mover(priority, row, to)) for to in ORDER if to is not priority]

        return moves

    def _mover(self, priority: Priority, row: int, to: Priority) -> Callable[[], None]:
        return lambda: self.move_to(priority, row, to)

    # Focus: only the column the keys act on shows a chosen task.

    def _focus_moved_to(self, priority: Priority) -> None:
        for other, column in self.columns.items():
            if other is not priority:
                selection = column.editor.view.selectionModel()
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)

    # Arrangement.

    def column_width(self) -> int:
        """The narrowest a column may be: room for its buttons and for a readable line."""
        readable = self.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
        buttons = max(c.editor.minimumSizeHint().width() for c in self.columns.values())
        return max(readable, buttons)

    def columns_per_row(self, width: int) -> int:
        count = len(self.visible_columns())
        needed = self.column_width()
        for per_row in (count, 2 if count == 4 else 0, 1):
            if per_row and per_row * needed + (per_row - 1) * SPACING <= width:
                return per_row
        return 1

    def arrange(self) -> None:
        """Put the shown columns side by side, two by two or one under another, as fits."""
        per_row = self.columns_per_row(self.width())
        visible = self.visible_columns()
        for column in self.columns.values():
            self.grid.removeWidget(column)
        for number, column in enumerate(visible):
            self.grid.addWidget(column, number // per_row, number % per_row,
                                Qt.AlignmentFlag.AlignTop)
        for place in range(len(ORDER)):
            self.grid.setColumnStretch(place, 1 if place < per_row else 0)
        self.per_row = per_row
        self.align_heights()

    def align_heights(self) -> None:
        """Columns side by side get one list height, so their Add buttons line up."""
        visible = self.visible_columns()
        per_row = max(self.per_row, 1)
        for start in range(0, len(visible), per_row):
            band = visible[start : start + per_row]
            tallest = max(c.editor.view.natural_height for c in band) if per_row > 1 else 0
            for column in band:
                column.editor.view.set_floor(tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.columns_per_row(event.size().width()) != self.per_row:
            self.arrange()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.minimumWidth(), hint.height())
