"""Lossless markdown: read a function description into the model and write it back.

``dumps(loads(text)) == text`` for every text; an edit changes only the lines it must.
"""

from __future__ import annotations

import os
from pathlib import Path

from os2editor.errors import ReadError
from os2editor.markdown.reader import read
from os2editor.markdown.source import MAX_BYTES
from os2editor.markdown.writer import dumps
from os2editor.model import FunctionDescription

__all__ = ["dumps", "load", "loads", "save"]


def loads(text: str | bytes, path: str | None = None) -> FunctionDescription:
    """Parse markdown text (or UTF-8 bytes) into a FunctionDescription."""
    return read(text, path)


def load(path: str | os.PathLike[str]) -> FunctionDescription:
    """Read a file. Every failure raises :class:`ReadError` naming the file."""
    name = str(path)
    target = Path(path)
    try:
        if target.is_dir():
            raise ReadError("this is a folder, not a function description file", path=name)
        if not target.exists():
            raise ReadError("there is no such file", path=name)
        if target.stat().st_size > MAX_BYTES:
            raise ReadError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB, "
                            "too large to be a function description", path=name)
        data = target.read_bytes()
    except PermissionError:
        raise ReadError("you do not have permission to read this file", path=name) from None
    except OSError as error:
        raise ReadError(f"the file cannot be read ({error.strerror or error})", path=name) from None
    return read(data, name)


def save(doc: FunctionDescription, path: str | os.PathLike[str]) -> None:
    """Write the document atomically; raises :class:`os2editor.WriteError` on failure."""
    from os2editor.storage.atomic import atomic_write

    atomic_write(Path(path), dumps(doc).encode("utf-8", errors="replace"))
