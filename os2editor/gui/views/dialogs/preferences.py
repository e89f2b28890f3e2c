"""Preferences: who signs the exports and tracked changes, for which organisation, the
readability target, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

from os2editor.storage.settings import LIX_BANDS, Settings

# (code, name): language names are written in their own language, so they are not translated.
LANGUAGES = [("da", "Dansk"), ("en", "English")]
TITLE_ROOM = 12
"""Characters of room beside the title for the window's buttons, so the title is never cut."""


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; ``apply_to`` writes the choices back on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        from os2editor.people import full_name

        # The name that signs tracked changes starts as the system's full name for the user.
        self.author = QLineEdit(settings.author or full_name(), self)
        self.author.setPlaceholderText(self.tr("Your name, as the board should read it"))
        self.organisation = QLineEdit(settings.organisation, self)
        self.lix_target = QComboBox(self)
        for band in LIX_BANDS:
            self.lix_target.addItem(self.tr("{band} or easier").format(band=band_name(band)),
                                    band)
        self.lix_target.setCurrentIndex(max(self.lix_target.findData(settings.lix_target), 0))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form = QFormLayout()
        for text, field, accessible in (
            (self.tr("&Author:"), self.author, self.tr("Author")),
            (self.tr("&Organisation:"), self.organisation, self.tr("Organisation")),
            (self.tr("&Readability target:"), self.lix_target, self.tr("Readability target")),
            (self.tr("&Language:"), self.language, self.tr("Language")),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            form.addRow(label, field)
        note = QLabel(self.tr("The author signs the tracked changes of a redline and is written "
                              "into Word and PDF exports, with the organisation."), self)
        note.setWordWrap(True)
        lix_note = QLabel(self.tr("The status bar shows the LIX in green while the text is "
                                  "this easy to read, or easier."), self)
        lix_note.setWordWrap(True)
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
        for label in (note, lix_note, language_note):
            layout.addWidget(label)
        layout.addWidget(buttons)
        # Wide enough for its title in any language, with room for the title bar's buttons.
        metrics = self.fontMetrics()
        self.setMinimumWidth(max(metrics.horizontalAdvance(self.windowTitle())
                                 + metrics.averageCharWidth() * TITLE_ROOM,
                                 metrics.averageCharWidth() * 60))

    def apply_to(self, settings: Settings) -> None:
        settings.author = self.author.text().strip()
        settings.organisation = self.organisation.text().strip()
        settings.lix_target = str(self.lix_target.currentData() or "middel")
        settings.language = str(self.language.currentData() or "")


def band_name(danish: str) -> str:
    """A LIX band (by its Danish name, as the settings keep it) in the interface language."""
    from os2editor.writing.lix import Band

    return QCoreApplication.translate("Message", Band(danish).english)
