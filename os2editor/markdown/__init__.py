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
from os2editor.markdown import frontmatter, limits
from os2editor.markdown.reader import read
from os2editor.markdown.source import decode
from os2editor.markdown.writer import dumps
from os2editor.model import FunctionDescription
from os2editor.storage.regular import read_regular

if TYPE_CHECKING:
    from os2editor.storage.atomic import Fingerprint

__all__ = ["dumps", "encode", "load", "loads", "save"]

log = logging.getLogger(__name__)


def loads(text: str | bytes, path: str | None = None) -> FunctionDescription:
    """Parse markdown text (or UTF-8 bytes) into a FunctionDescription.

    Text over the limits of :mod:`os2editor.markdown.limits` is refused before it is parsed.
    """
    if isinstance(text, bytes):
        text = decode(text, path)
    limits.check(text, path)
    return read(text, path)


def load(path: str | os.PathLike[str]) -> FunctionDescription:
    """Read a file. Every failure raises :class:`ReadError` naming the file.

    Only a regular file is read (a symlink is followed to one), and never more than a
    description may hold: a device, a pipe or a socket is refused before it is opened.
    """
    started = time.perf_counter()
    try:
        data = read_regular(path, limits.MAX_BYTES)
        doc = loads(data, os.fspath(path))
    except ReadError as error:
        log.warning("could not open %s: %s", path, error.message.code)
        raise
    log.info("opened %s (%d bytes, %.1f ms)", path, len(data),
             (time.perf_counter() - started) * 1000)
    return doc


def encode(doc: FunctionDescription, path: str | os.PathLike[str]) -> bytes:
    """The bytes :func:`save` writes for ``doc`` at ``path``, after the checks every save makes.

    Raises :class:`os2editor.WriteError` when the document cannot be written as it is: a text
    set for a front matter key whose value in the file is not text (the text would be silently
    dropped), or a text the editor could not read back (over the limits of
    :mod:`os2editor.markdown.limits`).
    """
    for key, value in frontmatter.conflicts(doc.front_matter).items():
        raise WriteError("save-not-text", path=os.fspath(path), key=key,
                         value=frontmatter.shown(value))
    text = dumps(doc)
    try:
        # What the editor writes it must read back; edits are refused before this, so this
        # only stops a script's document. Nothing is written then.
        limits.check(text, os.fspath(path))
    except ReadError as error:
        raise WriteError("save-unreadable", path=os.fspath(path), reason=error.reason) from None
    # A lone surrogate (it can only come from pasted text) cannot be UTF-8; it becomes "?".
    return text.encode("utf-8", errors="replace")


def save(
    doc: FunctionDescription, path: str | os.PathLike[str], *, into_stream: bool = False
) -> Fingerprint:
    """Write the document atomically and return the written file's fingerprint.

    Raises :class:`os2editor.WriteError` on failure. The CLI, scripts and the window all save
    through here, so every save follows the same rules (:func:`encode`). ``into_stream``: see
    :func:`os2editor.storage.atomic.atomic_write`.
    """
    from os2editor.storage import atomic

    data = encode(doc, path)
    try:
        fingerprint = atomic.atomic_write(Path(path), data, into_stream=into_stream)
    except WriteError as error:
        log.warning("could not save %s: %s", path, error.message.code)
        raise
    log.info("saved %s (%d bytes)", path, len(data))
    return fingerprint
