"""The board pack as a PDF, for board members who read on tablets (issue 17 point 5, issue 18
point 5).

The same cover as the Word pack (:mod:`os2editor.library.pack_cover`), then every changed role
in full, each starting on a new page under a header naming it and numbering its own pages,
with its changes against the baseline marked as the PDF redline marks them
(:mod:`os2editor.pdf.redline`): inserted text underlined in colour, deleted text struck
through, a legend under each role's title. Each role is a bookmark, its headings under it.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from os2editor.docx.blocks import Title, blocks_for
from os2editor.docx.language import texts_for
from os2editor.docx.properties import Identity
from os2editor.library.pack_cover import PACK_TEXTS, cover_blocks, pack_language
from os2editor.library.rounds import Round
from os2editor.messages import Message
from os2editor.revision.alignment import plan
from os2editor.storage.atomic import write_output
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
    """Write the board pack of ``review`` as a PDF/A-1b to ``target``; returns the warnings
    (pictures left out), each once. Raises WriteError for a target that cannot be written,
    RenderError when Qt cannot paint."""
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.export import utc
    from os2editor.pdf.info import DocumentInfo
    from os2editor.pdf.pages import PageFurniture
    from os2editor.pdf.redline import LEGEND, legend_blocks, marked_blocks

    if isinstance(target, str | os.PathLike):
        check_output(target)
    day = day or dt.date.today()
    language, organisation = pack_language(review, language)
    texts, word = PACK_TEXTS[language], texts_for(language)
    cover = Identity(texts.header, organisation, texts.title)
    book = PdfBook(DocumentInfo.of(cover, word, author, utc(None)))
    book.append(
        ((block, None) for block in cover_blocks(review, texts, day, language, tracked=False)),
        PageFurniture(organisation, texts.header, word.page_of), texts.title, texts=word,
    )  # fmt: skip
    legend = legend_blocks(LEGEND[language])
    for role in review.changed:
        old = blocks_for(role.old) if role.old is not None else []
        new = blocks_for(role.new) if role.new is not None else []
        steps = plan(old, new)
        lead = 1 if steps and isinstance(steps[0].new or steps[0].old, Title) else 0
        marked = list(marked_blocks(steps))
        body = [*marked[:lead], *legend, *marked[lead:]]  # the legend under the role's title
        book.append(body, PageFurniture(organisation, role.title, word.page_of), role.title,
                    texts=word, images_from=role.path.parent)
    write_output(book.finish(), target, into_stream=into_stream)
    return book.warnings
