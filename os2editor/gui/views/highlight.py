"""Marks laid over the text of a field without changing it: the readability aid's longest
sentences (a pale background) and long words (underlined).

A field widget takes them through a small hook, ``highlight(marks)`` (spans are offsets into
the field's text as the model holds it): text fields as extra selections, list rows painted by
their delegate through :func:`format_ranges`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat, QTextLayout
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


def format_ranges(marks: Sequence[Mark]) -> list[QTextLayout.FormatRange]:
    """``marks`` as format ranges of a QTextLayout (a list row's text, painted by its
    delegate): laid over the row's own formats, drawn with the text."""
    from PySide6.QtGui import QTextLayout

    ranges = []
    for mark in marks:
        if mark.end <= mark.start:
            continue
        found = QTextLayout.FormatRange()
        found.start = mark.start
        found.length = mark.end - mark.start
        found.format = char_format(mark.kind)
        ranges.append(found)
    return ranges
