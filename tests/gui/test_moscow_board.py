"""MoscowBoard: moving tasks between priorities by keyboard and by drop, one undo step each,
and the saved text changes only in the lines that moved."""

from __future__ import annotations

import difflib
import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragMoveEvent, QTextDocumentFragment
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.board import MoscowBoard
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.markdown import dumps, loads
from os2editor.model import Priority, TasksSection

from .driving import drop_on, open_row

SOURCE = """\
---
title: Testkoordinator
---

# Funktionsbeskrivelse – Testkoordinator i OS2

## Arbejdsopgaver og prioritering

Opgaverne prioriteres efter **MUST, SHOULD, COULD**:

- **MUST** – det der skal ske.
- **SHOULD** – det der bør ske.

### MUST (skal løses for at testen kan gennemføres)

- Koordinere testforløb.
- Følge op på fejl.

### SHOULD (bør løses, hvis der er tid)

- Afholde testdage.
- Opdatere testdata.
- Måle testdækning.

### COULD (kan løses, hvis der er ekstra tid)

- Afprøve nye testværktøjer.
"""


def shown_tip(tip: str) -> str:
    """What a tooltip reads on screen."""
    return QTextDocumentFragment.fromHtml(tip).toPlainText()


def diff(before: str, after: str) -> list[str]:
    """Only the changed lines, as ``-line`` / ``+line``."""
    lines = difflib.ndiff(before.splitlines(), after.splitlines())
    return [line[0] + line[2:] for line in lines if line[:1] in "+-"]


def tasks_text(tasks: TasksSection, priority: Priority) -> list[str]:
    return [item.text for item in tasks.tasks(priority)]


@pytest.fixture
def session() -> DocumentSession:
    return DocumentSession(loads(SOURCE))


@pytest.fixture
def tasks(session: DocumentSession) -> TasksSection:
    section = session.doc.tasks
    assert section is not None
    return section


@pytest.fixture
def board(qtbot: QtBot, session: DocumentSession, tasks: TasksSection) -> MoscowBoard:
    widget = MoscowBoard(session, tasks)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def test_columns_show_short_name_count_and_the_documents_heading(board: MoscowBoard) -> None:
    must = board.column(Priority.MUST)
    assert must.title.text() == "MUST · 2 (33%)"  # 2 of the 6 planned tasks
    assert shown_tip(must.title.toolTip()) == (
        "MUST (skal løses for at testen kan gennemføres)\n"
        "33% of the planned tasks (MUST, SHOULD and COULD)"
    )
    assert board.column(Priority.SHOULD).title.text() == "SHOULD · 3 (50%)"
    assert board.column(Priority.COULD).title.text() == "COULD · 1 (17%)"
    assert must.title.buddy() is must.editor.view
    assert must.editor.view.accessibleName()


