"""Issue 15 point 12: a reload after a change on disk keeps the part and the scroll position;
File > New forgets the previous file's save and autosave times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers import file_watch
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.markdown import load
from os2editor.storage.settings import Settings

from .driving import activate
from .role_sample import ROLE_MD

TASKS = 2


@pytest.fixture
def role(tmp_path: Path) -> Path:
    path = tmp_path / "os2-testkoordinator.md"
    path.write_bytes(ROLE_MD.encode("utf-8"))
    return path


@pytest.fixture
def window(qtbot: QtBot, role: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_watch, "SETTLE_MS", 20)
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    win = MainWindow(Settings(), DocumentSession(load(role), role))
    qtbot.addWidget(win)
    win.resize(1024, 480)  # short: the tasks form scrolls
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    yield win
    win.session.undo_stack.setClean()


def scroll_bar(win: MainWindow) -> QScrollBar:
    form = win.current_form()
    assert form is not None
    return form.scroll_area.verticalScrollBar()


def scroll_down(qtbot: QtBot, win: MainWindow) -> int:
    """Scroll the form as a user does, with Page Down in its scroll area; the position."""
    bar = scroll_bar(win)
    qtbot.wait(300)  # the board lays its columns out once shown
    assert bar.maximum() > 40
    form = win.current_form()
    assert form is not None
    for _ in range(2):
        QTest.keyClick(form.scroll_area.viewport(), Qt.Key.Key_PageDown)
    if bar.value() == 0:  # the viewport took no key on this style: drag the bar instead
        bar.setSliderPosition(bar.maximum() // 2)
    assert bar.value() > 0
    return bar.value()


def test_reload_after_a_change_on_disk_keeps_the_part_and_the_scroll(
    qtbot: QtBot, window: MainWindow, role: Path
) -> None:
    window.navigation.select(TASKS)
    position = scroll_down(qtbot, window)
    before = window.session
    role.write_text(ROLE_MD.replace("- Holde testworkshops.", "- Holde testworkshops online."),
                    encoding="utf-8")
    qtbot.waitUntil(lambda: window.session is not before, timeout=5000)
    assert window.navigation.current_key() == TASKS
    assert window.current_form() is not None
    qtbot.waitUntil(lambda: scroll_bar(window).value() == position, timeout=2000)


def test_a_section_added_above_does_not_move_the_user_to_another_part(
    qtbot: QtBot, window: MainWindow, role: Path
) -> None:
    window.navigation.select(TASKS)
    before = window.session
    role.write_text(ROLE_MD.replace("## Ansvarsområde", "## Forudsætninger\n\nIngen.\n\n"
                                    "## Ansvarsområde"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.session is not before, timeout=5000)
    key = window.navigation.current_key()
    assert window.session.doc.sections[key].heading == "Arbejdsopgaver og prioritering"
    assert key == TASKS + 1


def test_new_forgets_the_previous_file_s_save_and_autosave_times(window: MainWindow) -> None:
    window.status.show_autosaved(dt.datetime(2026, 12, 5, 14, 37))
    window.status.show_saved(dt.datetime(2026, 12, 5, 14, 30))
    assert window.status.autosave_label.text() == "Autosaved 14:37"
    assert window.status.save_label.text() == "Saved 14:30"
    window.window_actions.new.trigger()
    assert window.session.path is None
    assert window.status.autosave_label.text() == ""
    assert window.status.save_label.text() == ""
