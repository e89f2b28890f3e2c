"""The editor window, driven through its real actions; only modal dialogs are patched."""

from __future__ import annotations

import gc
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

import os2editor.docx
from os2editor.cli import show_window
from os2editor.errors import WriteError
from os2editor.gui.app import run
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs.preferences import PreferencesDialog
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.navigation import TITLES
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.logfile import log_file, setup_logging
from os2editor.markdown import load
from os2editor.model import FreeSection, FunctionDescription, Priority
from os2editor.model import fields as f
from os2editor.storage import atomic
from os2editor.storage.settings import Settings, load_settings

from .driving import activate, click_row, column, focused_in, open_row, tasks_form, tasks_of
from .role_sample import ROLE_MD

TASK_OLD = "- Gennemføre test før hver udgivelse.\n"
TASK_NEW = "- Gennemføre grundig test før hver udgivelse.\n"
TASKS_INDEX = 2


@dataclass
class Dialogs:
    """Answers for the modal dialogs, and a record of what was shown."""

    save_answer: str = interaction.CANCEL
    save_path: str | None = None
    open_path: str | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    answers = Dialogs()

    def ask(_parent: object, name: str) -> str:
        answers.asked.append(name)
        return answers.save_answer

    monkeypatch.setattr(interaction, "ask_save_discard_cancel", ask)
    monkeypatch.setattr(interaction, "ask_save_path", lambda _p, _s: answers.save_path)
    monkeypatch.setattr(interaction, "ask_open_path", lambda _p, _s: answers.open_path)
    monkeypatch.setattr(
        interaction, "show_error", lambda _p, title, text: answers.errors.append((title, text))
    )
    monkeypatch.setattr(interaction, "show_warning", lambda _p, t, x: answers.errors.append((t, x)))
    return answers


