"""Fixtures of the library page's tests: the modal questions answered, an empty window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from os2editor.gui.app import create_window
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library import dialogs
from os2editor.storage.settings import Settings
from tests.gui.library.helpers import Answers


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def ask_save(_parent: object, name: str) -> str:
        given.asked_save.append(name)
        return given.save.pop(0) if len(given.save) > 1 else given.save[0]

    def ask_approval(_parent: object, titles: list[str], _by: str) -> object:
        given.approval_titles.append(titles)
        return given.approval

    def ask_commit(_parent: object, names: list[str], message: str) -> bool:
        given.asked_commit.append((names, message))
        return given.commit

    monkeypatch.setattr(interaction, "ask_save_discard_cancel", ask_save)
    monkeypatch.setattr(interaction, "show_error",
                        lambda _p, title, text: given.errors.append((title, text)))
    monkeypatch.setattr(interaction, "show_warning",
                        lambda _p, title, text: given.warnings.append((title, text)))
    monkeypatch.setattr(dialogs, "ask_folder", lambda _p, _start: given.folder)
    monkeypatch.setattr(dialogs, "ask_baseline", lambda _p, _current: given.baseline)
    monkeypatch.setattr(dialogs, "ask_approval", ask_approval)
    monkeypatch.setattr(dialogs, "ask_pack_path", lambda _p, _suggested: given.pack_path)
    monkeypatch.setattr(dialogs, "ask_commit", ask_commit)
    return given


@pytest.fixture
def empty_window(qtbot: QtBot, answers: Answers,
                 language: Callable[[str], list[Any]]) -> Iterator[MainWindow]:
    """The window as ``os2editor`` starts it in English: a new description, nothing else."""
    language("en")  # the English catalogue: plural forms ("1 match", "2 matches")
    window, _messages = create_window(None, Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for slot in window.documents:  # let teardown close without asking
        slot.session.undo_stack.setClean()


