"""Driving the window as a user does: choosing parts, opening rows, typing, clicking."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.model import Priority, TasksSection
from os2editor.model import fields as f


def tasks_of(win: MainWindow) -> TasksSection:
    tasks = win.session.doc.tasks
    assert tasks is not None
    return tasks


def tasks_form(win: MainWindow) -> TasksForm:
    """Choose the tasks part in the navigation; its form."""
    win.navigation.select(win.session.doc.sections.index(tasks_of(win)))
    form = win.current_form()
    assert isinstance(form, TasksForm)
    return form


def column(win: MainWindow, priority: Priority) -> ListEditor:
    """The board's list of ``priority`` (the tasks part is chosen on the way)."""
    editor = tasks_form(win).widget_at(tasks_of(win).group(priority), f.GROUP_ITEMS)
    assert isinstance(editor, ListEditor)
    return editor


def open_row(editor: ListEditor, row: int) -> ElementEditor:
    """F2 on a row: its text opens for editing."""
    editor.select_row(row)
    QTest.keyClick(editor.view, Qt.Key.Key_F2)
    field = editor.view.indexWidget(editor.view.list_model.index(row))
    assert isinstance(field, ElementEditor)
    return field


def retype_first_task(win: MainWindow, text: str) -> None:
    """Write ``text`` over the first MUST task in its row, and leave the row."""
    retype_row(column(win, Priority.MUST), 0, text)


def click_row(editor: ListEditor, row: int) -> None:
    """Click a row, as a user does: it is chosen and the list has the focus."""
    rect = editor.view.visualRect(editor.view.list_model.index(row))
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_row() == row


def drop_on(target: QWidget, data: QMimeData, pos: QPoint) -> QDropEvent:
    """Drop ``data`` at ``pos`` on ``target`` as a move with the left button; the event, to
    see whether the drop was accepted."""
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    return event


def activate(qtbot: QtBot, win: QWidget) -> None:
    """Make ``win`` the active window, so focus and shortcuts behave as on a desktop."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)


def focused_in(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def retype_row(editor: ListEditor, row: int, text: str) -> None:
    """Write ``text`` over a row's text, and leave the row."""
    field = open_row(editor, row)
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Tab)


def context_menu(widget: QWidget, pos: QPoint | None = None, *, keyboard: bool = False) -> QMenu:
    """Open ``widget``'s context menu as the platform does on a right click at ``pos`` (or
    with the menu key); the menu on screen. (QTest's clicks do not make the context menu
    event a desktop makes, so it is sent as the platform sends it.)"""
    reason = QContextMenuEvent.Reason.Keyboard if keyboard else QContextMenuEvent.Reason.Mouse
    where = pos if pos is not None else widget.rect().center()
    event = QContextMenuEvent(reason, where, widget.mapToGlobal(where))
    QApplication.sendEvent(widget, event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "no context menu appeared"
    return menu


def row_menu(editor: ListEditor, row: int) -> QMenu:
    """Right-click on a row of a list."""
    rect = editor.view.visualRect(editor.view.list_model.index(row))
    return context_menu(editor.view.viewport(), rect.center())


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


def choose(menu: QMenu, text: str) -> None:
    """Click the entry ``text`` (without its & marker) of an open menu."""
    action = next((a for a in menu.actions() if a.text().replace("&", "") == text), None)
    assert action is not None, f"{text!r} not in {menu_texts(menu)}"
    assert action.isEnabled(), f"{text!r} is disabled"
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
