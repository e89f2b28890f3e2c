"""The MoSCoW board as a user reads it: counts that never go stale (issue 15, point 1), each
priority's share (issue 19, point 3), text that wraps and stays readable at 1024 px with the
Changes panel open (point 2), and columns that line up (point 16)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers.revision_mode import RevisionController
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.board import MoscowBoard, MoscowColumn
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.widgets.list_items import GRIP_WIDTH, PAD_H
from os2editor.gui.views.widgets.markdown_text import wrapped_layout
from os2editor.model import Priority
from os2editor.writing.balance import shares

from ..driving import choose, click_row, row_menu, tasks_of
from ..opening import open_window, show
from ..role_sample import ROLE_MD

LONG_TASKS = ROLE_MD.replace(
    "- Gennemføre test før hver udgivelse.",
    "- Koordinere Digitaliseringsstyrelsens og produktfællesskabernes testforløb.\n"
    "- Følge op på Kommunernes Landsforenings anbefalinger om "
    "informationssikkerhedsgennemgange.",
).replace("### COULD (løses, når der er tid)\n\n- Automatisere gentagne test.\n",
          "### COULD (løses, når der er tid)\n\n- Automatisere gentagne test.\n\n"
          "### WON'T (ikke i denne periode)\n\n- Udvikle egne testværktøjer.\n")


def board_of(win: MainWindow) -> MoscowBoard:
    form = show(win, win.session.doc.tasks)
    assert isinstance(form, TasksForm)
    return form.board


def assert_counts_hold(win: MainWindow) -> None:
    """Every count on screen is what the lists hold now: the column titles, their shares and
    the navigation's count of the tasks part."""
    tasks = tasks_of(win)
    board = board_of(win)
    planned = shares(tasks)
    for priority, column in board.columns.items():
        if column.isHidden():
            continue
        found = re.fullmatch(r"(?:● )?(\S+) · (\d+)(?: \((\d+)%\))?", column.title.text())
        assert found is not None, column.title.text()
        assert found.group(1) == priority.value
        assert int(found.group(2)) == len(tasks.tasks(priority))
        assert column.editor.view.list_model.rowCount() == len(tasks.tasks(priority))
        if priority is not Priority.WONT:
            assert found.group(3) is not None
            assert int(found.group(3)) == round(100 * planned[priority])
    key = win.session.doc.sections.index(tasks)
    entry = win.navigation.tree.topLevelItem(key + 1)
    assert entry is not None
    assert entry.text(1) == str(sum(len(tasks.tasks(p)) for p in Priority))


