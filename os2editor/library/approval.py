"""Approval in one step: the three facts of an approval set together, and the files committed.

:func:`approval_edits` sets ``last_revised``, ``approved_by`` and ``next_revision`` in each
document's front matter through :class:`~os2editor.edits.SetEntry`: a key that is there keeps
its line and gets the new value, a missing one is added at the end of the front matter, and no
other line changes. :func:`commit_approval` commits exactly the approved files (never others,
never a push), with a message in the handbook's language, e.g. "Godkendt af bestyrelsen
5. december 2026".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from os2editor.edits import Batch, Edit, SetEntry
from os2editor.library.files import LibraryError
from os2editor.library.git import WorkTree
from os2editor.library.writing import DocumentEdit
from os2editor.model import FunctionDescription
from os2editor.revision.facts import APPROVED_BY, LAST_REVISED, NEXT_REVISION, one_year_after

DANISH_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True)
class Approval:
    """Who approved, on which day, and when the next revision is due."""

    by: str
    day: dt.date
    next_revision: dt.date

    @classmethod
    def of(cls, by: str, day: dt.date | None = None,
           next_revision: dt.date | None = None) -> Approval:
        """An approval by ``by`` on ``day`` (today), next due ``next_revision`` (a year on).
        Raises LibraryError for an empty name or a next revision not after the day."""
        name = " ".join(by.split())
        if not name:
            raise LibraryError("approve-no-name")
        day = day or dt.date.today()
        due = next_revision or one_year_after(day)
        if due <= day:
            raise LibraryError("approve-next-early", next=due.isoformat(), day=day.isoformat())
        return cls(name, day, due)

    @property
    def facts(self) -> tuple[tuple[str, object], ...]:
        """The front matter keys and values, in the order new keys are added."""
        return ((LAST_REVISED, self.day), (APPROVED_BY, self.by),
                (NEXT_REVISION, self.next_revision))

    def commit_message(self) -> str:
        """E.g. "Godkendt af bestyrelsen 5. december 2026" (the handbook is Danish)."""
        return f"Godkendt af {self.by} {danish_date(self.day)}"


def danish_date(day: dt.date) -> str:
    """``day`` as Danish prose writes it: "5. december 2026"."""
    return f"{day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}"


def approval_edits(approval: Approval,
                   docs: Sequence[tuple[Path, FunctionDescription]]) -> list[DocumentEdit]:
    """One edit per document that records ``approval``; a document that already records
    exactly it gets none."""
    plan = []
    for path, doc in docs:
        front = doc.front_matter
        edits: list[Edit] = [SetEntry(front, key, value) for key, value in approval.facts
                             if front.extra.get(key) != value]
        if edits:
            plan.append(DocumentEdit(path, doc, Batch(tuple(edits))))
    return plan


def commit_approval(tree: WorkTree, paths: Sequence[Path], message: str) -> str:
    """Commit exactly ``paths`` (as they are on disk) with ``message``; returns the commit's
    name. Other changes, staged or not, stay as they were. Raises LibraryError for a path
    outside the work tree and BaselineError when git fails."""
    names = []
    for path in paths:
        try:
            names.append(tree.relative(path))
        except ValueError:
            raise LibraryError("commit-outside", path=path, root=tree.root) from None
    return tree.commit_only(names, message)
