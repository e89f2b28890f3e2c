"""The library's questions and its page in both languages: each dialog opens, Danish shows no
English, the approval dialog follows the day and refuses an empty name."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from os2editor.gui.app import create_window
from os2editor.gui.views.library import dialogs
from os2editor.gui.views.library.table import Column
from os2editor.storage.settings import Settings
from tests.gui.library.helpers import Answers, open_folder
from tests.gui.test_i18n import accelerator, assert_no_english_left, texts_of
from tests.library.helpers import make_repo

ARGUMENTS: dict[str, object] = {
    "parent": None, "start_dir": "", "current": None, "titles": ["Mødekoordinator"],
    "by": "bestyrelsen", "suggested": "pakke.docx", "names": ["rolle.md"],
    "message": "Godkendt af bestyrelsen 5. december 2026",
}


@pytest.mark.parametrize("code", ["en", "da"])
def test_every_library_question_opens(monkeypatch: pytest.MonkeyPatch,
                                      language: Callable[[str], list[Any]], code: str) -> None:
    language(code)
    shown: list[set[str]] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(texts_of(dialog))
        return 0

    def fake_file(_parent: object, caption: str, _dir: str, filters: str = "") -> Any:
        shown.append({caption, *filters.split(";;")} - {""})
        return ("", "") if filters else ""

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_file))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake_file))
    asked = 0
    for name, function in inspect.getmembers(dialogs, inspect.isfunction):
        if function.__module__ != dialogs.__name__ or not name.startswith("ask_"):
            continue
        parameters = inspect.signature(function).parameters
        assert set(parameters) <= set(ARGUMENTS), name
        function(**{key: ARGUMENTS[key] for key in parameters})
        asked += 1
    assert asked == 5 and len(shown) == asked
    if code == "da":
        for texts in shown:
            assert_no_english_left(texts)


def test_the_approval_dialog_follows_the_day_and_needs_a_name(qtbot: QtBot) -> None:
    dialog = dialogs.ApprovalDialog(["Produktkonsulent"], "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.by, "bestyrelsen")
    assert ok.isEnabled()
    today = dt.date.today()
    assert dialog.answer().day == today
    assert dialog.answer().next_revision.year == today.year + 1
    dialog.day.setDate(QDate(2026, 12, 5))
    assert dialog.answer().next_revision == dt.date(2027, 12, 5)  # a year on
    dialog.next.setDate(QDate(2027, 6, 1))  # set by hand: it stays
    dialog.day.setDate(QDate(2026, 12, 6))
    assert dialog.answer() == dialogs.ApprovalAnswer("bestyrelsen", dt.date(2026, 12, 6),
                                                     dt.date(2027, 6, 1))


def test_the_library_page_in_danish(qtbot: QtBot, answers: Answers,
                                    language: Callable[[str], list[Any]],
                                    tmp_path: Path) -> None:
    language("da")
    window, _ = create_window(None, Settings())
    qtbot.addWidget(window)
    window.show()
    view = open_folder(qtbot, window, answers, make_repo(tmp_path / "handbook"))
    texts = texts_of(view)
    headers = {str(view.roles.model().headerData(column, Qt.Orientation.Horizontal))
               for column in Column}
    assert_no_english_left(texts | headers)
    assert "Titel" in headers and "Næste revision" in headers
    assert view.sections.tabText(0) == "Funktionsbeskrivelser (5)"
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Bibliotek" in menus
    keys = [accelerator(text) for text in menus]
    assert len([key for key in keys if key]) == len({key for key in keys if key})
    for container in (view, view.find_replace, view.site_order):
        buttons = [b.text() for b in container.findChildren(type(view.open_button))
                   if b.isVisibleTo(view)]
        keys = [key for key in map(accelerator, buttons) if key]
        assert len(keys) == len(set(keys)), buttons
