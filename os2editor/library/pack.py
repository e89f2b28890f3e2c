"""The board pack: one Word document for the meeting of the yearly round.

- A cover with the date and the baseline, a table with one row per role and what changed
  (tasks added, removed, edited and moved; the weekly hours), and the unchanged roles listed
  (:mod:`os2editor.library.pack_cover`, which the PDF pack shares).
- Then every changed role in full, each starting on a new page under a header naming it, with
  its changes against the baseline as Word tracked changes (the redline's machinery,
  :func:`os2editor.revision.redline.write_tracked_body`): accepting all of them gives the new
  texts, rejecting all of them the old.

The fixed texts follow the descriptions' language (Danish for OS2's), as the export's do.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from os2editor.docx import flow, furniture
from os2editor.docx.export import write_bytes
from os2editor.docx.language import texts_for
from os2editor.docx.properties import Identity
from os2editor.docx.template import checkout
from os2editor.docx.writer import BlockWriter
from os2editor.library.pack_cover import PACK_TEXTS, cover_blocks, pack_language
from os2editor.library.pack_sections import Sections
from os2editor.library.rounds import Round
from os2editor.messages import Message
from os2editor.revision.redline import Tracker, write_tracked_body
from os2editor.storage.targets import check_output

__all__ = ["write_pack"]


def write_pack(
    review: Round,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    author: str,
    day: dt.date | None = None,
    template: str | os.PathLike[str] | None = None,
    language: str | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write the board pack of ``review`` to ``target``; returns the warnings (the template's
    missing styles, pictures left out), each once. Raises WriteError for a target or template
    that cannot be used."""
    if isinstance(target, str | os.PathLike):
        check_output(target, [template])
    day = day or dt.date.today()
    language, organisation = pack_language(review, language)
    texts, word = PACK_TEXTS[language], texts_for(language)
    cover = Identity(texts.header, organisation, texts.title)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    warnings: list[Message] = []
    with checkout(template, word.language_tag) as work:
        sections = Sections(work.document, work.styles)
        cover_writer = BlockWriter(work.document, work.styles, word)
        cover_writer.write_all(cover_blocks(review, texts, day, language))
        furniture.write_header(work.document, work.styles, cover, word)
        furniture.write_footer(work.document, work.styles, word, None)
        tracker = Tracker(author, now)
        for role in review.changed:
            sections.next_section(Identity(role.title, organisation, role.title))
            writer = BlockWriter(work.document, work.styles, word, role.path.parent)
            write_tracked_body(writer, tracker, role.old, role.new)
            warnings += writer.notices
        flow.keep_body_with_next(work.document.element.body, work.styles)
        furniture.set_core_properties(work.document, cover, word, author, now)
        data = work.save()
        warnings = [*work.styles.warnings, *warnings]
    write_bytes(data, target, into_stream=into_stream)
    return list(dict.fromkeys(warnings))
