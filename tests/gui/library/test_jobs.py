"""The library's jobs, driven through the page: the site order dragged, a replace across the
folder, an approval; each an edit of the documents, undone in one step, saved whole or not at
all with the files written named when a save stops."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.errors import WriteError
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.library.dialogs import ApprovalAnswer
from os2editor.gui.views.library.site_order import SiteOrderTree
from os2editor.gui.views.library.table import Column
from os2editor.storage import atomic
from tests.gui.driving import drop_on, retype_first_task
from tests.gui.library.helpers import (
    Answers,
    cell,
    click_row,
    column_texts,
    library,
    open_find_panel,
    open_folder,
    row_of,
    tab_texts,
)
from tests.library.helpers import make_folder, make_repo, role
from tests.revision.gitrepo import git


def changed_lines(before: str, after: str) -> list[str]:
    """The lines removed (-) and added (+) between two texts, without their line ends (which
    tests.helpers.changed_lines keeps)."""
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def texts(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text("utf-8") for path in sorted(folder.rglob("*.md"))}


def site_rows(tree: SiteOrderTree) -> list[tuple[str, str]]:
    rows = []
    for group_index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(group_index)
        assert group is not None
        for index in range(group.childCount()):
            page = group.child(index)
            assert page is not None
            rows.append((page.text(0), page.text(1)))
    return rows


# -- site order ---------------------------------------------------------------------------------


def test_dragging_a_role_rewrites_nav_order_in_the_files_that_moved(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    view.sections.setCurrentWidget(view.site_order)
    tree = view.site_order.tree
    assert site_rows(tree)[:5] == [("1", "Foreningschef"), ("8", "Datakoordinator"),
                                   ("9", "Porteføljeleder"), ("11", "Formidler"),
                                   ("12", "Brugerkoordinator")]
    before = texts(folder)
    # Drag the last role onto the upper half of the second: it goes before it.
    last = tree.item_for(role(folder, "coordinator.md"))
    target = tree.item_for(role(folder, "data.md"))
    assert last is not None and target is not None
    rect = tree.visualItemRect(target)
    event = drop_on(tree, tree.mime_for(role(folder, "coordinator.md")),
                    rect.center() - QPoint(0, rect.height() // 4))
    assert event.isAccepted()

    assert site_rows(tree)[:5] == [("1", "Foreningschef"), ("8", "Brugerkoordinator"),
                                   ("9", "Datakoordinator"), ("11", "Porteføljeleder"),
                                   ("12", "Formidler")]
    assert texts(folder) == before  # edits of the documents, not yet saved
    assert view.pending.isVisible()
    assert "4 descriptions have unsaved changes" in view.pending_text.text()
    assert view.undo_button.text() == "&Undo Change the site order"
    assert column_texts(view.roles, Column.ORDER)[:2] == ["1", "8"]
    assert cell(view.roles, 1, Column.TITLE) == "Brugerkoordinator ●"

    window.window_actions.save.trigger()  # on the library page: Save All
    after = texts(folder)
    assert {name: changed_lines(before[name], after[name]) for name in before
            if before[name] != after[name]} == {
        "coordinator.md": ["-nav_order: 12", "+nav_order: 8"],
        "data.md": ["-nav_order: 8", "+nav_order: 9"],
        "program.md": ["-nav_order: 9", "+nav_order: 11"],
        "communication.md": ["-nav_order: 11", "+nav_order: 12"],
    }
    assert not view.pending_text.text()
    assert window.pages.showing_library and tab_texts(window) == ["Library: docs"]


def test_a_reorder_is_undone_in_one_step_and_alt_arrows_move_too(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    view.sections.setCurrentWidget(view.site_order)
    tree = view.site_order.tree
    item = tree.item_for(role(folder, "chief.md"))
    assert item is not None
    tree.setCurrentItem(item)
    QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [title for _, title in site_rows(tree)[:2]] == ["Datakoordinator", "Foreningschef"]
    assert tree.chosen_path() == role(folder, "chief.md")  # the moved page stays chosen
    assert window.window_actions.undo.isEnabled()
    window.window_actions.undo.trigger()  # the library's own undo: both files at once
    assert [title for _, title in site_rows(tree)[:2]] == ["Foreningschef", "Datakoordinator"]
    assert not view.pending_text.text()
    window.window_actions.redo.trigger()
    assert [title for _, title in site_rows(tree)[:2]] == ["Datakoordinator", "Foreningschef"]


def test_a_drag_to_another_parent_is_refused(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, empty_window, answers, folder)
    view.sections.setCurrentWidget(view.site_order)
    tree = view.site_order.tree
    appendix = tree.item_for(folder / "appendix.md")  # a page at the top level
    assert appendix is not None
    event = drop_on(tree, tree.mime_for(role(folder, "chief.md")),
                    tree.visualItemRect(appendix).center())
    assert not event.isAccepted()
    assert not view.pending.isVisible()


def test_an_open_role_moves_as_an_edit_of_its_tab(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    library(window).open([role(folder, "chief.md")])
    chief = window.session
    window.pages.show_library()
    view.sections.setCurrentWidget(view.site_order)
    view.site_order.tree.setCurrentItem(view.site_order.tree.item_for(role(folder, "chief.md")))
    view.site_order.down.click()
    assert chief.doc.front_matter.nav_order == 8 and chief.is_modified()
    assert tab_texts(window)[1] == "Foreningschef ●"
    window.show_document(chief)
    assert window.session.undo_stack.undoText() == "Change the site order"


# -- find and replace -----------------------------------------------------------------------------


def test_replace_across_the_folder_changes_only_the_matched_lines_and_undoes_in_one_step(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_find_panel(qtbot, window, answers, folder)
    panel = view.find_replace
    before = texts(folder)
    qtbot.keyClicks(panel.find_text, "timer")
    panel.whole_word.click()
    QTest.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    matches = panel.matches
    assert len(matches) >= 4 and all(m.found == "timer" for m in matches)
    assert {m.path.name for m in matches} >= {"chief.md", "data.md", "program.md"}
    first_group = panel.results.topLevelItem(0)
    assert first_group is not None and first_group.text(0) == matches[0].title
    first = first_group.child(0)
    assert first is not None and first.text(1) == str(matches[0].line)
    assert "<b>timer</b>" in str(first.data(2, Qt.ItemDataRole.UserRole + 1))
    # Untick the first match (chosen with a click, its box with Space), replace the rest.
    rect = panel.results.visualItemRect(first)
    part_x = panel.results.header().sectionSize(0) - 10  # on the part's name, in column 0
    QTest.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(part_x, rect.center().y()))
    QTest.keyClick(panel.results, Qt.Key.Key_Space)
    assert first.checkState(0) == Qt.CheckState.Unchecked
    assert first_group.checkState(0) == Qt.CheckState.PartiallyChecked or \
        first_group.childCount() == 1
    qtbot.keyClicks(panel.replace_text, "arbejdstimer")
    QTest.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)

    replaced = len(matches) - 1
    files = len({m.path for m in matches[1:]})
    assert panel.summary.text().startswith(f"Replaced {replaced} matches in {files} files.")
    assert [m.line for m in panel.matches] == [matches[0].line]  # the unticked one is left
    assert texts(folder) == before  # not yet saved
    assert view.undo_button.text() == "&Undo Replace “timer” with “arbejdstimer”"
    window.window_actions.undo.trigger()  # the whole replace, in every file
    assert not view.pending_text.text()
    window.window_actions.redo.trigger()
    window.window_actions.save_all.trigger()
    after = texts(folder)
    for name in before:
        for line in changed_lines(before[name], after[name]):
            assert ("timer" in line) if line[0] == "-" else ("arbejdstimer" in line), line
    assert after != before
    untouched = matches[0]
    assert untouched.line_text in after[untouched.path.name]


def test_a_match_opens_its_role_at_its_field(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_find_panel(qtbot, window, answers, folder)
    panel = view.find_replace
    panel.find_text.setText("kvartalsrapporten")
    panel.search()
    [match] = panel.matches
    group = panel.results.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    item = group.child(0)
    point = panel.results.visualItemRect(item).center()
    QTest.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.session.path == role(folder, "data.md")
    assert window.session.doc is match.doc  # the very document the search read
    tasks = window.session.doc.tasks
    assert tasks is not None
    assert window.navigation.current_key() == window.session.doc.sections.index(tasks)


def test_a_replace_after_the_document_changed_is_refused(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    library(window).open([role(folder, "data.md")])
    panel = view.find_replace
    panel.find_text.setText("Vedligeholde datakataloget.")
    panel.search()
    assert len(panel.matches) == 1
    retype_first_task(window, "Passe datakataloget.")  # the matched task is edited meanwhile
    window.pages.show_library()
    panel.replace_text.setText("Pleje datakataloget.")
    panel.replace()
    assert answers.errors and "changed after the search" in answers.errors[0][1]
    assert window.documents.slot_for(role(folder, "data.md")) is not None
    assert panel.matches == []  # searched again: the text is gone


# -- save all -------------------------------------------------------------------------------------


def test_a_save_that_stops_says_which_files_were_written(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    view.find_replace.find_text.setText("Timetal")
    view.find_replace.search()
    view.find_replace.replace_text.setText("Arbejdstid")
    view.find_replace.replace()
    names = sorted({m.path.name for m in view.find_replace.matches} or
                   {p.name for p in (folder / "roles").glob("*.md")
                    if "Arbejdstid" not in p.read_text("utf-8")})
    assert names
    real_write = atomic.atomic_write
    written: list[str] = []

    def fail_the_third(path: object, data: bytes, **options: object) -> object:
        if len(written) == 2:
            raise WriteError("write-failed", path=path, reason="disk full")
        written.append(Path(str(path)).name)
        return real_write(path, data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("os2editor.library.writing.atomic_write", fail_the_third)
    before = texts(folder)
    window.window_actions.save_all.trigger()
    [(title, text)] = answers.errors
    assert title == "Not every file was saved"
    assert f"Saved before it: {written[0]}, {written[1]}." in text
    after = texts(folder)
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == sorted(written)  # each file fully old or fully new
    unsaved = [slot.session.path.name for slot in window.documents
               if slot.session.is_modified() and slot.session.path is not None]
    assert set(unsaved).isdisjoint(written) and unsaved
    monkeypatch.setattr("os2editor.library.writing.atomic_write", real_write)
    window.window_actions.save_all.trigger()
    assert not [s for s in window.documents if s.session.is_modified()]


# -- approval ------------------------------------------------------------------------------


def test_approving_sets_three_facts_saves_and_commits_exactly_those_files(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    root = tmp_path / "handbook"
    folder = make_repo(root)
    (folder / "roles" / "stray.md").write_text("Noget andet\n", "utf-8")  # not to commit
    view = open_folder(qtbot, window, answers, folder)
    table = view.roles
    click_row(table, row_of(table, "Foreningschef"))
    click_row(table, row_of(table, "Porteføljeleder"), Qt.KeyboardModifier.ControlModifier)
    before = texts(folder)
    answers.approval = ApprovalAnswer("bestyrelsen", dt.date(2026, 12, 5), dt.date(2027, 12, 1))
    answers.commit = True
    QTest.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)

    assert answers.approval_titles == [["Foreningschef", "Porteføljeleder"]]
    after = texts(folder)
    assert {name: changed_lines(before[name], after[name]) for name in before
            if before[name] != after[name]} == {
        name: ["+last_revised: 2026-12-05", "+approved_by: bestyrelsen",
               "+next_revision: 2027-12-01"] for name in ("chief.md", "program.md")}
    assert not [slot for slot in window.documents if slot.session.is_modified()]
    [(names, message)] = answers.asked_commit
    assert sorted(names) == ["chief.md", "program.md"]
    assert message == "Godkendt af bestyrelsen 5. december 2026"
    assert git(root, "log", "-1", "--format=%s") == message
    assert sorted(git(root, "show", "--name-only", "--format=", "HEAD").split()) == [
        "docs/roles/chief.md", "docs/roles/program.md"]
    assert "stray.md" in git(root, "status", "--porcelain")
    qtbot.waitUntil(lambda: cell(table, row_of(table, "Foreningschef"), Column.APPROVED_BY)
                    == "bestyrelsen", timeout=3000)
    assert cell(table, row_of(table, "Foreningschef"), Column.NEXT_REVISION) == "2027-12-01"
    assert cell(table, row_of(table, "Foreningschef"), Column.CHANGED) == "No"


def test_approval_outside_git_saves_without_offering_a_commit(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, empty_window, answers, folder)
    click_row(view.roles, row_of(view.roles, "Formidler"))
    answers.approval = ApprovalAnswer("Bestyrelsen", dt.date(2026, 12, 5), dt.date(2027, 12, 5))
    view.approve_button.click()
    assert "approved_by: Bestyrelsen" in role(folder, "communication.md").read_text("utf-8")
    assert answers.asked_commit == []
    assert answers.errors == []


def test_approving_a_role_with_unsaved_edits_saves_them_with_it(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, window, answers, folder)
    library(window).open([role(folder, "data.md")])
    retype_first_task(window, "Passe datakataloget.")
    window.pages.show_library()
    click_row(view.roles, row_of(view.roles, "Datakoordinator"))
    answers.approval = ApprovalAnswer("Bestyrelsen", dt.date(2026, 12, 5), dt.date(2027, 12, 5))
    view.approve_button.click()
    text = role(folder, "data.md").read_text("utf-8")
    assert "- Passe datakataloget." in text and "approved_by: Bestyrelsen" in text
    assert not window.documents.modified()
    # The approval is one step back in the library, the document's edit stays saved.
    window.window_actions.undo.trigger()
    slot = window.documents.slot_for(role(folder, "data.md"))
    assert slot is not None and slot.session.is_modified()
    assert "approved_by" not in slot.session.doc.front_matter.extra


def test_an_empty_approver_is_refused(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    view = open_folder(qtbot, empty_window, answers, folder)
    before = texts(folder)
    click_row(view.roles, 0)
    answers.approval = ApprovalAnswer("  ", dt.date(2026, 12, 5), dt.date(2027, 12, 5))
    view.approve_button.click()
    assert answers.errors and "the name is empty" in answers.errors[0][1]
    assert texts(folder) == before


def test_after_a_replace_that_a_search_would_find_again_the_list_is_cleared(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    view = open_find_panel(qtbot, window, answers, folder)
    panel = view.find_replace
    panel.find_text.setText("timer")
    panel.search()
    found = len(panel.matches)
    first = panel.results.topLevelItem(0)
    assert first is not None and first.child(0) is not None
    assert first.child(0).text(1) == str(panel.matches[0].line)  # saved: its line is shown
    panel.replace_text.setText("Timer")  # found again by a search that ignores case
    QTest.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    assert panel.matches == [] and panel.results.topLevelItemCount() == 0
    assert panel.summary.text().startswith(f"Replaced {found} matches")
    panel.search()  # the documents now have unsaved changes: their lines are not shown
    assert len(panel.matches) == found
    group = panel.results.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    assert group.child(0).text(1) == ""


def test_an_approval_whose_save_stops_says_which_files_were_written_and_commits_nothing(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)
    view = open_folder(qtbot, empty_window, answers, folder)
    view.roles.selectAll()
    answers.approval = ApprovalAnswer("bestyrelsen", dt.date(2026, 12, 5), dt.date(2027, 12, 5))
    answers.commit = True
    real_write = atomic.atomic_write
    written: list[str] = []

    def fail_the_second(path: object, data: bytes, **options: object) -> object:
        if written:
            raise WriteError("write-failed", path=path, reason="disk full")
        written.append(Path(str(path)).name)
        return real_write(path, data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("os2editor.library.writing.atomic_write", fail_the_second)
    view.approve_button.click()
    [(title, text)] = answers.errors
    assert title == "Not every file was saved" and f"Saved before it: {written[0]}." in text
    assert answers.asked_commit == []  # nothing is committed after a stop
    approved = [p.name for p in (folder / "roles").glob("*.md")
                if "approved_by: bestyrelsen" in p.read_text("utf-8")]
    assert approved == written
    assert git(root, "log", "--format=%s") == "Håndbogen"
