"""The context menu every list shares: insert above or below, move up or down, remove, and
whatever a list adds of its own (the board: move to another priority; items: sub-items).

The menu only calls back; each action is one edit made by the list it was opened on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListMenu", text)


@dataclass
class ListActions:
    """What a list can do to its elements, by row."""

    insert: Callable[[int], None]  # start a new element at this row
    remove: Callable[[int], None]
    move: Callable[[int, int], None]  # from row, to row
    count: Callable[[], int]
    more: list[tuple[str, Callable[[], None]]] = field(default_factory=list)  # after the moves


def list_menu(parent: QWidget, row: int, actions: ListActions) -> QMenu:
    """The menu for ``row`` (-1: below the last row, where only adding makes sense)."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    count = actions.count()
    on_row = 0 <= row < count

    def add(text: str, slot: Callable[[], None], *, enabled: bool = True,
            key: QKeySequence | None = None) -> QAction:
        action = menu.addAction(text)
        action.setEnabled(enabled)
        if key is not None:
            action.setShortcut(key)  # shown as a reminder; the list handles the key itself
        action.triggered.connect(lambda _checked=False: slot())
        return action

    if on_row:
        add(_tr("Insert &above"), lambda: actions.insert(row))
        add(_tr("Insert &below"), lambda: actions.insert(row + 1))
    else:
        add(_tr("&Add at the end"), lambda: actions.insert(count))
    menu.addSeparator()
    add(_tr("Move &up"), lambda: actions.move(row, row - 1), enabled=on_row and row > 0,
        key=QKeySequence("Alt+Up"))
    add(_tr("Move &down"), lambda: actions.move(row, row + 1),
        enabled=on_row and row < count - 1, key=QKeySequence("Alt+Down"))
    if on_row and actions.more:
        menu.addSeparator()
        for text, slot in actions.more:
            add(text, slot)
    menu.addSeparator()
    add(_tr("&Remove"), lambda: actions.remove(row), enabled=on_row,
        key=QKeySequence(QKeySequence.StandardKey.Delete))
    return menu
