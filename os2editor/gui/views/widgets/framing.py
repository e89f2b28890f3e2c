"""The layout every editing widget shares (its list or table, with a row of buttons below), the
size of a scroll area's viewport, a focus frame for lists and tables, and the Tab order of
widgets made after the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent


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


class FocusFrame:
    """Mixin for a list or table (put it before the Qt class): a frame in the platform's
    highlight colour while it has the focus.

    Text fields show their focus in every style; lists and tables in most styles show it only
    on a chosen row, so an empty list or a table without a current cell looked the same with
    the focus as without it.
    """

    def event(self, event: QEvent) -> bool:
        super_: Any = super()
        handled = bool(super_.event(event))
        area: Any = self
        if event.type() == QEvent.Type.Paint and area.hasFocus():
            # Loaded at the first paint with the focus: the module is on the start-up path.
            from PySide6.QtGui import QPainter, QPalette, QPen

            painter = QPainter(area)
            width = max(1, min(2, area.frameWidth()))
            pen = QPen(area.palette().color(QPalette.ColorRole.Highlight), width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = width / 2
            painter.drawRect(area.rect().toRectF().adjusted(inset, inset, -inset, -inset))
            painter.end()
        return handled

    def focusInEvent(self, event: QFocusEvent) -> None:
        super_: Any = super()
        super_.focusInEvent(event)
        area: Any = self
        area.update()  # the frame, which is outside the viewport

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super_: Any = super()
        super_.focusOutEvent(event)
        area: Any = self
        area.update()


STOP_TYPES = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in the order they were made (a form makes
    its fields in the order it shows them).

    Found by kind rather than by walking the focus chain, which would meet every widget Qt
    made inside scroll areas, and PySide6 is slow to meet those the first time.
    """
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, STOP_TYPES) or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own text field: the spin box stands for it
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
    return found


def chain_after(before: QWidget, widgets: list[QWidget]) -> None:
    """Put ``widgets`` right after ``before`` in the Tab order. A widget made after its window
    is shown goes last in the order, after everything else in the window."""
    for widget in widgets:
        QWidget.setTabOrder(before, widget)
        before = widget
