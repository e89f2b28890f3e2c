"""The version a folder is compared with in the yearly round, chosen once for the whole folder.

A baseline is a git revision (a tag, a commit, any name git knows), a date (the last commit
before that day), or each file's own last approval (the commit that last set its
``last_revised``). :func:`resolve` answers, for every file at once and in a handful of git
calls, whether it changed since then, and gives its text then when it did.

A file whose only differences are its approval facts (``last_revised``, ``approved_by``,
``next_revision``) has not changed: approving a description does not change what it says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath

from os2editor.git import BaselineError
from os2editor.library.facts import FACT_KEYS
from os2editor.library.files import in_library, relative_name
from os2editor.library.git import Commit, WorkTree, blob_id
from os2editor.revision.facts import as_date


class BaselineKind(StrEnum):
    REVISION = "revision"
    DATE = "date"
    APPROVAL = "approval"


@dataclass(frozen=True)
class Baseline:
    """What to compare with: :meth:`of_revision`, :meth:`on` (a date) or :meth:`approval`."""

    kind: BaselineKind
    revision: str = ""
    day: dt.date | None = None

    @classmethod
    def of_revision(cls, revision: str) -> Baseline:
        """A git revision as a person typed it; it reaches git only as data."""
        return cls(BaselineKind.REVISION, revision=revision)

    @classmethod
    def on(cls, day: dt.date) -> Baseline:
        """The folder as it was committed when ``day`` began."""
        return cls(BaselineKind.DATE, day=day)

    @classmethod
    def approval(cls) -> Baseline:
        """Each file against its own last approval."""
        return cls(BaselineKind.APPROVAL)


@dataclass(frozen=True)
class Versus:
    """One file against the baseline.

    ``changed`` is None when the baseline has nothing for the file (never approved in git, or
    not yet in the repository at a revision: then ``existed`` is False). ``old`` is the file's
    text at the baseline when it differs from now.
    """

    changed: bool | None
    existed: bool
    old: bytes | None = None
    commit: Commit | None = None


@dataclass(frozen=True)
class Resolved:
    """The baseline found: the commit (for a revision or date) and every file against it.
    ``removed`` holds the text of files the baseline has and the folder no longer has."""

    baseline: Baseline
    commit: Commit | None
    files: dict[Path, Versus]
    removed: dict[Path, bytes] = field(default_factory=dict)


def resolve(tree: WorkTree, baseline: Baseline, folder: Path,
            current: Mapping[Path, bytes]) -> Resolved:
    """Every file of ``current`` (path under ``folder`` -> bytes now) against ``baseline``.
    Raises BaselineError for a revision git does not know, or when git fails."""
    under = tree.relative(folder)
    names = {path: _name(under, path, folder) for path in current}
    if baseline.kind is BaselineKind.APPROVAL:
        approvals = tree.approvals(under)
        then = {path: (a.blob, a.commit) for path in current
                if (a := approvals.get(names[path])) is not None}
        return _compare(tree, baseline, None, current=current, then=then, gone={})
    if baseline.kind is BaselineKind.DATE:
        assert baseline.day is not None
        commit = tree.commit_before(baseline.day, folder)
    else:
        commit = _revision_or_date(tree, baseline.revision, folder)
    blobs = {name: blob for name, blob in tree.tree(commit.sha, under).items()
             if in_library(_below(under, name))}
    then = {path: (blobs[names[path]], commit) for path in current if names[path] in blobs}
    known = set(names.values())
    gone = {folder.joinpath(*_below(under, name).parts): blob
            for name, blob in blobs.items() if name not in known}
    return _compare(tree, baseline, commit, current=current, then=then, gone=gone)


def _revision_or_date(tree: WorkTree, revision: str, folder: Path) -> Commit:
    """The commit ``revision`` names; when git knows no such name and it reads as a date
    (2025-12-01), the last commit before that day."""
    try:
        return tree.commit(revision, folder)
    except BaselineError as unknown:
        day = as_date(revision)
        if day is None or unknown.message.code != "git-no-revision":
            raise
        return tree.commit_before(day, folder)


def _below(under: str, name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    return path.relative_to(under) if under else path


def _name(under: str, path: Path, folder: Path) -> str:
    name = relative_name(folder, path)
    return (PurePosixPath(under) / name).as_posix() if under else name


def _compare(tree: WorkTree, baseline: Baseline, commit: Commit | None, *,
             current: Mapping[Path, bytes], then: dict[Path, tuple[str, Commit]],
             gone: dict[Path, str]) -> Resolved:
    differing = {path: blob for path, (blob, _) in then.items()
                 if blob_id(current[path], blob) != blob}
    contents = tree.blobs([*differing.values(), *gone.values()])
    files: dict[Path, Versus] = {}
    for path, data in current.items():
        if path not in then:
            files[path] = Versus(None, existed=False)
            continue
        blob, made = then[path]
        old = contents.get(blob) if path in differing else None
        changed = old is not None and content(old) != content(data)
        files[path] = Versus(changed, existed=True, old=old if changed else None, commit=made)
    removed = {path: contents[blob] for path, blob in gone.items() if blob in contents}
    return Resolved(baseline, commit, files, removed)


def content(data: bytes) -> str:
    """What a file says: its text with ``\\n`` line ends and without the approval facts."""
    text = data.decode("utf-8", "replace").replace("\r\n", "\n")
    if not text.startswith("---"):
        return text
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return text
    keys = tuple(f"{key}:" for key in FACT_KEYS)
    kept = [line for line in lines[1:end] if not line.startswith(keys)]
    return "\n".join([lines[0], *kept, *lines[end:]])
