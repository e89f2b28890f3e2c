"""One form per part of the document; :func:`form_for` picks it by walking the section.

Form modules load on first use, so start-up pays only for the titles form it shows first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from os2editor.model import (
    CollaborationSection,
    ConditionsSection,
    FreeSection,
    ListSection,
    PersonalSection,
    ProfessionalSection,
    PurposeSection,
    ResponsibilitiesSection,
    Section,
    SectionWalk,
    TasksSection,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from os2editor.gui.session import DocumentSession
    from os2editor.gui.views.forms.base import Form

__all__ = ["form_for"]


def form_for(
    session: DocumentSession, section: Section | None, parent: QWidget | None = None
) -> Form:
    """The form for ``section`` of the session's document (None: the titles form)."""
    if section is None:
        from os2editor.gui.views.forms.titles import TitlesForm

        return TitlesForm(session, parent)
    return _FormFor(session, parent).section(section)


class _FormFor(SectionWalk["Form"]):
    """Each kind of section's form."""

    def __init__(self, session: DocumentSession, parent: QWidget | None) -> None:
        self.session = session
        self.parent = parent

    def purpose(self, section: PurposeSection) -> Form:
        from os2editor.gui.views.forms.purpose import PurposeForm

        return PurposeForm(self.session, section, self.parent)

    def responsibilities(self, section: ResponsibilitiesSection) -> Form:
        from os2editor.gui.views.forms.responsibilities import ResponsibilitiesForm

        return ResponsibilitiesForm(self.session, section, self.parent)

    def tasks(self, section: TasksSection) -> Form:
        from os2editor.gui.views.forms.tasks import TasksForm

        return TasksForm(self.session, section, self.parent)

    def listing(self, section: ListSection) -> Form:
        from os2editor.gui.views.forms.collaboration import ListSectionForm

        return ListSectionForm(self.session, section, self.parent)

    def collaboration(self, section: CollaborationSection) -> Form:
        from os2editor.gui.views.forms.collaboration import CollaborationForm

        return CollaborationForm(self.session, section, self.parent)

    def professional(self, section: ProfessionalSection) -> Form:
        from os2editor.gui.views.forms.qualifications import ProfessionalForm

        return ProfessionalForm(self.session, section, self.parent)

    def personal(self, section: PersonalSection) -> Form:
        from os2editor.gui.views.forms.qualifications import PersonalForm

        return PersonalForm(self.session, section, self.parent)

    def conditions(self, section: ConditionsSection) -> Form:
        from os2editor.gui.views.forms.conditions import ConditionsForm

        return ConditionsForm(self.session, section, self.parent)

    def free(self, section: FreeSection) -> Form:
        from os2editor.gui.views.forms.free_section import FreeSectionForm

        return FreeSectionForm(self.session, section, self.parent)
