"""Points -> the units of a paint device and of Qt's text formats.

Font sizes are points. Qt reads top and bottom margins, indents, paddings and borders of a
text format in 1/96 inch, scaled to the paint device, but left and right margins in device
pixels; :class:`Units` converts points into either.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPaintDevice, QTextBlockFormat, QTextCursor, QTextDocument

from os2editor.pdf import style


class Units:
    """Points -> the units of the paint device and of text formats."""

    def __init__(self, device: QPaintDevice) -> None:
        self.dpi = device.logicalDpiY()
        self.device = self.dpi / style.POINTS_PER_INCH  # device pixels per point
        self.format = self.device / _format_scale(device)  # format units per point

    def px(self, points: float) -> float:
        """``points`` in device pixels."""
        return points * self.device

    def fmt(self, points: float) -> float:
        """``points`` in text-format units (see the module docstring)."""
        return points * self.format


def _format_scale(device: QPaintDevice) -> float:
    """Device pixels per text-format unit on ``device``, measured: Qt scales by the screen's
    logical dpi, which a headless run and a desktop need not agree on."""
    key = device.logicalDpiY()
    found = _SCALES.get(key)
    if found is not None:
        return found
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    cursor.insertText("x")
    spaced = QTextBlockFormat()
    spaced.setTopMargin(100)
    cursor.insertBlock(spaced)
    cursor.insertText("x")
    document.setPageSize(QSizeF(1000 * key, 1000 * key))
    layout = document.documentLayout()
    first = layout.blockBoundingRect(document.firstBlock())
    second = layout.blockBoundingRect(document.lastBlock())
    gap = second.top() - first.bottom()
    _SCALES[key] = scale = gap / 100 if gap > 0 else key / 96
    return scale


_SCALES: dict[int, float] = {}
