"""Editing the bullets nested under one item, with the same list editor as everywhere else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.model import Item
from os2editor.model import fields as f


class SubItemsDialog(QDialog):
    """A small window over ``item.children``; every edit is an undo step of the document."""

    def __init__(self, session: DocumentSession, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sub-items"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sub-items under “{text}”:").format(text=item.text), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # the item's text is the user's own
        heading.setWordWrap(True)
        self.editor = ListEditor(session, item, f.CHILDREN, self, add_text=self.tr("Add sub-item"))
        self.editor.setAccessibleName(self.tr("Sub-items"))
        heading.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(heading)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(560, 320)
