"""Pages: a laid-out body cut into A4 pages, with header and footer, painted onto a paged
device (a PDF writer or a printer).

:class:`PagePainter` appends one document's pages at a time to an open device, so a board
pack can put many descriptions into one PDF; each document numbers its own pages ("Side 2 af
5"). Headings are kept with what follows them: a heading (or a chain of headings, or a
lead-in line ending in ":" before its list) that would end a page with the first lines of
what it introduces on the next starts the next page instead.
"""

from __future__ import annotations

import math
import os
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
)

from os2editor.docx.language import Texts
from os2editor.pdf import style
from os2editor.pdf.body import Body, BodyBuilder
from os2editor.pdf.qt import Fonts
from os2editor.pdf.units import Units

# Lines of the next block that must share the page of the heading before it (Word keeps a
# heading with the next paragraph, and its widow control moves at least two lines).
_LINES_KEPT = 2


class PageFurniture(NamedTuple):
    """What every page of one document shows besides its body.

    ``page_of`` holds ``{page}`` and ``{pages}`` ("Side {page} af {pages}"). ``mark`` is shown
    above the header's line when set (a draft's "UDKAST").
    """

    organisation: str
    role: str
    page_of: str
    revised: str = ""
    mark: str = ""


class OutlineEntry(NamedTuple):
    """A bookmark: heading ``level`` (1 at the top), its text, the page (from 0 in the whole
    output) and the distance of its top from the paper's top edge in points."""

    level: int
    title: str
    page: int
    top: float


