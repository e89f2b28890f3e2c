"""export_pdf and print_document: a function description as PDF pages, or printed.

The pages hold what the Word export holds, made from the same export blocks
(:func:`os2editor.docx.blocks.blocks_for`) and the same page furniture
(:mod:`os2editor.docx.furniture`: header texts, document language, identity, revision date,
properties).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

from os2editor.docx import furniture
from os2editor.docx.blocks import blocks_for, check_omit
from os2editor.docx.export import write_bytes
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.storage.targets import check_output

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from os2editor.pdf.pages import PageFurniture


def export_pdf(
    doc: FunctionDescription,
    target: str | os.PathLike[str] | BinaryIO,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    author: str | None = None,
    language: str | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write ``doc`` as a PDF/A-1b to ``target`` (a path, written atomically, or a binary file).

    ``omit``, ``organisation``, ``author`` and ``language`` mean what they mean for
    :func:`os2editor.docx.export_docx`. Returns warnings (none so far). Raises WriteError for a
    target that cannot be written or is named like a description (.md), RenderError when Qt's
    graphics or any font is missing, ValueError for an unknown part name or language.
    """
    check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target)
    data = render_pdf(doc, omit, organisation=organisation, author=author, language=language)
    write_bytes(data, target, into_stream=into_stream)
    return []


def render_pdf(
    doc: FunctionDescription,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    author: str | None = None,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The PDF bytes of ``doc`` (see :func:`export_pdf`); ``now`` stamps its dates (UTC)."""
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.info import DocumentInfo

    blocks = blocks_for(doc, omit)
    texts = furniture.texts_for(language or furniture.document_language(doc))
    who = furniture.identity(doc, organisation)
    stamp = now or dt.datetime.now(dt.UTC)
    stamp = stamp.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)
    book = PdfBook(DocumentInfo.of(who, texts, author, stamp))
    book.append(((block, None) for block in blocks), page_furniture(doc, organisation, texts))
    return book.finish()


def page_furniture(
    doc: FunctionDescription, organisation: str | None, texts: furniture.Texts
) -> PageFurniture:
    """Header and footer texts of ``doc``'s pages: the Word export's, in its language."""
    from os2editor.pdf.pages import PageFurniture

    who = furniture.identity(doc, organisation)
    revised = furniture.revision_date(doc, texts)
    return PageFurniture(
        organisation=who.organisation,
        role=who.role,
        page_of=texts.page_of,
        revised=texts.revised.format(date=revised) if revised else "",
    )


def print_document(
    doc: FunctionDescription,
    device: QPagedPaintDevice,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    language: str | None = None,
) -> int:
    """Paint ``doc``'s pages onto ``device`` (a QPrinter from the print dialog) as the PDF
    has them; returns the number of pages. The device gets A4 (the layout is A4's)."""
    from PySide6.QtGui import QPageLayout, QPageSize

    from os2editor.pdf import style
    from os2editor.pdf.pages import PagePainter
    from os2editor.pdf.qt import Fonts, gui_application

    gui_application()
    blocks = blocks_for(doc, omit)
    texts = furniture.texts_for(language or furniture.document_language(doc))
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    pages = PagePainter(device, Fonts(style.BODY_FAMILIES, style.CODE_FAMILIES))
    builder = pages.builder()
    for block in blocks:
        builder.add(block)
    try:
        return pages.append(builder.body, page_furniture(doc, organisation, texts))
    finally:
        pages.end()
