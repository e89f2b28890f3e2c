"""Markdown prose drawn for a reader: markers quiet, bold as bold, links as links.

Used by the prose fields (a :class:`MarkdownHighlighter` on their text) and by the list rows
(:func:`wrapped_layout`, which also wraps as a reader expects: at word boundaries, and inside
a word only when the word alone is wider than the line). The text itself stays the markdown
source; only its look changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from os2editor.gui.views.widgets.inline_marks import Mark, runs

LINE_SEPARATOR = "\u2028"  # how a text layout breaks a line inside one paragraph
QUIET_ALPHA = 150  # markers on a selected row: the selection's text colour, fainter
ADDRESS_SIZE = 0.85  # a link's address is a footnote to its text: smaller as well as quiet


class MarkFormats:
    """The character format for each combination of marks, in one palette."""

    def __init__(
        self, palette: QPalette, font: QFont | None = None, *, selected: bool = False
    ) -> None:
        self.size = font.pointSizeF() if font is not None else -1.0
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self.text = palette.color(role)
        if selected:
            self.quiet = QColor(self.text)
            self.quiet.setAlpha(QUIET_ALPHA)
            self.link = self.text
        else:
            self.quiet = palette.color(QPalette.ColorRole.PlaceholderText)
            self.link = palette.color(QPalette.ColorRole.Link)
        self._formats: dict[Mark, QTextCharFormat] = {}

    def format(self, marks: Mark) -> QTextCharFormat:
        found = self._formats.get(marks)
        if found is None:
            found = self._formats[marks] = self._build(marks)
        return found

    def _build(self, marks: Mark) -> QTextCharFormat:
        char = QTextCharFormat()
        if marks & (Mark.BOLD | Mark.HEADING):
            char.setFontWeight(QFont.Weight.Bold)
        if marks & Mark.ITALIC:
            char.setFontItalic(True)
        if marks & Mark.CODE:
            char.setFontFamilies(
                [QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()]
            )
        if marks & Mark.LINK:
            char.setForeground(self.link)
            char.setFontUnderline(True)
        if marks & (Mark.MARKER | Mark.ADDRESS):
            char.setForeground(self.quiet)
            char.setFontUnderline(False)
        if marks & Mark.ADDRESS and self.size > 0:
            char.setFontPointSize(self.size * ADDRESS_SIZE)
        return char

    def ranges(self, text: str) -> list[QTextLayout.FormatRange]:
        """The formats of ``text``'s marked runs, for a text layout."""
        found = []
        for run in runs(text):
            span = QTextLayout.FormatRange()
            span.start = run.start
            span.length = run.end - run.start
            span.format = self.format(run.marks)
            found.append(span)
        return found


class MarkdownHighlighter(QSyntaxHighlighter):
    """Draws the markdown of a prose field quietly (see :mod:`inline_marks`)."""

    def __init__(self, document: QTextDocument, palette: QPalette, font: QFont) -> None:
        super().__init__(document)
        self.formats = MarkFormats(palette, font)

    def restyle(self, palette: QPalette, font: QFont) -> None:
        """Follow a new palette (dark mode) or font."""
        self.formats = MarkFormats(palette, font)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for run in runs(text):
            self.setFormat(run.start, run.end - run.start, self.formats.format(run.marks))


def wrapped_layout(
    text: str, font: QFont, width: float, formats: list[QTextLayout.FormatRange] | None = None
) -> tuple[QTextLayout, float]:
    """``text`` laid out in lines of ``width``, and the height it takes. Lines break between
    words, and inside a word only when it alone is wider than the line (a long Danish compound
    in a narrow column); a line break in the text (Shift+Enter) breaks the line."""
    layout = QTextLayout(text.replace("\n", LINE_SEPARATOR), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if formats:
        layout.setFormats(formats)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def draw_layout(painter: QPainter, layout: QTextLayout, rect: QRectF, color: QColor) -> None:
    """Paint ``layout`` at the top left of ``rect``, clipped to it, in ``color`` where its
    formats name none."""
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(color)
    layout.draw(painter, rect.topLeft())
    painter.restore()