class PagePainter:
    """Paints documents onto ``device``, one after the other, each starting on a new page."""

    def __init__(self, device: QPagedPaintDevice, fonts: Fonts) -> None:
        self.device = device
        self.fonts = fonts
        self.units = Units(device)
        self.painter: QPainter | None = None
        self.pages = 0  # pages painted so far
        self.outline: list[OutlineEntry] = []
        paper = device.pageLayout().fullRect(QPageLayout.Unit.Point)
        self.paper = QSizeF(self.units.px(paper.width()), self.units.px(paper.height()))
        margin = self.units.px(style.MARGIN_PT)
        self.content = QRectF(
            margin, margin, self.paper.width() - 2 * margin, self.paper.height() - 2 * margin
        )

    def builder(
        self, texts: Texts | None = None, images_from: str | os.PathLike[str] | None = None
    ) -> BodyBuilder:
        """A builder for the next document's body, laid out for this device's pages, in the
        language of ``texts``, reading relative pictures from ``images_from``."""
        return BodyBuilder(self.device, self.fonts, self.content.size(), texts, images_from)

    def append(self, body: Body, furniture: PageFurniture, outline_title: str | None = None
               ) -> int:
        """Paint ``body``'s pages with ``furniture``; return how many there were.

        With ``outline_title`` the document gets its own bookmark, its headings under it (for
        a pack of documents); without, its headings are the top bookmarks.
        """
        count = paginate(body)
        first_page = self.pages
        for index in range(count):
            painter = self._next_page()
            self._paint_body(painter, body, index)
            self._paint_furniture(painter, furniture, index + 1, count)
        self._add_outline(body, first_page, outline_title)
        return count

    def end(self) -> None:
        """Finish painting (the device's output is then complete)."""
        if self.painter is not None:
            self.painter.end()
            self.painter = None

    def _next_page(self) -> QPainter:
        if self.painter is None:
            self.painter = QPainter()
            if not self.painter.begin(self.device):
                raise OSError("the page device cannot be painted on")
            # Pictures as the Word export has them, not recompressed as JPEG (a diagram's
            # lines and letters would blur).
            self.painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        else:
            self.device.newPage()
        self.pages += 1
        painter = self.painter
        painter.resetTransform()
        # A printer's origin is the corner of its printable area; the page's is the paper's.
        dpi = self.units.dpi
        printable = self.device.pageLayout().paintRectPixels(dpi).topLeft()
        painter.translate(-printable.x(), -printable.y())
        return painter

    def _paint_body(self, painter: QPainter, body: Body, index: int) -> None:
        height = body.page_size.height()
        painter.save()
        painter.translate(self.content.left(), self.content.top() - index * height)
        clip = QRectF(0, index * height, self.content.width(), height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        body.document.documentLayout().draw(painter, context)
        self._paint_quote_bars(painter, body, clip)
        self._paint_markers(painter, body, clip)
        painter.restore()

    def _paint_markers(self, painter: QPainter, body: Body, clip: QRectF) -> None:
        """Bullets and numbers, at the start of the hanging indent as in Word (the text
        starts one list indent further in), on the baseline of the item's first line."""
        if not body.markers:
            return
        layout = body.document.documentLayout()
        painter.setFont(self.fonts.font(style.BODY_SIZE))
        painter.setPen(QColor(style.TEXT_COLOUR))
        for number, level, marker in body.markers:
            block = body.document.findBlockByNumber(number)
            lines = block.layout()
            if not lines.lineCount():
                continue
            line = lines.lineAt(0)
            top = layout.blockBoundingRect(block).top() + line.y()
            if clip.top() <= top < clip.bottom():
                x = self.units.px(style.LIST_INDENT * level)
                painter.drawText(QPointF(x, top + line.ascent()), marker)

    def _paint_quote_bars(self, painter: QPainter, body: Body, clip: QRectF) -> None:
        """The grey bar left of a quote (Word's left paragraph border)."""
        if not body.quotes:
            return
        layout = body.document.documentLayout()
        x = self.units.px(style.QUOTE_INDENT - 8.0)
        painter.setPen(QPen(QColor(style.LINE_GREY), self.units.px(1.5)))
        for number in body.quotes:
            block = body.document.findBlockByNumber(number)
            lines = block.layout()
            if not lines.lineCount():
                continue
            # Lines, not the block's rectangle: Qt moves a line that does not fit down to
            # the next page inside its block, so the rectangle can start a page too early.
            origin = layout.blockBoundingRect(block).top()
            spans = [(origin + line.y(), origin + line.y() + line.height())
                     for line in map(lines.lineAt, range(lines.lineCount()))]
            here = [(top, bottom) for top, bottom in spans if clip.top() <= top < clip.bottom()]
            if here:
                painter.drawLine(QPointF(x, here[0][0]), QPointF(x, here[-1][1]))

    def _paint_furniture(
        self, painter: QPainter, furniture: PageFurniture, page: int, pages: int
    ) -> None:
        """Organisation left and role right in the header, over a thin rule, with a draft's
        mark in red on a line of its own above them; the page numbers left and the revision
        date right in the footer: as the Word export has them."""
        plain = self.fonts.font(style.FURNITURE_SIZE)
        bold = self.fonts.font(style.FURNITURE_SIZE, bold=True)
        metrics = QFontMetricsF(plain, self.device)
        left, right = self.content.left(), self.content.right()
        line = metrics.height() * style.LINE_SPACING
        header_top = self.units.px(style.HEADER_FROM_EDGE_PT)
        baseline = header_top + metrics.ascent()
        if furniture.mark:
            painter.setPen(QColor(style.DRAFT_COLOUR))
            self._text(painter, bold, right, baseline, furniture.mark, align_right=True)
            header_top += line
            baseline += line
        painter.setPen(QColor(style.FURNITURE_GREY))
        organisation_width = self._text(painter, bold, left, baseline, furniture.organisation)
        room = self.content.width() - organisation_width - self.units.px(12)
        role = _elided(furniture.role, QFontMetricsF(plain, self.device), room)
        self._text(painter, plain, right, baseline, role, align_right=True)
        rule_y = header_top + line + self.units.px(4)
        painter.save()
        painter.setPen(QPen(QColor(style.LINE_GREY), self.units.px(0.5)))
        painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))
        painter.restore()
        footer_baseline = (
            self.paper.height() - self.units.px(style.FOOTER_FROM_EDGE_PT) - metrics.descent()
        )
        numbers = furniture.page_of.format(page=page, pages=pages)
        self._text(painter, plain, left, footer_baseline, numbers)
        if furniture.revised:
            self._text(painter, plain, right, footer_baseline, furniture.revised, align_right=True)

    def _text(self, painter: QPainter, font: QFont, x: float, baseline: float, text: str,
              *, align_right: bool = False) -> float:
        """Draw ``text`` on ``baseline`` from ``x`` (or ending at ``x``); return its width."""
        width = QFontMetricsF(font, self.device).horizontalAdvance(text)
        painter.setFont(font)
        painter.drawText(QPointF(x - width if align_right else x, baseline), text)
        return width

    def _add_outline(self, body: Body, first_page: int, outline_title: str | None) -> None:
        height = body.page_size.height()
        layout = body.document.documentLayout()
        shift = 0
        if outline_title is not None:
            self.outline.append(OutlineEntry(1, outline_title, first_page, 0.0))
            shift = 1
        for level, text, number in body.outline:
            block = body.document.findBlockByNumber(number)
            top = layout.blockBoundingRect(block).top()
            if block.layout().lineCount():
                top += block.layout().lineAt(0).y()  # a line moved down to the next page
            page = int(top // height)
            on_page = self.content.top() + top - page * height
            self.outline.append(
                OutlineEntry(level + shift, text, first_page + page, on_page / self.units.device)
            )


def _elided(text: str, metrics: QFontMetricsF, room: float) -> str:
    """``text`` cut at a word with "…" to fit ``room`` (Qt's own elision needs the ``Qt``
    namespace, whose hundred enums cost a command's process some 30 ms to build)."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(" ,;:–-") + "…"
        if metrics.horizontalAdvance(shorter) <= room:
            return shorter
    return "…"


def paginate(body: Body) -> int:
    """Lay ``body`` out in pages, keeping headings with what follows; return the page count.

    A kept block whose next block's first lines fall on a later page starts a new page, and
    so do the kept blocks right before it on the same page (a heading over a heading).
    """
    document = body.document
    document.setPageSize(body.page_size)  # only now: a layout while blocks come is wasted
    height = body.page_size.height()
    kept = set(body.keep_with_next)
    position = 0
    # Each pass moves one chain to the next page and lays out again; a chain at the top of
    # its page is left as it is, so the passes end.
    for _ in range(len(body.keep_with_next) + 1):
        document.pageCount()  # lays the whole document out: Qt lays out lazily otherwise
        moved = False
        for index in range(position, len(body.keep_with_next)):
            block = document.findBlockByNumber(body.keep_with_next[index])
            start = _break_before(block, kept, height)
            if start is not None:
                block_format = start.blockFormat()
                block_format.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                block_format.setTopMargin(0)  # Word drops the space before at a page's top
                QTextCursor(start).setBlockFormat(block_format)
                position, moved = index + 1, True
                break
        if not moved:
            break
    return document.pageCount()


def _break_before(block: QTextBlock, kept: set[int], height: float) -> QTextBlock | None:
    """The block to start a new page with so that ``block`` stays with the next, or None."""
    following = block.next()
    while following.isValid() and not following.text() and following.next().isValid():
        following = following.next()  # an empty block Qt keeps after a table
    if not following.isValid() or not following.layout().lineCount():
        return None
    page = _page(block, 0, height)
    last_line = min(_LINES_KEPT, following.layout().lineCount()) - 1
    if _page(following, last_line, height) == page == _page(block, -1, height):
        return None
    start = block
    previous = start.previous()
    while (
        previous.isValid()
        and previous.blockNumber() in kept
        and _page(previous, -1, height) == page
    ):
        start, previous = previous, previous.previous()
    if not previous.isValid() or _page(previous, -1, height) < _page(start, 0, height):
        return None  # already at the top of a page: moving it would gain nothing
    return start


def _page(block: QTextBlock, line_index: int, height: float) -> int:
    """The page (from 0) of a line of ``block`` (-1: its last line)."""
    layout = block.layout()
    count = layout.lineCount()
    rect = block.document().documentLayout().blockBoundingRect(block)
    if not count:
        return int(rect.top() // height)
    line = layout.lineAt(line_index % count)
    return math.floor((rect.top() + line.y() + line.height() / 2) / height)
