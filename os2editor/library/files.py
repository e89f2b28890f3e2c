"""The markdown files of a folder, and reading one with the fingerprint of the bytes read.

A library is every ``.md`` (and ``.markdown``) file under a folder, subfolders included, except
in folders no site builds from: hidden ones (``.git``), Jekyll's output ``_site``, and the
package folders ``node_modules`` and ``vendor``. Folder links are not followed, so a link back
up the tree cannot make the walk endless.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from os2editor.errors import Os2EditorError
from os2editor.markdown import limits, loads
from os2editor.model import FunctionDescription
from os2editor.storage.atomic import Fingerprint
from os2editor.storage.regular import read_regular

SUFFIXES = (".md", ".markdown")
SKIPPED_FOLDERS = frozenset({"_site", "node_modules", "vendor"})
MAX_ENTRIES = 100_000
"""Files and folders a library walk looks at before it gives up: a handbook has hundreds; a
home folder chosen by mistake has millions, and the window must not hang on it."""


class LibraryError(Os2EditorError):
    """A folder that cannot be used as a library, or work on it that could not be done."""


def markdown_files(folder: Path) -> list[Path]:
    """Every markdown file under ``folder``, sorted by path. Raises LibraryError when the
    folder itself cannot be read; an unreadable subfolder is passed over."""
    check_folder(folder)
    found: list[Path] = []
    seen = 0
    for root, folders, files in os.walk(folder):
        seen += len(folders) + len(files)
        if seen > MAX_ENTRIES:
            raise LibraryError("library-too-large", path=folder, limit=MAX_ENTRIES)
        folders[:] = sorted(name for name in folders if not _skipped(name))
        found += (Path(root) / name for name in files if name.lower().endswith(SUFFIXES))
    return sorted(found)


def relative_name(folder: Path, path: Path) -> str:
    """``path`` (under ``folder``) as the site names it: relative, with forward slashes
    ("roles/chief.md")."""
    return PurePosixPath(*path.relative_to(folder).parts).as_posix()


def check_folder(folder: Path) -> None:
    """Raise LibraryError unless ``folder`` is a folder this user may list."""
    try:
        if not folder.is_dir():
            raise LibraryError("library-no-folder", path=folder)
        os.scandir(folder).close()
    except PermissionError:
        raise LibraryError("library-unreadable", path=folder,
                           reason="permission denied") from None
    except OSError as error:
        raise LibraryError("library-unreadable", path=folder,
                           reason=error.strerror or error) from None


def _skipped(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_FOLDERS


def in_library(relative: PurePath) -> bool:
    """Whether a markdown file at ``relative`` (to the folder) is one the walk would find."""
    return relative.name.lower().endswith(SUFFIXES) and not any(
        _skipped(part) for part in relative.parts[:-1])


@dataclass(frozen=True)
class Read:
    """One file as read: its bytes and their fingerprint."""

    data: bytes
    fingerprint: Fingerprint


def read_file(path: Path) -> Read:
    """The bytes of ``path`` and their fingerprint. Raises ReadError: only a regular file is
    read, never more than a description may hold, and a pipe named like one cannot hang it."""
    data = read_regular(path, limits.MAX_BYTES)
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        mtime = 0
    return Read(data, Fingerprint(mtime, len(data), hashlib.sha256(data).hexdigest()))


def parse(read: Read, path: Path) -> FunctionDescription:
    """The description in ``read``; ReadError (naming ``path``) when it is not readable text."""
    return loads(read.data, str(path))
