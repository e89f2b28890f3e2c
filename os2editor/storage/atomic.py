"""Atomic file saves and fingerprints for noticing changes made outside the editor.

A save writes a temporary file beside the target, makes it durable, then renames it over the
target in one step, so a crash or kill at any moment leaves either the old file or the new one.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from os2editor.errors import ReadError, WriteError

_TEMP_INFIX = ".os2editor-"
_TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str


class ChangedOnDiskError(WriteError):
    """The file changed on disk since the editor read or wrote it; nothing was written."""


def atomic_write(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    expected: Fingerprint | None = None,
    into_stream: bool = False,
) -> Fingerprint:
    """Replace the file at `path` with `data` atomically; return the new file's fingerprint.

    The new file keeps the old one's permission bits (and owner, where allowed). A symlink is
    followed so the link stays a link. With `expected`, a file whose content no longer matches
    it is left alone and ChangedOnDiskError is raised. Raises WriteError with a plain-words
    message on failure and never leaves its temporary file behind.

    Only a regular file is ever replaced. A device or a pipe is refused, unless the caller
    knows the user named it on purpose (``into_stream``: ``-o /dev/stdout`` on a command line);
    then the data is written into it, and the node itself stays what it was.
    """
    shown = os.fspath(path)
    target = Path(os.path.realpath(shown)) if os.path.islink(shown) else Path(shown)
    folder = target.parent
    # By the name as given, links followed: /dev/stdout may lead to a pipe with no path.
    old_stat = _stat_or_none(Path(shown))
    if old_stat is not None and not stat.S_ISREG(old_stat.st_mode):
        if stat.S_ISDIR(old_stat.st_mode):
            raise WriteError("save-folder", path=shown)
        if into_stream and (stat.S_ISCHR(old_stat.st_mode) or stat.S_ISFIFO(old_stat.st_mode)):
            return _write_into_stream(Path(shown), data, shown)
        raise WriteError("save-not-regular", path=shown)
    if expected is not None and old_stat is not None and changed_since(target, expected):
        raise ChangedOnDiskError("save-changed", path=shown)
    if old_stat is not None and not os.access(target, os.W_OK):
        # Replacing would work in a writable folder, but a read-only file says "do not change me".
        raise WriteError("save-read-only-file", path=shown)
    remove_stale_temp_files(target)
    temp = folder / f".{target.name}{_TEMP_INFIX}{os.urandom(6).hex()}{_TEMP_SUFFIX}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _failure(exc, shown, folder) from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if old_stat is not None:
                _copy_permissions(temp, old_stat)
            written = os.fstat(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise _failure(exc, shown, folder) from exc
    _fsync_folder(folder)
    return Fingerprint(written.st_mtime_ns, written.st_size, hashlib.sha256(data).hexdigest())


def _write_into_stream(target: Path, data: bytes, shown: str) -> Fingerprint:
    """Write into a character device or a pipe the user named, without replacing it."""
    # Non-blocking first: a pipe that nobody reads would otherwise hang the command for ever.
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise WriteError("save-no-reader", path=shown) from exc
        raise _failure(exc, shown, target.parent) from exc
    try:
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except OSError as exc:
        raise _failure(exc, shown, target.parent) from exc
    finally:
        os.close(fd)
    return Fingerprint(0, len(data), hashlib.sha256(data).hexdigest())


def remove_stale_temp_files(target: str | os.PathLike[str]) -> list[Path]:
    """Delete temporary files that killed saves of `target` left beside it; return them."""
    target = Path(target)
    pattern = f".{target.name}{_TEMP_INFIX}*{_TEMP_SUFFIX}"
    removed: list[Path] = []
    try:
        candidates = list(target.parent.glob(pattern))
    except OSError:
        return removed
    for stale in candidates:
        with contextlib.suppress(OSError):
            stale.unlink()
            removed.append(stale)
    return removed


def file_fingerprint(path: str | os.PathLike[str]) -> Fingerprint:
    """Fingerprint the file at `path` as it is now. Raises ReadError if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            digest = hashlib.sha256(handle.read()).hexdigest()
    except OSError as exc:
        raise ReadError("read-failed", path=os.fspath(path), reason=exc.strerror or exc) from exc
    return Fingerprint(info.st_mtime_ns, info.st_size, digest)


def changed_since(path: str | os.PathLike[str], fingerprint: Fingerprint) -> bool:
    """True when the file's content differs from `fingerprint`, or the file is gone or unreadable.

    Content is compared by hash, so a `touch` or a checkout that writes identical bytes is
    not a change.
    """
    try:
        now = file_fingerprint(path)
    except ReadError:
        return True
    return now.size != fingerprint.size or now.sha256 != fingerprint.sha256


def _stat_or_none(target: Path) -> os.stat_result | None:
    try:
        return os.stat(target)
    except OSError:
        return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _copy_permissions(temp: Path, old: os.stat_result) -> None:
    # By path rather than fd: os.fchmod and os.fchown do not exist on Windows before 3.13.
    os.chmod(temp, stat.S_IMODE(old.st_mode))
    if not hasattr(os, "geteuid"):
        return
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        # Only root may give a file away; for everyone else the new owner is simply themselves.
        with contextlib.suppress(OSError):
            os.chown(temp, old.st_uid, old.st_gid)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform or file system allows it.
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


_FAILURES = {
    errno.EACCES: "save-permission",
    errno.EPERM: "save-permission",
    errno.ENOENT: "save-no-folder",
    errno.ENOTDIR: "save-not-a-folder",
    errno.EISDIR: "save-folder",
    errno.ENOSPC: "save-disk-full",
    errno.EDQUOT: "save-disk-full",
    errno.EROFS: "save-read-only-disk",
    errno.ENAMETOOLONG: "save-name-too-long",
}


def _failure(exc: OSError, shown: str, folder: Path) -> WriteError:
    """The error naming the file and why it could not be saved, in plain words."""
    code = _FAILURES.get(exc.errno or 0, "save-failed")
    return WriteError(code, path=shown, folder=folder, reason=exc.strerror or exc)
