"""Lossless markdown: read a function description into the model and write it back.

``dumps(loads(text)) == text`` for every text; an edit changes only the lines it must.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from os2editor.errors import ReadError, WriteError
from os2editor.markdown.reader import read
from os2editor.markdown.source import MAX_BYTES
from os2editor.markdown.writer import dumps
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.storage.atomic import Fingerprint

__all__ = ["dumps", "load", "loads", "save"]

log = logging.getLogger(__name__)


def loads(text: str | bytes, path: str | None = None) -> FunctionDescription:
    """Parse markdown text (or UTF-8 bytes) into a FunctionDescription."""
    return read(text, path)


def load(path: str | os.PathLike[str]) -> FunctionDescription:
    """Read a file. Every failure raises :class:`ReadError` naming the file."""
    started = time.perf_counter()
    try:
        doc, size = _load(path)
    except ReadError as error:
        log.warning("could not open %s: %s", path, error.message.code)
        raise
    log.info("opened %s (%d bytes, %.1f ms)", path, size,
             (time.perf_counter() - started) * 1000)
    return doc


def _load(path: str | os.PathLike[str]) -> tuple[FunctionDescription, int]:
    name = str(path)
    target = Path(path)
    try:
        if target.is_dir():
            raise ReadError("read-folder", path=name)
        if not target.exists():
            raise ReadError("read-missing", path=name)
        size = target.stat().st_size
        if size > MAX_BYTES:
            raise ReadError("read-too-large", path=name, size=f"{size / 2**20:.1f}",
                            limit=MAX_BYTES // 2**20)
        data = target.read_bytes()
    except PermissionError:
        raise ReadError("read-permission", path=name) from None
    except OSError as error:
        raise ReadError("read-failed", path=name, reason=error.strerror or error) from None
    return read(data, name), size


def save(
    doc: FunctionDescription, path: str | os.PathLike[str], *, into_stream: bool = False
) -> Fingerprint:
    """Write the document atomically and return the written file's fingerprint.

    Raises :class:`os2editor.WriteError` on failure. The CLI, scripts and the window all save
    through here, so every save follows the same rules. ``into_stream``: see
    :func:`os2editor.storage.atomic.atomic_write`.
    """
    from os2editor.storage import atomic

    # A lone surrogate (it can only come from pasted text) cannot be UTF-8; it becomes "?".
    data = dumps(doc).encode("utf-8", errors="replace")
    try:
        fingerprint = atomic.atomic_write(Path(path), data, into_stream=into_stream)
    except WriteError as error:
        log.warning("could not save %s: %s", path, error.message.code)
        raise
    log.info("saved %s (%d bytes)", path, len(data))
    return fingerprint
