"""Focus you can follow (issue 15, point 11): one Tab from the parts list reaches the part's
first field, every focused widget shows it, and on the board only the column with the focus
shows a chosen task."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.navigation import TITLES
from os2editor.model import Priority
from os2editor.model import fields as f

from ..driving import click_row
from ..opening import show

PARTS = [TITLES, *range(8)]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("key", PARTS)
def test_one_tab_from_the_parts_list_reaches_the_first_field(
    window: MainWindow, key: int
) -> None:
    window.navigation.select(key)
    form = window.current_form()
    assert form is not None
    first = form.entries[0].widget
    window.navigation.tree.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(window.navigation.tree, Qt.Key.Key_Tab)
    assert focused() is (first.focusProxy() or first)


def test_shift_tab_from_the_list_reaches_the_section_buttons(window: MainWindow) -> None:
    window.navigation.select(1)
    window.navigation.tree.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(window.navigation.tree, Qt.Key.Key_Backtab)
    assert focused().accessibleName() == "Move section down"


def shown(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("key", PARTS)
def test_every_widget_shows_that_it_has_the_focus(
    qtbot: QtBot, window: MainWindow, key: int
) -> None:
    window.navigation.select(key)
    form = window.current_form()
    assert form is not None
    tree = window.navigation.tree
    tree.setFocus(Qt.FocusReason.MouseFocusReason)
    reached: list[QWidget] = []
    widget = tree
    while True:
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = focused()
        if not form.isAncestorOf(widget) or widget in reached:
            break
        reached.append(widget)
        with_focus = shown(widget)
        tree.setFocus(Qt.FocusReason.MouseFocusReason)
        without = shown(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        assert with_focus != without, f"{type(widget).__name__} {widget.accessibleName()!r}"
    assert len(reached) >= 2


def test_on_the_board_only_the_column_with_the_focus_shows_a_chosen_task(
    window: MainWindow,
) -> None:
    form = show(window, window.session.doc.tasks)
    assert isinstance(form, TasksForm)
    must = form.board.column(Priority.MUST).editor
    should = form.board.column(Priority.SHOULD).editor
    could = form.board.column(Priority.COULD).editor

    def chosen() -> list[bool]:
        return [e.view.selectionModel().hasSelection() for e in (must, should, could)]

    click_row(must, 1)
    assert chosen() == [True, False, False]
    click_row(should, 0)
    assert chosen() == [False, True, False]
    assert not must.remove_button.isEnabled()  # nothing chosen there to remove
    QTest.keyClick(should.view, Qt.Key.Key_Tab)  # Add task
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # Remove
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # the COULD list
    assert focused() is could.view
    assert chosen() == [False, False, True]  # its current task, chosen as it took the focus


def test_the_fields_of_another_chosen_area_follow_the_areas_in_the_tab_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    responsibilities = window.session.doc.responsibilities
    assert responsibilities is not None
    form = show(window, responsibilities)
    areas = form.areas_editor  # type: ignore[attr-defined]
    click_row(areas, 1)  # the second area: its fields are made now
    title = form.widget_at(responsibilities.areas[1], f.AREA_TITLE)
    assert title is not None
    qtbot.waitUntil(title.isVisible, timeout=2000)  # shown at Qt's next turn
    stops = []
    for _ in range(3):  # Add area, Remove (the hidden Sub-items is passed by), the title
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append(focused())
    assert stops == [areas.add_button, areas.remove_button, title]
