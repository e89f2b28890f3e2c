"""What the library says about a page beyond ``checks.check``: folder-wide warnings and notes."""

from __future__ import annotations

from dataclasses import dataclass

from os2editor.markdown.layout import document_source
from os2editor.messages import Message
from os2editor.model import FunctionDescription


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


def front_matter_line(doc: FunctionDescription | None, key: str) -> int:
    """The file line of ``key:`` in the front matter ``doc`` was read from, else 2 (also for a
    document built in code, or none)."""
    source = document_source(doc) if doc is not None else None
    return key_line(source.fm_raw if source is not None else "", key)
