"""MoscowBoard: the tasks of a TasksSection as MUST / SHOULD / COULD (/ WON'T) columns.

Each column is a ListEditor over one priority's group, so editing, Enter, Delete, Alt+Up/Down
and dragging work as in every other list; drops between columns and Alt+Left/Right are one
move each, so one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.places import MARK
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.model import Priority, TasksSection
from os2editor.model import fields as f

ORDER = (Priority.MUST, Priority.SHOULD, Priority.COULD, Priority.WONT)


class MoscowColumn(QWidget):
    """One priority: a title with the count (the document's heading as tooltip) and its list."""

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
        self.editor = ListEditor(
            session, self.group, f.GROUP_ITEMS, self, add_text=self.tr("Add task")
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
        self.editor.count_changed.connect(self.update_title)
        self.update_title()

    def set_marked(self, marked: bool) -> None:
        self.marked = marked
        self.update_title()

    def update_title(self) -> None:
        """The title always shows the count the list holds now (and the mark, if any)."""
        count = self.editor.count()
        name = self.priority.value
        title = self.tr("{name} ({count})").format(name=name, count=count)
        self.title.setText(MARK + title if self.marked else title)
        heading = self.tasks.heading_for(self.priority)
        self.title.setToolTip(heading)
        self.editor.view.setToolTip(heading)
        self.editor.setAccessibleName(self.tr("{name} tasks").format(name=name))
        self.editor.view.setAccessibleDescription(heading)


class MoscowBoard(QWidget):
    """MUST, SHOULD and COULD side by side; WON'T when it is used or asked for."""

    def __init__(
        self, session: DocumentSession, tasks: TasksSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.columns = {p: MoscowColumn(session, tasks, p, self) for p in ORDER}
        self.show_wont = QPushButton(self.tr("Show WON'T"), self)
        self.show_wont.setCheckable(True)
        self.show_wont.setAccessibleName(self.tr("Show WON'T column"))
        self.show_wont.toggled.connect(self.update_wont)
        hint = QLabel(self.tr("Alt+Left/Right moves a task to the next priority."), self)
        hint.setEnabled(False)  # a quiet hint, greyed by the platform style
        row = QHBoxLayout()
        row.setSpacing(12)
        for column in self.columns.values():
            # Top-aligned: a short column stays short instead of stretching to its neighbour.
            row.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
            column.editor.cross_move_requested.connect(
                lambda r, step, p=column.priority: self.move_across(p, r, step)
            )
            column.editor.count_changed.connect(lambda _count: self.update_wont())
        footer = QHBoxLayout()
        footer.addWidget(hint)
        footer.addStretch(1)
        footer.addWidget(self.show_wont)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(footer)
        session.changed.connect(self._on_changed)
        self.update_wont()

    def column(self, priority: Priority) -> MoscowColumn:
        return self.columns[priority]

    def wont_in_use(self) -> bool:
        group = self.tasks.group(Priority.WONT)
        return bool(group.items) or group.heading is not None

    def update_wont(self) -> None:
        in_use = self.wont_in_use()
        self.columns[Priority.WONT].setVisible(in_use or self.show_wont.isChecked())
        # Once WON'T holds tasks the column cannot be hidden, so the button has nothing to do.
        self.show_wont.setVisible(not in_use)

    def _on_changed(self, change: Change) -> None:
        if any(change.touches(column.group) for column in self.columns.values()):
            for column in self.columns.values():
                column.update_title()
            self.update_wont()

    def move_across(self, priority: Priority, row: int, step: int) -> None:
        """Move the task at ``row`` of ``priority`` to the neighbouring priority."""
        position = ORDER.index(priority) + step
        if not 0 <= position < len(ORDER):
            return
        source = self.columns[priority].editor
        target = self.columns[ORDER[position]]
        # The same row (clamped) keeps the task level with where it was, so Left then Right
        # puts it back exactly.
        new_row = min(row, target.editor.count())
        source.binding.move_to(row, target.editor.binding, new_row)
        target.setVisible(True)
        target.editor.select_row(new_row)
        target.editor.view.setFocus()
