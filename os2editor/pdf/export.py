"""export_pdf and print_document: a function description as PDF pages, or printed.

The pages hold what the Word export holds, made from the same export blocks
(:func:`os2editor.docx.blocks.blocks_for`), in the same language
(:mod:`os2editor.docx.language`), with the same header, footer, draft mark and properties
(:mod:`os2editor.docx.properties`) and the same warnings (:mod:`os2editor.docx.notices`, and
the pictures left out). Neither python-docx nor lxml loads for a PDF without pictures.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

from os2editor.docx.blocks import blocks_for, check_omit
from os2editor.docx.language import Texts, document_language, texts_for
from os2editor.docx.notices import export_notices
from os2editor.docx.properties import Identity, identity, is_draft, revision_date
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import write_output
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
    images_from: str | os.PathLike[str] | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write ``doc`` as a PDF/A-1b to ``target`` (a path, written atomically, or a binary file).

    ``omit``, ``organisation``, ``author``, ``language`` and ``images_from`` mean what they
    mean for :func:`os2editor.docx.export_docx`. Returns the Word export's warnings (a part to
    omit the document lacks, a document whose text is all in its front matter, a picture
    left out), each once. Raises WriteError for a target that cannot be written or is named
    like a description (.md), RenderError when Qt's graphics or any font is missing,
    ValueError for an unknown part name or language.
    """
    omit = check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target)
    data, warnings = rendered(
        doc, omit, organisation=organisation, author=author, language=language,
        images_from=images_from,
    )  # fmt: skip
    write_output(data, target, into_stream=into_stream)
    return warnings


def render_pdf(
    doc: FunctionDescription,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    author: str | None = None,
    language: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The PDF bytes of ``doc`` (see :func:`export_pdf`); ``now`` stamps its dates (UTC)."""
    data, _warnings = rendered(
        doc, omit, organisation=organisation, author=author, language=language,
        images_from=images_from, now=now,
    )  # fmt: skip
    return data


def rendered(
    doc: FunctionDescription,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    author: str | None = None,
    language: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
    now: dt.datetime | None = None,
) -> tuple[bytes, list[Message]]:
    """The PDF bytes of ``doc`` and the warnings (see :func:`export_pdf`)."""
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.info import DocumentInfo

    omit = check_omit(omit)
    blocks = blocks_for(doc, omit)
    texts = texts_for(language or document_language(doc, blocks))
    who = identity(doc, organisation)
    book = PdfBook(DocumentInfo.of(who, texts, author, utc(now)))
    book.append(
        ((block, None) for block in blocks), page_furniture(doc, organisation, texts, who),
        texts=texts, images_from=images_from,
    )  # fmt: skip
    data = book.finish()
    return data, [*export_notices(doc, blocks, omit), *book.warnings]


def utc(now: dt.datetime | None) -> dt.datetime:
    """``now`` (or this moment) in UTC, whole seconds, without a zone (as PDF dates take it)."""
    stamp = now or dt.datetime.now(dt.UTC)
    return stamp.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)


def page_furniture(
    doc: FunctionDescription, organisation: str | None, texts: Texts, who: Identity | None = None
) -> PageFurniture:
    """Header and footer texts of ``doc``'s pages: the Word export's, in its language, with
    the draft mark when the front matter says ``status: DRAFT``. ``who`` is
    ``identity(doc, organisation)`` when the caller has it already."""
    from os2editor.pdf.pages import PageFurniture

    if who is None:
        who = identity(doc, organisation)
    revised = revision_date(doc, texts)
    return PageFurniture(
        organisation=who.organisation,
        role=who.role,
        page_of=texts.page_of,
        revised=texts.revised.format(date=revised) if revised else "",
        mark=texts.draft if is_draft(doc) else "",
    )


def print_document(
    doc: FunctionDescription,
    device: QPagedPaintDevice,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    language: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
) -> int:
    """Paint ``doc``'s pages onto ``device`` (a QPrinter from the print dialog) as the PDF
    has them; returns the number of pages. The device gets A4 (the layout is A4's)."""
    from PySide6.QtGui import QPageLayout, QPageSize

    from os2editor.pdf.book import lay_out, page_painter

    blocks = blocks_for(doc, omit)
    texts = texts_for(language or document_language(doc, blocks))
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    pages = page_painter(device)
    body = lay_out(pages, ((block, None) for block in blocks), texts, images_from)
    try:
        return pages.append(body, page_furniture(doc, organisation, texts))
    finally:
        pages.end()
