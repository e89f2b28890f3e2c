"""Annual revision: what changed since the approved version, and a Word redline of it.

- :func:`diff` lists typed :class:`Change` records between two descriptions;
  :func:`describe` turns one into a line of Danish or English.
- :func:`file_commits` and :func:`file_at` take the baseline from git.
- :func:`revision_facts` and :func:`mark_approved` keep the approval in the front matter.
- :func:`export_redline` writes the new document with the changes as Word tracked changes
  (loaded lazily, as it needs python-docx).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from os2editor.revision.baseline import BaselineError, Commit, file_at, file_commits
from os2editor.revision.changes import Change, ChangeKind
from os2editor.revision.describe import describe
from os2editor.revision.diff import diff
from os2editor.revision.facts import RevisionFacts, mark_approved, revision_facts

if TYPE_CHECKING:
    from os2editor.revision.redline import export_redline

__all__ = [
    "BaselineError",
    "Change",
    "ChangeKind",
    "Commit",
    "RevisionFacts",
    "describe",
    "diff",
    "export_redline",
    "file_at",
    "file_commits",
    "mark_approved",
    "revision_facts",
]


def __getattr__(name: str) -> Any:
    if name == "export_redline":
        from os2editor.revision import redline

        return redline.export_redline
    raise AttributeError(f"module 'os2editor.revision' has no attribute {name!r}")