@pytest.fixture
def window(qtbot: QtBot, role_file: Path, dialogs: Dialogs) -> Iterator[MainWindow]:
    session = DocumentSession(load(role_file), role_file)
    win = MainWindow(Settings(), session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.undo_stack.setClean()  # let teardown close without asking


def edit_first_task(win: MainWindow) -> None:
    """Type "grundig " into the first MUST task, in its own row, and leave the row."""
    field = open_row(column(win, Priority.MUST), 0)
    field.moveCursor(field.textCursor().MoveOperation.Start)
    for _ in range(len("Gennemføre ")):
        QTest.keyClick(field, Qt.Key.Key_Right)
    QTest.keyClicks(field, "grundig ")
    QTest.keyClick(field, Qt.Key.Key_Tab)


def nav_rows(win: MainWindow) -> list[tuple[str, str]]:
    tree = win.navigation.tree
    rows = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        rows.append((item.text(0), item.text(1)))
    return rows


def test_open_shows_file_name_and_no_modified_marker(window: MainWindow) -> None:
    assert window.windowTitle() == "os2-testkoordinator.md[*]"
    assert not window.isWindowModified()
    assert window.status.save_label.text() == ""


def test_navigation_lists_parts_in_file_order_with_counts(window: MainWindow) -> None:
    assert nav_rows(window) == [
        ("Title and metadata", ""),
        ("Formål med stillingen", "2"),
        ("Ansvarsområde", "2"),
        ("Arbejdsopgaver og prioritering", "5"),
        ("Samarbejdsrelationer", "3"),
        ("Faglige kvalifikationer", "2"),
        ("Personlige kvalifikationer", "2"),
        ("Ansvarsfordeling", ""),
        ("Øvrige forhold", "2"),
    ]
    free = window.navigation.tree.topLevelItem(7)
    assert free is not None
    assert free.font(0).italic()
    assert window.navigation.current_key() == TITLES


def test_selecting_a_part_shows_its_form(window: MainWindow) -> None:
    window.navigation.select(TASKS_INDEX)
    form = window.current_form()
    assert form is not None
    assert window.forms.currentWidget() is form
    window.window_actions.next_part.trigger()
    assert window.navigation.current_key() == TASKS_INDEX + 1
    assert window.forms.currentWidget() is window.current_form()
    assert window.current_form() is not form
    window.window_actions.previous_part.trigger()
    assert window.current_form() is form  # built once, kept while its part exists


def test_edit_sets_modified_marker_and_counts_follow(window: MainWindow) -> None:
    edit_first_task(window)
    assert window.isWindowModified()
    assert window.status.save_label.text() == "Unsaved changes"
    could = column(window, Priority.COULD)
    could.select_row(0)
    QTest.keyClick(could.view, Qt.Key.Key_Return)
    field = could.view.indexWidget(could.view.list_model.index(1))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Ny opgave")
    assert [t.text for t in tasks_of(window).could][1] == "Ny opgave"
    assert nav_rows(window)[TASKS_INDEX + 1] == ("Arbejdsopgaver og prioritering", "6")


def test_undo_and_redo_through_the_window_actions(window: MainWindow) -> None:
    actions = window.window_actions
    assert not actions.undo.isEnabled()
    edit_first_task(window)
    assert actions.undo.isEnabled()
    assert window.session.undo_stack.count() == 1  # typing merged into one step
    actions.undo.trigger()
    assert tasks_of(window).must[0].text == "Gennemføre test før hver udgivelse."
    assert not window.isWindowModified()
    assert actions.redo.isEnabled()
    actions.redo.trigger()
    assert tasks_of(window).must[0].text == "Gennemføre grundig test før hver udgivelse."
    assert window.isWindowModified()


def test_undo_shows_the_part_it_changed(window: MainWindow) -> None:
    edit_first_task(window)
    window.navigation.select(TITLES)
    window.window_actions.undo.trigger()
    assert window.navigation.current_key() == TASKS_INDEX
    window.window_actions.redo.trigger()
    assert window.navigation.current_key() == TASKS_INDEX


def test_two_edits_in_two_fields_are_two_undo_steps(window: MainWindow, qtbot: QtBot) -> None:
    """The issue's bug, as a user meets it: type in the MUST group heading, then in the SHOULD
    group heading, press Ctrl+Z once. Only the SHOULD edit is undone."""
    activate(qtbot, window)
    form = tasks_form(window)
    must, should = form.heading_field(Priority.MUST), form.heading_field(Priority.SHOULD)
    assert must is not None and should is not None
    must.setFocus()
    must.end(False)
    QTest.keyClicks(must, " og hurtigt")
    should.setFocus()
    should.end(False)
    QTest.keyClicks(should, " og gerne")
    tasks = tasks_of(window)
    assert tasks.heading_for(Priority.SHOULD).endswith("og gerne")
    assert window.window_actions.undo.toolTip() == "Undo: Edit heading"
    QTest.keyClick(should, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tasks.heading_for(Priority.SHOULD) == "SHOULD (bør løses, når der er ressourcer)"
    assert tasks.heading_for(Priority.MUST) == "MUST (skal altid løses) og hurtigt"
    assert (must.text(), should.text()) == (
        "MUST (skal altid løses) og hurtigt", "SHOULD (bør løses, når der er ressourcer)"
    )
    QTest.keyClick(should, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tasks.heading_for(Priority.MUST) == "MUST (skal altid løses)"
    assert not window.isWindowModified()


def test_pasting_five_megabytes_into_a_field_is_refused_with_a_message(
    window: MainWindow, role_file: Path, qtbot: QtBot
) -> None:
    log = setup_logging()
    assert log is not None
    activate(qtbot, window)
    window.navigation.select(TASKS_INDEX)
    form = window.current_form()
    assert isinstance(form, Form)
    intro = form.widget_at(tasks_of(window), f.TASKS_INTRO)
    assert isinstance(intro, QPlainTextEdit)
    before = intro.toPlainText()
    intro.setFocus()
    intro.moveCursor(intro.textCursor().MoveOperation.End)
    QApplication.clipboard().setText(("Meget lang tekst. " * 6 + "\n") * 48_000)  # 5 MB
    QTest.keyClick(intro, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.status.currentMessage().startswith("The text is too long for one field")
    assert intro.toPlainText() == before
    assert tasks_of(window).intro == before
    assert not window.isWindowModified() and window.session.undo_stack.count() == 0
    QTest.keyClicks(intro, " Kort.")  # the field goes on working
    assert tasks_of(window).intro == before + " Kort."
    QApplication.clipboard().clear()
    written = log.read_text(encoding="utf-8")
    assert "edit refused: edit-too-long" in written and "Meget lang tekst" not in written


def test_save_writes_a_minimal_diff(window: MainWindow, role_file: Path) -> None:
    edit_first_task(window)
    window.window_actions.save.trigger()
    assert role_file.read_bytes() == ROLE_MD.replace(TASK_OLD, TASK_NEW).encode("utf-8")
    assert not window.isWindowModified()
    assert window.status.save_label.text().startswith("Saved ")
    assert window.session.undo_stack.count() == 1  # history survives a save


def test_save_untouched_file_changes_no_byte(window: MainWindow, role_file: Path) -> None:
    before = role_file.stat().st_mtime_ns
    window.window_actions.save.trigger()
    assert role_file.read_bytes() == ROLE_MD.encode("utf-8")
    assert role_file.stat().st_mtime_ns >= before


def test_failed_save_keeps_document_modified_with_history(
    window: MainWindow, role_file: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: object, data: bytes, **_options: object) -> None:
        raise WriteError(f"Cannot save {path}: the disk is full. Free some space and save again.")

    monkeypatch.setattr(atomic, "atomic_write", refuse)
    edit_first_task(window)
    window.window_actions.save.trigger()
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert title == "The file was not saved"
    assert "the disk is full" in text
    assert window.isWindowModified()
    assert role_file.read_bytes() == ROLE_MD.encode("utf-8")
    assert window.session.undo_stack.count() == 1
    window.window_actions.undo.trigger()
    assert tasks_of(window).must[0].text == "Gennemføre test før hver udgivelse."


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        (interaction.CANCEL, (False, False)),
        (interaction.DISCARD, (True, False)),
        (interaction.SAVE, (True, True)),
    ],
)
def test_close_asks_about_unsaved_changes(
    window: MainWindow, role_file: Path, dialogs: Dialogs, answer: str, outcome: tuple[bool, bool]
) -> None:
    closes, saved = outcome
    edit_first_task(window)
    dialogs.save_answer = answer
    assert window.close() is closes
    assert dialogs.asked == ["os2-testkoordinator.md"]
    assert window.isVisible() is not closes
    expected = ROLE_MD.replace(TASK_OLD, TASK_NEW) if saved else ROLE_MD
    assert role_file.read_text(encoding="utf-8") == expected


def test_close_without_changes_does_not_ask(window: MainWindow, dialogs: Dialogs) -> None:
    window.window_actions.close.trigger()
    assert dialogs.asked == []
    assert not window.isVisible()


def test_quit_asks_and_cancel_keeps_the_window(window: MainWindow, dialogs: Dialogs) -> None:
    edit_first_task(window)
    window.window_actions.quit.trigger()
    assert dialogs.asked == ["os2-testkoordinator.md"]
    assert window.isVisible()


def test_close_saves_window_geometry(window: MainWindow) -> None:
    window.close()
    settings, problem = load_settings()
    assert problem is None
    assert settings.window_geometry
    assert settings.window_state


def test_save_as_then_reopen(window: MainWindow, tmp_path: Path, dialogs: Dialogs) -> None:
    edit_first_task(window)
    copy = tmp_path / "kopi.md"
    dialogs.save_path = str(copy)
    window.window_actions.save_as.trigger()
    assert window.session.path == copy.resolve()
    assert window.windowTitle() == "kopi.md[*]"
    assert not window.isWindowModified()
    window.window_actions.new.trigger()
    assert window.session.path is None
    dialogs.open_path = str(copy)
    window.window_actions.open.trigger()
    assert window.session.path == copy.resolve()
    assert tasks_of(window).must[0].text == "Gennemføre grundig test før hver udgivelse."
    assert window.settings.recent_files[0] == str(copy.resolve())


@pytest.mark.parametrize("name", ["missing.md", "folder.md"])
def test_open_unreadable_file_keeps_current_document(
    window: MainWindow, tmp_path: Path, dialogs: Dialogs, name: str
) -> None:
    (tmp_path / "folder.md").mkdir()
    edit_first_task(window)
    before = window.session
    assert not window.files.open_path(tmp_path / name)
    assert window.session is before
    assert window.isWindowModified()
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0][0] == "Cannot open the file"
    assert name in dialogs.errors[0][1]
    assert dialogs.asked == []  # nothing to decide when nothing could be read


def test_open_puts_the_file_in_a_tab_of_its_own_and_keeps_the_edited_one(
    window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    other = tmp_path / "anden.md"
    other.write_text(ROLE_MD.replace("Testkoordinator", "Anden rolle"), encoding="utf-8")
    edited = window.session
    edit_first_task(window)
    assert not window.tabs.isVisible()  # one document: nothing to switch between
    dialogs.open_path = str(other)
    window.window_actions.open.trigger()
    assert dialogs.asked == []  # nothing is closed, so nothing to ask
    assert window.session.path == other.resolve()
    assert window.windowTitle() == "anden.md[*]"
    assert window.tabs.isVisible()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Testkoordinator ●", "Anden rolle"]
    # The edited document is still open, with its edit and its own undo history.
    window.tabs.setCurrentIndex(0)
    assert window.session is edited and edited.is_modified()
    assert window.windowTitle() == "os2-testkoordinator.md[*]" and window.isWindowModified()
    window.window_actions.undo.trigger()
    assert not edited.is_modified()
    assert window.tabs.tabText(0) == "Testkoordinator"
    # Opening the same file again shows its tab rather than a second copy.
    window.window_actions.open.trigger()
    assert window.tabs.count() == 2 and window.session.path == other.resolve()


def _drop_events(path: Path) -> tuple[QMimeData, QDragEnterEvent, QDropEvent]:
    # The events do not own the mime data: the caller keeps it alive while they are used.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    return mime, enter, drop


def test_dropping_a_markdown_file_opens_it(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    other = tmp_path / "droppet.md"
    other.write_text(ROLE_MD, encoding="utf-8")
    _mime, enter, drop = _drop_events(other)
    enter.ignore()
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.session.path == other.resolve())
    assert window.windowTitle() == "droppet.md[*]"


def test_dragging_other_files_is_refused(window: MainWindow, tmp_path: Path) -> None:
    _mime, enter, _drop = _drop_events(tmp_path / "billede.png")
    enter.ignore()
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_new_starts_from_the_danish_template(window: MainWindow, dialogs: Dialogs) -> None:
    seen: list[object] = []
    window.session_changed.connect(seen.append)
    window.window_actions.new.trigger()
    doc = window.session.doc
    assert doc.h1 == "" and doc.front_matter.title == ""  # the guidance is hints only
    assert [s.heading for s in doc.sections][-1] == "Øvrige forhold"
    assert len(doc.sections) == 7
    assert window.windowTitle() == "Untitled[*]"
    assert seen == [window.session]


def test_sections_are_added_moved_and_removed_with_undo(window: MainWindow) -> None:
    doc = window.session.doc
    navigation = window.navigation
    navigation.select(1)
    navigation.add_section(FreeSection(heading="Nyt afsnit"))
    assert doc.sections[2].heading == "Nyt afsnit"
    assert navigation.current_key() == 2
    assert nav_rows(window)[3] == ("Nyt afsnit", "")
    navigation.move_section(-1)
    assert doc.sections[1].heading == "Nyt afsnit"
    assert navigation.current_key() == 1
    navigation.remove_section()
    assert "Nyt afsnit" not in [s.heading for s in doc.sections]
    for _ in range(3):
        window.window_actions.undo.trigger()
    assert [s.heading for s in doc.sections] == [s.heading for s in load_role(window).sections]
    assert not window.isWindowModified()


def load_role(window: MainWindow) -> FunctionDescription:
    assert window.session.path is not None
    return load(window.session.path)


def test_preview_follows_edits_and_can_be_hidden(window: MainWindow, qtbot: QtBot) -> None:
    preview = window.preview
    assert "Gennemføre test før hver udgivelse." in preview.toPlainText()
    assert "nav_order" not in preview.toPlainText()
    edit_first_task(window)
    qtbot.waitUntil(lambda: "Gennemføre grundig test" in preview.toPlainText())
    window.window_actions.preview.trigger()
    assert not preview.isVisible()
    assert window.settings.show_preview is False


def test_export_to_word_uses_settings(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    target = tmp_path / "rolle.docx"
    calls: list[tuple[object, ...]] = []

    pictures: list[object] = []

    def fake_export(doc: object, path: str, template: object, omit: object, *,
                    organisation: str, author: str, language: object,
                    images_from: object) -> list[str]:
        calls.append((doc, path, template, omit, organisation, author, language))
        pictures.append(images_from)
        return []

    monkeypatch.setattr(os2editor.docx, "export_docx", fake_export, raising=False)
    monkeypatch.setattr(interaction, "ask_export", lambda _p, choices: replace(
        choices, target=str(target)))
    window.settings.author = "Anne Andersen"
    window.window_actions.export.trigger()
    assert calls == [(window.session.doc, str(target), None, (), "OS2", "Anne Andersen", None)]
    session_path = window.session.path
    assert pictures == [session_path.parent if session_path is not None else None]
    assert dialogs.errors == []


def test_validation_is_live_and_a_click_jumps_to_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.validation
    assert panel.problems == []
    assert window.status.validation_button.text() == "No warnings"
    activate(qtbot, window)
    must = column(window, Priority.MUST)
    click_row(must, 0)
    for _ in range(len(tasks_of(window).must)):
        QTest.keyClick(must.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(panel.problems) == 1, timeout=2000)
    assert window.status.validation_button.text() == "1 warning: there are no MUST tasks"
    window.navigation.select(TITLES)
    QTest.mouseClick(window.status.validation_button, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    item = panel.list.item(0)
    assert item is not None
    assert item.text().endswith("there are no MUST tasks")
    rect = panel.list.visualItemRect(item)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigation.current_key() == TASKS_INDEX
    assert focused_in(must)


def test_title_problem_jumps_to_the_titles_form(window: MainWindow, qtbot: QtBot) -> None:
    activate(qtbot, window)
    form = window.current_form()
    assert form is not None
    title = form.widget_at(window.session.doc.front_matter, f.FM_TITLE)
    assert isinstance(title, QLineEdit)
    title.selectAll()
    QTest.keyClicks(title, "Noget helt andet")
    qtbot.waitUntil(lambda: len(window.validation.problems) == 1, timeout=2000)
    window.navigation.select(TASKS_INDEX)
    window.jump_to_problem(window.validation.problems[0])
    assert window.navigation.current_key() == TITLES
    assert window.current_form() is form
    assert focused_in(title)


def test_typing_in_a_task_and_moving_one_by_keyboard_then_save(
    window: MainWindow, role_file: Path, qtbot: QtBot
) -> None:
    """The whole path: real form widgets, real keys, the window's Save, the exact file."""
    edit_first_task(window)
    assert window.isWindowModified()
    assert window.session.undo_stack.count() == 1
    qtbot.waitUntil(lambda: "Gennemføre grundig test" in window.preview.toPlainText())
    should = column(window, Priority.SHOULD)
    should.select_row(1)
    QTest.keyClick(should.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert [t.text for t in tasks_of(window).must][1] == "Holde testworkshops."
    assert window.session.undo_stack.count() == 2
    window.window_actions.save.trigger()
    expected = (
        ROLE_MD.replace(TASK_OLD, TASK_NEW)
        .replace("- Holde testworkshops.\n", "")
        .replace(TASK_NEW, TASK_NEW + "- Holde testworkshops.\n")
    )
    assert role_file.read_text(encoding="utf-8") == expected
    assert not window.isWindowModified()


def test_export_to_word_writes_a_docx(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    target = tmp_path / "rolle.docx"
    monkeypatch.setattr(interaction, "ask_export", lambda _p, choices: replace(
        choices, target=str(target)))
    window.window_actions.export.trigger()
    assert dialogs.errors == []
    with zipfile.ZipFile(target) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Gennemføre test før hver udgivelse." in body


def test_export_failure_is_one_clear_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    target = tmp_path / "findes-ikke" / "rolle.docx"
    monkeypatch.setattr(interaction, "ask_export", lambda _p, choices: replace(
        choices, target=str(target)))
    window.window_actions.export.trigger()
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0][0] == "The Word file was not written"
    assert not target.exists()


def test_open_recent_menu_opens_the_file(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "seneste.md"
    other.write_text(ROLE_MD, encoding="utf-8")
    window.settings.add_recent(other)
    menu = window.window_actions.recent_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.text().endswith("seneste.md")]
    assert len(actions) == 1
    actions[0].trigger()
    assert window.session.path == other.resolve()


def test_open_recent_file_that_is_gone_says_so_and_forgets_it(
    window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    gone = tmp_path / "væk.md"
    window.settings.add_recent(gone)
    window.open_recent(gone)
    assert len(dialogs.errors) == 1
    assert str(gone) not in window.settings.recent_files


def test_f6_moves_between_the_parts_list_and_the_form(window: MainWindow) -> None:
    window.navigation.select(TASKS_INDEX)
    window.navigation.tree.setFocus()
    window.window_actions.switch_pane.trigger()
    form = window.current_form()
    assert form is not None
    assert focused_in(form)
    window.window_actions.switch_pane.trigger()
    assert QApplication.focusWidget() is window.navigation.tree


def test_preferences_dialog_edits_author_organisation_target_and_language(
    qtbot: QtBot,
) -> None:
    settings = Settings(author="", organisation="OS2", language="")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.author.setText("  Anne Andersen ")
    dialog.organisation.setText("OS2 – offentligt digitaliseringsfællesskab")
    dialog.lix_target.setCurrentIndex(dialog.lix_target.findData("let"))
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.apply_to(settings)
    assert settings.author == "Anne Andersen"
    assert settings.organisation == "OS2 – offentligt digitaliseringsfællesskab"
    assert settings.lix_target == "let"
    assert settings.language == "da"
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert set(buddies) == {dialog.author, dialog.organisation, dialog.lix_target,
                            dialog.language}


def test_run_opens_the_file_and_returns_the_exit_code(
    qtbot: QtBot, role_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    seen: list[str] = []

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for win in windows:
            if win.isVisible():
                seen.append(win.windowTitle())
                win.close()

    QTimer.singleShot(0, look_and_close)
    assert run(str(role_file), "en") == 0
    assert seen == ["os2-testkoordinator.md[*]"]
    assert QApplication.applicationName() == "os2editor"
    assert QApplication.organizationName() == "OS2"


def test_the_window_starts_its_log_after_the_first_paint(
    qtbot: QtBot, role_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own
    show_window(str(role_file), "en")
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w.isVisible()]
    for win in shown:
        qtbot.addWidget(win)
    assert not log_file().exists()  # nothing of the log before the window is on screen
    qtbot.waitUntil(lambda: log_file().exists() and "window shown after" in log_file().read_text(
        encoding="utf-8"), timeout=3000)
    text = log_file().read_text(encoding="utf-8")
    assert f"opened {role_file.resolve()}" in text or f"opened {role_file}" in text
    assert "Gennemføre test" not in text


def test_the_window_starts_with_what_it_loaded_out_of_the_collectors_way(
    qtbot: QtBot, role_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own
    gc.collect()
    try:
        show_window(str(role_file), "en")
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        assert [w.windowTitle() for w in shown] == ["os2-testkoordinator.md[*]"]
        for win in shown:
            qtbot.addWidget(win)
            win.session.undo_stack.setClean()
        # The collector runs again, and everything made while loading is frozen, so the first
        # collection after start-up does not walk it all.
        assert gc.isenabled() and gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


class FolderOpener(QObject):
    """Stands in for the system's file manager: the folder the window asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_help_opens_the_log_folder(window: MainWindow, app_dirs: Path) -> None:
    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        help_menu = window.menuBar().actions()[-1].menu()
        assert window.window_actions.open_log_folder in help_menu.actions()  # type: ignore[union-attr]
        window.window_actions.open_log_folder.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opener.opened == [str(app_dirs / "log")]
    assert (app_dirs / "log").is_dir()
