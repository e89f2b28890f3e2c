"""A window on a description file, as a user opens it, for the tests of issue 15's points."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.navigation import TITLES
from os2editor.markdown import load
from os2editor.model import Section
from os2editor.storage.settings import Settings

from .role_sample import ROLE_MD


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog nobody answers would hang the test: fail with its text instead."""

    def unexpected(_parent: object, title: str, text: str) -> None:
        raise AssertionError(f"unexpected dialog: {title}: {text}")

    monkeypatch.setattr(interaction, "show_error", unexpected)
    monkeypatch.setattr(interaction, "show_warning", unexpected)
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda _p, _n: interaction.DISCARD)


@pytest.fixture
def role_file(tmp_path: Path) -> Path:
    path = tmp_path / "os2-testkoordinator.md"
    path.write_bytes(ROLE_MD.encode("utf-8"))
    return path


def open_window(qtbot: QtBot, path: Path | None, size: tuple[int, int] = (1280, 800)) -> MainWindow:
    session = DocumentSession(load(path), path) if path is not None else None
    if session is None:
        from os2editor.gui.controllers.file_actions import template_document

        session = DocumentSession(template_document())
    win = MainWindow(Settings(), session)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


@pytest.fixture
def window(qtbot: QtBot, role_file: Path, no_dialogs: None) -> Iterator[MainWindow]:
    win = open_window(qtbot, role_file)
    yield win
    win.session.undo_stack.setClean()  # let teardown close without asking


def show(win: MainWindow, section: Section | None) -> Form:
    """Choose a part in the navigation, as a click does; its form."""
    key = TITLES if section is None else win.session.doc.sections.index(section)
    win.navigation.select(key)
    form = win.current_form()
    assert form is not None
    return form
