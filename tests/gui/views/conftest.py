"""Fixtures for the tests of the views: a window on a description file, as a user opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction

from ..opening import open_window


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog nobody answers would hang the test: fail with its text instead."""

    def unexpected(_parent: object, title: str, text: str) -> None:
        raise AssertionError(f"unexpected dialog: {title}: {text}")

    monkeypatch.setattr(interaction, "show_error", unexpected)
    monkeypatch.setattr(interaction, "show_warning", unexpected)
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda _p, _n: interaction.DISCARD)


@pytest.fixture
def window(qtbot: QtBot, role_file: Path, no_dialogs: None) -> Iterator[MainWindow]:
    win = open_window(qtbot, role_file)
    yield win
    win.session.undo_stack.setClean()  # let teardown close without asking
