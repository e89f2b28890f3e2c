"""The board pack as a PDF: the Word pack's pages, with the changes marked for reading.

(The window's stand-in for main's ``os2editor.library.pack_pdf``, which has the same name and
signature and replaces this file when the branches meet.)

The cover is the Word pack's (:func:`os2editor.library.pack.cover_blocks`: date, baseline,
the table of roles and the unchanged ones). Each changed role follows on its own pages under
a header naming it, with its differences from the baseline marked as the PDF redline marks
them (inserted text underlined, deleted text struck through; :mod:`os2editor.pdf.redline`),
and a bookmark per role. A PDF has no tracked changes to accept or reject: the Word pack is
the one to edit, the PDF the one to read and send.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from os2editor.docx import furniture
from os2editor.docx.blocks import blocks_for
from os2editor.docx.export import write_bytes
from os2editor.library.pack import PACK_TEXTS, cover_blocks
from os2editor.library.rounds import Round
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.storage.targets import check_output


def write_pack_pdf(
    review: Round,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    author: str,
    day: dt.date | None = None,
    language: str | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write the board pack of ``review`` as a PDF to ``target``. Raises WriteError for a
    target that cannot be written, RenderError when Qt cannot paint."""
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.export import page_furniture
    from os2editor.pdf.info import DocumentInfo
    from os2editor.pdf.pages import PageFurniture
    from os2editor.pdf.redline import LEGEND, legend_blocks, marked_blocks
    from os2editor.revision.alignment import plan

    if isinstance(target, str | os.PathLike):
        check_output(target)
    day = day or dt.date.today()
    first = next((r.new or r.old for r in review.roles if r.new or r.old), None)
    language = language or (furniture.document_language(first) if first else "da")
    texts, word = PACK_TEXTS[language], furniture.texts_for(language)
    organisation = furniture.identity(first).organisation if first else "OS2"
    cover = furniture.Identity(texts.header, organisation, texts.title)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    book = PdfBook(DocumentInfo.of(cover, word, author, now))
    book.append(((block, None) for block in cover_blocks(review, texts, day, language)),
                PageFurniture(organisation, texts.header, word.page_of), texts.overview)
    legend = legend_blocks(LEGEND[language], None)
    for role in review.changed:
        old = role.old or FunctionDescription()
        new = role.new or FunctionDescription()
        shown = role.new or role.old
        assert shown is not None
        steps = plan(blocks_for(old), blocks_for(new))
        book.append([*legend, *marked_blocks(steps)], page_furniture(shown, organisation, word),
                    role.title)
    write_bytes(book.finish(), target, into_stream=into_stream)
    return []
