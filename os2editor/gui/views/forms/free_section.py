"""FreeSectionForm: a section the forms do not model, edited as prose.

Its text is kept and written exactly as typed (markdown); the field draws it for a reader, as
every prose field does, so a table or a list reads as text and bold reads as bold.
"""

from __future__ import annotations

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
        self.part = section.kind
        self.add_title(self.tr("Other section"))
        self.add_heading_field(section)
        self.body_field = self.add_text(
            section,
            f.FREE_BODY,
            self.tr("&Text"),
            hint=self.tr(
                "Ctrl+B makes text bold, Ctrl+I italic and Ctrl+K a link. A line that starts "
                "with \u201c- \u201d is a bullet."
            ),
            min_lines=8,
        )
        self.body_field.max_lines = 40
        self.body_field.fit_height()
        self.finish()
