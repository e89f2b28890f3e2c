"""TasksForm: the intro prose (with the MoSCoW legend), the MoSCoW board, and the groups'
own headings and notes as the document writes them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.board import MoscowBoard
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.places import Place
from os2editor.gui.views.widgets.text_field import LineField, TextField, text_or_none
from os2editor.model import Priority, TasksSection
from os2editor.model import fields as f


class TasksForm(Form):
    """Arbejdsopgaver og prioritering."""

    def __init__(
        self, session: DocumentSession, section: TasksSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.section = section
        self.part = section.kind
        self.add_title(self.tr("Tasks and priorities"))
        self.add_heading_field(section)
        self.add_text(section, f.TASKS_INTRO, self.tr("&Introduction"), min_lines=3)
        self.board = MoscowBoard(session, section, self.body)
        self.column.addSpacing(10)
        self.column.addWidget(self.board)
        for column in self.board.columns.values():
            self.register(column.group, f.GROUP_ITEMS, column.editor, column.title,
                          marker=column.set_marked)
        self._add_group_texts(section)
        self.finish()

    def _add_group_texts(self, section: TasksSection) -> None:
        """Each group's heading wording, and its note where the document has one."""
        for priority in Priority:
            name = priority.value
            if priority is Priority.WONT and not self.board.wont_in_use():
                continue
            group = section.group(priority)
            heading = LineField(
                self.session, group, f.GROUP_HEADING, self.body, to_model=text_or_none
            )
            heading.setPlaceholderText(name)
            label = self.tr("{name} group heading").format(name=name)
            self.add_field(group, f.GROUP_HEADING, label, heading)
            if group.notes:
                note = TextField(self.session, group, f.GROUP_NOTES, self.body, min_lines=1)
                self.add_field(
                    group,
                    f.GROUP_NOTES,
                    self.tr("Text under the {name} heading").format(name=name),
                    note,
                )

    def heading_field(self, priority: Priority) -> LineField | None:
        widget = self.widget_at(self.section.group(priority), f.GROUP_HEADING)
        return widget if isinstance(widget, LineField) else None

    def _show_column_of(self, node: object) -> None:
        for column in self.board.columns.values():
            if column.group is node or any(item is node for item in column.group.items):
                column.setVisible(True)

    def focus(self, place: Place) -> bool:
        self._show_column_of(place.node)
        return super().focus(place)

    def focus_node(self, node: object) -> bool:
        self._show_column_of(node)
        return super().focus_node(node)
