"""Changing several files as one job: the edits per document, and saving them file by file.

A library job (a reorder, a replace, an approval) is a list of :class:`DocumentEdit`: one
:class:`~os2editor.edits.Batch` per document, so the window can apply each through that
document's editor and undo it in one step. Scripts and the CLI apply them with
:func:`apply_edits` and write with :func:`save_documents`.

Every file is written atomically (:func:`os2editor.storage.atomic.atomic_write`), so each is
either fully old or fully new. The texts are all rendered before the first write, so a
document that cannot be written stops the job before anything changed on disk; a file that
changed on disk since it was read is not overwritten. The first failure stops the job, and
the error says which files were written before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from os2editor.edits import Batch, Edit
from os2editor.errors import Os2EditorError, WriteError
from os2editor.markdown import encode
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import Fingerprint, atomic_write


@dataclass(frozen=True)
class DocumentEdit:
    """One document's part of a job: apply ``edit`` to ``doc`` (the file at ``path``)."""

    path: Path
    doc: FunctionDescription
    edit: Batch


def apply_edits(plan: Sequence[DocumentEdit]) -> list[DocumentEdit]:
    """Apply every edit of ``plan``; return the edits that undo them (all or nothing)."""
    undone: list[DocumentEdit] = []
    try:
        for each in plan:
            inverse = each.edit.apply()
            undone.append(DocumentEdit(each.path, each.doc, _batch(inverse)))
    except Exception:
        for each in reversed(undone):
            each.edit.apply()
        raise
    return undone


def _batch(edit: Edit) -> Batch:
    return edit if isinstance(edit, Batch) else Batch((edit,))


@dataclass(frozen=True)
class Saving:
    """A document to write to ``path``; ``expected`` is the fingerprint of the bytes it was
    read from (None to write whatever is there)."""

    path: Path
    doc: FunctionDescription
    expected: Fingerprint | None = None


class SaveStoppedError(WriteError):
    """A job stopped at a file it could not write. ``written`` were written before it, and
    ``failed`` is the file that was not (left as it was)."""

    def __init__(self, failed: Path, reason: Os2EditorError, written: list[Path]) -> None:
        self.failed = failed
        self.written = written
        self.reason = reason
        if written:
            super().__init__("save-stopped", path=failed, reason=reason,
                             written=", ".join(map(str, written)))
        else:
            super().__init__("save-stopped-none", path=failed, reason=reason)


def save_documents(savings: Sequence[Saving]) -> list[tuple[Path, Fingerprint]]:
    """Write each document atomically in order; returns each file written with its new
    fingerprint. Raises SaveStoppedError at the first file that cannot be written.

    Every document is checked and rendered as :func:`os2editor.markdown.save` would before
    the first write (:func:`os2editor.markdown.encode`), so a document a save would refuse
    stops the job with every file as it was."""
    from os2editor.model.validation import validate  # the values a script set, as api.save

    texts: list[bytes] = []
    written: list[tuple[Path, Fingerprint]] = []
    for saving in savings:
        try:
            validate(saving.doc)
            texts.append(encode(saving.doc, saving.path))
        except Os2EditorError as error:
            raise SaveStoppedError(saving.path, error, []) from None
    for saving, data in zip(savings, texts, strict=True):
        try:
            fingerprint = atomic_write(saving.path, data, expected=saving.expected)
        except Os2EditorError as error:
            raise SaveStoppedError(saving.path, error, [p for p, _ in written]) from None
        written.append((saving.path, fingerprint))
    return written
