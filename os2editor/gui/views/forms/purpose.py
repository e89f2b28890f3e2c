"""PurposeForm: the purpose prose and the strategic initiatives."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.widgets.initiatives_table import InitiativesTable
from os2editor.model import PurposeSection
from os2editor.model import fields as f


class PurposeForm(Form):
    """Formål med stillingen: text, the initiatives (label + text), and text after them."""

    def __init__(
        self, session: DocumentSession, section: PurposeSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.section = section
        self.part = section.kind
        self.add_title(self.tr("Purpose"))
        self.add_heading_field(section)
        self.add_text(section, f.INTRO, self.tr("&Text"), min_lines=4)
        self.initiatives = InitiativesTable(session, section, self.body)
        self.add_field(
            section,
            f.INITIATIVES,
            self.tr("Strategic &initiatives"),
            self.initiatives,
            hint=self.tr("Enter adds a row, Delete removes it, Alt+Up/Down moves it."),
        )
        self.add_outro(section, f.OUTRO, self.tr("Text &after the initiatives"),
                       lambda: section.initiatives)
        self.finish()
