"""A PDF redline: the NEW document's pages with OLD's differences marked, for reading.

The same alignment as the Word redline (:func:`os2editor.revision.alignment.plan`, word by
word with :func:`os2editor.revision.redline.merged_runs`): inserted text is underlined in
colour, deleted text struck through in another, and a legend at the top says so (and what the
comparison is against, when the caller names it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, NamedTuple, cast

from os2editor.docx import furniture
from os2editor.docx.blocks import Block, Paragraph, blocks_for, check_omit
from os2editor.docx.export import write_bytes
from os2editor.docx.inline import Run
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.pdf.body import Marks
from os2editor.revision.alignment import Step, plan
from os2editor.storage.targets import check_output


class LegendTexts(NamedTuple):
    """The legend's words in one document language."""

    lead: str
    inserted: str
    deleted: str
    baseline: str  # {baseline}


LEGEND = {
    "da": LegendTexts(
        "Ændringer:", "indsat tekst", "slettet tekst", "Sammenlignet med {baseline}."
    ),
    "en": LegendTexts("Changes:", "inserted text", "deleted text", "Compared with {baseline}."),
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
    into_stream: bool = False,
) -> list[Message]:
    """Write NEW as a PDF to ``target`` with the changes from OLD marked.

    ``omit``, ``organisation`` and ``language`` mean what they mean for
    :func:`os2editor.pdf.export_pdf`; header, footer and properties are NEW's. ``baseline``
    names what OLD is (a file name, or a commit and its date) in the legend. Raises WriteError
    for a target that cannot be written, RenderError when Qt cannot paint.
    """
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.export import page_furniture
    from os2editor.pdf.info import DocumentInfo

    parts = check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target)
    language = language or furniture.document_language(new)
    texts = furniture.texts_for(language)
    who = furniture.identity(new, organisation)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    steps = plan(blocks_for(old, parts), blocks_for(new, parts))
    book = PdfBook(DocumentInfo.of(who, texts, author, now))
    legend = legend_blocks(LEGEND.get(language, LEGEND["en"]), baseline)
    book.append([*legend, *marked_blocks(steps)], page_furniture(new, organisation, texts))
    write_bytes(book.finish(), target, into_stream=into_stream)
    return []


def legend_blocks(texts: LegendTexts, baseline: str | None) -> list[tuple[Block, Marks]]:
    """The legend: what underlined and struck-through text mean, in those marks."""
    runs = (Run(texts.lead + " "), Run(texts.inserted), Run(", "), Run(texts.deleted), Run("."))
    marks = ("equal", "insert", "equal", "delete", "equal")
    legend: list[tuple[Block, Marks]] = [(Paragraph(runs), marks)]
    if baseline:
        legend.append((Paragraph((Run(texts.baseline.format(baseline=baseline)),)), None))
    return legend


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
