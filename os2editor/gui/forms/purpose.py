"""PurposeForm: the purpose prose and the strategic initiatives."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.forms.base import Form
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.initiatives_table import InitiativesTable


class PurposeForm(Form):
    """Formål med stillingen: text, the initiatives (label + text), and text after them."""

    def __init__(
        self, session: DocumentSession, section_index: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, section_index, parent)
        section = self.section
        self.add_title(self.tr("Purpose"))
        self.add_heading_field(section)
        self.add_text(section, "intro", self.tr("&Text"), min_lines=4)
        self.initiatives = InitiativesTable(session, section, "initiatives", self.body)
        self.add_field(
            "initiatives",
            self.tr("Strategic &initiatives"),
            self.initiatives,
            hint=self.tr("Enter adds a row, Delete removes it, Alt+Up/Down moves it."),
        )
        self.add_text(section, "outro", self.tr("Text &after the initiatives"), min_lines=1)
        self.finish()
