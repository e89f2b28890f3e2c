"""Starting the editor: the QApplication, translations, and the first window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from os2editor.errors import Os2EditorError
from os2editor.gui import desktop, i18n
from os2editor.gui.controllers.file_actions import read_document, template_document
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.logfile import hold_records
from os2editor.messages import Message
from os2editor.storage.settings import Settings, load_settings

APP_NAME = "os2editor"
ORGANISATION = "OS2"

log = logging.getLogger(__name__)

def initial_session(path: str | None) -> tuple[DocumentSession, str | None]:
    """The first document: ``path`` if given (a new one that will be saved there if it does not
    exist yet), else the template. Returns the session and an error message, if any."""
    if path is None:
        return DocumentSession(template_document()), None
    target = Path(path).expanduser()
    try:
        if not target.exists():
            return DocumentSession(template_document(), target.resolve()), None
        return DocumentSession(read_document(target), target.resolve()), None
    except (Os2EditorError, OSError, ValueError) as exc:  # (a name too long for the system too)
        return DocumentSession(template_document()), error_text(exc)


def _install_excepthook(window: MainWindow) -> None:
    """A programming error shows a message and leaves the window (and the work) open."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        sys.__excepthook__(kind, error, tb)
        interaction.show_error(
            window,
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate(
                "app",
                "The editor met an unexpected problem: {error}\n\n"
                "Your document is still open. Save it under a new name to be safe.",
            ).format(error=error),
        )

    sys.excepthook = hook


def create_window(path: str | None, settings: Settings) -> tuple[MainWindow, list[str]]:
    """The first window and any messages to show once it is visible. A folder opens as the
    window's library as soon as the window is on screen (a new description waits unseen)."""
    folder = _folder(path)
    session, error = initial_session(None if folder is not None else path)
    window = MainWindow(settings, session)
    if session.path is not None and session.path.exists():
        window.files.remember(session.path)
    if folder is not None:
        QTimer.singleShot(0, lambda: window.pages.open_folder(folder))
    return window, [error] if error else []


def _folder(path: str | None) -> Path | None:
    if path is None:
        return None
    target = Path(path).expanduser()
    try:
        return target if target.is_dir() else None
    except OSError:
        return None


AFTER_PAINT_MS = 150


def after_first_paint(window: MainWindow, started: float, settings_problem: Message | None) -> None:
    """What can wait until the window is on screen: the log file, then the recovery offer."""
    from os2editor.gui.controllers.recovery import offer_recovery
    from os2editor.logfile import setup_logging

    setup_logging()
    log.info("window shown after %.0f ms", (time.perf_counter() - started) * 1000)
    if settings_problem is not None:
        log.warning("settings: %s", settings_problem.code)

    offer_recovery(window, window.set_session)  # each restored document in a tab


def start(path: str | None, lang: str | None = None) -> QApplication:
    """Show the editor on ``path`` (a description, a folder of them, or a new description)
    and queue what comes after the first paint; the caller runs the event loop."""
    started = time.perf_counter()
    hold_records()  # the log file opens after the first paint; what comes before waits for it
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    desktop.present(app)
    settings, settings_problem = load_settings()
    i18n.install_translators(app, i18n.choose_language(lang, settings.language))
    window, messages = create_window(path, settings)
    if settings_problem is not None:
        messages.append(message_text(settings_problem))
    _install_excepthook(window)
    window.show()
    desktop.close_when_asked(window)
    # A moment after the window is on screen and painted, not in the same turn of the event
    # loop: the log file and the recovery records (which bring pydantic) take about 0.1 s.
    QTimer.singleShot(AFTER_PAINT_MS, window,  # gone with the window, if it closes first
                      lambda: after_first_paint(window, started, settings_problem))
    for message in messages:
        title = QCoreApplication.translate("app", "Could not open everything")
        QTimer.singleShot(0, lambda m=message, t=title: interaction.show_warning(window, t, m))
    return app


def run(path: str | None, lang: str | None = None) -> int:
    """Open the editor on ``path`` (or a new description); return the exit code."""
    return start(path, lang).exec()
