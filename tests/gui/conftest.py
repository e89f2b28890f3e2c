"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from os2editor.gui import i18n
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction

from .opening import open_window
from .role_sample import ROLE_MD


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], list[Any]]]:
    """Switch the interface language for one test; English source strings again afterwards."""
    yield lambda code: i18n.install_translators(qapp, code)
    i18n.remove_translators(qapp)


@pytest.fixture
def role_file(tmp_path: Path) -> Path:
    """The role sample (:data:`ROLE_MD`) as a file."""
    path = tmp_path / "os2-testkoordinator.md"
    path.write_bytes(ROLE_MD.encode("utf-8"))
    return path


@pytest.fixture
def window(
    qtbot: QtBot, role_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """A window on :func:`role_file` at the size Qt gives it, shown and active; unsaved edits
    are thrown away at the end. (The views' tests have their own: tests/gui/views/conftest.py.)"""
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    win = open_window(qtbot, role_file, size=None)
    yield win
    win.session.undo_stack.setClean()
