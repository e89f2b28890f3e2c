"""ListSectionForm: a section that is prose around one list (collaboration, qualifications)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.forms.base import Form
from os2editor.gui.session import DocumentSession


class ListSectionForm(Form):
    """Heading, optional text before and after, and the list of items."""

    def __init__(
        self, session: DocumentSession, section_index: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, section_index, parent)
        section = self.section
        self.add_title(self.caption())
        self.add_heading_field(section)
        self.add_text(section, "intro", self.tr("Text before the list"), min_lines=1)
        self.items_editor = self.add_list(section, "items", self.items_label())
        self.add_text(section, "outro", self.tr("Text after the list"), min_lines=1)
        self.finish()

    def caption(self) -> str:
        return self.tr("List section")

    def items_label(self) -> str:
        return self.tr("&Items")


class CollaborationForm(ListSectionForm):
    """Samarbejdsrelationer: who the role works with."""

    def caption(self) -> str:
        return self.tr("Collaboration")

    def items_label(self) -> str:
        return self.tr("&Relations")
