"""New, Open, Save, Save As, Export and Print: the file side of the window.

I/O errors come from the core as ``ReadError``/``WriteError``; this module turns them into one
clear message each and never lets a failed read or write touch the open document.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from os2editor.errors import Os2EditorError, ReadError, WriteError
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_code, error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import Fingerprint
from os2editor.storage.settings import Settings, save_settings

if TYPE_CHECKING:  # only the type: the window is the host
    from os2editor.gui.controllers.host import DocumentHost
    from os2editor.gui.views.dialogs.export import ExportChoices

log = logging.getLogger(__name__)


class SaveGuard(Protocol):
    """Asked before every save (the file may have changed on disk since it was read)."""

    def may_save_over(self, path: Path) -> bool: ...


def read_document(path: Path) -> FunctionDescription:
    """Read a description from disk. Raises ReadError."""
    from os2editor.markdown import load  # here, not at the top: keeps start-up light

    doc: FunctionDescription = load(path)
    return doc


def render_document(doc: FunctionDescription) -> str:
    """The markdown the writer produces for ``doc``."""
    from os2editor.markdown import dumps

    text: str = dumps(doc)
    return text


def write_document(doc: FunctionDescription, path: Path) -> Fingerprint:
    """Write ``doc`` to ``path`` atomically through the core's save. Raises WriteError."""
    from os2editor.markdown import save

    return save(doc, path)


def template_document() -> FunctionDescription:
    """A new description: every standard part under its standard heading and no text. The
    template's guidance shows as hints in the empty fields, so it is never saved."""
    from os2editor.writing.template import new_description

    return new_description()


def suggested_file_name(title: str) -> str:
    """A file name in the handbook's style for a role title: ``os2-produktkonsulent.md``."""
    text = title.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "funktionsbeskrivelse"
    return f"os2-{slug}.md"


