"""Annual revision: what changed since the approved version, and a Word redline of it.

- :func:`diff` lists typed :class:`Change` records between two descriptions;
  :func:`describe` turns one into a line of Danish or English.
- :func:`file_commits` and :func:`file_at` take the baseline from git.
- :func:`export_redline` writes the new document with the changes as Word tracked changes
  (loaded lazily, as it needs python-docx).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from os2editor._lazy import lazy_attributes

if TYPE_CHECKING:
    from os2editor.git import BaselineError
    from os2editor.revision.baseline import Commit, file_at, file_commits
    from os2editor.revision.changes import Change, ChangeKind
    from os2editor.revision.compare import diff
    from os2editor.revision.redline import export_redline
    from os2editor.revision.wording import describe

__all__ = [
    "BaselineError",
    "Change",
    "ChangeKind",
    "Commit",
    "describe",
    "diff",
    "export_redline",
    "file_at",
    "file_commits",
]

# Loaded on first use: the CLI's other commands and the window's start-up never need them.
# (No submodule shares a name with a function here, or importing it would shadow the function.)
_LAZY = {
    "BaselineError": "os2editor.git",
    "Commit": ".baseline",
    "file_at": ".baseline",
    "file_commits": ".baseline",
    "Change": ".changes",
    "ChangeKind": ".changes",
    "describe": ".wording",
    "diff": ".compare",
    "export_redline": ".redline",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
