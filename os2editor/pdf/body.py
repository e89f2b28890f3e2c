"""Export blocks -> one QTextDocument: the body of a document's pages.

The blocks are the Word export's (:func:`os2editor.docx.blocks.blocks_for`), so the PDF says
what the .docx says. Each block type has one method here, named after it (``Title`` ->
:meth:`BodyBuilder.title`, ``ListItem`` -> :meth:`BodyBuilder.list_item`); a block type without
a method is written as a paragraph when it has runs and left out otherwise, and run attributes
this module does not know are ignored, so new kinds of blocks and runs can come first to the
Word export and then here.

Pictures are read and sized as the Word export reads and sizes them
(:mod:`os2editor.pdf.pictures`); one that cannot be shown leaves its description and a notice,
in :attr:`Body.notices`.

A block can carry redline marks: "insert" or "delete" for the whole block, or one mark per
run (see :mod:`os2editor.pdf.redline`).

Lengths are points, converted by :class:`os2editor.pdf.units.Units`.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from os2editor.docx.blocks import Paragraph
from os2editor.docx.blockxml import column_widths
from os2editor.docx.inline import Run, plain_text
from os2editor.docx.language import TEXTS, Texts
from os2editor.docx.wordml import text_width
from os2editor.messages import Message
from os2editor.pdf import style
from os2editor.pdf.lists import ListCounter
from os2editor.pdf.pictures import Pictures
from os2editor.pdf.qt import Fonts
from os2editor.pdf.units import Units

if TYPE_CHECKING:
    from os2editor.docx.blocks import (
        Approval,
        Block,
        Heading,
        ListItem,
        Quote,
        Rule,
        Table,
        Title,
    )

Mark = str  # "insert", "delete" or "equal" (os2editor.revision.words.WordOp)
Marks = Mark | Sequence[Mark] | None
"""Redline marks of a block: one for all its runs, one per run, or none."""

_FIXED_HEIGHT = QTextBlockFormat.LineHeightTypes.FixedHeight.value
_LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph, as Qt's text layout reads it
# The text's width in twips, as the Word export measures columns (A4 less its margins).
_TWIPS_WIDE = text_width(None)


class FontKey(NamedTuple):
    """Which font a piece of text is set in (see :meth:`os2editor.pdf.qt.Fonts.font`)."""

    size: float
    bold: bool = False
    italic: bool = False
    code: bool = False


_BODY_FONT = FontKey(style.BODY_SIZE)


@dataclasses.dataclass
class Body:
    """A document's body, laid out in pages of ``page_size`` (device pixels), and what the
    pages need to know about it: blocks to keep with the next one, outline entries (heading
    level, text, block number), quotes (block numbers), which get a bar in the margin, and
    list markers (block number, level, bullet or number), painted in the hanging indent; and
    what could not be shown (pictures left out), as the Word export's notices."""

    document: QTextDocument
    page_size: QSizeF
    keep_with_next: list[int] = dataclasses.field(default_factory=list)
    outline: list[tuple[int, str, int]] = dataclasses.field(default_factory=list)
    quotes: list[int] = dataclasses.field(default_factory=list)
    markers: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)
    notices: list[Message] = dataclasses.field(default_factory=list)


