"""The status bar: a validation summary that opens the panel, readability, and the save state."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from os2editor.gui.texts import problem_text, time_text

if TYPE_CHECKING:
    from os2editor.writing.lix import Band, Readability

MET_COLOUR = "#2e7d32"  # within the target band
MISSED_COLOUR = "#c15300"  # harder than the target: orange, readable on light and dark


def band_name(band: Band) -> str:
    """The band's name in the interface language ("middel", "medium")."""
    return QCoreApplication.translate("Message", band.english)


class EditorStatusBar(QStatusBar):
    """Never pops anything up: it only reports, and the summary is a button to the panel."""

    validation_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.validation_button = QToolButton(self)
        self.validation_button.setAutoRaise(True)
        self.validation_button.clicked.connect(self.validation_clicked)
        self.readability_label = QLabel(self)
        self.readability_label.setTextFormat(Qt.TextFormat.RichText)
        self.save_label = QLabel(self)
        self.autosave_label = QLabel(self)
        self.addWidget(self.validation_button)
        self.addPermanentWidget(self.readability_label)
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

    def show_readability(
        self, whole: Readability, part: Readability | None, target: Band
    ) -> None:
        """LIX of the whole description and of the part being edited, each with its band, in
        green when it meets ``target`` (that band or an easier one), else in orange."""
        shown = [self._lix(self.tr("LIX {lix}"), whole, target)]
        if part is not None:
            shown.append(self._lix(self.tr("this part {lix}"), part, target))
        texts = [text for text in shown if text is not None]
        self.readability_label.setText(" · ".join(styled for styled, _plain in texts))
        plain = "; ".join(words for _styled, words in texts)
        self.readability_label.setAccessibleName(plain)
        self.readability_label.setToolTip(self.tr(
            "Readability (LIX): words per sentence plus the share of words longer than six "
            "letters, in per cent. Your target: {band} or easier (Preferences)."
        ).format(band=band_name(target)))

    @staticmethod
    def _lix(template: str, counts: Readability, target: Band) -> tuple[str, str] | None:
        from os2editor.writing.lix import meets

        lix, band = counts.lix, counts.band
        if lix is None or band is None:
            return None
        number = QLocale().toString(round(lix, 1), "f", 1)
        colour = MET_COLOUR if meets(lix, target) else MISSED_COLOUR
        name = band_name(band)
        styled = (f'{html.escape(template.format(lix=number))} '
                  f'<span style="color:{colour}">{html.escape(name)}</span>')
        return styled, f"{template.format(lix=number)} {name}"

    def show_saved(self, when: datetime) -> None:
        self._saved_at = when
        self.show_modified(False)

    def show_modified(self, modified: bool) -> None:
        if modified:
            text = self.tr("Unsaved changes")
        elif self._saved_at is not None:
            text = self.tr("Saved {time}").format(time=time_text(self._saved_at))
        else:
            text = ""
        self.save_label.setText(text)

    def reset(self) -> None:
        """A different document was opened: forget the previous save and autosave times."""
        self._saved_at = None
        self.autosave_label.clear()
        self.show_modified(False)

    def show_autosaved(self, when: datetime) -> None:
        """For the autosave controller: show when the last autosave happened."""
        self.autosave_label.setText(self.tr("Autosaved {time}").format(time=time_text(when)))
