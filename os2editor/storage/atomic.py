"""Atomic file saves and fingerprints for noticing changes made outside the editor.

A save writes a temporary file beside the target, makes it durable, then renames it over the
target in one step, so a crash or kill at any moment leaves either the old file or the new one.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from os2editor.errors import ReadError, WriteError
from os2editor.storage.regular import read_regular

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows, which does not delete an open file anyway
    fcntl = None  # type: ignore[assignment]

_TEMP_INFIX = ".os2editor-"
_TEMP_SUFFIX = ".tmp"
_TEMP_ATTEMPTS = 5
_LONG_NAME = 200  # bytes of a file name that still leave room for a temporary file's additions
_UNLOCKED_STALE_AFTER = 3600.0  # seconds; only where files cannot be locked
FINGERPRINT_LIMIT = 16 * 1024 * 1024


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
    mode: int | None = None,
) -> Fingerprint:
    """Replace the file at `path` with `data` atomically; return the new file's fingerprint.

    The new file keeps the old one's permission bits, owner (where allowed), extended
    attributes and POSIX ACLs (where the platform has them); ``mode`` sets the permission
    bits instead (autosaves: 0o600). A symlink is followed so the link stays a link; a hard
    link is not (the new file takes the name; the other names keep the old text). With
    `expected`, a file whose content no longer matches it is left alone and
    ChangedOnDiskError is raised. Raises WriteError with a plain-words message on failure and
    never leaves its temporary file behind.

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
    # Private until its permissions are set: the old file may be readable by its owner only.
    private = old_stat is not None or mode is not None
    fd, temp, held = _claimed_temp(target, shown, 0o600 if private else 0o666)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if mode is not None:
                os.chmod(temp, mode)
            elif old_stat is not None:
                _copy_permissions(temp, old_stat)
            if old_stat is not None:
                _copy_extended_attributes(target, fd)
            written = os.fstat(fd)
            if held:  # renamed while still locked: no other save takes it for abandoned
                os.replace(temp, target)
        finally:
            os.close(fd)
        if not held:  # (Windows cannot rename a file that is open)
            os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise write_failure(exc, shown, folder) from exc
    _fsync_folder(folder)
    return Fingerprint(written.st_mtime_ns, written.st_size, hashlib.sha256(data).hexdigest())


def write_output(
    data: bytes, target: str | os.PathLike[str] | BinaryIO, *, into_stream: bool = False
) -> None:
    """Write an export's ``data`` to a binary file object, or to a path through
    :func:`atomic_write`, so that a crash never leaves half a document."""
    if not isinstance(target, str | os.PathLike):
        try:
            target.write(data)
        except (OSError, ValueError) as error:
            raise WriteError("export-stream", reason=error) from None
        return
    atomic_write(target, data, into_stream=into_stream)


def _claimed_temp(target: Path, shown: str, mode: int) -> tuple[int, Path, bool]:
    """A new temporary file beside ``target``, open, and whether this process holds it locked
    (where the platform has locks).

    Another process's save may see it in the instant between its creation and its lock and
    take it for abandoned; a file found removed once locked is given up for a new one.
    """
    for _attempt in range(_TEMP_ATTEMPTS):
        temp = target.parent / f"{_temp_stem(target)}{os.urandom(6).hex()}{_TEMP_SUFFIX}"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except OSError as exc:
            raise write_failure(exc, shown, target.parent) from exc
        locked = _lock(fd)
        if locked is not False and os.fstat(fd).st_nlink > 0:
            return fd, temp, bool(locked)
        os.close(fd)
    raise WriteError("save-failed", path=shown, reason="other programs keep removing its "
                     "temporary files")


