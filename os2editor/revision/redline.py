"""A Word redline: the NEW document as the normal Word export, with OLD's differences as real
tracked changes (``w:ins``/``w:del`` with author and date) that Word can accept or reject.

Accepting every change gives the text of NEW's export; rejecting every change gives OLD's.
Inserted and deleted paragraphs also carry a tracked paragraph mark, so accepting or
rejecting removes the paragraph itself rather than leaving it empty. Below the title, a line
states what the redline compares with, and a change of the front matter's title (the short
name the website shows, which the body does not) is a tracked line of its own
(:func:`os2editor.revision.alignment.redline_plan`, which the PDF redline follows too).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast

from docx.oxml import OxmlElement

from os2editor.docx import flow
from os2editor.docx.blocks import Block, Run, blocks_for, check_omit
from os2editor.docx.export import finish, write_bytes
from os2editor.docx.language import document_language, texts_for
from os2editor.docx.oxml import qn
from os2editor.docx.template import checkout
from os2editor.docx.writer import BlockWriter
from os2editor.messages import Message
from os2editor.model import FunctionDescription
from os2editor.revision.alignment import Step, plan, redline_plan
from os2editor.revision.words import WordOp, token_diff, tokens
from os2editor.storage.targets import check_output

Mark = Literal["ins", "del"]


def export_redline(
    old: FunctionDescription,
    new: FunctionDescription,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    author: str,
    date: dt.datetime | dt.date,
    baseline: str | None = None,
    template: str | os.PathLike[str] | None = None,
    omit: Iterable[str] = (),
    organisation: str | None = None,
    language: str | None = None,
    images_from: str | os.PathLike[str] | None = None,
    into_stream: bool = False,
) -> list[Message]:
    """Write NEW as a .docx to ``target`` with the changes from OLD tracked by ``author``.

    ``baseline`` names what OLD is (a file name and date, a commit and date: see
    :func:`baseline_label`), stated under the title. ``template``, ``omit``,
    ``organisation``, ``language`` and ``images_from`` mean what they mean for
    :func:`os2editor.docx.export_docx`; header, footer and properties are NEW's. Returns the
    warnings; raises WriteError for a target or template that cannot be used.
    """
    parts = check_omit(omit)
    if isinstance(target, str | os.PathLike):
        check_output(target, [template])
    old_blocks, new_blocks = blocks_for(old, parts), blocks_for(new, parts)
    # The fixed texts follow the document's own language, as in the plain export.
    texts = texts_for(language or document_language(new, new_blocks))
    steps = redline_plan(old, new, old_blocks, new_blocks, texts=texts, baseline=baseline)
    # The same steps as os2editor.docx.export.render_docx, with a tracking body writer.
    with checkout(template, texts.language_tag) as work:
        writer = BlockWriter(work.document, work.styles, texts, images_from)
        tracker = Tracker(author, date)
        for step in (*steps.head, *steps.preface, *steps.body):
            write_step(writer, tracker, step)
        flow.keep_body_with_next(writer.body, work.styles)
        finish(work, new, texts, organisation=organisation, author=author)
        data, warnings = work.save(), writer.warnings
    write_bytes(data, target, into_stream=into_stream)
    return warnings


def write_tracked_body(
    writer: BlockWriter,
    tracker: Tracker,
    old: FunctionDescription | None,
    new: FunctionDescription | None,
    omit: Iterable[str] = (),
) -> None:
    """Write NEW's body at the end of an open document with OLD's differences tracked (one
    role of a board pack); None for a role that is new (all inserted) or gone (all deleted).

    Give each role its own ``writer`` over the same document: a writer numbers its lists on
    its own, so two roles' lists never run together.
    """
    parts = check_omit(omit)
    old_blocks = blocks_for(old, parts) if old is not None else []
    new_blocks = blocks_for(new, parts) if new is not None else []
    for step in plan(old_blocks, new_blocks):
        write_step(writer, tracker, step)


def baseline_label(old: str, new: str | os.PathLike[str]) -> str:
    """How the redline names its baseline, from ``diff``'s OLD argument: a file's name and
    date ("rolle.md, 12.03.2026"), or a commit's id and date ("git 3de0c66, 2026-01-26")."""
    if not old.startswith("git:"):
        path = Path(old)
        try:
            day = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
        except (OSError, ValueError, OverflowError):
            return path.name
        return f"{path.name}, {day}"
    revision = old.removeprefix("git:").strip()
    from os2editor.git import BaselineError
    from os2editor.revision.baseline import file_commits

    try:
        commits = file_commits(new)
    except BaselineError:
        commits = []
    for commit in commits:
        if len(revision) >= 4 and commit.sha.startswith(revision):
            return f"git {commit.sha[:7]}, {commit.date.date().isoformat()}"
    return f"git {revision}"


class Tracker:
    """Makes the ``w:ins``/``w:del`` elements, each with its own id, the author and the date."""

    def __init__(self, author: str, date: dt.datetime | dt.date) -> None:
        self.author = author
        self.date = _word_date(date)
        self._ids = itertools.count(1)

    def element(self, mark: Mark) -> Any:
        return OxmlElement(
            f"w:{mark}",
            {
                qn("w:id"): str(next(self._ids)),
                qn("w:author"): self.author,
                qn("w:date"): self.date,
            },
        )


