"""Nested bullets are edited with the same list editor, in a small window, with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs.sub_items import SubItemsDialog
from os2editor.gui.views.forms import form_for
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.list_items import ChildrenRole, ElementEditor
from os2editor.markdown import dumps, loads
from os2editor.model import fields as f
from tests.helpers import changed_lines, fixture_text

from .driving import open_row

SOURCE = fixture_text("coordinator.md")


def conditions_list(qtbot: QtBot) -> tuple[DocumentSession, ListEditor, QWidget]:
    session = DocumentSession(loads(SOURCE))
    conditions = session.doc.conditions
    assert conditions is not None
    form = form_for(session, conditions)
    qtbot.addWidget(form)
    form.show()
    editor = form.widget_at(conditions, f.LIST_ITEMS)
    assert isinstance(editor, ListEditor)
    return session, editor, form  # the caller keeps the form alive


def type_into_row(editor: ListEditor, row: int, text: str, *, replace: bool = False) -> None:
    field = open_row(editor, row)
    if replace:
        field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Tab)  # done editing


def test_button_shows_only_for_an_item_with_sub_items(qtbot: QtBot) -> None:
    _session, editor, _form = conditions_list(qtbot)
    editor.select_row(1)
    assert not editor.children_button.isVisible()
    editor.select_row(0)
    assert editor.children_button.isVisible()


def test_editing_and_adding_a_sub_item_changes_only_those_lines(qtbot: QtBot) -> None:
    session, editor, _form = conditions_list(qtbot)
    editor.select_row(0)
    qtbot.mouseClick(editor.children_button, Qt.MouseButton.LeftButton)
    dialog = editor.sub_items_dialog
    assert isinstance(dialog, SubItemsDialog) and dialog.isVisible()
    assert dialog.editor.count() == 1
    type_into_row(dialog.editor, 0, "Færre timer giver mere fokus på MUST.", replace=True)
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    fresh = dialog.editor.view.indexWidget(dialog.editor.view.list_model.index(1))
    assert isinstance(fresh, ElementEditor)
    QTest.keyClicks(fresh, "Aftales med styregruppen.")
    QTest.keyClick(fresh, Qt.Key.Key_Tab)
    assert changed_lines(SOURCE, dumps(session.doc)) == [
        "-  - Færre timer betyder mere fokus på MUST.\n",
        "+  - Færre timer giver mere fokus på MUST.\n",
        "+  - Aftales med styregruppen.\n",
    ]
    assert editor.view.list_model.index(0).data(ChildrenRole) == 2
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
    assert dialog.editor.count() == 1
