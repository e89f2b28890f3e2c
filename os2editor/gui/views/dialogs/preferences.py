"""Preferences: who writes the exports, for which organisation, and in which language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from os2editor.storage.settings import Settings

# (code, name): language names are written in their own language, so they are not translated.
LANGUAGES = [("da", "Dansk"), ("en", "English")]


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; ``apply_to`` writes the choices back on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.author = QLineEdit(settings.author, self)
        self.organisation = QLineEdit(settings.organisation, self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form = QFormLayout()
        for text, field, accessible in (
            (self.tr("&Author:"), self.author, self.tr("Author")),
            (self.tr("&Organisation:"), self.organisation, self.tr("Organisation")),
            (self.tr("&Language:"), self.language, self.tr("Language")),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            form.addRow(label, field)
        note = QLabel(self.tr("Author and organisation are written into Word exports."), self)
        note.setWordWrap(True)
        language_note = QLabel(
            self.tr("A new language takes effect the next time you start."), self
        )
        language_note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(language_note)
        layout.addWidget(buttons)

    def apply_to(self, settings: Settings) -> None:
        settings.author = self.author.text().strip()
        settings.organisation = self.organisation.text().strip()
        settings.language = str(self.language.currentData() or "")
