"""How the app shows itself to the desktop: its icon and name; and the built app's smoke hook."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from os2editor.about import APP_NAME, icon_files

SMOKE_QUIT_ENV = "OS2EDITOR_SMOKE_QUIT_MS"
"""A test hook, not a setting: when set to a number of milliseconds, the first window closes
that long after its first paint, as if the user had closed it. scripts/build_app.py uses it to
open the built app's window offscreen in its smoke test and to time the window's start."""


def present(app: QApplication) -> None:
    """Give the app its icon (windows and taskbar) and its desktop entry's name (Wayland
    matches the window to ``os2editor.desktop`` by it). The icon's files load when drawn."""
    icon = QIcon()
    for file in icon_files():
        icon.addFile(str(file))
    app.setWindowIcon(icon)
    app.setDesktopFileName(APP_NAME)


def close_when_asked(window: QWidget) -> None:
    """Arm the smoke hook (see SMOKE_QUIT_ENV) on ``window``, if the environment asks for it."""
    delay = os.environ.get(SMOKE_QUIT_ENV, "")
    if delay.isdigit():
        window.installEventFilter(_CloseAfterFirstPaint(window, int(delay)))


class _CloseAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, delay_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._delay_ms = delay_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(self._delay_ms, self._window.close)
        return False