def _lock(fd: int) -> bool | None:
    """Lock ``fd`` for this process: True, False when another holds it, None when the platform
    or file system has no such locks."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def _write_into_stream(target: Path, data: bytes, shown: str) -> Fingerprint:
    """Write into a character device or a pipe the user named, without replacing it."""
    # Non-blocking first: a pipe that nobody reads would otherwise hang the command for ever.
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise WriteError("save-no-reader", path=shown) from exc
        raise write_failure(exc, shown, target.parent) from exc
    try:
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except OSError as exc:
        raise write_failure(exc, shown, target.parent) from exc
    finally:
        os.close(fd)
    return Fingerprint(0, len(data), hashlib.sha256(data).hexdigest())


def remove_stale_temp_files(target: str | os.PathLike[str]) -> list[Path]:
    """Delete temporary files that killed saves of `target` left beside it; return them.

    Only a file that is provably abandoned goes: one that no process holds locked (a save
    holds its temporary file locked until it is renamed, and the OS lets go of the lock of a
    killed process), or, where there are no such locks, one untouched for an hour.
    """
    target = Path(target)
    pattern = f"{glob.escape(_temp_stem(target))}*{_TEMP_SUFFIX}"
    removed: list[Path] = []
    try:
        candidates = list(target.parent.glob(pattern))
    except OSError:
        return removed
    for stale in candidates:
        with contextlib.suppress(OSError):
            if _remove_if_abandoned(stale):
                removed.append(stale)
    return removed


def _remove_if_abandoned(temp: Path) -> bool:
    info = os.lstat(temp)
    if not stat.S_ISREG(info.st_mode):
        return False  # not one of ours
    fd = os.open(temp, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        locked = _lock(fd)
        if locked is False:
            return False  # a save in progress
        if locked:  # removed while held, and only if the name still leads to what is held
            if not os.path.samestat(os.fstat(fd), os.lstat(temp)):
                return False
            os.unlink(temp)
            return True
    finally:
        os.close(fd)
    if time.time() - info.st_mtime < _UNLOCKED_STALE_AFTER:
        return False
    os.unlink(temp)  # no locks here (nor can Windows remove a file that is open)
    return True


def _temp_stem(target: Path) -> str:
    """The start of the names of ``target``'s temporary files.

    A name near the system's limit (255 bytes) would be too long with the temporary file's
    additions, so it is shortened, kept apart from other names by a hash of the whole name.
    """
    name = target.name
    if len(os.fsencode(name)) > _LONG_NAME:
        digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:12]
        name = f"{os.fsdecode(os.fsencode(name)[:64])}~{digest}"
    return f".{name}{_TEMP_INFIX}"


def file_fingerprint(path: str | os.PathLike[str]) -> Fingerprint:
    """Fingerprint the file at `path` as it is now. Raises ReadError if it cannot be read.

    Only a regular file is read, and at most FINGERPRINT_LIMIT bytes: a watched file
    replaced by a pipe or a device must not hang or flood the window. Anything larger is not
    a file the editor wrote, and fails as too large (so it counts as changed).
    """
    info = _stat_or_none(Path(path))
    data = read_regular(path, FINGERPRINT_LIMIT)
    mtime_ns = info.st_mtime_ns if info is not None else 0
    return Fingerprint(mtime_ns, len(data), hashlib.sha256(data).hexdigest())


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


def _copy_extended_attributes(source: Path, fd: int) -> None:
    """Extended attributes (POSIX ACLs among them) of ``source`` onto the open file ``fd``.

    Each is copied alone and as far as allowed: a system may refuse some (a security label)
    to an ordinary user, and the save must not fail for that.
    """
    if not hasattr(os, "listxattr"):  # only Linux has them in Python's os module
        return
    try:
        names = os.listxattr(source)
    except OSError:
        return
    for name in names:
        with contextlib.suppress(OSError):
            os.setxattr(fd, name, os.getxattr(source, name))


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


def write_failure(exc: OSError, shown: str, folder: Path) -> WriteError:
    """The error naming the file and why it could not be saved, in plain words."""
    code = _FAILURES.get(exc.errno or 0, "save-failed")
    if code == "save-no-folder" and folder.is_dir():
        code = "save-failed"  # something in the folder vanished, not the folder
    return WriteError(code, path=shown, folder=folder, reason=exc.strerror or exc)
