"""Where an output may go: never over one of its own inputs, never a description as a .docx.

A command that reads files and writes one (export, diff, convert) asks here first, so that a
slip of the keyboard (``export IN.md -o IN.md``) is refused before anything is written, by any
path that reaches the input: the same name, another spelling of it, a symlink or a hard link.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from os2editor.errors import WriteError

DESCRIPTION_SUFFIXES = (".md", ".markdown")


def check_output(
    output: str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str] | None] = (),
    *,
    document: bool = True,
) -> None:
    """Raise WriteError when writing ``output`` would replace one of ``inputs``.

    With ``document`` (Word and PDF outputs), a name with the extension of a function
    description is refused too: such a file is somebody's description, or will be read as one.
    """
    shown = os.fspath(output)
    if document and Path(shown).suffix.lower() in DESCRIPTION_SUFFIXES:
        raise WriteError("output-is-description", path=shown)
    for source in inputs:
        if source is not None and same_file(shown, source):
            raise WriteError("output-is-input", path=shown, source=os.fspath(source))


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """True when both names reach the same file (symlinks and hard links followed)."""
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        # One of them does not exist (yet): they are the same only if they resolve alike.
        try:
            return os.path.realpath(first) == os.path.realpath(second)
        except (OSError, ValueError):
            return False
