"""A PDF redline: the NEW document's pages with OLD's differences marked, for reading.

The same alignment as the Word redline (:func:`os2editor.revision.alignment.plan`, word by
word with :func:`os2editor.revision.redline.merged_runs`): inserted text is underlined in
colour, deleted text struck through in another, and a legend under the title says so. What
the Word redline says besides (what it compares with, a changed front matter title) comes in
the same words and order.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, NamedTuple, cast

from os2editor.docx.blocks import Block, Paragraph, blocks_for, check_omit
from os2editor.docx.inline import Run
from os2editor.docx.language import document_language, texts_for
from os2editor.docx.properties import identity
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.pdf.body import Marks
from os2editor.revision.alignment import Step, redline_plan
from os2editor.storage.atomic import write_output
from os2editor.storage.targets import check_output


class LegendTexts(NamedTuple):
    """The legend's words in one document language."""

    lead: str
    inserted: str
    deleted: str


LEGEND = {
    "da": LegendTexts("Ændringer:", "indsat tekst", "slettet tekst"),
    "en": LegendTexts("Changes:", "inserted text", "deleted text"),
}


def export_redline_pdf(
    old: FunctionDescription,
    new: FunctionDescription,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    author: str | None = None,
    omit: Iterable[str] = (),
    organisation: str | None = None,
    language: str | None = None,
    baseline: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write NEW as a PDF to ``target`` with the changes from OLD marked.

    What the Word redline (:func:`os2editor.revision.redline.export_redline`) says, in the
    same order (:func:`os2editor.revision.alignment.redline_plan`): the title, the legend,
    the line naming the ``baseline`` (a file name and date, a commit and date: see
    :func:`os2editor.revision.redline.baseline_label`), a changed front matter title, the
    body. ``author`` goes into the document information (the user's full name when None).
    ``omit``, ``organisation``, ``language`` and ``images_from`` mean what they mean for
    :func:`os2editor.pdf.export_pdf`; header, footer and properties are NEW's. Returns the
    warnings (pictures left out); raises WriteError for a target that cannot be written,
    RenderError when Qt cannot paint.
    """
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.export import page_furniture, utc
    from os2editor.pdf.info import DocumentInfo

    parts = check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target)
    old_blocks, new_blocks = blocks_for(old, parts), blocks_for(new, parts)
    language = language or document_language(new, new_blocks)
    texts = texts_for(language)
    steps = redline_plan(old, new, old_blocks, new_blocks, texts=texts, baseline=baseline)
    if author is None:
        from os2editor.people import full_name

        author = full_name()
    who = identity(new, organisation)
    book = PdfBook(DocumentInfo.of(who, texts, author, utc(None)))
    blocks = [
        *marked_blocks(steps.head),
        *legend_blocks(LEGEND.get(language, LEGEND["en"])),
        *marked_blocks([*steps.preface, *steps.body]),
    ]
    book.append(blocks, page_furniture(new, organisation, texts, who), texts=texts,
                images_from=images_from)
    write_output(book.finish(), target, into_stream=into_stream)
    return book.warnings


def legend_blocks(texts: LegendTexts) -> list[tuple[Block, Marks]]:
    """The legend: what underlined and struck-through text mean, in those marks."""
    runs = (Run(texts.lead + " "), Run(texts.inserted), Run(", "), Run(texts.deleted), Run("."))
    marks = ("equal", "insert", "equal", "delete", "equal")
    return [(Paragraph(runs), marks)]


def marked_blocks(steps: Iterable[Step]) -> Iterator[tuple[Block, Marks]]:
    """Each step of the plan as a block with its marks: kept blocks plain, inserted and
    deleted ones marked whole, edited ones word by word."""
    from os2editor.revision.redline import merged_runs

    for step in steps:
        if step.kind == "equal" and step.new is not None:
            yield step.new, None
        elif step.kind == "insert" and step.new is not None:
            yield step.new, "insert"
        elif step.kind == "delete" and step.old is not None:
            yield step.old, "delete"
        elif step.old is not None and step.new is not None:
            runs, ops = merged_runs(getattr(step.old, "runs", ()), getattr(step.new, "runs", ()))
            yield dataclasses.replace(cast(Any, step.new), runs=runs), tuple(ops)
