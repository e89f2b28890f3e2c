"""The round in the window: one baseline for the folder, what changed in each role, roles
opened in revision mode against it, and the board pack exported from the library."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.library.dialogs import ApprovalAnswer, BaselineDialog
from os2editor.gui.views.library.table import Column
from os2editor.library import Baseline
from os2editor.library.baseline import BaselineKind
from os2editor.revision.wording import describe
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
)
from tests.library.helpers import commit_all, edit, make_repo, make_round_repo, role


def test_a_revision_baseline_shows_what_changed_in_each_role(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    view = open_folder(qtbot, empty_window, answers, folder)
    assert view.roles.isColumnHidden(Column.ROUND)
    answers.baseline = Baseline.of_revision("v2025")
    QTest.mouseClick(view.baseline_button, Qt.MouseButton.LeftButton)

    table = view.roles
    assert not table.isColumnHidden(Column.ROUND)
    header = table.model().headerData(Column.ROUND, Qt.Orientation.Horizontal)
    assert header == "Since v2025"
    rounds = {title: cell(table, row_of(table, title), Column.ROUND)
              for title in column_texts(table, Column.TITLE)}
    assert rounds == {
        "Foreningschef": "Changed",
        "Datakoordinator": "Changed: 1 task removed, 2 tasks edited · hours 37 → 30",
        "Porteføljeleder": "Unchanged",
        "Sekretær": "New: 6 tasks added · hours – → 30",
    }
    assert view.baseline.text().startswith("Compared with: v2025 (commit ")
    assert "Removed since: Brugerkoordinator" in view.baseline.text()
    view.show_choice.setCurrentIndex(view.show_choice.findData("changed"))
    assert sorted(column_texts(table, Column.TITLE)) == ["Datakoordinator", "Foreningschef",
                                                         "Sekretær"]


def test_a_role_opens_in_revision_mode_against_the_baseline(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_round_repo(tmp_path / "handbook")
    view = open_folder(qtbot, window, answers, folder)
    answers.baseline = Baseline.of_revision("v2025")
    view.baseline_button.click()
    double_click_row(view.roles, row_of(view.roles, "Datakoordinator"))
    revision = window.revision
    assert revision.baseline is not None and revision.panel.isVisible()
    assert revision.baseline_name == "data.md @ v2025"
    texts = {describe(change, "en") for change in revision.changes}
    assert any("kvartals- og årsrapporten" in text for text in texts), texts
    assert revision.marked_keys()  # the changed parts carry the quiet mark
    # Another role, then back: each keeps its own baseline.
    click_tab(window, 0)
    double_click_row(view.roles, row_of(view.roles, "Porteføljeleder"))
    assert revision.baseline_name == "program.md @ v2025" and revision.changes == []
    assert revision.baseline is not window.session.doc  # its own copy, not the one edited
    retype_first_task(window, "Lede porteføljen.")
    qtbot.waitUntil(lambda: bool(revision.changes), timeout=3000)
    click_tab(window, 1)
    assert revision.baseline_name == "data.md @ v2025"
    click_tab(window, 0)
    assert not revision.panel.isVisible()  # the library page shows no document's changes


def test_a_revision_that_does_not_exist_is_a_clear_message(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    view = open_folder(qtbot, empty_window, answers, folder)
    answers.baseline = Baseline.of_revision("v1999")
    view.baseline_button.click()
    assert answers.errors == [("Cannot compare",
                               f"There is no revision “v1999” in the git repository of "
                               f"{library(empty_window).folder}.")]
    assert view.roles.isColumnHidden(Column.ROUND)
    answers.baseline = Baseline.of_revision("--output=/tmp/x")  # data for git, not an option
    view.baseline_button.click()
    assert "There is no revision “--output=/tmp/x”" in answers.errors[-1][1]


def test_each_roles_own_last_approval_as_the_baseline(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)
    data = role(folder, "data.md")
    edit(data, "nav_order: 8\n", "nav_order: 8\nlast_revised: 2025-11-01\n")
    commit_all(root, "Godkendt", "2025-11-01T12:00:00+01:00")
    edit(data, "- Levere kvartalsrapporten.", "- Levere månedsrapporten.")
    view = open_folder(qtbot, empty_window, answers, folder)
    answers.baseline = Baseline.approval()
    view.baseline_button.click()
    assert cell(view.roles, row_of(view.roles, "Datakoordinator"), Column.ROUND) == \
        "Changed: 1 task edited"
    assert cell(view.roles, row_of(view.roles, "Foreningschef"), Column.ROUND).startswith("New")
    assert view.roles.model().headerData(Column.ROUND, Qt.Orientation.Horizontal) == \
        "Since last approval"


def test_the_board_pack_is_written_from_the_library(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    view = open_folder(qtbot, empty_window, answers, folder)
    answers.baseline = Baseline.of_revision("v2025")  # asked for, as no round was chosen yet
    answers.pack_path = str(tmp_path / "pakke.docx")
    QTest.mouseClick(view.pack_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(tmp_path / "pakke.docx") as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Funktionsbeskrivelser til bestyrelsen" in body and "<w:ins " in body
    assert "Board pack written to pakke.docx." in empty_window.statusBar().currentMessage()
    answers.pack_path = str(tmp_path / "pakke.pdf")
    view.pack_button.click()
    assert (tmp_path / "pakke.pdf").read_bytes().startswith(b"%PDF-")
    assert answers.errors == []


def test_the_pack_says_when_unsaved_changes_are_not_in_it(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_round_repo(tmp_path / "handbook")
    view = open_folder(qtbot, window, answers, folder)
    answers.baseline = Baseline.of_revision("v2025")
    view.baseline_button.click()
    library(window).open([role(folder, "program.md")])
    retype_first_task(window, "Lede porteføljen.")
    window.pages.show_library()
    answers.pack_path = str(tmp_path / "pakke.docx")
    view.pack_button.click()
    [(title, text)] = answers.warnings
    assert title == "The board pack was written" and "program.md" in text


def test_approval_after_the_round_shows_the_new_facts(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    view = open_folder(qtbot, empty_window, answers, folder)
    answers.baseline = Baseline.of_revision("v2025")
    view.baseline_button.click()
    click_row(view.roles, row_of(view.roles, "Sekretær"))
    answers.approval = ApprovalAnswer("bestyrelsen", dt.date(2026, 12, 5), dt.date(2027, 12, 5))
    view.approve_button.click()
    assert cell(view.roles, row_of(view.roles, "Sekretær"), Column.LAST_REVISED) == "2026-12-05"
    assert cell(view.roles, row_of(view.roles, "Sekretær"), Column.ROUND).startswith("New")


def test_the_baseline_dialog_reads_each_kind(qtbot: QtBot) -> None:
    dialog = BaselineDialog(Baseline.of_revision("v2025"))
    qtbot.addWidget(dialog)
    assert dialog.revision.isChecked() and dialog.revision_text.text() == "v2025"
    dialog.revision_text.clear()
    qtbot.keyClicks(dialog.revision_text, "3de0c66")
    assert dialog.baseline() == Baseline.of_revision("3de0c66")
    dialog.approval.click()
    assert dialog.baseline().kind is BaselineKind.APPROVAL
    dialog.day.setDate(dialog.day.date().addDays(3))
    assert dialog.date.isChecked()
    baseline = dialog.baseline()
    assert baseline.kind is BaselineKind.DATE and isinstance(baseline.day, dt.date)
