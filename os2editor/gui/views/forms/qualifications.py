"""Forms for the professional and personal qualifications: list sections."""

from __future__ import annotations

from os2editor.gui.views.forms.collaboration import ListSectionForm


class ProfessionalForm(ListSectionForm):
    """Faglige kvalifikationer / kompetencer."""

    def caption(self) -> str:
        return self.tr("Professional qualifications")

    def items_label(self) -> str:
        return self.tr("&Qualifications")


class PersonalForm(ListSectionForm):
    """Personlige kvalifikationer."""

    def caption(self) -> str:
        return self.tr("Personal qualifications")

    def items_label(self) -> str:
        return self.tr("&Qualifications")
