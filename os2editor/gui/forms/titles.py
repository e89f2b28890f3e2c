"""TitlesForm: front matter (title, layout, parent, nav_order, other keys) and the H1."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from os2editor.gui.commands import SetField
from os2editor.gui.forms.base import Form
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.key_value_table import KeyValueTable
from os2editor.gui.widgets.text_field import LineField
from os2editor.markdown.frontmatter import not_text_keys

# The OS2 files' own convention for the main heading (document text, so Danish).
H1_PATTERN = "Funktionsbeskrivelse – {title} i OS2"
_INT = re.compile(r"^-?\d+$")
SHORT_FIELD = 260


def text_or_none(text: str) -> str | None:
    return text or None


def nav_order_value(text: str) -> object:
    """Jekyll sorts nav_order as a number: keep it an int when it reads as one."""
    stripped = text.strip()
    if not stripped:
        return None
    return int(stripped) if _INT.match(stripped) else stripped


class TitlesForm(Form):
    """The document's names and its Jekyll front matter."""

    def __init__(
        self,
        session: DocumentSession,
        section_index: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, None, parent)
        doc = session.doc
        front = doc.front_matter
        self.add_title(self.tr("Title and metadata"))
        self.title_field = LineField(
            session,
            front,
            "title",
            self.body,
            label=self.tr("Edit short title"),
            to_model=text_or_none,
        )
        self.add_field("title", self.tr("&Short title"), self.title_field)
        self.h1_field = LineField(
            session, doc, "h1", self.body, label=self.tr("Edit main heading"), to_model=text_or_none
        )
        self.suggest_button = QPushButton(self.tr("Use suggestion"), self.body)
        self.suggest_button.setAccessibleName(self.tr("Use suggested main heading"))
        self.suggest_button.clicked.connect(self.use_suggestion)
        h1_row = QWidget(self.body)
        row = QHBoxLayout(h1_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.h1_field, 1)
        row.addWidget(self.suggest_button)
        h1_row.setFocusProxy(self.h1_field)
        self.add_field("h1", self.tr("&Main heading"), h1_row)
        self.h1_field.setAccessibleName(self.tr("Main heading"))
        self.fields["h1"] = self.h1_field
        # Short values get short fields: a full-width box for "default" looks like a mistake.
        layout_field = LineField(session, front, "layout", self.body, to_model=text_or_none)
        layout_field.setMaximumWidth(SHORT_FIELD)
        self.add_field("layout", self.tr("&Layout"), layout_field)
        parent_field = LineField(session, front, "parent", self.body, to_model=text_or_none)
        parent_field.setMaximumWidth(2 * SHORT_FIELD)
        self.add_field("parent", self.tr("&Parent page"), parent_field)
        self.nav_field = LineField(session, front, "nav_order", self.body, to_model=nav_order_value)
        self.nav_field.setMaximumWidth(SHORT_FIELD)
        self.add_field("nav_order", self.tr("&Navigation order"), self.nav_field)
        self.extra_table = KeyValueTable(session, front, "extra", self.body)
        self.add_field("extra", self.tr("Other &keys"), self.extra_table)
        if doc.preamble:
            self.add_text(doc, "preamble", self.tr("Text before the main heading"), min_lines=1)
        self.add_text(
            doc,
            "lead",
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
        for key in ("title", "layout", "parent"):
            field = self.fields[key]
            field.setEnabled(key not in fixed)
            # (Without the value itself: a tooltip would read "<img ...>" in it as HTML.)
            field.setToolTip(self.tr("In the file this is not text, so it is kept as written; "
                                     "see Other keys.") if key in fixed else "")

    def suggestion(self) -> str:
        title = self.session.doc.front_matter.title or ""
        return H1_PATTERN.format(title=title) if title else ""

    def update_suggestion(self) -> None:
        suggestion = self.suggestion()
        self.h1_field.setPlaceholderText(suggestion)
        self.suggest_button.setEnabled(bool(suggestion) and suggestion != self.session.doc.h1)
        self.suggest_button.setToolTip(suggestion)

    def use_suggestion(self) -> None:
        suggestion = self.suggestion()
        if suggestion and suggestion != self.session.doc.h1:
            label = self.tr("Use suggested main heading")
            self.session.push(
                SetField(self.session, self.session.doc, "h1", suggestion, label=label)
            )

    def refresh(self) -> None:
        super().refresh()
        self.update_suggestion()
        self.lock_not_text()

    def _on_changed(self, node: object) -> None:
        if node is None or node is self.session.doc or node is self.session.doc.front_matter:
            self.update_suggestion()
            self.lock_not_text()