class BodyBuilder:
    """Writes export blocks into a QTextDocument laid out for ``device``.

    ``texts`` are the fixed texts of the document's language (the approval line), and
    ``images_from`` the folder relative picture addresses are read from (the description's
    own); without it, such pictures are left out with a notice, as in the Word export.
    """

    def __init__(
        self,
        device: QPaintDevice,
        fonts: Fonts,
        page_size: QSizeF,
        texts: Texts | None = None,
        images_from: str | os.PathLike[str] | None = None,
    ) -> None:
        self.units = Units(device)
        self.texts = texts or TEXTS["da"]
        self.fonts = fonts
        document = QTextDocument()
        document.setUseDesignMetrics(True)  # advances as the font designs them, as printed
        document.documentLayout().setPaintDevice(device)
        document.setDocumentMargin(0)
        # A null page size holds the layout back while the blocks come (Qt lays out after
        # every insertion otherwise); pagination sets the real one.
        document.setPageSize(QSizeF(0, 0))
        document.setDefaultFont(fonts.font(style.BODY_SIZE))
        document.setIndentWidth(self.units.fmt(style.LIST_INDENT))
        self.body = Body(document, page_size)
        room = page_size.width() / self.units.device  # the text's width in points
        self.pictures = Pictures(document, images_from, room)
        self.pictures.notices = self.body.notices
        self.cursor = QTextCursor(document)
        self.fresh = True  # the cursor is in an empty block no block has taken yet
        self.after = 0.0  # the space the previous block asks for after it, in points
        self.previous_list: int | None = None  # list id of the previous block, if an item
        self.lead_in: int | None = None  # a paragraph ending in ":", kept with a list after it
        self.lists = ListCounter()
        self.marks: Marks = None
        self._formats: dict[tuple[object, ...], QTextCharFormat] = {}

    # The blocks, one method each.

    def add(self, block: Block, marks: Marks = None) -> None:
        """Write ``block`` at the end, with redline ``marks`` on its runs."""
        self.marks = marks
        method = getattr(self, _method_name(type(block).__name__), None)
        if method is not None:
            method(block)
        elif isinstance(getattr(block, "runs", None), tuple):  # a block type from the future
            self.paragraph(Paragraph(block.runs))  # type: ignore[union-attr]
        self.marks = None

    def title(self, block: Title) -> None:
        # Its last two words come bound (os2editor.docx.blocks), as in the Word export.
        look = style.TITLE
        self._block(look, FontKey(look.size))
        self._keep_with_next()
        self.runs(block.runs, FontKey(look.size), look.colour)

    def approval(self, block: Approval) -> None:
        """"Godkendt af … den …", worded as the Word export words it, in its quiet look."""
        look = style.APPROVAL
        key = FontKey(look.size, italic=look.italic)
        line = self.texts.approved.format(by=block.by, date=self.texts.format_when(block.on))
        self._block(look, key)
        self.runs((Run(line),), key, look.colour)

    def heading(self, block: Heading) -> None:
        look = style.heading_style(block.level)
        key = FontKey(look.size, look.bold, look.italic)
        self._block(look, key)
        self._keep_with_next()
        self.body.outline.append(
            (block.level, " ".join(plain_text(block.runs).split()), self._number())
        )
        self.runs(block.runs, key, look.colour)

    def paragraph(self, block: Paragraph) -> None:
        key = FontKey(style.BODY_SIZE, code=block.code)
        self._block(style.BODY, key)
        self.runs(block.runs, key)
        if plain_text(block.runs).rstrip().endswith(":"):
            self.lead_in = self._number()

    def list_item(self, block: ListItem) -> None:
        if self.previous_list == block.list_id:
            self.after = 0.0  # items of one list sit close (Word's contextual spacing)
        lead_in = self.lead_in
        self._block(style.BODY, _BODY_FONT, indent=block.level + 1)
        if lead_in is not None and lead_in == self._number() - 1:
            self.body.keep_with_next.append(lead_in)
        self.body.markers.append((self._number(), block.level, self.lists.marker(block)))
        self.runs(block.runs, _BODY_FONT)
        self.previous_list = block.list_id

    def quote(self, block: Quote) -> None:
        look = style.QUOTE
        key = FontKey(look.size, italic=True)
        self._block(look, key)
        block_format = self.cursor.blockFormat()
        # Qt takes side margins in device pixels (unlike top and bottom margins).
        block_format.setLeftMargin(self.units.px(style.QUOTE_INDENT))
        block_format.setRightMargin(self.units.px(style.QUOTE_INDENT))
        self.cursor.setBlockFormat(block_format)
        self.body.quotes.append(self._number())
        self.runs(block.runs, key, look.colour)

    def table(self, block: Table) -> None:
        columns = max((len(row) for row in block.rows), default=0)
        if not block.rows or not columns:
            return
        table_format = QTextTableFormat()
        table_format.setBorderCollapse(True)
        table_format.setBorder(max(self.units.fmt(0.5), 1.0))  # Qt skips thinner borders
        table_format.setBorderBrush(QBrush(QColor(style.LINE_GREY)))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(0)
        table_format.setHeaderRowCount(min(block.header_rows, len(block.rows)))
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Columns as wide as the Word export makes them: following the content, so that a
        # label column is not half empty and no word breaks (issue 16 point 6).
        widths = column_widths(block, columns, _TWIPS_WIDE, int(style.BODY_SIZE * 2))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / _TWIPS_WIDE) for w in widths]
        )
        table_format.setTopMargin(self.units.fmt(self.after))
        table_format.setBottomMargin(0)
        self._forget_list()
        self.fresh = False
        table = self.cursor.insertTable(len(block.rows), columns, table_format)
        cell_format = QTextTableCellFormat()
        cell_format.setLeftPadding(self.units.fmt(style.CELL_PADDING))
        cell_format.setRightPadding(self.units.fmt(style.CELL_PADDING))
        cell_format.setTopPadding(self.units.fmt(style.CELL_PADDING_VERTICAL))
        cell_format.setBottomPadding(self.units.fmt(style.CELL_PADDING_VERTICAL))
        for row_index, row in enumerate(block.rows):
            key = FontKey(style.BODY_SIZE, bold=row_index < block.header_rows)
            for column, cell in enumerate(row):
                table_cell = table.cellAt(row_index, column)
                table_cell.setFormat(cell_format)
                self.cursor = table_cell.firstCursorPosition()
                self.runs(cell, key)
        self.cursor = QTextCursor(self.body.document)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        # Qt keeps an empty block after every table, and lays it out without regard to the
        # page's end (a heading there would be cut in two); so it stays empty, one point high.
        spacer = QTextBlockFormat()
        spacer.setLineHeight(self.units.fmt(1.0), _FIXED_HEIGHT)
        self.cursor.setBlockFormat(spacer)
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1.0)
        self.cursor.setBlockCharFormat(tiny)
        self.fresh = False
        self.after = style.PARAGRAPH_AFTER

    def rule(self, block: Rule) -> None:
        self._block(style.BODY, _BODY_FONT)
        block_format = self.cursor.blockFormat()
        block_format.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self.cursor.setBlockFormat(block_format)

    # Runs.

    def runs(self, runs: Sequence[Run], key: FontKey, colour: str = style.TEXT_COLOUR) -> None:
        """Insert ``runs`` at the cursor in the font of ``key``: bold, italic, links; breaks as
        line breaks; code in the fixed-width font; struck-through text, pictures, and redline
        marks."""
        marks = self.marks
        for index, run in enumerate(runs):
            mark = marks if isinstance(marks, str) or marks is None else _mark_at(marks, index)
            if run.image is not None and self._picture(run.image):
                continue
            text = _LINE_SEPARATOR if run.line_break else run.text
            if text:
                self.cursor.insertText(text, self._char_format(run, key, colour, mark))

    def _picture(self, address: str) -> bool:
        """Insert the picture at ``address``; False when it cannot be shown (its description
        then stands in its place)."""
        picture = self.pictures.add(address)
        if picture is None:
            return False
        image_format = QTextImageFormat()
        image_format.setName(picture.name)
        image_format.setWidth(self.units.fmt(picture.width))
        image_format.setHeight(self.units.fmt(picture.height))
        self.cursor.insertImage(image_format)
        return True

    def _char_format(
        self, run: Run, key: FontKey, colour: str, mark: Mark | None
    ) -> QTextCharFormat:
        """The format of ``run`` (made once for each look: most runs share a few)."""
        look = FontKey(key.size, key.bold or run.bold, key.italic or run.italic,
                       key.code or run.code)
        strike = run.strike
        cache_key = (look, colour, run.link, strike, mark)
        found = self._formats.get(cache_key)
        if found is not None:
            return found
        char_format = QTextCharFormat()
        char_format.setFont(self.fonts.font(look.size, bold=look.bold, italic=look.italic,
                                            code=look.code))
        char_format.setForeground(QColor(colour))
        if strike:
            char_format.setFontStrikeOut(True)
        if run.link:
            char_format.setAnchor(True)
            char_format.setAnchorHref(run.link)
            char_format.setForeground(QColor(style.LINK_COLOUR))
            char_format.setFontUnderline(True)
        if mark == "insert":
            char_format.setForeground(QColor(style.INSERT_COLOUR))
            char_format.setFontUnderline(True)
        elif mark == "delete":
            char_format.setForeground(QColor(style.DELETE_COLOUR))
            char_format.setFontStrikeOut(True)
        self._formats[cache_key] = char_format
        return char_format

    # Blocks and lists.

    def _block(self, look: style.TextStyle, key: FontKey, indent: int = 0) -> None:
        """Start a block in ``look`` and the font of ``key`` (which sizes a list's bullet).

        Word adds the space after one paragraph and the space before the next, where Qt would
        take the larger, so the top margin holds both."""
        block_format = QTextBlockFormat()
        block_format.setTopMargin(self.units.fmt(look.before + self.after))
        block_format.setBottomMargin(0)
        block_format.setLineHeight(
            look.line_spacing * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        if indent:
            block_format.setIndent(indent)  # Qt's indent width is the list indent
        char_format = QTextCharFormat()
        char_format.setFont(self.fonts.font(key.size, bold=key.bold, italic=key.italic,
                                            code=key.code))
        if self.fresh:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self.fresh = False
        else:
            self.cursor.insertBlock(block_format, char_format)
        self.after = look.after
        self.previous_list = None
        self.lead_in = None

    def _keep_with_next(self) -> None:
        self.body.keep_with_next.append(self._number())

    def _number(self) -> int:
        return self.cursor.block().blockNumber()

    def _forget_list(self) -> None:
        self.previous_list = None
        self.lead_in = None


def _method_name(type_name: str) -> str:
    """``ListItem`` -> ``list_item``: the builder's method for a block type."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type_name).lower()


def _mark_at(marks: Sequence[Mark], index: int) -> Mark | None:
    return marks[index] if index < len(marks) else None
