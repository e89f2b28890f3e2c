"""What the library says about a page beyond ``checks.check``: folder-wide warnings and notes."""

from __future__ import annotations

from dataclasses import dataclass

from os2editor.messages import Message


@dataclass(frozen=True)
class Finding:
    """A warning (or, with ``note``, a remark that is no warning) on a line of a file."""

    message: Message
    line: int
    note: bool = False

    @property
    def text(self) -> str:
        """In English, for the CLI; the window translates ``message``."""
        return self.message.text


def key_line(raw_front_matter: str, key: str) -> int:
    """The file line of ``key:`` in the front matter (with its fences), else 2."""
    for number, line in enumerate(raw_front_matter.splitlines(), start=1):
        if line.startswith((f"{key}:", f"'{key}':", f'"{key}":')):
            return number
    return 2
