"""The core's documented errors. The core raises these; the CLI and GUI turn them into messages.

Each error carries a :class:`~os2editor.messages.Message` (a code and its arguments), so the
CLI can print the English text and the window can show the same message translated.
"""

from __future__ import annotations

from os2editor.messages import Message


class Os2EditorError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, code: str, **args: object) -> None:
        self.message = Message.of(code, **args)
        super().__init__(self.describe())

    def describe(self) -> str:
        """What ``str()`` shows: the message in English."""
        return self.message.text


class ReadError(Os2EditorError):
    """A file or text could not be read as a function description.

    ``str()`` names the file (when there is one) and where in it the problem is; ``reason`` is
    the problem alone.
    """

    def __init__(
        self, code: str, *, path: str | None = None, line: int | None = None, **args: object
    ) -> None:
        self.path = path
        self.line = line
        super().__init__(code, **args)

    def describe(self) -> str:
        return f"{self.where}: {self.reason}"

    @property
    def reason(self) -> str:
        """The problem alone, in English, without the file."""
        return self.message.text

    @property
    def where(self) -> str:
        """The file, and the line when known: ``name.md:3``."""
        where = self.path or "<text>"
        return where if self.line is None else f"{where}:{self.line}"


class WriteError(Os2EditorError):
    """A file could not be written. The message says which file and why, in plain words."""


class RenderError(Os2EditorError):
    """A document could not be painted as PDF or for printing (Qt's graphics or fonts missing)."""
