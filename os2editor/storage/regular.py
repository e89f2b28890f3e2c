"""Reading a file the program was pointed at: a regular file only, and never more than a limit.

A size check on ``st_size`` alone is not a bound: a device such as ``/dev/zero`` or a pipe
reports 0 and then never ends (or, for a pipe, never starts). So the name is looked at
before anything opens it, opened so that a pipe cannot block, looked at again through the open
descriptor (the name may have been swapped in between), and read only up to the limit.
"""

from __future__ import annotations

import errno
import os
import stat

from os2editor.errors import ReadError

_CHUNK = 1 << 16
# Non-blocking: opening a FIFO for reading would otherwise wait for a writer for ever.
# No controlling terminal: a terminal device named by mistake must not become ours.
_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
          | getattr(os, "O_BINARY", 0))


def read_regular(path: str | os.PathLike[str], limit: int, *, shown: str | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``limit`` of them.

    Raises :class:`ReadError` with ``read-missing``, ``read-folder``, ``read-not-regular``
    (a device, pipe or socket), ``read-too-large``, ``read-permission`` or ``read-failed``;
    ``shown`` is the name the message uses (``path`` by default).
    """
    name = shown if shown is not None else os.fspath(path)
    try:
        _refuse_special(os.stat(path), name, limit)
        fd = os.open(path, _FLAGS)
    except OSError as error:
        raise _read_failure(error, name) from None
    try:
        _refuse_special(os.fstat(fd), name, limit)
        data = _read_at_most(fd, limit + 1)
    except OSError as error:
        raise _read_failure(error, name) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew since it was looked at
        raise too_large(name, len(data), limit)
    return data


def too_large(name: str | None, size: int, limit: int) -> ReadError:
    """The error for a file of ``size`` bytes over ``limit``: sizes in KB, as people count them."""
    return ReadError("read-too-large", path=name, size=kilobytes(size), limit=kilobytes(limit))


def kilobytes(size: int) -> str:
    """``size`` bytes in whole KB, rounded up. Plain digits: a message may be shown in Danish,
    which writes 1.000 where English writes 1,000."""
    return str(-(-size // 1024))


def _refuse_special(info: os.stat_result, name: str, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ReadError("read-folder", path=name)
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("read-not-regular", path=name)
    if info.st_size > limit:
        raise too_large(name, info.st_size, limit)


def _read_at_most(fd: int, count: int) -> bytes:
    if _FLAGS & getattr(os, "O_NONBLOCK", 0):
        os.set_blocking(fd, True)  # a regular file after all: plain reads, bounded by count
    chunks: list[bytes] = []
    left = count
    while left > 0:
        chunk = os.read(fd, min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_failure(error: OSError, name: str) -> ReadError:
    if isinstance(error, FileNotFoundError):
        return ReadError("read-missing", path=name)
    if isinstance(error, IsADirectoryError):
        return ReadError("read-folder", path=name)
    if isinstance(error, PermissionError):
        return ReadError("read-permission", path=name)
    if error.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
        return ReadError("read-not-regular", path=name)
    return ReadError("read-failed", path=name, reason=error.strerror or error)
