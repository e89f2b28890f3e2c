"""Revision mode in the window: baseline from a file or git, change list, jumps, approval."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers.revision_mode import RevisionController, change_place
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs import revision as revision_dialogs
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.navigation import TITLES
from os2editor.gui.views.places import OTHER_KEYS, WEEKLY_HOURS
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.markdown import dumps, load, loads
from os2editor.model import PersonalSection, Priority
from os2editor.model import fields as f
from os2editor.revision import ChangeKind, diff
from os2editor.storage.settings import Settings
from tests.helpers import fixture_text

from .driving import activate, click_row, focused_in, retype_row, tasks_form

OLD = fixture_text("chief-2025.md")
NEW = fixture_text("chief.md")


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "approved.md", tmp_path / "chief.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog nobody answers would hang the test; fail with its text instead."""

    def unexpected(_parent: object, title: str, text: str) -> None:
        raise AssertionError(f"unexpected dialog: {title}: {text}")

    monkeypatch.setattr(interaction, "show_error", unexpected)
    monkeypatch.setattr(interaction, "show_warning", unexpected)
    # closing a modified window at teardown asks; these tests never want to keep their edits
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda _p, _n: interaction.DISCARD)


@pytest.fixture
def window(qtbot: QtBot, files: tuple[Path, Path]) -> Iterator[MainWindow]:
    settings = Settings()
    settings.author = "Sekretariatet"
    win = MainWindow(settings, DocumentSession(load(files[1]), files[1]))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.undo_stack.setClean()


def revision(win: MainWindow) -> RevisionController:
    controller = win.findChild(RevisionController)
    assert controller is not None
    return controller


def personal_items(win: MainWindow) -> tuple[PersonalSection, ListEditor, Form]:
    """Choose the personal qualifications; their section, list and form."""
    personal = win.session.doc.personal
    assert personal is not None
    win.navigation.select(win.session.doc.sections.index(personal))
    form = win.current_form()
    assert form is not None
    items = form.widget_at(personal, f.LIST_ITEMS)
    assert isinstance(items, ListEditor)
    return personal, items, form


def marked(form: Form) -> set[object]:
    return {entry.address for entry in form.marked()}


