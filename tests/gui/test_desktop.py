"""The app as the desktop sees it: its icon, its name, its version in About; the smoke hook."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from os2editor.about import SOURCE_URL, version
from os2editor.gui import desktop
from os2editor.gui.app import start
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.markdown import load
from os2editor.storage.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, role_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), DocumentSession(load(role_file), role_file))
    qtbot.addWidget(win)
    yield win
    win.session.undo_stack.setClean()


def test_the_app_shows_its_icon_and_name(qtbot: QtBot, role_file: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own
    app = start(str(role_file), "en")
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w.isVisible()]
    for win in shown:
        qtbot.addWidget(win)
    assert len(shown) == 1
    sizes = app.windowIcon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes and QSize(512, 512) in sizes
    assert not shown[0].windowIcon().pixmap(32, 32).isNull()  # windows and taskbar take it
    assert app.desktopFileName() == "os2editor"  # matches os2editor.desktop on Wayland


def test_about_names_the_version_the_licence_and_the_source(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(interaction, "show_about",
                        lambda _parent, title, text: shown.append((title, text)))
    window.window_actions.about.trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "About os2editor"
    plain = QTextDocumentFragment.fromHtml(text).toPlainText()
    assert plain.startswith(f"os2editor {version()}\n")
    assert version()[0].isdigit()
    assert "Licence: Mozilla Public License 2.0 (MPL-2.0)" in plain
    assert f"Source code: {SOURCE_URL}" in plain
    assert f'href="{SOURCE_URL}"' in text and 'href="https://mozilla.org/MPL/2.0/"' in text


def test_the_smoke_hook_closes_the_window_after_its_first_paint(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(desktop.SMOKE_QUIT_ENV, "20")
    desktop.close_when_asked(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


@pytest.mark.parametrize("value", [None, "", "soon"])
def test_without_the_hook_the_window_stays_open(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        value: str | None) -> None:
    if value is None:
        monkeypatch.delenv(desktop.SMOKE_QUIT_ENV, raising=False)
    else:
        monkeypatch.setenv(desktop.SMOKE_QUIT_ENV, value)
    desktop.close_when_asked(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert window.isVisible()
