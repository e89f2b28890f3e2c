"""The functions a script calls: read, write and export descriptions, with checks where the
script's own data enters (see :mod:`os2editor.model.validation`)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from os2editor.markdown import load, loads
from os2editor.model import FunctionDescription
from os2editor.model.validation import validate

if TYPE_CHECKING:
    from os2editor.storage.atomic import Fingerprint

__all__ = ["dumps", "load", "loads", "save"]


def dumps(doc: FunctionDescription) -> str:
    """The document as markdown text (byte-identical to its source when nothing changed).
    Raises ModelError when a field holds a value of the wrong type."""
    from os2editor.markdown import dumps as write

    validate(doc)
    return write(doc)


def save(doc: FunctionDescription, path: str | os.PathLike[str]) -> Fingerprint:
    """Write the document atomically with a minimal diff. Raises ModelError or WriteError."""
    from os2editor.markdown import save as write

    validate(doc)
    return write(doc, path)
