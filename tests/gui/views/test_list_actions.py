"""Every list has a visible Remove button and a context menu (issue 15, point 5); Enter, Esc and
undo in lists behave as a word processor's user expects (point 4). Driven in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.board import MoscowBoard
from os2editor.gui.views.dialogs.sub_items import SubItemsDialog
from os2editor.gui.views.forms.purpose import PurposeForm
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.markdown import dumps
from os2editor.model import Priority
from os2editor.model import fields as f

from ..driving import choose, click_row, context_menu, menu_texts, row_menu
from ..opening import show

ROW_ENTRIES = ["Insert above", "Insert below", "Move up", "Move down", "Remove"]


def texts(editor: ListEditor) -> list[str]:
    return [editor.binding.text(row) for row in range(editor.count())]


def list_of(win: MainWindow, kind: str) -> ListEditor:
    """The list a user means by ``kind``, on its form (chosen in the navigation)."""
    doc = win.session.doc
    if kind == "areas":
        form = show(win, doc.responsibilities)
        return form.areas_editor  # type: ignore[attr-defined, no-any-return]
    if kind == "area items":
        form = show(win, doc.responsibilities)
        area = doc.responsibilities.areas[0]  # type: ignore[union-attr]
        editor = form.widget_at(area, f.AREA_ITEMS)
    elif kind == "tasks":
        form = show(win, doc.tasks)
        assert isinstance(form, TasksForm)
        return form.board.column(Priority.SHOULD).editor
    else:
        section = {"collaboration": doc.collaboration, "qualifications": doc.professional,
                   "personal": doc.personal, "conditions": doc.conditions}[kind]
        editor = show(win, section).widget_at(section, f.LIST_ITEMS)
    assert isinstance(editor, ListEditor)
    return editor


KINDS = ["areas", "area items", "tasks", "collaboration", "qualifications", "personal",
         "conditions"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_list_has_a_remove_button_that_removes_the_chosen_line(
    window: MainWindow, kind: str
) -> None:
    editor = list_of(window, kind)
    before = texts(editor)
    assert editor.remove_button.isVisible()
    assert not editor.remove_button.isEnabled() or editor.current_row() >= 0
    click_row(editor, 0)
    assert editor.remove_button.isEnabled()
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert texts(editor) == before[1:]
    assert editor.view.hasFocus()  # back in the list, ready for the next key
    window.undo_group.undo()
    assert texts(editor) == before


@pytest.mark.parametrize("kind", KINDS)
def test_every_list_has_a_context_menu_with_insert_move_and_remove(
    window: MainWindow, kind: str
) -> None:
    editor = list_of(window, kind)
    before = texts(editor)
    assert len(before) >= 1
    menu = row_menu(editor, 0)
    assert [text for text in menu_texts(menu) if text in ROW_ENTRIES] == ROW_ENTRIES
    choose(menu, "Insert above")
    field = editor.view.indexWidget(editor.view.list_model.index(0))
    assert isinstance(field, ElementEditor) and field.hasFocus()  # opened for typing
    QTest.keyClicks(field, "Ny linje")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert texts(editor) == ["Ny linje", *before]
    choose(row_menu(editor, 0), "Move down")
    assert texts(editor) == [before[0], "Ny linje", *before[1:]]
    choose(row_menu(editor, 1), "Remove")
    assert texts(editor) == before
    choose(row_menu(editor, 0), "Insert below")
    field = editor.view.indexWidget(editor.view.list_model.index(1))
    assert isinstance(field, ElementEditor)
    QTest.keyClick(field, Qt.Key.Key_Escape)  # a false start: gone without a trace
    assert texts(editor) == before
    assert not window.session.undo_stack.canRedo()


def test_the_menu_of_a_first_and_last_row_cannot_move_out_of_the_list(
    window: MainWindow,
) -> None:
    editor = list_of(window, "collaboration")
    menu = row_menu(editor, 0)
    state = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert not state["Move up"] and state["Move down"]
    menu.close()
    menu = row_menu(editor, editor.count() - 1)
    state = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert state["Move up"] and not state["Move down"]
    menu.close()
    below = context_menu(editor.view.viewport(), QPoint(5, editor.view.viewport().height() - 2))
    assert menu_texts(below)[0] == "Add at the end"  # below the rows: only adding


def test_the_menu_key_opens_the_menu_of_the_chosen_row(window: MainWindow) -> None:
    editor = list_of(window, "collaboration")
    before = texts(editor)
    click_row(editor, 1)
    choose(context_menu(editor.view, keyboard=True), "Move up")
    assert texts(editor) == [before[1], before[0], *before[2:]]


def test_a_task_moves_to_any_priority_from_its_menu(window: MainWindow) -> None:
    form = show(window, window.session.doc.tasks)
    assert isinstance(form, TasksForm)
    board: MoscowBoard = form.board
    should = board.column(Priority.SHOULD).editor
    menu = row_menu(should, 0)
    assert [t for t in menu_texts(menu) if t.startswith("Move to")] == [
        "Move to MUST", "Move to COULD", "Move to WON'T"]
    choose(menu, "Move to WON'T")
    tasks = window.session.doc.tasks
    assert tasks is not None
    assert [item.text for item in tasks.wont] == ["Skrive testvejledninger."]
    wont = board.column(Priority.WONT)
    assert wont.isVisible() and wont.editor.view.hasFocus()
    assert window.session.undo_stack.count() == 1  # one step
    choose(row_menu(wont.editor, 0), "Move to MUST")
    assert [item.text for item in tasks.must][-1] == "Skrive testvejledninger."


def test_initiatives_have_the_same_menu_and_a_remove_button(window: MainWindow) -> None:
    form = show(window, window.session.doc.purpose)
    assert isinstance(form, PurposeForm)
    grid = form.initiatives.grid
    purpose = window.session.doc.purpose
    assert purpose is not None
    labels = [i.label for i in purpose.initiatives]
    rect = grid.visualRect(grid.model().index(1, 0))
    menu = context_menu(grid.viewport(), rect.center())
    assert [text for text in menu_texts(menu) if text in ROW_ENTRIES] == ROW_ENTRIES
    choose(menu, "Move up")
    assert [i.label for i in purpose.initiatives] == labels[::-1]
    assert form.initiatives.remove_button.isVisible()
    QTest.mouseClick(form.initiatives.remove_button, Qt.MouseButton.LeftButton)
    assert [i.label for i in purpose.initiatives] == [labels[0]]


def test_sub_items_have_the_menu_and_any_item_can_get_sub_items(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = list_of(window, "collaboration")
    choose(row_menu(editor, 0), "Sub-items…")
    dialog = editor.sub_items_dialog
    assert isinstance(dialog, SubItemsDialog)
    qtbot.waitExposed(dialog)
    sub = dialog.editor
    assert sub.count() == 0 and sub.remove_button.isVisible()
    QTest.mouseClick(sub.add_button, Qt.MouseButton.LeftButton)
    field = sub.view.indexWidget(sub.view.list_model.index(0))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Formanden.")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "- Sekretariatschefen.\n  - Formanden.\n" in dumps(window.session.doc)
    menu = row_menu(sub, 0)
    assert "Remove" in menu_texts(menu)
    choose(menu, "Remove")
    assert sub.count() == 0
    dialog.close()


# Point 4: Enter, Esc and undo.


def test_adding_and_typing_a_task_is_one_undo_step_with_no_empty_task_left(
    window: MainWindow,
) -> None:
    form = show(window, window.session.doc.tasks)
    assert isinstance(form, TasksForm)
    must = form.board.column(Priority.MUST).editor
    before = texts(must)
    QTest.mouseClick(must.add_button, Qt.MouseButton.LeftButton)
    field = must.view.indexWidget(must.view.list_model.index(len(before)))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Holde kursus i test.")
    QTest.keyClick(field, Qt.Key.Key_Return)  # ends the edit; no new row
    assert texts(must) == [*before, "Holde kursus i test."]
    assert QApplication.focusWidget() is must.view and must.current_row() == len(before)
    assert window.window_actions.undo.toolTip() == "Undo: Add item"
    window.window_actions.undo.trigger()
    assert texts(must) == before  # not an "(empty)" task: adding and typing was one step
    window.window_actions.redo.trigger()
    assert texts(must) == [*before, "Holde kursus i test."]


def test_a_second_enter_or_ctrl_enter_adds_the_next_task(window: MainWindow) -> None:
    form = show(window, window.session.doc.tasks)
    assert isinstance(form, TasksForm)
    could = form.board.column(Priority.COULD).editor
    click_row(could, 0)
    QTest.keyClick(could.view, Qt.Key.Key_Return)
    field = could.view.indexWidget(could.view.list_model.index(1))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Skrive en blog.")
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    nxt = could.view.indexWidget(could.view.list_model.index(2))
    assert isinstance(nxt, ElementEditor)  # Ctrl+Enter: finished and the next one opened
    QTest.keyClicks(nxt, "Holde oplæg.")
    QTest.keyClick(nxt, Qt.Key.Key_Return)
    QTest.keyClick(could.view, Qt.Key.Key_Return)  # the second Enter: one more
    assert texts(could)[1:] == ["Skrive en blog.", "Holde oplæg.", ""]
    last = could.view.indexWidget(could.view.list_model.index(3))
    assert isinstance(last, ElementEditor)
    QTest.keyClick(last, Qt.Key.Key_Escape)
    assert texts(could)[1:] == ["Skrive en blog.", "Holde oplæg."]
    assert not window.window_actions.redo.isEnabled()  # Esc left nothing to redo
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert texts(could) == ["Automatisere gentagne test."]


def test_esc_on_a_fresh_row_with_text_takes_the_whole_row_back(window: MainWindow) -> None:
    editor = list_of(window, "collaboration")
    before = texts(editor)
    saved = dumps(window.session.doc)
    click_row(editor, 0)
    QTest.keyClick(editor.view, Qt.Key.Key_Return)
    field = editor.view.indexWidget(editor.view.list_model.index(1))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Halvt skrevet")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert texts(editor) == before
    assert dumps(window.session.doc) == saved
    assert not window.session.undo_stack.canUndo() and not window.session.undo_stack.canRedo()
    assert not window.isWindowModified()