def _word_date(date: dt.datetime | dt.date) -> str:
    """Word's w:date: ISO 8601 in UTC with a Z; a plain date is taken as midnight."""
    if not isinstance(date, dt.datetime):
        date = dt.datetime(date.year, date.month, date.day)
    if date.tzinfo is not None:
        date = date.astimezone(dt.UTC).replace(tzinfo=None)
    return date.replace(microsecond=0).isoformat() + "Z"


def write_step(writer: BlockWriter, tracker: Tracker, step: Step) -> None:
    """Write one step of the plan at the end of the document."""
    if step.kind == "equal" and step.new is not None:
        writer.write(step.new)
    elif step.kind == "insert" and step.new is not None:
        for element in writer.write(step.new):
            track_block(element, tracker, "ins")
    elif step.kind == "delete" and step.old is not None:
        for element in writer.write(step.old):
            track_block(element, tracker, "del")
    elif step.old is not None and step.new is not None:
        _write_edit(writer, tracker, step.old, step.new)


def _write_edit(writer: BlockWriter, tracker: Tracker, old: Block, new: Block) -> None:
    """One paragraph holding NEW's block with word-level insertions and deletions from OLD."""
    runs, ops = merged_runs(getattr(old, "runs", ()), getattr(new, "runs", ()))
    paragraph = writer.element(dataclasses.replace(cast(Any, new), runs=runs))
    run_elements = list(paragraph.iter(qn("w:r")))
    if len(run_elements) != len(ops):
        # The writer made other runs than asked for; a whole-paragraph change is still right.
        write_step(writer, tracker, Step("delete", old, None))
        write_step(writer, tracker, Step("insert", None, new))
        return
    writer.place(paragraph)
    for element, op in zip(run_elements, ops, strict=True):
        if op != "equal":
            _wrap(element, tracker, "del" if op == "delete" else "ins")


def merged_runs(old: Sequence[Run], new: Sequence[Run]) -> tuple[tuple[Run, ...], list[WordOp]]:
    """Runs for an edited paragraph, word by word, and whether each is kept, deleted or inserted.

    Words compare with their formatting, so a word that only turned bold is deleted plain and
    inserted bold, and rejecting brings the plain one back.
    """
    changes = token_diff(_pieces(old), _pieces(new), _is_blank)
    runs: list[Run] = []
    ops: list[WordOp] = []
    for op, pieces in changes:
        for piece in pieces:
            last = runs[-1] if runs else None
            if (
                last is not None
                and ops[-1] == op
                and not (last.line_break or piece.line_break or last.image or piece.image)
                and last.look == piece.look
            ):
                runs[-1] = dataclasses.replace(last, text=last.text + piece.text)
            else:
                runs.append(piece)
                ops.append(op)
    return tuple(runs), ops


def _pieces(runs: Sequence[Run]) -> list[Run]:
    """Runs cut into one run per word, space or punctuation mark, keeping their formatting."""
    pieces: list[Run] = []
    for run in runs:
        if run.line_break or run.image is not None:  # a picture is one piece
            pieces.append(run)
        else:
            pieces += [dataclasses.replace(run, text=token) for token in tokens(run.text)]
    return pieces


def _is_blank(run: Run) -> bool:
    return not run.line_break and run.text.isspace()


def track_block(element: Any, tracker: Tracker, mark: Mark) -> None:
    """Mark a whole written block (paragraph or table) as inserted or deleted."""
    if element.tag == qn("w:tbl"):
        for row in element.iter(qn("w:tr")):
            properties = row.find(qn("w:trPr"))
            if properties is None:
                properties = row.makeelement(qn("w:trPr"), {})
                row.insert(0, properties)
            properties.append(tracker.element(mark))
    paragraphs = [element] if element.tag == qn("w:p") else list(element.iter(qn("w:p")))
    for paragraph in paragraphs:
        _track_paragraph_mark(paragraph, tracker, mark)
        for run in list(paragraph.iter(qn("w:r"))):
            _wrap(run, tracker, mark)


def _track_paragraph_mark(paragraph: Any, tracker: Tracker, mark: Mark) -> None:
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        properties = paragraph.makeelement(qn("w:pPr"), {})
        paragraph.insert(0, properties)
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = properties.makeelement(qn("w:rPr"), {})
        properties.append(run_properties)
    # w:ins and w:del come first in a paragraph mark's run properties.
    run_properties.insert(0, tracker.element(mark))


def _wrap(run: Any, tracker: Tracker, mark: Mark) -> None:
    """Put ``run`` in a ``w:ins``/``w:del``, joining the one right before it if there is one."""
    wrapper_tag = qn(f"w:{mark}")
    previous = run.getprevious()
    if previous is not None and previous.tag == wrapper_tag:
        previous.append(run)
    else:
        wrapper = tracker.element(mark)
        run.addprevious(wrapper)
        wrapper.append(run)
    if mark == "del":
        for text in run.iter(qn("w:t")):
            text.tag = qn("w:delText")


__all__ = [
    "Tracker",
    "baseline_label",
    "export_redline",
    "merged_runs",
    "track_block",
    "write_step",
    "write_tracked_body",
]