class FileController(QObject):
    """Carries out the file actions for one window."""

    saved = Signal(object, object)  # (path, Fingerprint): for the external-change controller

    def __init__(
        self,
        host: DocumentHost,
        settings: Settings,
        guard: SaveGuard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.settings = settings
        self.guard = guard

    @property
    def session(self) -> DocumentSession:
        return self.host.session

    def display_name(self) -> str:
        path = self.session.path
        return path.name if path is not None else self.tr("Untitled")

    # -- guarding unsaved work -----------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current document."""
        if not self.session.is_modified():
            return True
        answer = interaction.ask_save_discard_cancel(self.host.dialog_parent(), self.display_name())
        if answer == interaction.SAVE:
            return self.save()
        return answer == interaction.DISCARD

    # -- new and open --------------------------------------------------------------------

    def new_document(self) -> bool:
        """A new description from the template, in a tab of its own (the window places it)."""
        try:
            doc = template_document()
        except (Os2EditorError, OSError) as exc:
            log.error("the template did not load: %s", error_code(exc))
            self._error(self.tr("Cannot create a new description"), error_text(exc))
            return False
        self.host.set_session(DocumentSession(doc))
        return True

    def open_dialog(self) -> bool:
        start = self.session.path.parent if self.session.path else Path.home()
        chosen = interaction.ask_open_path(self.host.dialog_parent(), str(start))
        return chosen is not None and self.open_path(Path(chosen))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in a tab of its own (the window places it). A failed read changes
        nothing."""
        try:
            doc = read_document(path)
        except ReadError as exc:
            self._error(self.tr("Cannot open the file"), error_text(exc))
            return False
        except (Os2EditorError, OSError, ValueError) as exc:
            log.warning("could not open %s: %s", path, error_code(exc))
            reason = error_text(exc)
            text = self.tr("{path} could not be opened: {reason}").format(path=path, reason=reason)
            self._error(self.tr("Cannot open the file"), text)
            return False
        self.host.set_session(DocumentSession(doc, path.resolve()))
        self.remember(path)
        return True

    # -- save ----------------------------------------------------------------------------

    def save(self) -> bool:
        path = self.session.path
        if path is None:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        path = self.session.path
        if path is None:
            folder = (
                Path(self.settings.recent_files[0]).parent
                if self.settings.recent_files
                else Path.home()
            )
            suggested = str(folder / suggested_file_name(self.session.doc.title))
        else:
            suggested = str(path)
        chosen = interaction.ask_save_path(self.host.dialog_parent(), suggested)
        if chosen is None:
            return False
        if not self._write(Path(chosen)):
            return False
        self.session.set_path(Path(chosen).resolve())
        return True

    def _write(self, path: Path) -> bool:
        """Write the document; on failure tell the user and leave everything as it was."""
        if not self.guard.may_save_over(path):
            return False  # the file changed on disk and the user chose not to overwrite it
        try:
            fingerprint = write_document(self.session.doc, path)
        except WriteError as exc:
            self._error(self.tr("The file was not saved"), error_text(exc))
            return False
        except (Os2EditorError, OSError, ValueError) as exc:
            log.warning("could not save %s: %s", path, error_code(exc))
            reason = error_text(exc)
            text = self.tr("{path} could not be saved: {reason}").format(path=path, reason=reason)
            self._error(self.tr("The file was not saved"), text)
            return False
        self.session.mark_saved()  # the status bar's "Saved 14:02" follows from this
        self.remember(path)
        self.saved.emit(path, fingerprint)
        return True

    # -- export and print ----------------------------------------------------------------

    def export_choices(self, pdf: bool) -> ExportChoices:
        """The export dialog's starting point: the last export's choices, this document's name,
        and who writes it (the settings' author, else the system's full name)."""
        from os2editor.gui.views.dialogs.export import PDF, WORD, ExportChoices
        from os2editor.people import full_name

        settings = self.settings
        fmt = PDF if pdf else WORD
        path = self.session.path
        stem = path.with_suffix(f".{fmt}") if path else Path.home() / f"funktionsbeskrivelse.{fmt}"
        return ExportChoices(
            format=fmt, target=str(stem), template=settings.export_template,
            omit=tuple(settings.export_omit), organisation=settings.organisation,
            author=settings.author or full_name(), language=settings.export_language,
        )

    def export(self, pdf: bool = False) -> bool:
        """File > Export to Word/PDF: the export dialog, then the file. The choices are
        remembered for the next export."""
        chosen = interaction.ask_export(self.host.dialog_parent(), self.export_choices(pdf))
        if chosen is None:
            return False
        self._remember_export(chosen)
        return self.write_export(chosen)

    def write_export(self, chosen: ExportChoices) -> bool:
        """Write the export ``chosen`` describes; on failure say why, once."""
        pdf = chosen.format == "pdf"
        failed = (self.tr("The PDF file was not written") if pdf
                  else self.tr("The Word file was not written"))
        organisation = chosen.organisation or None
        author, language = chosen.author or None, chosen.language or None
        pictures = self._pictures_folder()
        try:
            if pdf:
                from os2editor.pdf import export_pdf  # here: heavy, and needed rarely

                remarks = export_pdf(self.session.doc, chosen.target, chosen.omit,
                                     organisation=organisation, author=author,
                                     language=language, images_from=pictures)
            else:
                from os2editor.docx import export_docx

                remarks = export_docx(self.session.doc, chosen.target, chosen.template or None,
                                      chosen.omit, organisation=organisation, author=author,
                                      language=language, images_from=pictures)
        except (Os2EditorError, OSError, ValueError, ImportError) as exc:
            log.warning("could not export %s: %s", chosen.target, error_code(exc))
            self._error(failed, error_text(exc))
            return False
        log.info("exported %s (%d bytes, %d remarks)", chosen.target, _size(chosen.target),
                 len(remarks))
        self.host.show_status(self.tr("Exported to {path}").format(path=chosen.target))
        if remarks:
            interaction.show_warning(
                self.host.dialog_parent(),
                self.tr("Exported with remarks"),
                self.tr("The file was written. Please note:\n\n{remarks}").format(
                    remarks="\n".join(f"• {message_text(remark)}" for remark in remarks)
                ),
            )
        return True

    def _remember_export(self, chosen: ExportChoices) -> None:
        settings = self.settings
        settings.export_format = chosen.format
        settings.export_template = chosen.template
        settings.export_omit = list(chosen.omit)
        settings.export_language = chosen.language
        settings.organisation = chosen.organisation
        settings.author = chosen.author
        try:
            save_settings(settings)
        except WriteError as exc:
            self.host.show_status(error_text(exc))

    def print_document(self) -> bool:
        """File > Print: the print dialog, then the same pages as the PDF export."""
        printer = interaction.ask_printer(self.host.dialog_parent())
        if printer is None:
            return False
        try:
            from os2editor.pdf import print_document

            pages = print_document(self.session.doc, printer,
                                   organisation=self.settings.organisation or None,
                                   images_from=self._pictures_folder())
        except (Os2EditorError, OSError, ValueError, ImportError) as exc:
            log.warning("could not print: %s", error_code(exc))
            self._error(self.tr("The description was not printed"), error_text(exc))
            return False
        log.info("printed %d pages", pages)
        self.host.show_status(self.tr("Sent %n pages to the printer.", "", pages))
        return True

    # -- helpers -------------------------------------------------------------------------

    def _pictures_folder(self) -> Path | None:
        """Where the description's relative picture addresses point: its own folder, as for
        ``os2editor export`` (a new, unsaved description has none)."""
        path = self.session.path
        return path.parent if path is not None else None

    def remember(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        self.settings.add_recent(path)
        try:
            save_settings(self.settings)
        except WriteError as exc:
            # Losing the recent-files list is not worth interrupting the user's work.
            self.host.show_status(error_text(exc))

    def _error(self, title: str, text: str) -> None:
        interaction.show_error(self.host.dialog_parent(), title, text)


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return -1
