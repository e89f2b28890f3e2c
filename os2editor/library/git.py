"""The few git questions a library asks, each one git call for the whole folder.

git runs as a subprocess with a list of arguments, never through a shell. Text a person typed
(a revision) follows ``--end-of-options`` so that git reads it as a name even when it starts
with a dash; paths follow ``--`` and are taken literally (``--literal-pathspecs``). Every
failure becomes a :class:`~os2editor.git.BaselineError` in plain words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from os2editor.git import BaselineError, run_git
from os2editor.messages import Message

_FIELD, _RECORD = "\x1f", "\x1e"
_LOG_FORMAT = f"--format={_RECORD}%H{_FIELD}%cI{_FIELD}%s"
@dataclass(frozen=True)
class Commit:
    """A commit: its name, when it was made and its subject line."""

    sha: str
    date: dt.datetime
    subject: str = ""


@dataclass(frozen=True)
class Approved:
    """The commit that last set a file's ``last_revised``, and the file's blob in it."""

    commit: Commit
    blob: str


def _text(output: bytes) -> str:
    return output.decode("utf-8", "replace")


@dataclass(frozen=True)
class WorkTree:
    """A git work tree; paths in and out are relative to its ``root``, with ``/``."""

    root: Path

    @classmethod
    def find(cls, folder: Path) -> WorkTree:
        """The work tree ``folder`` is in. Raises BaselineError (no git, not a work tree)."""
        output = run_git(folder, "rev-parse", "--show-toplevel",
                         missing=Message.of("git-not-repository", path=folder))
        return cls(Path(_text(output).strip()))

    def relative(self, path: Path) -> str:
        """``path`` (a folder or file under the root) relative to the root, "" for the root."""
        real = Path(os.path.realpath(path))
        relative = real.relative_to(Path(os.path.realpath(self.root)))
        return PurePosixPath(*relative.parts).as_posix() if relative.parts else ""

    def git(self, *args: str, data: bytes | None = None, missing: Message | None = None) -> bytes:
        return run_git(self.root, *args, data=data, missing=missing)

    def commit(self, revision: str, folder: Path) -> Commit:
        """The commit ``revision`` names (a tag, branch, commit or any git revision)."""
        missing = Message.of("git-no-revision", revision=revision, folder=folder)
        if not revision.strip():
            raise BaselineError(missing.code, **missing.args)
        output = self.git("log", "-1", "--no-walk", _LOG_FORMAT, "--end-of-options",
                          f"{revision}^{{commit}}", "--", missing=missing)
        found = _commits(_text(output))
        if not found:
            raise BaselineError(missing.code, **missing.args)
        return found[0][0]

    def commit_before(self, day: dt.date, folder: Path) -> Commit:
        """The last commit of HEAD made before ``day`` began."""
        output = self.git("log", "-1", _LOG_FORMAT, f"--before={day.isoformat()}T00:00:00",
                          "HEAD", "--",
                          missing=Message.of("git-no-commit-before", day=day, folder=folder))
        found = _commits(_text(output))
        if not found:
            raise BaselineError("git-no-commit-before", day=day, folder=folder)
        return found[0][0]

    def tree(self, sha: str, under: str) -> dict[str, str]:
        """Blob id of each file under ``under`` in commit ``sha``, by path (not symlinks:
        their blob is the link, not the text a reader follows it to)."""
        spec = [under] if under else []
        output = _text(self.git("ls-tree", "-r", "-z", "--full-tree", sha, "--", *spec))
        blobs: dict[str, str] = {}
        for entry in output.split("\0"):
            meta, _, path = entry.partition("\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == "blob" and parts[0] != "120000":  # no links
                blobs[path] = parts[2]
        return blobs

    def approvals(self, under: str) -> dict[str, Approved]:
        """For each file under ``under``: the newest commit that changed its ``last_revised``
        line, and its blob after that commit. One ``git log`` for the folder: ``-G`` keeps only
        the files whose own diff touched that line."""
        spec = [under] if under else []
        try:
            output = self.git("log", "-z", "--no-renames", "--raw", "--no-abbrev", _LOG_FORMAT,
                              "-G^last_revised:", "HEAD", "--", *spec)
        except BaselineError:
            if not self._has_commits():
                return {}
            raise
        found: dict[str, Approved] = {}
        for commit, changes in _commits(_text(output)):
            for path, blob in changes:
                found.setdefault(path, Approved(commit, blob))
        return found

    def _has_commits(self) -> bool:
        try:
            self.git("rev-parse", "--verify", "--quiet", "HEAD")
        except BaselineError:
            return False
        return True

    def blobs(self, ids: Iterable[str]) -> dict[str, bytes]:
        """The content of each blob, in one ``git cat-file --batch``."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        output = self.git("cat-file", "--batch", data="".join(f"{i}\n" for i in wanted).encode())
        contents: dict[str, bytes] = {}
        at = 0
        for blob in wanted:
            end = output.index(b"\n", at)
            header = output[at:end].split()
            at = end + 1
            if len(header) == 3 and header[1] == b"blob":
                size = int(header[2])
                contents[blob] = output[at : at + size]
                at += size + 1
        return contents

    def commit_only(self, paths: list[str], message: str) -> str:
        """Commit exactly ``paths`` (as they are in the work tree) with ``message``, whatever
        else is staged; returns the new commit's name. Never pushes."""
        if not paths:
            raise BaselineError("commit-no-files")
        self.git("add", "--", *paths)  # a new file must be known to git before --only
        self.git("commit", "--only", "--quiet", "-m", message, "--", *paths)
        return _text(self.git("rev-parse", "--verify", "HEAD")).strip()


def _commits(output: str) -> list[tuple[Commit, list[tuple[str, str]]]]:
    """Commits of ``git log`` with :data:`_LOG_FORMAT` (and ``-z --raw``: (path, new blob))."""
    found: list[tuple[Commit, list[tuple[str, str]]]] = []
    for record in output.split(_RECORD)[1:]:
        header, _, rest = record.partition("\0")
        sha, date, subject = [*header.strip("\n").split(_FIELD, 2), "", ""][:3]
        fields = rest.lstrip("\n").split("\0")
        changes = [
            (path, meta.split()[3])
            for meta, path in zip(fields[::2], fields[1::2], strict=False)
            if meta.startswith(":") and len(meta.split()) >= 4
        ]
        found.append((Commit(sha, dt.datetime.fromisoformat(date), subject), changes))
    return found


def blob_id(data: bytes, like: str) -> str:
    """The id git gives ``data`` as a blob, in the hash of the id ``like`` (SHA-1 or SHA-256)."""
    algorithm = hashlib.sha256 if len(like) == 64 else hashlib.sha1
    return algorithm(b"blob %d\0" % len(data) + data).hexdigest()
