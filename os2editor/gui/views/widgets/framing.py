"""The layout every editing widget shares (its list or table, with a row of buttons below), and
the size of a scroll area's viewport."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


def above_buttons(owner: QWidget, main: QWidget, *buttons: QPushButton, spacing: int = -1) -> None:
    """Fill ``owner`` with ``main`` over ``buttons`` (left-aligned); focus on ``owner`` goes to
    ``main``, so tabbing into the widget lands in its list."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing >= 0:
        layout.setSpacing(spacing)
    layout.addWidget(main)
    layout.addLayout(row)
    owner.setFocusProxy(main)


def viewport_size(area: QAbstractScrollArea) -> QSize:
    """The size of ``area.viewport()``, found without calling it.

    The viewport is a widget Qt made, and the first time PySide6 meets one it looks for the
    most fitting Python class among all of QtWidgets, building each on the way (QWizard,
    QCalendarWidget, ...): 15-20 ms, a tenth of the window's start-up.
    """
    rect = area.contentsRect()
    margins = area.viewportMargins()
    width = rect.width() - margins.left() - margins.right()
    height = rect.height() - margins.top() - margins.bottom()
    vertical, horizontal = area.verticalScrollBar(), area.horizontalScrollBar()
    if vertical.isVisibleTo(area):
        width -= vertical.width()
    if horizontal.isVisibleTo(area):
        height -= horizontal.height()
    return QSize(width, height)
