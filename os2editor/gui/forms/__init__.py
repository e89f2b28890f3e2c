"""One form per part of the document; :func:`form_for` picks the right one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from os2editor.gui.forms.base import Form
from os2editor.gui.forms.collaboration import CollaborationForm, ListSectionForm
from os2editor.gui.forms.conditions import ConditionsForm
from os2editor.gui.forms.free_section import FreeSectionForm
from os2editor.gui.forms.purpose import PurposeForm
from os2editor.gui.forms.qualifications import PersonalForm, ProfessionalForm
from os2editor.gui.forms.responsibilities import ResponsibilitiesForm
from os2editor.gui.forms.tasks import TasksForm
from os2editor.gui.forms.titles import TitlesForm
from os2editor.gui.session import DocumentSession
from os2editor.model import SectionKind

FORMS: dict[SectionKind, type[Form]] = {
    SectionKind.PURPOSE: PurposeForm,
    SectionKind.RESPONSIBILITIES: ResponsibilitiesForm,
    SectionKind.TASKS: TasksForm,
    SectionKind.COLLABORATION: CollaborationForm,
    SectionKind.PROFESSIONAL: ProfessionalForm,
    SectionKind.PERSONAL: PersonalForm,
    SectionKind.CONDITIONS: ConditionsForm,
    SectionKind.FREE: FreeSectionForm,
}

__all__ = [
    "FORMS",
    "CollaborationForm",
    "ConditionsForm",
    "Form",
    "FreeSectionForm",
    "ListSectionForm",
    "PersonalForm",
    "ProfessionalForm",
    "PurposeForm",
    "ResponsibilitiesForm",
    "TasksForm",
    "TitlesForm",
    "form_for",
]


def form_for(
    session: DocumentSession, section_index: int | None, parent: QWidget | None = None
) -> Form:
    """The form for section ``section_index`` of the session's document (None: titles)."""
    if section_index is None:
        return TitlesForm(session, None, parent)
    section = session.doc.sections[section_index]
    return FORMS[section.kind](session, section_index, parent)
