"""The log file a user attaches to a bug report: rotated, in the user's log folder.

Every module logs through ``logging.getLogger(__name__)``; nothing is written anywhere until
:func:`setup_logging` gives the package's records a file (the window does, after its first
paint; the command line does not). The window's start calls :func:`hold_records` first, so
what happens before the file is open (the document read at start) is kept for it. At INFO the
log holds file paths, sizes, message codes, counts and timings, never the text of a document.
No Qt here: the core may log too.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from pathlib import Path

import platformdirs

from os2editor.storage.paths import APP_NAME, HOME_ENV

LOG_NAME = "os2editor.log"
MAX_BYTES = 1_000_000
"""Size of one log file: a few weeks of a user's sessions, small enough to mail."""
BACKUPS = 3
"""Older files kept beside it (``os2editor.log.1`` ...); the oldest is dropped."""
PACKAGE_LOGGER = "os2editor"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

HELD_MAX = 1000  # records kept before the file opens; a start makes a handful

log = logging.getLogger(__name__)


class RotatingLog(logging.FileHandler):
    """A log file that moves aside when it grows past ``max_bytes``: ``os2editor.log.1`` is
    the one before, up to ``backups`` of them. (``logging.handlers`` has one too, but loading
    that module loads socket and pickle: a twentieth of the window's start-up.)"""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")  # opened now: a failure shows at setup
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.stream is not None and self.stream.tell() >= self.max_bytes:
            self.rotate()

    def rotate(self) -> None:
        """Move the file to ``.1`` (``.1`` to ``.2``, ...); the next record starts a new one."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened by the next emit
        base = Path(self.baseFilename)
        try:
            for number in range(self.backups - 1, 0, -1):
                older = base.with_name(f"{base.name}.{number}")
                if older.exists():
                    os.replace(older, base.with_name(f"{base.name}.{number + 1}"))
            if base.exists():
                os.replace(base, base.with_name(f"{base.name}.1"))
        except OSError as error:  # the file goes on growing; the log is no reason to stop
            sys.stderr.write(f"os2editor: the log was not rotated: {error}\n")


class _Held(logging.Handler):
    """Keeps the records made before the log has a file, for :func:`setup_logging`."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_MAX:
            self.records.append(record)


def hold_records(level: int = logging.INFO) -> None:
    """Keep the package's records at ``level`` and above until the log file is set up: a
    cheap start (no file, no handler module), and nothing of it is lost."""
    package = logging.getLogger(PACKAGE_LOGGER)
    package.setLevel(level)
    if not any(isinstance(handler, _Held) for handler in package.handlers):
        package.addHandler(_Held())


def _banner() -> None:
    from os2editor.about import version  # the installed metadata: read when the log opens

    log.info("os2editor %s on Python %s, %s", version(), platform.python_version(),
             sys.platform)


def log_dir() -> Path:
    """The folder of the log files: platformdirs' user log dir, or $OS2EDITOR_HOME/log."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "log"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The current log file inside :func:`log_dir`."""
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the package's records at ``level`` and above to the rotating log file.

    Calling it again with the same folder changes nothing; with another folder (a test's own
    $OS2EDITOR_HOME) the file moves there. Returns the file, or None when its folder cannot be
    written: the editor then works on without a log, which is no reason to stop anyone.
    """
    path = log_file()
    package = logging.getLogger(PACKAGE_LOGGER)
    package.setLevel(level)
    for old in package.handlers:
        if isinstance(old, RotatingLog):
            if Path(old.baseFilename) == path.absolute():
                return path
            package.removeHandler(old)
            old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(path, MAX_BYTES, BACKUPS)
    except OSError as error:
        log.warning("no log file in %s: %s", path.parent, error.strerror or error)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    held = [h for h in package.handlers if isinstance(h, _Held)]
    for early in held:
        package.removeHandler(early)
        for record in early.records:
            handler.handle(record)
    package.addHandler(handler)
    _banner()  # after the held records: the version is read from the metadata only now
    log.info("log file %s", path)
    return path


def stop_logging() -> None:
    """Close the log file and forget held records (at exit, or when a test's folder goes)."""
    package = logging.getLogger(PACKAGE_LOGGER)
    for handler in list(package.handlers):
        if isinstance(handler, logging.FileHandler | _Held):
            package.removeHandler(handler)
            handler.close()
