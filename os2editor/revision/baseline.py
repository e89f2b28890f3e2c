"""The approved version to compare with, taken from git: the commits of a file and its text then.

git runs as a subprocess in the file's folder. Every failure (no git, not a repository, an
unknown commit, a timeout) becomes a :class:`BaselineError` with a plain message.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from os2editor.git import BaselineError, run_git
from os2editor.markdown.limits import MAX_BYTES
from os2editor.messages import Message
from os2editor.storage.regular import too_large

_FIELD = "\x1f"
_RECORD = "\x1e"
_REVISION_RE = re.compile(r"^[^\s:-][^\s:]*$")


@dataclass(frozen=True)
class Commit:
    """A commit that touched the file. ``path`` is the file's path in the repository then."""

    sha: str
    date: dt.datetime
    author: str
    subject: str
    path: str = ""


def file_commits(path: str | os.PathLike[str]) -> list[Commit]:
    """The commits that touched ``path``, newest first, following renames."""
    file = _existing(path)
    log_format = _FIELD.join(("%H", "%aI", "%an", "%s")) + _RECORD
    output = _git(
        file.parent, "log", "--follow", f"--format={log_format}", "--name-only", "--", file.name
    )
    commits: list[Commit] = []
    for record in output.split(_RECORD):
        # --name-only puts the file's name at that commit after the record separator.
        lines = [line for line in record.splitlines() if line.strip()]
        if commits and lines and _FIELD not in lines[0]:
            commits[-1] = _with_path(commits[-1], lines.pop(0))
        if not lines:
            continue
        sha, date, author, subject = lines[0].split(_FIELD, 3)
        commits.append(Commit(sha, dt.datetime.fromisoformat(date), author, subject))
    return commits


def file_at(path: str | os.PathLike[str], sha: str) -> bytes:
    """The bytes of ``path`` as it was in commit ``sha`` (any revision git accepts, e.g. HEAD~1).

    Bytes, not text: a baseline goes through the same reader as a file (``loads``), which
    refuses a binary or non-UTF-8 version in plain words. A version larger than a description
    may be is refused before git hands it over.
    """
    file = _existing(path)
    if not _REVISION_RE.match(sha):
        raise BaselineError("git-not-commit", sha=repr(sha))
    resolved = _git(
        file.parent,
        "rev-parse",
        "--verify",
        "--quiet",
        f"{sha}^{{commit}}",
        missing=Message.of("git-no-commit", sha=sha, name=file.name),
    ).strip()
    try:
        return _blob(file.parent, f"{resolved}:./{file.name}", f"{file.name}@{sha}")
    except BaselineError:
        # The file may have had another name then; the history knows it.
        for commit in file_commits(file):
            if commit.sha == resolved and commit.path:
                return _blob(file.parent, f"{resolved}:{commit.path}", f"{file.name}@{sha}")
        raise BaselineError("git-file-missing", name=file.name, sha=sha) from None


def _blob(cwd: Path, spec: str, shown: str) -> bytes:
    """The raw bytes of the blob ``spec``, refused unread when it is larger than a description."""
    size = _git(cwd, "cat-file", "-s", spec).strip()
    if not size.isdigit():
        raise BaselineError("git-failed", reason=f"no size for {spec}")
    if int(size) > MAX_BYTES:
        raise too_large(shown, int(size), MAX_BYTES)
    return run_git(cwd, "cat-file", "blob", spec)


def _with_path(commit: Commit, path: str) -> Commit:
    return Commit(commit.sha, commit.date, commit.author, commit.subject, path)


def _existing(path: str | os.PathLike[str]) -> Path:
    file = Path(path).expanduser().resolve()
    if not file.parent.is_dir():
        raise BaselineError("git-no-folder", path=file)
    return file


def _git(cwd: Path, *args: str, missing: Message | None = None) -> str:
    """Run git in ``cwd`` and return its output; raise BaselineError in plain words on failure."""
    return run_git(cwd, *args, missing=missing).decode("utf-8", errors="replace")
