"""TitlesForm: front matter (title, layout, parent, nav_order, other keys) and the H1."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.places import OTHER_KEYS
from os2editor.gui.views.widgets.key_value_table import KeyValueTable
from os2editor.gui.views.widgets.plain_text import tooltip
from os2editor.gui.views.widgets.text_field import LineField, text_or_none
from os2editor.markdown.frontmatter import not_text_keys
from os2editor.model import fields as f

# The OS2 files' own convention for the main heading (document text, so Danish).
H1_PATTERN = "Funktionsbeskrivelse – {title} i OS2"
_INT = re.compile(r"^-?\d+$")
SHORT_FIELD = 260


def nav_order_value(text: str) -> object:
    """Jekyll sorts nav_order as a number: keep it an int when it reads as one."""
    stripped = text.strip()
    if not stripped:
        return None
    return int(stripped) if _INT.match(stripped) else stripped


class TitlesForm(Form):
    """The document's names and its Jekyll front matter."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        doc = session.doc
        front = doc.front_matter
        self.add_title(self.tr("Title and metadata"))
        self.title_field = LineField(session, front, f.FM_TITLE, self.body, to_model=text_or_none)
        self.title_field.setPlaceholderText(self.hint(f.FM_TITLE))
        self.add_field(front, f.FM_TITLE, self.tr("&Short title"), self.title_field)
        self.h1_field = LineField(session, doc, f.H1, self.body, to_model=text_or_none)
        self.suggest_button = QPushButton(self.tr("Use suggestion"), self.body)
        self.suggest_button.setAccessibleName(self.tr("Use suggested main heading"))
        self.suggest_button.clicked.connect(self.use_suggestion)
        h1_row = QWidget(self.body)
        row = QHBoxLayout(h1_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.h1_field, 1)
        row.addWidget(self.suggest_button)
        h1_row.setFocusProxy(self.h1_field)
        self.add_field(doc, f.H1, self.tr("&Main heading"), h1_row)
        self.h1_field.setAccessibleName(self.tr("Main heading"))
        # Short values get short fields: a full-width box for "default" looks like a mistake.
        self.layout_field = LineField(session, front, f.FM_LAYOUT, self.body,
                                      to_model=text_or_none)
        self.layout_field.setMaximumWidth(SHORT_FIELD)
        self.add_field(front, f.FM_LAYOUT, self.tr("&Layout"), self.layout_field)
        self.parent_field = LineField(session, front, f.FM_PARENT, self.body,
                                      to_model=text_or_none)
        self.parent_field.setMaximumWidth(2 * SHORT_FIELD)
        self.add_field(front, f.FM_PARENT, self.tr("&Parent page"), self.parent_field)
        self.nav_field = LineField(
            session, front, f.FM_NAV_ORDER, self.body, to_model=nav_order_value
        )
        self.nav_field.setMaximumWidth(SHORT_FIELD)
        self.add_field(front, f.FM_NAV_ORDER, self.tr("&Navigation order"), self.nav_field)
        self.extra_table = KeyValueTable(session, front, self.body)
        self.add_field(front, OTHER_KEYS, self.tr("Other &keys"), self.extra_table)
        if doc.preamble:
            self.add_text(doc, f.PREAMBLE, self.tr("Text before the main heading"), min_lines=1)
        self.add_text(
            doc,
            f.LEAD,
            self.tr("Text under the main heading"),
            hint=self.tr("Usually empty; shown before the first section."),
            min_lines=1,
        )
        self.finish()
        session.changed.connect(self._on_changed)
        self.update_suggestion()
        self.lock_not_text()

    def lock_not_text(self) -> None:
        """A key whose value in the file is not text (``title: [a, b]``) cannot be edited here:
        what was typed would be dropped on save (the core refuses such a save)."""
        fixed = not_text_keys(self.session.doc.front_matter)
        for field, key in ((self.title_field, f.FM_TITLE.name),
                           (self.layout_field, f.FM_LAYOUT.name),
                           (self.parent_field, f.FM_PARENT.name)):
            field.setEnabled(key not in fixed)
            # (Without the value itself: a tooltip would read "<img ...>" in it as HTML.)
            field.setToolTip(self.tr("In the file this is not text, so it is kept as written; "
                                     "see Other keys.") if key in fixed else "")

    def suggestion(self) -> str:
        title = self.session.doc.front_matter.title or ""
        return H1_PATTERN.format(title=title) if title else ""

    def update_suggestion(self) -> None:
        suggestion = self.suggestion()
        self.h1_field.setPlaceholderText(suggestion or self.hint(f.H1))
        self.suggest_button.setEnabled(bool(suggestion) and suggestion != self.session.doc.h1)
        self.suggest_button.setToolTip(tooltip(suggestion))  # the title is the user's text

    def use_suggestion(self) -> None:
        suggestion = self.suggestion()
        if suggestion and suggestion != self.session.doc.h1:
            self.session.set_value(f.H1, self.session.doc, suggestion)

    def _on_changed(self, change: Change) -> None:
        doc = self.session.doc
        if change.touches(doc) or change.touches(doc.front_matter):
            self.update_suggestion()
            self.lock_not_text()
