"""export_docx: a function description as a Word document HR can send out as it is.

One route: the description's blocks are written into a python-docx Document opened on the
prepared template (:mod:`os2editor.docx.template`), and the page furniture and properties
are set on the same tree.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import BinaryIO

from os2editor.docx import flow, furniture
from os2editor.docx.blocks import blocks_for, check_omit
from os2editor.docx.language import Texts, document_language, texts_for
from os2editor.docx.notices import export_notices
from os2editor.docx.template import Checkout, checkout
from os2editor.docx.writer import BlockWriter
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import write_output
from os2editor.storage.targets import check_output


def export_docx(
    doc: FunctionDescription,
    target: str | os.PathLike[str] | BinaryIO,
    template: str | os.PathLike[str] | None = None,
    omit: Iterable[str] = (),
    *,
    organisation: str | None = None,
    author: str | None = None,
    language: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write ``doc`` as a .docx to ``target`` (a path, written atomically, or a binary file).

    ``template`` is a letterhead .docx or .dotx whose styles, page setup, header and footer
    (with their pictures) are kept, and nothing else (the bundled default when None).
    ``omit`` names parts to leave out (see :data:`os2editor.docx.blocks.PART_NAMES`).
    ``organisation`` overrides the name the document gives (the "... i OS2" of its H1, else
    "OS2"); ``author`` goes into the properties. ``language`` ("da" or "en") picks the fixed
    texts and the proofing language; by default it is the document's own
    (:func:`os2editor.docx.language.document_language`), never the interface's.
    ``images_from`` is the folder relative picture addresses are read from: the
    description's own folder (without it, such pictures are left out with a warning).

    Returns warnings, each once (a style the template lacks, a picture left out, a part to
    omit that the document does not have, a document whose text is all in its front matter).
    Raises WriteError for a target that cannot be written, that is named like a description
    (.md) or is the template, or a template that cannot be used; ValueError for an unknown
    part name or language.
    """
    omit = check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target, [template])
    data, warnings = render_docx(
        doc, template, omit, organisation=organisation, author=author, language=language,
        images_from=images_from,
    )  # fmt: skip
    write_bytes(data, target, into_stream=into_stream)
    return warnings


def render_docx(
    doc: FunctionDescription,
    template: str | os.PathLike[str] | None,
    omit: Iterable[str],
    *,
    organisation: str | None = None,
    author: str | None = None,
    language: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
) -> tuple[bytes, list[Message]]:
    """The .docx bytes of ``doc``, and the warnings (see :func:`export_docx`)."""
    omit = check_omit(omit)
    blocks = blocks_for(doc, omit)
    texts = texts_for(language or document_language(doc, blocks))
    notices = export_notices(doc, blocks, omit)
    with checkout(template, texts.language_tag) as work:
        writer = BlockWriter(work.document, work.styles, texts, images_from)
        elements = writer.write_all(blocks)
        flow.keep_with_next(elements, [flow.kind_of(block) for block in blocks], work.styles)
        finish(work, doc, texts, organisation=organisation, author=author)
        return work.save(), [*notices, *writer.warnings]


def finish(
    work: Checkout,
    doc: FunctionDescription,
    texts: Texts,
    *,
    organisation: str | None,
    author: str | None,
) -> None:
    """What follows the body and its page flow: header, footer and properties of ``doc``."""
    who = furniture.identity(doc, organisation)
    draft = furniture.is_draft(doc)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    furniture.write_header(work.document, work.styles, who, texts, draft=draft)
    furniture.write_footer(work.document, work.styles, texts, furniture.revision_date(doc, texts))
    furniture.set_core_properties(work.document, who, texts, author, now, draft=draft)


# The one write of every export (Word, PDF, redline, pack), under the name the exports use.
write_bytes = write_output