def test_alt_left_moves_a_task_from_should_to_must_as_one_step(
    qtbot: QtBot, board: MoscowBoard, session: DocumentSession, tasks: TasksSection
) -> None:
    should = board.column(Priority.SHOULD).editor
    must = board.column(Priority.MUST).editor
    should.select_row(1)
    QTest.keyClick(should.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tasks_text(tasks, Priority.MUST) == [
        "Koordinere testforløb.",
        "Opdatere testdata.",
        "Følge op på fejl.",
    ]
    assert tasks_text(tasks, Priority.SHOULD) == ["Afholde testdage.", "Måle testdækning."]
    assert must.current_row() == 1
    assert must.view.hasFocus()
    assert board.column(Priority.MUST).title.text() == "MUST · 3 (50%)"
    assert board.column(Priority.SHOULD).title.text() == "SHOULD · 2 (33%)"
    assert session.undo_stack.count() == 1
    assert diff(SOURCE, dumps(session.doc)) == ["+- Opdatere testdata.", "-- Opdatere testdata."]
    session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
    assert board.column(Priority.MUST).title.text() == "MUST · 2 (33%)"


def test_alt_left_then_alt_right_puts_the_task_back(
    qtbot: QtBot, board: MoscowBoard, session: DocumentSession
) -> None:
    should = board.column(Priority.SHOULD).editor
    should.select_row(2)
    QTest.keyClick(should.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    must = board.column(Priority.MUST).editor
    QTest.keyClick(must.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert dumps(session.doc) == SOURCE
    assert should.current_row() == 2
    QTest.keyClick(must.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # MUST is first
    assert session.undo_stack.count() == 2


def drag_move(view: object, data: QMimeData) -> QDragMoveEvent:
    """Offer ``data`` to ``view`` as a drag passing over it; accepted if it may drop there."""
    with warnings.catch_warnings():
        # PySide marks this, the only constructor there is, as deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        probe = QDragMoveEvent(
            QPoint(5, 5),
            Qt.DropAction.MoveAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    view.dragMoveEvent(probe)  # type: ignore[attr-defined]
    return probe


def test_drag_and_drop_from_should_to_must_is_one_step(
    board: MoscowBoard, session: DocumentSession, tasks: TasksSection
) -> None:
    should = board.column(Priority.SHOULD).editor
    must = board.column(Priority.MUST).editor
    data = should.binding.mime_data(0)
    assert drag_move(must.view, data).isAccepted()
    first = must.view.visualRect(must.view.list_model.index(0))
    event = drop_on(must.view, data, QPoint(first.center().x(), first.top() + 2))
    assert event.isAccepted()
    assert tasks_text(tasks, Priority.MUST)[0] == "Afholde testdage."
    assert tasks_text(tasks, Priority.SHOULD) == ["Opdatere testdata.", "Måle testdækning."]
    assert must.current_row() == 0
    assert board.column(Priority.SHOULD).title.text() == "SHOULD · 2 (33%)"
    assert session.undo_stack.count() == 1
    assert diff(SOURCE, dumps(session.doc)) == ["+- Afholde testdage.", "-- Afholde testdage."]
    session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE


def test_drop_into_empty_space_appends_to_the_column(
    board: MoscowBoard, tasks: TasksSection
) -> None:
    could = board.column(Priority.COULD).editor
    must = board.column(Priority.MUST).editor
    data = must.binding.mime_data(1)
    drop_on(could.view, data, QPoint(5, could.view.height() - 3))
    assert tasks_text(tasks, Priority.COULD) == ["Afprøve nye testværktøjer.", "Følge op på fejl."]


def test_a_foreign_drag_is_refused(board: MoscowBoard) -> None:
    data = QMimeData()
    data.setText("tekst")
    assert not drag_move(board.column(Priority.MUST).editor.view, data).isAccepted()


def test_wont_column_appears_when_asked_for_or_used(
    qtbot: QtBot, board: MoscowBoard, tasks: TasksSection
) -> None:
    wont = board.column(Priority.WONT)
    assert not wont.isVisible()
    board.show_wont.setChecked(True)
    assert wont.isVisible()
    board.show_wont.setChecked(False)
    could = board.column(Priority.COULD).editor
    could.select_row(0)
    QTest.keyClick(could.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tasks_text(tasks, Priority.WONT) == ["Afprøve nye testværktøjer."]
    assert wont.isVisible()
    assert wont.title.text() == "WON'T · 1"  # not planned, so no share
    assert wont.editor.view.hasFocus()
    assert not board.show_wont.isVisible()


def test_typing_in_a_task_changes_one_line(
    qtbot: QtBot, board: MoscowBoard, session: DocumentSession, tasks: TasksSection
) -> None:
    field = open_row(board.column(Priority.MUST).editor, 1)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, " og rapportere dem.")
    assert tasks.must[1].text == "Følge op på fejl og rapportere dem."
    assert session.undo_stack.count() == 1
    assert diff(SOURCE, dumps(session.doc)) == [
        "-- Følge op på fejl.",
        "+- Følge op på fejl og rapportere dem.",
    ]


def test_enter_in_a_column_adds_a_task_and_the_count_follows(
    qtbot: QtBot, board: MoscowBoard, tasks: TasksSection
) -> None:
    could = board.column(Priority.COULD)
    could.editor.select_row(0)
    QTest.keyClick(could.editor.view, Qt.Key.Key_Return)
    field = could.editor.view.indexWidget(could.editor.view.list_model.index(1))
    assert isinstance(field, ElementEditor)
    QTest.keyClicks(field, "Skrive en blog.")
    assert tasks_text(tasks, Priority.COULD) == ["Afprøve nye testværktøjer.", "Skrive en blog."]
    assert could.title.text() == "COULD · 2 (29%)"
