"""ListEditor driven with real keys, clipboard and drops: every change is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.list_binding import lines_from_paste
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.model import CollaborationSection, FunctionDescription, Item
from os2editor.model import fields as f

from .driving import drop_on, open_row


def texts(section: CollaborationSection) -> list[str]:
    return [item.text for item in section.items]


@pytest.fixture
def section() -> CollaborationSection:
    return CollaborationSection(
        heading="Samarbejdsrelationer",
        items=[
            Item(text="Sekretariatet."),
            Item(text="Bestyrelsen.", children=[Item(text="Formanden."), Item(text="Kassereren.")]),
            Item(text="Leverandører."),
        ],
    )


@pytest.fixture
def session(section: CollaborationSection) -> DocumentSession:
    return DocumentSession(FunctionDescription(h1="Rolle", sections=[section]))


@pytest.fixture
def editor(qtbot: QtBot, session: DocumentSession, section: CollaborationSection) -> ListEditor:
    widget = ListEditor(session, section, f.LIST_ITEMS)
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    return widget


def test_typing_in_place_changes_the_model_live_as_one_undo_step(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    field = open_row(editor, 0)
    QTest.keyClicks(field, " Og medlemmer")
    assert section.items[0].text == "Sekretariatet. Og medlemmer"
    assert session.undo_stack.count() == 1
    QTest.keyClick(field, Qt.Key.Key_Tab)  # finishes editing
    assert editor.view.state() != editor.view.State.EditingState
    session.undo_stack.undo()
    assert section.items[0].text == "Sekretariatet."
    assert editor.view.list_model.index(0).data() == "Sekretariatet."


def test_escape_puts_back_the_text_and_leaves_nothing_to_undo(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    field = open_row(editor, 2)
    QTest.keyClicks(field, "xyz")
    assert section.items[2].text == "Leverandører.xyz"
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert section.items[2].text == "Leverandører."
    assert not session.undo_stack.canUndo()


def test_enter_adds_an_item_enter_again_ends_it_and_a_second_enter_adds_the_next(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    editor.select_row(0)
    QTest.keyClick(editor.view, Qt.Key.Key_Return)
    assert texts(section) == ["Sekretariatet.", "", "Bestyrelsen.", "Leverandører."]
    field = editor.view.indexWidget(editor.view.list_model.index(1))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Medlemmerne.")
    QTest.keyClick(field, Qt.Key.Key_Return)  # Enter in the editor: the edit ends, nothing more
    assert texts(section) == ["Sekretariatet.", "Medlemmerne.", "Bestyrelsen.", "Leverandører."]
    assert editor.view.indexWidget(editor.view.list_model.index(1)) is None
    assert editor.current_row() == 1 and editor.view.hasFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Return)  # a second Enter: the next item
    assert texts(section)[1:3] == ["Medlemmerne.", ""]
    second = editor.view.indexWidget(editor.view.list_model.index(2))
    assert isinstance(second, ElementEditor)
    QTest.keyClicks(second, "Revisorerne.")
    QTest.keyClick(second, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert texts(section)[1:4] == ["Medlemmerne.", "Revisorerne.", ""]  # Ctrl+Enter: the next
    third = editor.view.indexWidget(editor.view.list_model.index(3))
    assert isinstance(third, ElementEditor)
    QTest.keyClick(third, Qt.Key.Key_Return)  # Enter on an empty new item: it goes again
    assert texts(section) == ["Sekretariatet.", "Medlemmerne.", "Revisorerne.", "Bestyrelsen.",
                              "Leverandører."]
    assert editor.current_row() == 2
    assert session.undo_stack.undoText() == "Add item"
    session.undo_stack.undo()  # adding and typing "Revisorerne." was one step
    assert texts(section) == ["Sekretariatet.", "Medlemmerne.", "Bestyrelsen.", "Leverandører."]
    session.undo_stack.undo()
    assert texts(section) == ["Sekretariatet.", "Bestyrelsen.", "Leverandører."]
    assert not session.undo_stack.canUndo()
    session.undo_stack.redo()
    assert texts(section) == ["Sekretariatet.", "Medlemmerne.", "Bestyrelsen.", "Leverandører."]


def test_add_button_appends_and_opens_the_editor(
    qtbot: QtBot, editor: ListEditor, section: CollaborationSection
) -> None:
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(section.items) == 4
    field = editor.view.indexWidget(editor.view.list_model.index(3))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Brugerne.")
    assert section.items[3].text == "Brugerne."


def test_delete_removes_and_undo_puts_the_same_item_back(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    board = section.items[1]
    editor.select_row(1)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    assert texts(section) == ["Sekretariatet.", "Leverandører."]
    assert editor.current_row() == 1
    session.undo_stack.undo()
    assert section.items[1] is board
    assert [c.text for c in board.children] == ["Formanden.", "Kassereren."]


def test_alt_up_and_down_reorder_one_step_each(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    editor.select_row(0)
    QTest.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(section) == ["Bestyrelsen.", "Sekretariatet.", "Leverandører."]
    assert editor.current_row() == 1
    QTest.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(section) == ["Bestyrelsen.", "Leverandører.", "Sekretariatet."]
    QTest.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # at the end
    assert session.undo_stack.count() == 2
    QTest.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(section) == ["Bestyrelsen.", "Sekretariatet.", "Leverandører."]
    session.undo_stack.undo()
    assert texts(section) == ["Bestyrelsen.", "Leverandører.", "Sekretariatet."]
    session.undo_stack.undo()
    assert texts(section) == ["Bestyrelsen.", "Sekretariatet.", "Leverandører."]
    session.undo_stack.undo()
    assert texts(section) == ["Sekretariatet.", "Bestyrelsen.", "Leverandører."]


def test_pasting_several_lines_adds_one_item_per_line_as_one_step(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    QApplication.clipboard().setText("- KL.\n\n- KOMBIT.\n  Digitaliseringsstyrelsen.\n")
    editor.select_row(0)
    QTest.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert texts(section) == [
        "Sekretariatet.",
        "KL.",
        "KOMBIT.",
        "Digitaliseringsstyrelsen.",
        "Bestyrelsen.",
        "Leverandører.",
    ]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert texts(section) == ["Sekretariatet.", "Bestyrelsen.", "Leverandører."]


def test_pasting_several_lines_into_the_editor_splits_them_into_items(
    qtbot: QtBot, editor: ListEditor, section: CollaborationSection
) -> None:
    field = open_row(editor, 2)
    QApplication.clipboard().setText(" og konsulenter.\nRevisorer.\n")
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert texts(section)[2:] == ["Leverandører. og konsulenter.", "Revisorer."]


def test_lines_from_paste_strips_bullets_and_blank_lines() -> None:
    assert lines_from_paste("- a\n\n* b\n  c  \n-\n") == ["a", "b", "c", "-"]


def test_drag_and_drop_reorders_as_one_undo_step(
    editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    data = editor.binding.mime_data(0)
    last = editor.view.visualRect(editor.view.list_model.index(2))
    event = drop_on(editor.view, data, last.center() + QPoint(0, last.height() // 4))
    assert event.isAccepted()
    assert texts(section) == ["Bestyrelsen.", "Leverandører.", "Sekretariatet."]
    assert editor.current_row() == 2
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert texts(section) == ["Sekretariatet.", "Bestyrelsen.", "Leverandører."]


def test_a_drop_from_a_foreign_source_is_refused(
    editor: ListEditor, section: CollaborationSection
) -> None:
    data = QMimeData()
    data.setText("Noget andet")
    event = drop_on(editor.view, data, QPoint(5, 5))
    assert not event.isAccepted()
    assert texts(section) == ["Sekretariatet.", "Bestyrelsen.", "Leverandører."]


def test_count_signal_and_children_marker(
    qtbot: QtBot, editor: ListEditor, section: CollaborationSection
) -> None:
    counts: list[int] = []
    editor.count_changed.connect(counts.append)
    editor.select_row(2)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)
    assert counts == [2, 1]
    note = editor.view.delegate.children_note(2)
    assert "2" in note
    assert editor.view.delegate.children_note(0) == ""


def test_editing_an_item_with_children_keeps_them(
    qtbot: QtBot, editor: ListEditor, section: CollaborationSection
) -> None:
    children = section.items[1].children
    field = open_row(editor, 1)
    QTest.keyClicks(field, " Hele")
    assert section.items[1].text == "Bestyrelsen. Hele"
    assert section.items[1].children is children


def test_undo_from_outside_updates_an_open_editor_without_closing_it(
    qtbot: QtBot, editor: ListEditor, session: DocumentSession, section: CollaborationSection
) -> None:
    field = open_row(editor, 0)
    QTest.keyClicks(field, "abc")
    session.undo_stack.undo()
    assert field.toPlainText() == "Sekretariatet."
    assert editor.view.indexWidget(editor.view.list_model.index(0)) is field


def test_the_view_grows_with_its_rows(qtbot: QtBot, editor: ListEditor) -> None:
    before = editor.view.height()
    QApplication.clipboard().setText("En\nTo\nTre")
    editor.select_row(2)
    QTest.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.view.height() > before
    assert editor.view.verticalScrollBar().maximum() == 0


def test_the_row_and_its_editor_grow_while_typing_a_long_text(
    qtbot: QtBot, editor: ListEditor, section: CollaborationSection
) -> None:
    editor.resize(260, 300)
    field = open_row(editor, 2)
    before = (field.height(), editor.view.height())
    QTest.keyClicks(field, " og andre som leverer ydelser til produkterne i fællesskabet")
    assert field.height() > before[0]
    assert editor.view.height() > before[1]
    assert field.toPlainText().startswith("Leverandører. og andre")
