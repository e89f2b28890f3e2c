"""Issue 15 point 16: dialogs are titled for what they do, and no title is cut."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers.revision_mode import RevisionController
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs.preferences import PreferencesDialog
from os2editor.markdown import load, loads
from os2editor.storage.settings import Settings
from tests.helpers import fixture_text


@pytest.fixture
def titles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The title of every file dialog opened (each answered with Cancel)."""
    seen: list[str] = []

    def cancel(dialog: QFileDialog) -> int:
        seen.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(QFileDialog, "exec", cancel)
    return seen


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "chief.md"
    path.write_text(fixture_text("chief.md"), encoding="utf-8")
    win = MainWindow(Settings(), DocumentSession(load(path), path))
    qtbot.addWidget(win)
    yield win


def revision(win: MainWindow) -> RevisionController:
    found = win.findChild(RevisionController)
    assert found is not None
    return found


def test_compare_and_redline_dialogs_say_what_they_are_for(
    window: MainWindow, titles: list[str]
) -> None:
    revision(window).compare_file.trigger()
    window.window_actions.open.trigger()
    revision(window).set_baseline(loads(fixture_text("chief-2025.md")), "approved")
    revision(window).redline.trigger()
    assert titles == ["Compare with an approved version", "Open function description",
                      "Save the redline (Word with tracked changes)"]


def test_the_danish_titles_too(
    window: MainWindow, titles: list[str], language: Callable[[str], list[Any]]
) -> None:
    language("da")
    window.window_actions.open.trigger()
    interaction.ask_redline_path(window, "rettelser.docx")
    interaction.ask_export_path(window, "rolle.pdf", pdf=True)
    assert titles == ["Åbn funktionsbeskrivelse",
                      "Gem rettelserne (Word med sporede ændringer)", "Eksportér til PDF"]


@pytest.mark.parametrize("code", ["en", "da"])
def test_the_preferences_title_has_room(
    qtbot: QtBot, language: Callable[[str], list[Any]], code: str
) -> None:
    language(code)
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    # A title bar also holds the window's icon and its buttons: about ten characters' room.
    assert dialog.width() >= title + 10 * dialog.fontMetrics().averageCharWidth()
    assert dialog.minimumWidth() >= title
