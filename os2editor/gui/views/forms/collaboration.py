"""ListSectionForm: a section that is prose around one list (collaboration, qualifications)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.base import Form
from os2editor.model import ListSection
from os2editor.model import fields as f


class ListSectionForm(Form):
    """Heading, optional text before and after, and the list of items."""

    def __init__(
        self, session: DocumentSession, section: ListSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.section = section
        self.part = getattr(section, "kind", None)
        self.add_title(self.caption())
        self.add_heading_field(section)
        self.add_text(section, f.INTRO, self.tr("Text before the list"), min_lines=1)
        self.add_extras()
        self.items_editor = self.add_list(section, f.LIST_ITEMS, self.items_label())
        self.add_outro(section, f.OUTRO, self.tr("Text after the list"), lambda: section.items)
        self.finish()

    def caption(self) -> str:
        return self.tr("List section")

    def items_label(self) -> str:
        return self.tr("&Items")

    def add_extras(self) -> None:
        """Fields between the introduction and the list (the weekly hours, for conditions)."""


class CollaborationForm(ListSectionForm):
    """Samarbejdsrelationer: who the role works with."""

    def caption(self) -> str:
        return self.tr("Collaboration")

    def items_label(self) -> str:
        return self.tr("&Relations")
