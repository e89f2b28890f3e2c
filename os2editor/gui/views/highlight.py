"""Marks laid over the text of a field without changing it: the readability aid's longest
sentences (a pale background) and long words (underlined).

A field widget takes them through a small hook, ``highlight(marks)`` (spans are offsets into
the field's text as the model holds it): text fields as extra selections, list rows painted by
their delegate with :func:`paint_marks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QPainter, QTextCharFormat, QTextLine
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

SENTENCE_COLOUR = QColor(255, 236, 153, 150)  # pale yellow, translucent over any theme
WORD_COLOUR = QColor(214, 120, 0)  # the underline under a long word


class MarkKind(Enum):
    SENTENCE = "sentence"
    WORD = "word"


@dataclass(frozen=True)
class Mark:
    """A span of a field's text to mark, and how."""

    start: int
    end: int
    kind: MarkKind


def char_format(kind: MarkKind) -> QTextCharFormat:
    from PySide6.QtGui import QTextCharFormat

    style = QTextCharFormat()
    if kind is MarkKind.SENTENCE:
        style.setBackground(SENTENCE_COLOUR)
    else:
        style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        style.setUnderlineColor(WORD_COLOUR)
        style.setFontUnderline(True)
    return style


def extra_selections(
    widget: QPlainTextEdit | QTextEdit, marks: Sequence[Mark]
) -> list[QTextEdit.ExtraSelection]:
    """``marks`` as a text widget's extra selections (spans clamped to its text)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QTextEdit

    length = len(widget.toPlainText())
    found = []
    for mark in marks:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(widget.document())
        cursor.setPosition(min(mark.start, length))
        cursor.setPosition(min(mark.end, length), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format(mark.kind)
        found.append(selection)
    return found


def paint_marks(
    painter: QPainter, area: QRect, flags: int, text: str, *, font: QFont,
    marks: Sequence[Mark],
) -> None:
    """Paint ``marks`` under ``text`` as ``painter.drawText(area, flags, text)`` lays it out
    (call it just before that): a background for a sentence, a line under a word."""
    if not marks or not text:
        return
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPen, QTextLayout, QTextOption

    option = QTextOption()
    wraps = flags & int(Qt.TextFlag.TextWordWrap)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wraps
                       else QTextOption.WrapMode.NoWrap)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(area.width())
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    painter.save()
    painter.translate(area.topLeft())
    for mark in marks:
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            start = max(mark.start, line.textStart())
            end = min(mark.end, line.textStart() + line.textLength())
            if start >= end:
                continue
            left = _x(line, start)
            right = _x(line, end)
            top, height = line.y(), line.height()
            if mark.kind is MarkKind.SENTENCE:
                painter.fillRect(QRectF(left, top, right - left, height), SENTENCE_COLOUR)
            else:
                painter.setPen(QPen(WORD_COLOUR, 1.5))
                base = top + line.ascent() + 2
                painter.drawLine(QPointF(left, base), QPointF(right, base))
    painter.restore()


def _x(line: QTextLine, position: int) -> float:
    """Where ``position`` is on ``line`` (PySide gives cursorToX a tuple or a float)."""
    found: Any = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)