def test_counts_never_go_stale(
    qtbot: QtBot, window: MainWindow, role_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = board_of(window)
    assert_counts_hold(window)
    should = board.column(Priority.SHOULD).editor
    click_row(should, 0)
    QTest.keyClick(should.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert [len(tasks_of(window).tasks(p)) for p in Priority] == [3, 1, 1, 0]
    assert_counts_hold(window)
    # Revision > Compare with file: the file as it was opened.
    approved = role_file.with_name("approved.md")
    approved.write_bytes(role_file.read_bytes())
    monkeypatch.setattr(interaction, "ask_open_path", lambda _p, _s, *_title: str(approved))
    revision = window.findChild(RevisionController)
    assert revision is not None
    revision.compare_file.trigger()
    qtbot.waitUntil(lambda: revision.changes != [], timeout=3000)
    assert board.column(Priority.MUST).title.text().startswith("● MUST · 3 (")
    assert_counts_hold(window)
    revision.stop.trigger()
    assert_counts_hold(window)
    window.window_actions.undo.trigger()
    assert [len(tasks_of(window).tasks(p)) for p in Priority] == [2, 2, 1, 0]
    assert_counts_hold(window)
    window.window_actions.redo.trigger()
    assert_counts_hold(window)
    choose(row_menu(board.column(Priority.MUST).editor, 0), "Move to COULD")
    assert_counts_hold(window)
    # Saved, then changed on disk: the window reloads; the board shows the file's counts.
    window.files.save()
    role_file.write_text(ROLE_MD.replace("- Rapportere fejl til leverandøren.\n", ""),
                         encoding="utf-8")
    before = window.session
    qtbot.waitUntil(lambda: window.session is not before, timeout=5000)
    assert [len(tasks_of(window).tasks(p)) for p in Priority] == [1, 2, 1, 0]
    assert_counts_hold(window)


def test_each_share_follows_typing_live(window: MainWindow) -> None:
    board = board_of(window)
    could = board.column(Priority.COULD)
    assert could.title.text() == "COULD · 1 (20%)"  # 1 of the 5 planned tasks
    QTest.mouseClick(could.editor.add_button, Qt.MouseButton.LeftButton)
    assert could.title.text() == "COULD · 2 (20%)"  # an empty row is no task yet
    field = could.editor.view.indexWidget(could.editor.view.list_model.index(1))
    assert field is not None
    QTest.keyClick(field, Qt.Key.Key_S)
    assert could.title.text() == "COULD · 2 (33%)"
    assert board.column(Priority.MUST).title.text() == "MUST · 2 (33%)"


def test_show_wont_says_hide_while_wont_is_shown(window: MainWindow) -> None:
    board = board_of(window)
    wont = board.column(Priority.WONT)
    assert board.show_wont.text() == "Show WON'T" and not wont.isVisible()
    QTest.mouseClick(board.show_wont, Qt.MouseButton.LeftButton)
    assert wont.isVisible()
    assert board.show_wont.text() == "Hide WON'T"
    QTest.mouseClick(board.show_wont, Qt.MouseButton.LeftButton)
    assert not wont.isVisible() and board.show_wont.text() == "Show WON'T"


def level(widget: Any, board: MoscowBoard) -> int:
    return int(widget.mapTo(board, QPoint(0, 0)).y())


def side_by_side(board: MoscowBoard) -> list[list[MoscowColumn]]:
    """The shown columns, grouped by the row of the board they stand in."""
    rows: dict[int, list[MoscowColumn]] = {}
    for column in board.visible_columns():
        rows.setdefault(level(column, board), []).append(column)
    return [rows[y] for y in sorted(rows)]


@pytest.mark.parametrize("width", [1280, 1600])
def test_columns_side_by_side_line_up(qtbot: QtBot, role_file: Path, no_dialogs: None,
                                      width: int) -> None:
    role_file.write_text(LONG_TASKS, encoding="utf-8")
    win = open_window(qtbot, role_file, (width, 800))
    board = board_of(win)
    qtbot.waitUntil(lambda: len(side_by_side(board)) < len(board.visible_columns()),
                    timeout=2000)  # laid out side by side
    for row in side_by_side(board):
        assert len(row) > 1
        heights = {column.editor.view.height() for column in row}
        assert len(heights) == 1, "lists side by side have one height"
        buttons = {level(column.editor.add_button, board) for column in row}
        assert len(buttons) == 1, "Add buttons side by side stand level"
    win.session.undo_stack.setClean()


def test_a_word_breaks_only_when_it_alone_is_wider_than_the_column(window: MainWindow) -> None:
    font = window.font()
    metrics = window.fontMetrics()
    text = "Overblik over økonomi og Digitaliseringsstyrelsensprojektporteføljer i OS2."
    width = metrics.horizontalAdvance("Digitaliseringsstyrelsens")
    layout, height = wrapped_layout(text, font, width)
    lines = [layout.lineAt(n) for n in range(layout.lineCount())]
    pieces = [text[line.textStart():line.textStart() + line.textLength()] for line in lines]
    assert all(line.naturalTextWidth() <= width + 0.5 for line in lines)  # nothing cut off
    assert "".join(pieces) == text
    broken = [piece for piece in pieces if not piece.endswith(" ") and piece is not pieces[-1]]
    assert all("Digitaliseringsstyrelsensprojektporteføljer".startswith(piece.split(" ")[-1])
               or piece.split(" ")[-1] in "Digitaliseringsstyrelsensprojektporteføljer"
               for piece in broken)  # only the one word too long for a line is broken
    assert pieces[0].rstrip() in ("Overblik over", "Overblik over økonomi")
    assert height >= len(lines) * metrics.lineSpacing() - 1


@pytest.mark.usefixtures("no_dialogs")
@pytest.mark.parametrize("code", ["da", "en"])
def test_the_board_is_readable_at_1024_px_with_the_changes_panel_open(
    qtbot: QtBot, role_file: Path, code: str, language: Callable[[str], list[Any]]
) -> None:
    language(code)
    role_file.write_text(LONG_TASKS, encoding="utf-8")
    win = open_window(qtbot, role_file, (1024, 768))
    revision = win.findChild(RevisionController)
    assert revision is not None
    from os2editor.markdown import loads

    revision.set_baseline(loads(ROLE_MD), "approved.md")  # revision mode: the panel is open
    assert revision.panel.isVisible()
    board = board_of(win)
    if board.show_wont.isVisible():
        QTest.mouseClick(board.show_wont, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    form = win.current_form()
    assert form is not None
    readable = board.fontMetrics().averageCharWidth() * 18
    viewport = form.scroll_area.viewport()
    board_right = board.mapTo(viewport, QPoint(board.width(), 0)).x()
    assert board_right <= viewport.width()  # nothing of the board is cut off at the right
    for column in board.visible_columns():
        view = column.editor.view
        assert view.width() >= readable
        text_width = view.viewport().width() - GRIP_WIDTH - 2 * PAD_H
        for row in range(view.list_model.rowCount()):
            text = view.list_model.index(row).data()
            layout, height = wrapped_layout(text, view.font(), text_width)
            for n in range(layout.lineCount()):
                assert layout.lineAt(n).naturalTextWidth() <= text_width + 0.5
            rect = view.visualRect(view.list_model.index(row))
            assert rect.height() >= height  # the whole wrapped text has room
            assert rect.bottom() <= view.viewport().height()
    win.session.undo_stack.setClean()
