"""TasksForm: the intro prose (with the MoSCoW legend), the MoSCoW board, and the groups'
own headings and notes as the document writes them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.forms.base import Form
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.list_editor import ListEditor
from os2editor.gui.widgets.moscow_board import MoscowBoard
from os2editor.gui.widgets.text_field import LineField, TextField
from os2editor.model import Priority, TasksSection


class TasksForm(Form):
    """Arbejdsopgaver og prioritering."""

    def __init__(
        self, session: DocumentSession, section_index: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, section_index, parent)
        section = self.section
        self.add_title(self.tr("Tasks and priorities"))
        self.add_heading_field(section)
        self.add_text(section, "intro", self.tr("&Introduction"), min_lines=3)
        self.board = MoscowBoard(session, section, self.body)
        self.column.addSpacing(10)
        self.column.addWidget(self.board)
        for priority in Priority:
            self.fields[priority.attr] = self.board.column(priority).editor
        self._add_group_texts(section)
        self.finish()

    def _add_group_texts(self, section: TasksSection) -> None:
        """Each group's heading wording, and its note where the document has one."""
        for priority in Priority:
            name = priority.value
            if priority is Priority.WONT and not self.board.wont_in_use():
                continue
            heading = LineField(
                self.session,
                section,
                "headings",
                self.body,
                label=self.tr("Edit group heading"),
                key=name,
            )
            heading.setPlaceholderText(name)
            label = self.tr("{name} group heading").format(name=name)
            self.add_field(f"headings.{name}", label, heading)
            if section.notes.get(name):
                note = TextField(
                    self.session,
                    section,
                    "notes",
                    self.body,
                    label=self.tr("Edit group note"),
                    min_lines=1,
                    key=name,
                )
                self.add_field(
                    f"notes.{name}",
                    self.tr("Text under the {name} heading").format(name=name),
                    note,
                )

    def refresh(self) -> None:
        super().refresh()
        self.board.refresh()

    def focus_field(self, field: str, index: int | None = None) -> None:
        widget = self.fields.get(field)
        if isinstance(widget, ListEditor):
            self.board.column(Priority[field.upper()]).setVisible(True)
        super().focus_field(field, index)
