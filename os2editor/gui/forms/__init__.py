"""One form per part of the document; :func:`form_for` picks the right one.

Form modules load on first use, so start-up pays only for the titles form it shows first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from os2editor.model import SectionKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from os2editor.gui.forms.base import Form
    from os2editor.gui.session import DocumentSession

# kind -> (module, class)
FORMS: dict[SectionKind, tuple[str, str]] = {
    SectionKind.PURPOSE: ("purpose", "PurposeForm"),
    SectionKind.RESPONSIBILITIES: ("responsibilities", "ResponsibilitiesForm"),
    SectionKind.TASKS: ("tasks", "TasksForm"),
    SectionKind.COLLABORATION: ("collaboration", "CollaborationForm"),
    SectionKind.PROFESSIONAL: ("qualifications", "ProfessionalForm"),
    SectionKind.PERSONAL: ("qualifications", "PersonalForm"),
    SectionKind.CONDITIONS: ("conditions", "ConditionsForm"),
    SectionKind.FREE: ("free_section", "FreeSectionForm"),
}

__all__ = ["FORMS", "form_class", "form_for"]


def form_class(kind: SectionKind | None) -> type[Form]:
    """The form class for a section kind (None: the titles form)."""
    module, name = ("titles", "TitlesForm") if kind is None else FORMS[kind]
    cls: type[Form] = getattr(importlib.import_module(f"os2editor.gui.forms.{module}"), name)
    return cls


def form_for(
    session: DocumentSession, section_index: int | None, parent: QWidget | None = None
) -> Form:
    """The form for section ``section_index`` of the session's document (None: titles)."""
    if section_index is None:
        return form_class(None)(session, None, parent)
    section = session.doc.sections[section_index]
    return form_class(section.kind)(session, section_index, parent)
