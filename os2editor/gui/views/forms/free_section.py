"""FreeSectionForm: a section the forms do not model, edited as its markdown text."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.base import Form
from os2editor.model import FreeSection
from os2editor.model import fields as f


class FreeSectionForm(Form):
    """Heading and body; the body is kept and written exactly as typed."""

    def __init__(
        self, session: DocumentSession, section: FreeSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.section = section
        self.add_title(self.tr("Other section"))
        self.add_heading_field(section)
        self.body_field = self.add_text(
            section,
            f.FREE_BODY,
            self.tr("&Text"),
            hint=self.tr("Written as markdown: - starts a bullet, **bold**, ### a subheading."),
            min_lines=8,
        )
        # Markdown lines up better in a fixed-width font (tables, indented bullets).
        self.body_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_field.max_lines = 40
        self.body_field.fit_height()
        self.finish()
