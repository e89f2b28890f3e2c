"""export_docx: a function description as a Word document HR can send out as it is."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import BinaryIO

from os2editor.docx import furniture
from os2editor.docx.blocks import blocks_for, check_omit
from os2editor.docx.bundled import bundled_template
from os2editor.errors import WriteError
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import atomic_write
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
    into_stream: bool = False,
) -> list[Message]:
    """Write ``doc`` as a .docx to ``target`` (a path, written atomically, or a binary file).

    ``template`` is a letterhead .docx whose styles, header, footer and logo are kept (the
    bundled default when None). ``omit`` names parts to leave out (see
    :data:`os2editor.docx.blocks.PART_NAMES`). ``organisation`` overrides the name the
    document gives (the "... i OS2" of its H1, else "OS2"); ``author`` goes into the
    properties. ``language`` ("da" or "en") picks the fixed texts and the proofing language;
    by default it is the document's own (:func:`furniture.document_language`), never the
    interface's.

    Returns warnings, each once (e.g. a style the template lacks). Raises WriteError for a
    target that cannot be written, that is named like a description (.md) or is the template,
    or a template that is not a .docx, ValueError for an unknown part name or language.
    """
    check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target, [template])
    texts = furniture.texts_for(language or furniture.document_language(doc))
    data, warnings = render_docx(
        doc, template, omit, organisation=organisation, author=author, texts=texts
    )
    write_bytes(data, target, into_stream=into_stream)
    return warnings


def render_docx(
    doc: FunctionDescription,
    template: str | os.PathLike[str] | None,
    omit: Iterable[str],
    *,
    organisation: str | None,
    author: str | None,
    texts: furniture.Texts,
) -> tuple[bytes, list[Message]]:
    """The .docx bytes of ``doc``, and the warnings."""
    blocks = blocks_for(doc, omit)
    who = furniture.identity(doc, organisation)
    revised = furniture.revision_date(doc, texts)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    bundled = bundled_template(texts.language_tag) if template is None else None
    if bundled is not None:
        return bundled.render(
            blocks, who=who, texts=texts, revised=revised, author=author, now=now
        )
    # A letterhead is filled as a tree; so is the bundled template if it cannot be as text.
    from os2editor.docx.template import checkout
    from os2editor.docx.writer import BlockWriter

    with checkout(template, texts.language_tag) as work:
        BlockWriter(work.document, work.styles).write_all(blocks)
        furniture.write_header(work.document, work.styles, who)
        furniture.write_footer(work.document, work.styles, texts, revised)
        furniture.set_core_properties(work.document, who, texts, author, now)
        return work.save(), work.styles.warnings


def write_bytes(
    data: bytes, target: str | os.PathLike[str] | BinaryIO, *, into_stream: bool = False
) -> None:
    """Write ``data`` to a binary file object, or to a path through the one atomic save
    (:func:`os2editor.storage.atomic.atomic_write`), so a crash never leaves half a document."""
    if not isinstance(target, str | os.PathLike):
        try:
            target.write(data)
        except (OSError, ValueError) as error:
            raise WriteError("export-stream", reason=error) from None
        return
    atomic_write(target, data, into_stream=into_stream)
