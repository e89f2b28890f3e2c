"""An open PDF (PDF/A-1b, A4) that documents are appended to, one after the other.

One description is one :meth:`PdfBook.append`; a board pack appends many, each with its own
bookmark (``outline_title``), page numbers and header, and calls :meth:`PdfBook.finish` once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, qVersion
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from os2editor.docx.blocks import Block
from os2editor.docx.language import Texts
from os2editor.messages import Message
from os2editor.pdf import info as pdf_info
from os2editor.pdf import style
from os2editor.pdf.body import Body, Marks
from os2editor.pdf.pages import PageFurniture, PagePainter
from os2editor.pdf.qt import Fonts, gui_application

# Device pixels per inch: ten to the point, fine enough that Qt's layout never rounds a
# glyph's position visibly, and simple to read when debugging.
RESOLUTION = 720


class PdfBook:
    """A PDF being written in memory; :meth:`finish` returns its bytes."""

    def __init__(self, info: pdf_info.DocumentInfo, *, archival: bool = True) -> None:
        gui_application()
        self.info = info
        self.producer = f"{pdf_info.CREATOR} (Qt {qVersion()})"
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(self._buffer)
        if archival:
            writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_A1b)
        writer.setResolution(RESOLUTION)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        writer.setTitle(info.title)
        writer.setAuthor(info.author)
        writer.setCreator(pdf_info.CREATOR)
        writer.setDocumentXmpMetadata(QByteArray(pdf_info.xmp(info, self.producer)))
        self.writer = writer
        self.warnings: list[Message] = []  # pictures left out, each said once
        self.pages = page_painter(writer)

    def append(
        self,
        blocks: Iterable[tuple[Block, Marks]],
        furniture: PageFurniture,
        outline_title: str | None = None,
        *,
        texts: Texts | None = None,
        images_from: str | os.PathLike[str] | None = None,
    ) -> int:
        """Add one document's pages: its blocks (each with its redline marks, or None) under
        ``furniture``, its fixed texts in the language of ``texts`` (Danish when None), its
        relative pictures read from ``images_from``. Returns its page count; what could not be
        shown is added to :attr:`warnings`."""
        body = lay_out(self.pages, blocks, texts, images_from)
        self.warnings.extend(n for n in body.notices if n not in self.warnings)
        return self.pages.append(body, furniture, outline_title)

    def finish(self) -> bytes:
        """End the PDF and return it, with the outline, information and language added."""
        self.pages.end()
        data = bytes(self._buffer.data().data())
        self._buffer.close()
        height = self.writer.pageLayout().fullRect(QPageLayout.Unit.Point).height()
        return pdf_info.finish(data, self.info, self.producer, self.pages.outline, height)


def page_painter(device: QPagedPaintDevice) -> PagePainter:
    """A painter of pages onto ``device`` (the PDF writer, or a printer) in the PDF's fonts,
    Qt's application started first if none runs."""
    gui_application()
    return PagePainter(device, Fonts(style.BODY_FAMILIES, style.CODE_FAMILIES))


def lay_out(
    pages: PagePainter,
    blocks: Iterable[tuple[Block, Marks]],
    texts: Texts | None,
    images_from: str | os.PathLike[str] | None,
) -> Body:
    """One document's body for ``pages``: its blocks, each with its redline marks (or None),
    its fixed texts in the language of ``texts``, its relative pictures from ``images_from``."""
    builder = pages.builder(texts, images_from)
    for block, marks in blocks:
        builder.add(block, marks)
    return builder.body
