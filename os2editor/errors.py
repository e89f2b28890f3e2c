"""The core's documented errors. The core raises these; the CLI and GUI turn them into messages."""

from __future__ import annotations


class Os2EditorError(Exception):
    """Base of every error the core raises on purpose."""


class ReadError(Os2EditorError):
    """A file or text could not be read as a function description.

    The message names the file (when there is one) and where in it the problem is.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = path or "<text>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class WriteError(Os2EditorError):
    """A file could not be written. The message says which file and why, in plain words."""
