"""Opening a window on a description as a user does, and choosing a part in it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.navigation import TITLES
from os2editor.markdown import load
from os2editor.model import Section
from os2editor.storage.settings import Settings

from .driving import activate


def open_window(
    qtbot: QtBot, path: Path | None, size: tuple[int, int] | None = (1280, 800)
) -> MainWindow:
    """A window on ``path`` (None: a new description), shown and active; ``size`` None leaves
    it at the size Qt gives it."""
    if path is not None:
        session = DocumentSession(load(path), path)
    else:
        from os2editor.gui.controllers.file_actions import template_document

        session = DocumentSession(template_document())
    win = MainWindow(Settings(), session)
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    return win


def show(win: MainWindow, section: Section | None) -> Form:
    """Choose a part in the navigation, as a click does; its form."""
    key = TITLES if section is None else win.session.doc.sections.index(section)
    win.navigation.select(key)
    form = win.current_form()
    assert form is not None
    return form
