"""ConditionsForm: weekly hours as a spin box bound to the "Timetal" item, and the items."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from os2editor.edits import Change, set_weekly_hours
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.collaboration import ListSectionForm
from os2editor.gui.views.places import WEEKLY_HOURS
from os2editor.gui.views.widgets.undo_keys import DocumentUndoKeys
from os2editor.model import ConditionsSection

MAX_HOURS = 80.0
HOURS_WORD = "timetal"  # how the OS2 files start the hours line (document text, Danish)


class HoursSpinBox(DocumentUndoKeys, QDoubleSpinBox):
    """Weekly hours; the lowest value reads "Not stated" and means no Timetal item."""

    def __init__(
        self, session: DocumentSession, section: ConditionsSection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.section = section
        self.setRange(0.0, MAX_HOURS)
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setSpecialValueText(self.tr("Not stated"))
        self.refresh()
        self.valueChanged.connect(self._push)
        session.changed.connect(self._on_changed)

    def textFromValue(self, value: float) -> str:
        # 37 reads as "37", not "37.0"; half hours keep their decimal in the user's locale.
        if float(value).is_integer():
            return self.locale().toString(int(value))
        return super().textFromValue(value)

    def hours(self) -> float | None:
        value = self.value()
        if value <= 0:
            return None
        return int(value) if float(value).is_integer() else value

    def hours_in_words(self) -> bool:
        """True when a Timetal line exists but states no single number ("variabelt ...").

        Setting hours then would add a second Timetal line, so the spin box steps aside
        and the line is edited in the list.
        """
        if self.section.weekly_hours is not None:
            return False
        return any(item.text.lower().startswith(HOURS_WORD) for item in self.section.items)

    def refresh(self) -> None:
        """Show the model's hours (its valueChanged then finds the model equal: no edit)."""
        hours = self.section.weekly_hours
        if hours != self.hours():
            self.setValue(float(hours or 0))
        in_words = self.hours_in_words()
        self.setEnabled(not in_words)
        self.setToolTip(
            self.tr("The hours line is not a single number; edit it in the list below.")
            if in_words
            else ""
        )

    def _on_changed(self, change: Change) -> None:
        section = self.section
        if change.touches(section) or any(change.touches(item) for item in section.items):
            self.refresh()

    def _push(self, _value: float) -> None:
        if self.hours() != self.section.weekly_hours:
            self.session.apply(set_weekly_hours(self.section, self.hours()))


class ConditionsForm(ListSectionForm):
    """Øvrige forhold: hours, staff and budget responsibility, the revision rule."""

    section: ConditionsSection

    def caption(self) -> str:
        return self.tr("Other conditions")

    def items_label(self) -> str:
        return self.tr("&Conditions")

    def add_extras(self) -> None:
        self.hours = HoursSpinBox(self.session, self.section, self.body)
        self.hours.setMaximumWidth(160)
        self.add_field(
            self.section,
            WEEKLY_HOURS,
            self.tr("&Weekly hours"),
            self.hours,
            hint=self.tr("Kept in the list as the line that starts with \u201cTimetal\u201d."),
        )
