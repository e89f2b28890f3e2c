"""The status bar: a validation summary that opens the panel, and the save state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from os2editor.gui.texts import problem_text


class EditorStatusBar(QStatusBar):
    """Never pops anything up: it only reports, and the summary is a button to the panel."""

    validation_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.validation_button = QToolButton(self)
        self.validation_button.setAutoRaise(True)
        self.validation_button.clicked.connect(self.validation_clicked)
        self.save_label = QLabel(self)
        self.autosave_label = QLabel(self)
        self.addWidget(self.validation_button)
        self.addPermanentWidget(self.autosave_label)
        self.addPermanentWidget(self.save_label)
        self._saved_at: datetime | None = None
        self.show_problems([])

    def show_problems(self, problems: list[Any]) -> None:
        if not problems:
            text = self.tr("No warnings")
        elif len(problems) == 1:
            text = self.tr("1 warning: {message}").format(message=problem_text(problems[0]))
        else:
            text = self.tr("%n warnings", "", len(problems))
        self.validation_button.setText(text)
        self.validation_button.setToolTip(self.tr("Show the validation panel"))
        self.validation_button.setAccessibleName(text)

    def show_saved(self, when: datetime) -> None:
        self._saved_at = when
        self.show_modified(False)

    def show_modified(self, modified: bool) -> None:
        if modified:
            text = self.tr("Unsaved changes")
        elif self._saved_at is not None:
            text = self.tr("Saved {time}").format(time=self._saved_at.strftime("%H:%M"))
        else:
            text = ""
        self.save_label.setText(text)

    def reset(self) -> None:
        """A different document was opened: forget the previous save time."""
        self._saved_at = None
        self.show_modified(False)

    def show_autosaved(self, when: datetime) -> None:
        """For the autosave controller: show when the last autosave happened."""
        self.autosave_label.setText(self.tr("Autosaved {time}").format(time=when.strftime("%H:%M")))