def test_menu_is_there_and_comparing_with_a_file_lists_changes(
    window: MainWindow, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Revision" in titles and titles.index("Revision") == len(titles) - 2
    monkeypatch.setattr(interaction, "ask_open_path", lambda _p, _s, _title="": str(files[0]))
    controller = revision(window)
    assert not controller.redline.isEnabled()
    controller.compare_file.trigger()
    assert controller.panel.isVisible()
    changes = controller.panel.changes()
    assert any(c.kind is ChangeKind.MOVED and c.source == "MUST" and c.target == "SHOULD"
               for c in changes)
    assert controller.panel.list.count() == len(changes) > 0
    assert "approved.md" in controller.panel.summary.text()
    tasks_key = window.session.doc.sections.index(window.session.doc.tasks)
    assert tasks_key in controller.marked_keys()
    assert controller.redline.isEnabled()


def test_edits_update_the_changes_and_clicking_jumps(
    window: MainWindow, files: tuple[Path, Path], qtbot: QtBot
) -> None:
    controller = revision(window)
    controller.set_baseline(load(files[1]), "the same file")
    assert controller.panel.changes() == []
    personal, items, _form = personal_items(window)
    retype_row(items, 0, "Skaber ro.")
    qtbot.waitUntil(lambda: len(controller.panel.changes()) == 1, timeout=3000)
    change = controller.panel.changes()[0]
    assert change.kind is ChangeKind.EDITED and change.new == "Skaber ro."
    key = window.session.doc.sections.index(personal)
    assert controller.marked_keys() == {key}
    window.navigation.select(TITLES)
    activate(qtbot, window)
    item = controller.panel.list.item(0)
    assert item is not None
    rect = controller.panel.list.visualItemRect(item)
    QTest.mouseClick(controller.panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert window.navigation.current_key() == key
    assert focused_in(items) and items.current_row() == 0


def test_compare_with_git_commit(window: MainWindow, files: tuple[Path, Path],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed for this test")
    repo = files[1].parent

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                       env={"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b",
                            "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b",
                            "HOME": str(repo), "PATH": "/usr/bin:/bin"})

    git("init", "-q")
    files[1].write_text(OLD, encoding="utf-8")
    git("add", "chief.md")
    git("commit", "-qm", "approved 2025")
    files[1].write_text(NEW, encoding="utf-8")
    git("commit", "-qam", "revision 2026")
    offered: list[list[str]] = []

    def choose(_parent: object, commits: list) -> str:  # type: ignore[type-arg]
        offered.append([c.subject for c in commits])
        return str(commits[-1].sha)

    monkeypatch.setattr(revision_dialogs, "choose_commit", choose)
    controller = revision(window)
    controller.compare_commit.trigger()
    assert offered == [["revision 2026", "approved 2025"]]
    assert controller.baseline is not None
    assert controller.baseline.front_matter.title == "Funktionsbeskrivelse – Foreningschef i OS2"
    assert any(c.part == "front_matter" for c in controller.panel.changes())
    assert TITLES in controller.marked_keys()


def test_git_baseline_outside_a_repository_is_a_clear_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _p, _t, text: errors.append(text))
    revision(window).compare_commit.trigger()
    assert len(errors) == 1 and "Traceback" not in errors[0]
    assert revision(window).baseline is None


def test_mark_as_approved_is_one_undo_step_and_saves_dates(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(revision_dialogs, "ask_approver",
                        lambda _p, default: asked.append(default) or "Bestyrelsen")
    stack = window.session.undo_stack
    revision(window).approve.trigger()
    assert asked == ["Sekretariatet"]
    extra = window.session.doc.front_matter.extra
    today = dt.date.today()
    assert extra["approved_by"] == "Bestyrelsen" and extra["last_revised"] == today
    assert extra["next_revision"].year == today.year + 1
    assert stack.count() == 1 and window.isWindowModified()
    text = dumps(window.session.doc)
    assert f"last_revised: {today.isoformat()}\n" in text
    assert loads(text).front_matter.extra["approved_by"] == "Bestyrelsen"
    stack.undo()
    assert "approved_by" not in window.session.doc.front_matter.extra


def test_redline_export_from_the_window(window: MainWindow, files: tuple[Path, Path],
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "redline.docx"
    monkeypatch.setattr(interaction, "ask_redline_path", lambda _p, _s: str(target))
    controller = revision(window)
    controller.set_baseline(load(files[0]), "approved.md")
    controller.redline.trigger()
    import zipfile

    xml = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "<w:del " in xml and 'w:author="Sekretariatet"' in xml


def test_opening_another_document_stops_comparing(window: MainWindow,
                                                  files: tuple[Path, Path]) -> None:
    controller = revision(window)
    controller.set_baseline(load(files[0]), "approved.md")
    window.set_session(DocumentSession(load(files[0]), files[0]))
    assert controller.baseline is None and not controller.panel.isVisible()
    assert controller.marked_keys() == set()


def test_changed_fields_get_a_quiet_mark_on_their_label(
    window: MainWindow, files: tuple[Path, Path], qtbot: QtBot
) -> None:
    controller = revision(window)
    controller.set_baseline(load(files[1]), "the same file")
    personal, items, form = personal_items(window)
    assert marked(form) == set()
    retype_row(items, 0, "Skaber ro.")
    qtbot.waitUntil(lambda: marked(form) == {f.LIST_ITEMS}, timeout=3000)
    heading = form.widget_at(personal, f.HEADING)
    assert isinstance(heading, QLineEdit)
    heading.end(False)
    QTest.keyClicks(heading, " og egenskaber")
    qtbot.waitUntil(lambda: marked(form) == {f.LIST_ITEMS, f.HEADING}, timeout=3000)
    labels = [e.label.text() for e in form.marked() if e.label is not None]
    assert all(text.startswith("● ") for text in labels)
    controller.stop.trigger()
    assert marked(form) == set()
    assert not any(e.label.text().startswith("●") for e in form.entries if e.label is not None)


def test_every_kind_of_change_has_its_place_in_a_form(files: tuple[Path, Path]) -> None:
    """The diff's paths, read once, lead to the fields forms register."""
    old, new = load(files[0]), load(files[1])
    changes = diff(old, new)
    assert changes
    for change in changes:
        found = change_place(change, new)
        if change.kind is ChangeKind.REMOVED and change.field == "section":
            assert found is None
            continue
        assert found is not None, change
        key, _place = found
        assert key == TITLES or new.sections[key] is not None
    tasks = new.tasks
    assert tasks is not None
    moved = next(c for c in changes if c.kind is ChangeKind.MOVED and c.target == "SHOULD")
    found = change_place(moved, new)
    assert found is not None
    assert found[1].node is tasks.group(Priority.SHOULD) and found[1].address is f.GROUP_ITEMS
    assert isinstance(found[1].index, int)
    assert tasks.should[found[1].index].text == moved.new


def test_paths_of_each_shape_lead_to_typed_places(files: tuple[Path, Path]) -> None:
    from os2editor.revision import Change
    from os2editor.revision.changes import Derived, FrontMatterKey, PathPart

    doc = load(files[1])
    tasks = doc.tasks
    responsibilities = doc.responsibilities
    conditions = doc.conditions
    assert tasks and responsibilities and conditions
    t, r, c = (doc.sections.index(s) for s in (tasks, responsibilities, conditions))

    def place(*path: PathPart) -> tuple[object, object, object]:
        found = change_place(Change(ChangeKind.EDITED, "x", "x", path), doc)
        assert found is not None
        return found[1].node, found[1].address, found[1].index

    assert place(FrontMatterKey("title")) == (doc.front_matter, f.FM_TITLE, None)
    assert place(FrontMatterKey("approved_by")) == (doc.front_matter, OTHER_KEYS, None)
    assert place(f.H1) == (doc, f.H1, None)
    assert place(t, f.TASKS_INTRO) == (tasks, f.TASKS_INTRO, None)
    assert place(t, Priority.MUST, f.GROUP_ITEMS, 1) == (
        tasks.group(Priority.MUST), f.GROUP_ITEMS, 1)
    assert place(t, Priority.SHOULD, f.GROUP_HEADING) == (
        tasks.group(Priority.SHOULD), f.GROUP_HEADING, None)
    area = responsibilities.areas[1]
    assert place(r, f.AREAS, 1, f.AREA_TITLE) == (area, f.AREA_TITLE, None)
    assert place(r, f.AREAS, 1, f.AREA_ITEMS, 0) == (area, f.AREA_ITEMS, 0)
    assert place(r, f.AREAS, 1) == (responsibilities, f.AREAS, 1)
    assert place(c, Derived.WEEKLY_HOURS) == (conditions, WEEKLY_HOURS, None)
    assert place(c, f.LIST_ITEMS, 2) == (conditions, f.LIST_ITEMS, 2)
    # A sub-item shows through its item's row; a field of another kind of node goes no further.
    assert place(c, f.LIST_ITEMS, 2, f.CHILDREN, 0) == (conditions, f.LIST_ITEMS, 2)
    assert place(t, f.AREA_TITLE) == (tasks, f.HEADING, None)


def test_board_columns_carry_the_mark_and_always_their_count(
    window: MainWindow, files: tuple[Path, Path], qtbot: QtBot
) -> None:
    controller = revision(window)
    controller.set_baseline(load(files[1]), "the same file")
    form = tasks_form(window)
    must, should = form.board.column(Priority.MUST), form.board.column(Priority.SHOULD)
    counts = (must.editor.count(), should.editor.count())
    click_row(should.editor, 0)
    QTest.keyClick(should.editor.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: must.title.text().startswith("● "), timeout=3000)
    assert must.title.text().startswith(f"● MUST · {counts[0] + 1} (")  # the moved task's
    assert should.title.text().startswith(f"SHOULD · {counts[1] - 1} (")
    controller.stop.trigger()
    assert must.title.text().startswith(f"MUST · {counts[0] + 1} (")
    assert should.title.text().startswith(f"SHOULD · {counts[1] - 1} (")


def test_a_narrow_window_gives_the_form_room_when_the_changes_open(
    window: MainWindow, files: tuple[Path, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.resize(1024, 768)
    qtbot.wait(50)
    before = window.splitter.sizes()
    monkeypatch.setattr(interaction, "ask_open_path", lambda *_args: str(files[0]))
    revision(window).compare_file.trigger()
    qtbot.waitUntil(revision(window).panel.isVisible)
    qtbot.wait(50)
    after = window.splitter.sizes()
    assert after[0] <= 170 < before[0]
    # The form, with the board, got what the navigation and the preview could spare.
    assert after[1] / sum(after) > before[1] / sum(before)
