"""A library job (a reorder, a replace, an approval) as edits of the open documents, undone in
one step.

A job is a plan of :class:`~os2editor.library.DocumentEdit`: one Batch per document. Each is
applied through that document's session, so it is one step in that document's own undo
history, named after the job, and the document shows as unsaved. :class:`JobStep` is the
job's one entry in the library's undo stack (active on the library page): undoing it undoes
the job's step in every document, and redoing it redoes them. A document that was edited
after the job (its step is no longer the last one) is left alone and named, rather than
having newer work undone behind the user's back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtGui import QUndoCommand

from os2editor.gui.session import DocumentSession
from os2editor.library import DocumentEdit, LibraryError

log = logging.getLogger(__name__)

Step = tuple[DocumentSession, QUndoCommand]


class JobRefusedError(Exception):
    """A document could not take its part of the job; nothing of the job was kept."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def apply_plan(plan: Sequence[DocumentEdit], label: str,
               session_for: Callable[[Path], DocumentSession]) -> list[Step]:
    """Apply each document's Batch through its session (one undo step each, named
    ``label``); all or nothing. Raises LibraryError ("replace-stale") when a document is no
    longer the one the plan was made for, JobRefusedError when one refuses its edit."""
    steps: list[Step] = []
    try:
        for part in plan:
            if not part.edit.edits:
                continue
            session = session_for(part.path)
            if session.doc is not part.doc:
                raise LibraryError("replace-stale", path=part.path)
            if not session.apply(part.edit):
                raise JobRefusedError(part.path)
            command = _last(session)  # the edit just applied
            assert command is not None
            command.setText(label)
            steps.append((session, command))
    except Exception:
        for session, _command in reversed(steps):
            session.undo_stack.undo()
        raise
    return steps


class JobStep(QUndoCommand):
    """One job in the library's undo stack: its step in each document, undone together."""

    def __init__(self, label: str, steps: list[Step],
                 report: Callable[[list[DocumentSession]], None]) -> None:
        super().__init__(label)
        self.steps = steps
        self._report = report
        self._made = True  # the documents made their steps before this was pushed

    def sessions(self) -> list[DocumentSession]:
        return [session for session, _ in self.steps]

    def undo(self) -> None:
        skipped = []
        for session, command in reversed(self.steps):
            if _alive(session) and _last(session) is command:
                session.undo_stack.undo()
            else:
                skipped.append(session)
        self._tell(skipped)

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        skipped = []
        for session, command in self.steps:
            if _alive(session) and _next(session) is command:
                session.undo_stack.redo()
            else:
                skipped.append(session)
        self._tell(skipped)

    def _tell(self, skipped: list[DocumentSession]) -> None:
        if skipped:
            log.info("job %r left %d documents alone", self.text(), len(skipped))
            self._report(skipped)


def _alive(session: DocumentSession) -> bool:
    return shiboken6.isValid(session)


def _last(session: DocumentSession) -> QUndoCommand | None:
    stack = session.undo_stack
    return stack.command(stack.index() - 1) if stack.index() > 0 else None


def _next(session: DocumentSession) -> QUndoCommand | None:
    stack = session.undo_stack
    return stack.command(stack.index()) if stack.index() < stack.count() else None
