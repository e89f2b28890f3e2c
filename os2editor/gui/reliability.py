"""Never lose work, in the window: autosave, changes on disk, the save guard, and recovery.

The storage controllers do the work; this module connects them to a window and asks the user
through :mod:`os2editor.gui.interaction` when a decision is theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from os2editor.errors import ReadError
from os2editor.gui import interaction
from os2editor.gui.autosave import WindowAutosave, mark_recovered
from os2editor.gui.external_change import WindowFileWatch
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_text, message_text
from os2editor.markdown import loads
from os2editor.storage.recovery import list_recoverable, remove_autosave

if TYPE_CHECKING:
    from os2editor.gui.main_window import MainWindow

# Windows opened for restored documents, kept alive until they close.
_restored_windows: list[MainWindow] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("reliability", text)


def attach(window: MainWindow) -> None:
    """Give ``window`` autosave and a watch on its file."""
    window.autosave = WindowAutosave(window)
    window.file_watch = WindowFileWatch(window)
    window.file_watch.conflict.connect(lambda _path: on_conflict(window))
    window.file_watch.removed.connect(
        lambda path: window.show_status(
            _tr("“{name}” was removed from disk. Save to write it again.").format(
                name=Path(path).name)))


def _decide(window: MainWindow) -> str:
    """Ask until the user reloads, keeps their version or cancels; show the diff on request."""
    path = window.session.path
    name = path.name if path else ""
    while True:
        answer = interaction.ask_external_change(window.dialog_parent(), name)
        if answer != interaction.COMPARE:
            return answer
        interaction.show_difference(window.dialog_parent(), name, window.file_watch.difference())


def _reload(window: MainWindow) -> None:
    try:
        window.file_watch.reload_theirs()
    except ReadError as error:
        interaction.show_error(window.dialog_parent(), _tr("Cannot reload the file"),
                               error_text(error))


def on_conflict(window: MainWindow) -> None:
    """The open file changed on disk while the user has edits: let them choose."""
    answer = _decide(window)
    if answer == interaction.RELOAD:
        _reload(window)
    elif answer == interaction.KEEP:
        window.file_watch.keep_mine()


def may_save_over(window: MainWindow, path: Path) -> bool:
    """Before a save: True unless ``path`` changed on disk and the user does not want it
    overwritten. Saving never silently overwrites someone else's change."""
    watch = getattr(window, "file_watch", None)
    watched = watch.watcher.path if watch is not None else None
    if watch is None or watched is None or path.resolve() != watched.resolve():
        return True
    if not watch.has_external_change():
        return True
    answer = _decide(window)
    if answer == interaction.KEEP:
        watch.watcher.acknowledge()
        return True
    if answer == interaction.RELOAD:
        _reload(window)
    return False


def offer_recovery(window: MainWindow) -> None:
    """After a crash: offer each document's unsaved text, or discard it."""
    recovered, problems = list_recoverable()
    for problem in problems:
        interaction.show_warning(window.dialog_parent(), _tr("Unsaved work"),
                                 message_text(problem))
    for record in recovered:
        name = Path(record.path).name if record.path else _tr("Untitled")
        when = record.saved_at.astimezone().strftime("%d.%m.%Y %H:%M")
        if not interaction.ask_restore(window.dialog_parent(), name, when):
            remove_autosave(record.doc_id)
            continue
        try:
            doc = loads(record.text)
        except ReadError as error:
            interaction.show_error(window.dialog_parent(), _tr("Cannot restore"),
                                   error_text(error))
            continue
        session = DocumentSession(doc, Path(record.path) if record.path else None)
        mark_recovered(session, record)
        _show_restored(window, session)


def _show_restored(window: MainWindow, session: DocumentSession) -> None:
    """Use the first window when it holds nothing of value, else open another."""
    if not window.session.is_modified() and not _restored_windows:
        window.set_session(session)
        return
    from os2editor.gui.main_window import MainWindow as Window

    other = Window(window.settings, session)
    _restored_windows.append(other)
    other.destroyed.connect(lambda *_: _restored_windows.remove(other))
    other.show()
