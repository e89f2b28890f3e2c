"""Driving the library page as a user does: the folder opened, rows clicked, tabs switched.

Only modal dialogs are answered here (:class:`Answers`); everything else goes through the
real widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers.library import LibraryController
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library import dialogs
from os2editor.gui.views.library.table import Column
from os2editor.gui.views.library.view import LibraryView, RowTable
from os2editor.library import Baseline


@dataclass
class Answers:
    """What each modal question answers, and a record of what was asked and shown."""

    save: list[str] = field(default_factory=lambda: [interaction.DISCARD])
    folder: str | None = None
    baseline: Baseline | None = None
    approval: dialogs.ApprovalAnswer | None = None
    pack_path: str | None = None
    commit: bool = False
    asked_save: list[str] = field(default_factory=list)
    asked_commit: list[tuple[list[str], str]] = field(default_factory=list)
    approval_titles: list[list[str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def open_folder(qtbot: QtBot, window: MainWindow, answers: Answers, folder: Path) -> LibraryView:
    """File > Open Folder…, the folder chosen in the dialog."""
    answers.folder = str(folder)
    window.window_actions.open_folder.trigger()
    qtbot.waitUntil(lambda: library(window).scan is not None, timeout=5000)
    return library(window).view


def open_find_panel(qtbot: QtBot, window: MainWindow, answers: Answers,
                    folder: Path) -> LibraryView:
    """File > Open Folder…, the folder chosen in the dialog, and its Find and replace tab
    chosen (``view.find_replace``)."""
    view = open_folder(qtbot, window, answers, folder)
    view.sections.setCurrentWidget(view.find_replace)
    return view


def library(window: MainWindow) -> LibraryController:
    controller = window.pages.library
    assert controller is not None
    return controller


def cell(table: RowTable, row: int, column: Column) -> str:
    return str(table.filter.index(row, column).data() or "")


def column_texts(table: RowTable, column: Column) -> list[str]:
    return [cell(table, row, column) for row in range(table.filter.rowCount())]


def row_of(table: RowTable, title: str) -> int:
    titles = [text.removesuffix(" ●") for text in column_texts(table, Column.TITLE)]
    return titles.index(title)


def row_point(table: RowTable, row: int, column: Column = Column.TITLE) -> QPoint:
    return table.visualRect(table.filter.index(row, column)).center()


def click_row(table: RowTable, row: int,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     row_point(table, row))


def double_click_row(table: RowTable, row: int) -> None:
    point = row_point(table, row)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def tab_texts(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def click_tab(window: MainWindow, index: int) -> None:
    rect = window.tabs.tabRect(index)
    QTest.mouseClick(window.tabs, Qt.MouseButton.LeftButton, pos=rect.center())


def settle(qtbot: QtBot) -> None:
    """Let queued work (timers at 0) run."""
    qtbot.wait(20)
    QApplication.processEvents()
