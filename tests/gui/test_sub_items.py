"""Nested bullets are edited with the same list editor, in a small window, with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from os2editor.gui.commands import SetField
from os2editor.gui.forms import form_for
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.list_editor import ListEditor
from os2editor.gui.widgets.list_items import ChildrenRole
from os2editor.gui.widgets.sub_items import SubItemsDialog
from os2editor.markdown import dumps, loads
from tests.helpers import changed_lines, fixture_text

SOURCE = fixture_text("coordinator.md")


def conditions_list(qtbot: QtBot) -> tuple[DocumentSession, ListEditor, QWidget]:
    session = DocumentSession(loads(SOURCE))
    doc = session.doc
    form = form_for(session, doc.sections.index(doc.conditions))
    qtbot.addWidget(form)
    form.show()
    editor = form.fields["items"]
    assert isinstance(editor, ListEditor)
    return session, editor, form  # the caller keeps the form alive


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
    child = session.doc.conditions.items[0].children[0]  # type: ignore[union-attr]
    session.push(SetField(session, child, "text", "Færre timer giver mere fokus på MUST."))
    dialog.editor.add_button.click()
    fresh = session.doc.conditions.items[0].children[1]  # type: ignore[union-attr]
    session.push(SetField(session, fresh, "text", "Aftales med styregruppen."))
    assert changed_lines(SOURCE, dumps(session.doc)) == [
        "-  - Færre timer betyder mere fokus på MUST.\n",
        "+  - Færre timer giver mere fokus på MUST.\n",
        "+  - Aftales med styregruppen.\n",
    ]
    assert editor.view.list_model.index(0).data(ChildrenRole) == 2
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
