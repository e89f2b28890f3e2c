"""Which autosaves belong to a running editor, so a second editor does not offer them back.

A running editor holds an OS file lock on `<doc_id>.lock` beside each autosave it keeps. The
OS drops the lock when the process ends in any way (close, crash, kill -9), so an autosave
whose lock is free was left behind and may be recovered. Where the platform has no `flock`
(Windows), claims are a no-op and every autosave is offered.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class AutosaveClaim:
    """This process's hold on one document's autosave. Release it on a deliberate close."""

    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._fd: int | None = None
        if fcntl is None:
            return
        # Best effort: without a lock the document is still autosaved, only not protected
        # from being offered to a second editor.
        with contextlib.suppress(OSError):
            lock_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise
            self._fd = fd

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._fd is not None

    def release(self, *, remove: bool = False) -> None:
        """Let go of the lock; with `remove`, also delete the lock file."""
        if self._fd is None:
            return
        if remove:
            with contextlib.suppress(OSError):
                self.lock_file.unlink()
        os.close(self._fd)  # closing the descriptor drops the flock
        self._fd = None


def is_claimed(lock_file: Path) -> bool:
    """True when some running process (this one included) holds `lock_file`."""
    if fcntl is None:
        return False
    try:
        # Non-blocking: a pipe put where a lock file belongs must not hang the start.
        fd = os.open(lock_file, os.O_RDWR | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        # Closing also releases the probe lock if it was taken.
        os.close(fd)
    return False
