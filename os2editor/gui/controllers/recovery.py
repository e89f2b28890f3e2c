"""After a crash: offer each document's unsaved text, or discard it.

Runs once after the first window is shown. The first restored document goes into that window
when it holds nothing of value; the caller shows the others (the window: each in a tab).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from os2editor.errors import ReadError
from os2editor.gui.controllers.autosave import mark_recovered
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import date_time_text, error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.markdown import loads
from os2editor.storage.recovery import list_recoverable, remove_autosave

if TYPE_CHECKING:  # only the type: the window is the host
    from os2editor.gui.controllers.host import DocumentHost

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


def offer_recovery(host: DocumentHost, open_window: Callable[[DocumentSession], None]) -> None:
    """Offer every autosave left behind; ``open_window`` shows a restored document beside the
    host's (the window gives it a tab of its own)."""
    recovered, problems = list_recoverable()
    parent = host.dialog_parent()
    for problem in problems:
        log.warning("autosave problem: %s", problem.code)
        interaction.show_warning(parent, _tr("Unsaved work"), message_text(problem))
    if recovered:
        log.info("%d autosaves left from an earlier run", len(recovered))
    into_host = not host.session.is_modified()
    for record in recovered:
        name = Path(record.path).name if record.path else _tr("Untitled")
        when = date_time_text(record.saved_at)  # as the window's language writes dates
        if not interaction.ask_restore(parent, name, when):
            log.info("autosave discarded: %s", record.doc_id)
            remove_autosave(record.doc_id)
            continue
        try:
            doc = loads(record.text)
        except ReadError as error:
            log.warning("autosave %s does not read: %s", record.doc_id, error.message.code)
            interaction.show_error(parent, _tr("Cannot restore"), error_text(error))
            continue
        session = DocumentSession(doc, Path(record.path) if record.path else None)
        mark_recovered(session, record)
        log.info("autosave restored: %s (%d characters)", record.doc_id, len(record.text))
        if into_host:
            host.set_session(session)
            into_host = False
        else:
            open_window(session)
