"""Save All: every open document with unsaved changes, through the library's all-or-nothing save.

Each file is written whole or not at all (:func:`os2editor.library.save_documents`: every text
is rendered before the first write, each write is atomic and checks that the file is still
what the document was read from). The first file that cannot be written stops the job; the
user is told which files were written before it, and those, and only those, count as saved.
A document whose file changed on disk since it was read is shown first, with the question its
file watch asks, and nothing is written until that is settled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from os2editor.errors import Os2EditorError
from os2editor.gui.texts import error_text
from os2editor.gui.views.dialogs import interaction
from os2editor.storage.atomic import file_fingerprint

if TYPE_CHECKING:
    from os2editor.gui.controllers.documents import DocumentSlot
    from os2editor.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("save_all", text)


def save_all(window: MainWindow, slots: list[DocumentSlot] | None = None) -> bool:
    """Save ``slots`` (else every open document) that have unsaved changes and a file.
    True when all of them were written."""
    from os2editor.library import SaveStoppedError, Saving, save_documents

    documents = window.documents
    chosen = [slot for slot in (slots if slots is not None else list(documents))
              if slot.session.is_modified() and slot.session.path is not None]
    untitled = [slot for slot in documents
                if slot.session.is_modified() and slot.session.path is None]
    for slot in chosen:
        if documents.changed_on_disk(slot):
            name = slot.session.path.name if slot.session.path else ""
            log.info("save all stopped: %s changed on disk", name)
            window.show_document(slot.session)  # its watch asks what to do
            window.show_status(_tr("Nothing was saved: {name} changed on disk. Settle that "
                                   "first, then save all again.").format(name=name))
            return False
    if not chosen:
        return not untitled
    savings = [Saving(slot.session.path, slot.session.doc, slot.fingerprint)
               for slot in chosen if slot.session.path is not None]
    try:
        written = save_documents(savings)
    except SaveStoppedError as stop:
        _mark_written(window, chosen, stop.written)
        log.warning("save all stopped at %s: %s", stop.failed, stop.reason.message.code)
        interaction.show_error(window, _tr("Not every file was saved"), _stopped_text(stop))
        return False
    except Os2EditorError as error:
        interaction.show_error(window, _tr("Nothing was saved"), error_text(error))
        return False
    by_path = {str(path): fingerprint for path, fingerprint in written}
    for slot in chosen:
        fingerprint = by_path.get(str(slot.session.path))
        if fingerprint is not None:
            documents.written(slot, fingerprint)
    log.info("saved %d documents together", len(written))
    window.show_status(_Counted().saved(len(written), untitled=bool(untitled)))
    return not untitled


class _Counted(QObject):
    """Texts with a count: a plural form needs a QObject's tr for lupdate to find it."""

    def saved(self, count: int, *, untitled: bool) -> str:
        if untitled:
            return self.tr("Saved %n description(s). A new description without a file was "
                           "not saved: save it with Save As.", "", count)
        return self.tr("Saved %n description(s).", "", count)


def _mark_written(window: MainWindow, slots: list[DocumentSlot], paths: Sequence[object]) -> None:
    """The files a stopped save wrote are saved: their documents are clean."""
    written = {str(path) for path in paths}
    for slot in slots:
        path = slot.session.path
        if path is not None and str(path) in written:
            try:
                fingerprint = file_fingerprint(path)
            except Os2EditorError:
                continue
            window.documents.written(slot, fingerprint)


def _stopped_text(stop: object) -> str:
    from os2editor.library import SaveStoppedError

    assert isinstance(stop, SaveStoppedError)
    reason = error_text(stop.reason)
    if stop.written:
        names = ", ".join(path.name for path in stop.written)
        return _tr("{failed} could not be saved and was left as it was: {reason}\n\n"
                   "Saved before it: {written}.\n\nThe other files were not saved; their "
                   "changes are still open.").format(failed=stop.failed.name, reason=reason,
                                                     written=names)
    return _tr("{failed} could not be saved and was left as it was: {reason}\n\nNo file was "
               "saved; the changes are still open.").format(failed=stop.failed.name,
                                                            reason=reason)
