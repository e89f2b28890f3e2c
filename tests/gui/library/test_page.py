"""The library page, driven through its widgets: a folder listed, sorted and filtered; roles
opened in tabs of the same window, each with its own unsaved state and undo history; closing
asks about each unsaved one; the folder read again when a file changes on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.gui.app import create_window
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.library.table import Column, LibraryRow
from os2editor.storage.settings import Settings
from tests.gui.driving import retype_first_task
from tests.gui.library.helpers import (
    Answers,
    cell,
    click_row,
    click_tab,
    column_texts,
    double_click_row,
    library,
    open_folder,
    row_of,
    settle,
    tab_texts,
)
from tests.library.helpers import commit_all, edit, make_folder, make_repo, role

TITLES_IN_SITE_ORDER = ["Foreningschef", "Datakoordinator", "Porteføljeleder", "Formidler",
                        "Brugerkoordinator"]


def test_a_folder_lists_every_description_with_its_facts(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_repo(tmp_path / "handbook")
    data = role(folder, "data.md")
    edit(data, "nav_order: 8\n", "nav_order: 8\nlast_revised: 2024-12-01\n"
         "approved_by: Bestyrelsen\nnext_revision: 2025-12-01\n")
    commit_all(tmp_path / "handbook", "Godkendt")
    edit(data, "- Levere kvartalsrapporten.", "- Vedligeholde datakataloget.")  # twice now
    (folder / "roles" / "deeper").mkdir()
    (folder / "roles" / "program.md").rename(folder / "roles" / "deeper" / "program.md")
    (folder / "roles" / "broken.md").write_bytes(b"# Rolle\n\xff\n")

    view = open_folder(qtbot, empty_window, answers, folder)

    table = view.roles
    assert column_texts(table, Column.TITLE) == TITLES_IN_SITE_ORDER  # subfolder included
    assert set(column_texts(table, Column.PARENT)) == {"Organisation og Roller"}
    assert column_texts(table, Column.ORDER) == ["1", "8", "9", "11", "12"]
    at = row_of(table, "Datakoordinator")
    assert (cell(table, at, Column.HOURS), cell(table, at, Column.LAST_REVISED),
            cell(table, at, Column.APPROVED_BY)) == ("37", "2024-12-01", "Bestyrelsen")
    assert cell(table, at, Column.NEXT_REVISION) == "2025-12-01 (due)"
    red = table.filter.index(at, Column.NEXT_REVISION).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().red() > 150 and red.color().green() < 50
    other = row_of(table, "Foreningschef")
    assert table.filter.index(other, Column.NEXT_REVISION).data(
        Qt.ItemDataRole.ForegroundRole) is None
    assert cell(table, at, Column.CHANGED) == "Yes"
    assert cell(table, other, Column.CHANGED) == "not approved"
    assert not table.isColumnHidden(Column.CHANGED)
    warnings = {title: cell(table, row_of(table, title), Column.WARNINGS)
                for title in TITLES_IN_SITE_ORDER}
    assert warnings == {"Foreningschef": "1", "Datakoordinator": "1", "Porteføljeleder": "",
                        "Formidler": "", "Brugerkoordinator": "4"}
    tip = table.filter.index(at, Column.WARNINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Vedligeholde datakataloget." in tip
    # Other pages apart, and the unreadable file with its reason.
    assert column_texts(view.pages, Column.TITLE) == ["Organisation og Roller",
                                                      "Bilag C - Roller for vedligehold"]
    assert view.sections.tabText(3) == "Other pages (2)"
    broken = view.unreadable.topLevelItem(0)
    assert broken is not None and broken.text(0) == "roles/broken.md"
    assert "not valid UTF-8" in broken.text(1)
    assert view.summary.text() == "5 descriptions · 1 is due for revision · 3 have warnings"
    assert empty_window.windowTitle() == "docs[*]"
    assert tab_texts(empty_window) == ["Library: docs"]  # the empty new description is gone


def test_folder_checks_warn_of_a_shared_place_and_an_unknown_parent(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "program.md"), "nav_order: 9", "nav_order: 8")
    edit(role(folder, "communication.md"), "parent: Organisation og Roller", "parent: Roller")
    view = open_folder(qtbot, empty_window, answers, folder)
    table = view.roles
    for title in ("Datakoordinator", "Porteføljeleder"):
        tip = table.filter.index(row_of(table, title), Column.WARNINGS).data(
            Qt.ItemDataRole.ToolTipRole)
        assert "nav_order 8 is also the place of" in tip
    tip = table.filter.index(row_of(table, "Formidler"), Column.WARNINGS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "the parent “Roller” is the title of no page in the folder" in tip


def test_without_git_the_git_column_is_hidden_and_the_round_waits(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    view = open_folder(qtbot, empty_window, answers, make_folder(tmp_path))
    assert view.roles.isColumnHidden(Column.CHANGED)
    assert view.roles.isColumnHidden(Column.ROUND)
    assert not view.baseline_button.isEnabled()
    assert "not in a git repository" in view.baseline.text()
    assert column_texts(view.roles, Column.TITLE) == TITLES_IN_SITE_ORDER


def test_rows_sort_by_a_clicked_column_and_filter_by_text_and_question(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "program.md"), "nav_order: 9\n", "nav_order: 9\nnext_revision: 2020-01-01\n")
    view = open_folder(qtbot, empty_window, answers, folder)
    table = view.roles
    header = table.horizontalHeader()
    title_x = header.sectionViewportPosition(Column.TITLE) + header.sectionSize(Column.TITLE) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(title_x, header.height() // 2))
    assert column_texts(table, Column.TITLE) == sorted(TITLES_IN_SITE_ORDER)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(title_x, header.height() // 2))
    assert column_texts(table, Column.TITLE) == sorted(TITLES_IN_SITE_ORDER, reverse=True)
    hours_x = header.sectionViewportPosition(Column.HOURS) + header.sectionSize(Column.HOURS) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(hours_x, header.height() // 2))
    hours = column_texts(table, Column.HOURS)
    assert hours == ["37", "37", "37", "37", ""]  # an empty cell last

    qtbot.keyClicks(view.filter, "koordinator")
    assert sorted(column_texts(table, Column.TITLE)) == ["Brugerkoordinator", "Datakoordinator"]
    view.filter.clear()
    view.show_choice.setCurrentIndex(view.show_choice.findData("due"))
    assert column_texts(table, Column.TITLE) == ["Porteføljeleder"]
    view.show_choice.setCurrentIndex(view.show_choice.findData("warnings"))
    assert sorted(column_texts(table, Column.TITLE)) == ["Brugerkoordinator", "Foreningschef"]


def test_roles_open_in_tabs_of_the_same_window_each_with_its_own_undo(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    table = view.roles
    double_click_row(table, row_of(table, "Datakoordinator"))
    assert window.session.path == role(folder, "data.md")
    assert tab_texts(window) == ["Library: docs", "Datakoordinator"]
    retype_first_task(window, "Levere månedsrapporten.")
    data = window.session
    assert data.is_modified()

    click_tab(window, 0)
    assert window.pages.showing_library
    assert cell(table, row_of(table, "Datakoordinator"), Column.TITLE) == "Datakoordinator ●"
    click_row(table, row_of(table, "Foreningschef"))
    QTest.keyClick(table, Qt.Key.Key_Return)
    chief = window.session
    assert chief.path == role(folder, "chief.md") and chief is not data
    assert tab_texts(window) == ["Library: docs", "Datakoordinator ●", "Foreningschef"]
    retype_first_task(window, "Lede og udvikle sekretariatet.")
    assert window.window_actions.undo.isEnabled()
    window.window_actions.undo.trigger()  # undoes the chief's edit only
    assert not chief.is_modified() and data.is_modified()
    assert window.window_actions.redo.isEnabled()

    click_tab(window, 1)
    assert window.session is data
    assert window.undo_group.activeStack() is data.undo_stack
    window.window_actions.undo.trigger()
    assert not data.is_modified()
    assert tab_texts(window) == ["Library: docs", "Datakoordinator", "Foreningschef"]
    # Opening an open role again shows its tab; nothing is opened twice.
    click_tab(window, 0)
    double_click_row(table, row_of(table, "Foreningschef"))
    assert window.session is chief and window.tabs.count() == 3


def test_a_document_comes_back_with_the_part_it_showed(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    view = open_folder(qtbot, window, answers, make_folder(tmp_path))
    library(window).open([role(library(window).folder, "data.md"),
                          role(library(window).folder, "chief.md")])
    assert tab_texts(window)[1:] == ["Datakoordinator", "Foreningschef"]
    window.navigation.select(3)
    click_tab(window, 1)
    assert window.navigation.current_key() == -1
    window.navigation.select(2)
    click_tab(window, 2)
    assert window.navigation.current_key() == 3
    click_tab(window, 1)
    assert window.navigation.current_key() == 2
    assert view is library(window).view


def test_closing_the_window_asks_about_each_unsaved_document(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    open_folder(qtbot, window, answers, folder)
    controller = library(window)
    controller.open([role(folder, "data.md")])
    retype_first_task(window, "Levere månedsrapporten.")
    controller.open([role(folder, "program.md")])
    controller.open([role(folder, "chief.md")])
    retype_first_task(window, "Lede og udvikle sekretariatet.")
    before = role(folder, "chief.md").read_bytes()

    answers.save = [interaction.DISCARD, interaction.CANCEL]
    assert not window.close()
    assert answers.asked_save == ["data.md", "chief.md"]
    assert window.isVisible() and window.session.path == role(folder, "chief.md")

    answers.asked_save.clear()
    answers.save = [interaction.SAVE, interaction.DISCARD]
    assert window.close()
    assert answers.asked_save == ["data.md", "chief.md"]
    assert "- Levere månedsrapporten." in role(folder, "data.md").read_text("utf-8")
    assert role(folder, "chief.md").read_bytes() == before


def test_closing_a_tab_asks_and_leaves_the_others(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    open_folder(qtbot, window, answers, folder)
    library(window).open([role(folder, "data.md"), role(folder, "chief.md")])
    retype_first_task(window, "Lede og udvikle sekretariatet.")
    answers.save = [interaction.CANCEL]
    window.window_actions.close.trigger()
    assert tab_texts(window) == ["Library: docs", "Datakoordinator", "Foreningschef ●"]
    answers.save = [interaction.DISCARD]
    window.window_actions.close.trigger()
    assert tab_texts(window) == ["Library: docs", "Datakoordinator"]
    assert window.session.path == role(folder, "data.md")
    window.window_actions.close.trigger()  # unedited: no question
    assert tab_texts(window) == ["Library: docs"] and window.pages.showing_library
    assert answers.asked_save == ["chief.md", "chief.md"]


def test_dropping_a_folder_on_the_window_opens_it_as_the_library(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    enter.ignore()
    empty_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    empty_window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons,
                                      modifiers))
    qtbot.waitUntil(lambda: empty_window.pages.library is not None, timeout=3000)
    assert column_texts(library(empty_window).view.roles, Column.TITLE) == TITLES_IN_SITE_ORDER


def test_os2editor_dir_starts_on_the_library(qtbot: QtBot, answers: Answers,
                                             tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    window, messages = create_window(str(folder), Settings())
    qtbot.addWidget(window)
    window.show()
    assert messages == []
    qtbot.waitUntil(lambda: window.pages.library is not None
                    and window.pages.library.scan is not None, timeout=5000)
    assert window.pages.showing_library
    assert column_texts(library(window).view.roles, Column.TITLE) == TITLES_IN_SITE_ORDER


def test_a_file_changed_on_disk_is_read_again(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, empty_window, answers, folder)
    edit(role(folder, "chief.md"), "title: Foreningschef", "title: Direktør")
    text = role(folder, "program.md").read_text("utf-8")
    text = text.replace("title: Porteføljeleder", "title: Projektleder")
    (folder / "roles" / "new.md").write_text(text.replace("nav_order: 9", "nav_order: 13"),
                                              "utf-8")
    qtbot.waitUntil(lambda: "Direktør" in column_texts(view.roles, Column.TITLE)
                    and "Projektleder" in column_texts(view.roles, Column.TITLE), timeout=5000)
    (folder / "roles" / "new.md").unlink()
    qtbot.waitUntil(lambda: "Projektleder" not in column_texts(view.roles, Column.TITLE),
                    timeout=5000)


def test_overdue_is_against_today(qtbot: QtBot, empty_window: MainWindow, answers: Answers,
                                  tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    today = dt.date.today()
    edit(role(folder, "chief.md"), "nav_order: 1\n",
         f"nav_order: 1\nnext_revision: {today.isoformat()}\n")
    edit(role(folder, "data.md"), "nav_order: 8\n",
         f"nav_order: 8\nnext_revision: {(today + dt.timedelta(days=1)).isoformat()}\n")
    view = open_folder(qtbot, empty_window, answers, folder)
    rows = {row.title: row for row in (view.roles.rows.rows)}
    assert isinstance(rows["Foreningschef"], LibraryRow)
    assert rows["Foreningschef"].due and not rows["Datakoordinator"].due
    settle(qtbot)


def test_without_git_on_the_machine_the_git_column_is_hidden(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_repo(tmp_path / "handbook")
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    view = open_folder(qtbot, empty_window, answers, folder)
    assert view.roles.isColumnHidden(Column.CHANGED)
    assert not view.baseline_button.isEnabled()
    assert "git" in view.baseline.text()
    assert column_texts(view.roles, Column.TITLE) == TITLES_IN_SITE_ORDER


def test_ctrl_tab_steps_through_the_tabs_and_close_on_the_library_closes_the_folder(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    from tests.gui.driving import activate

    window = empty_window
    folder = make_folder(tmp_path)
    open_folder(qtbot, window, answers, folder)
    library(window).open([role(folder, "data.md"), role(folder, "chief.md")])
    activate(qtbot, window)
    window.pages.show_library()
    QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.session.path == role(folder, "data.md") and not window.pages.showing_library
    QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.session.path == role(folder, "chief.md")
    QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.showing_library
    window.window_actions.close.trigger()  # on the library page: the folder closes
    assert window.pages.library is None
    assert tab_texts(window) == ["Datakoordinator", "Foreningschef"]
    assert not window.library_actions.show_library.isEnabled()
