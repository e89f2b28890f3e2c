"""The log file a user attaches to a bug report: rotated, in the user's log folder.

Every module logs through ``logging.getLogger(__name__)``; nothing is written anywhere until
:func:`setup_logging` gives the package's records a file (the window does, after its first
paint; the command line does not). At INFO the log holds file paths, sizes, message codes,
counts and timings, never the text of a document. No Qt here: the core may log too.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from pathlib import Path

import platformdirs

from os2editor import __version__
from os2editor.storage.paths import APP_NAME, HOME_ENV

LOG_NAME = "os2editor.log"
MAX_BYTES = 1_000_000
"""Size of one log file: a few weeks of a user's sessions, small enough to mail."""
BACKUPS = 3
"""Older files kept beside it (``os2editor.log.1`` ...); the oldest is dropped."""
PACKAGE_LOGGER = "os2editor"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


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
    from logging.handlers import RotatingFileHandler  # loads socket and pickle: not at start-up

    path = log_file()
    package = logging.getLogger(PACKAGE_LOGGER)
    package.setLevel(level)
    for handler in package.handlers:
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            stop_logging()
            break
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        log.warning("no log file in %s: %s", path.parent, error.strerror or error)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    package.addHandler(handler)
    log.info("os2editor %s on Python %s, %s; log file %s", __version__,
             platform.python_version(), sys.platform, path)
    return path


def stop_logging() -> None:
    """Close the log file (at exit, or before a test's temporary folder goes away)."""
    from logging.handlers import RotatingFileHandler

    package = logging.getLogger(PACKAGE_LOGGER)
    for handler in list(package.handlers):
        if isinstance(handler, RotatingFileHandler):
            package.removeHandler(handler)
            handler.close()
