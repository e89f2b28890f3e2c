"""Autosave and crash recovery: one JSON file per open document in state_dir()/autosave.

The GUI writes an autosave shortly after typing stops and removes it on a clean save or
close. Whatever is still there at the next start was left by a crash or a kill, and is
offered back to the user. Autosaves never go over the user's own file.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from os2editor.errors import ReadError, WriteError
from os2editor.messages import Message
from os2editor.storage._aside import set_aside
from os2editor.storage.atomic import atomic_write
from os2editor.storage.claims import AutosaveClaim, is_claimed
from os2editor.storage.paths import autosave_dir
from os2editor.storage.regular import read_regular

FORMAT_VERSION = 1
# Room for the largest description the reader accepts (512 KB), written as JSON (a control
# character takes six bytes there), and the record around it.
MAX_AUTOSAVE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Recovered:
    """One document's unsaved text, as the last autosave left it. Read from JSON through
    pydantic (:func:`_records`), which loads only when there is an autosave to read: the
    window writes autosaves from its first edit, but reads them after it is on screen."""

    doc_id: str
    path: str | None
    """The file the document belongs to, or None for an untitled document."""
    saved_at: datetime
    """When the autosave was written (timezone-aware, UTC)."""
    text: str
    """The full markdown text of the document."""

    @property
    def display_name(self) -> str:
        """The file name to show the user, or "Untitled"."""
        return os.path.basename(self.path) if self.path else "Untitled"


def new_doc_id() -> str:
    """A fresh document id for write_autosave."""
    return str(uuid.uuid4())


def autosave_file(doc_id: str | uuid.UUID) -> Path:
    """Where the autosave of `doc_id` lives. Raises ValueError if doc_id is not a UUID."""
    # Parsing as a UUID keeps a stray id from naming a file outside the autosave folder.
    return autosave_dir() / f"{uuid.UUID(str(doc_id))}.json"


def _lock_file(doc_id: str | uuid.UUID) -> Path:
    return autosave_file(doc_id).with_suffix(".lock")


def claim_autosave(doc_id: str | uuid.UUID) -> AutosaveClaim:
    """Mark `doc_id`'s autosave as in use by this process until the claim is released.

    list_recoverable() in any process skips claimed autosaves; the OS releases the claim
    when this process ends, however it ends.
    """
    return AutosaveClaim(_lock_file(doc_id))


def write_autosave(doc_id: str | uuid.UUID, path: str | os.PathLike[str] | None, text: str) -> None:
    """Store the unsaved `text` of document `doc_id` atomically. Raises WriteError."""
    target = autosave_file(doc_id)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(
            "autosave-no-folder", folder=target.parent, reason=exc.strerror or exc
        ) from exc
    record = {
        "format": FORMAT_VERSION,
        "doc_id": str(uuid.UUID(str(doc_id))),
        "path": os.path.abspath(os.fspath(path)) if path is not None else None,
        "saved_at": datetime.now(UTC).isoformat(),
        "text": text,
    }
    # Readable by the user alone, whatever the document's own permissions: never more than it.
    data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(target, data, mode=0o600)


def remove_autosave(doc_id: str | uuid.UUID) -> None:
    """Delete the autosave of `doc_id`, if there is one. Never raises.

    A file that cannot be deleted is merely offered again at the next start.
    """
    with contextlib.suppress(OSError, ValueError):
        autosave_file(doc_id).unlink()


def list_recoverable(
    *, include_claimed: bool = False
) -> tuple[list[Recovered], list[Message]]:
    """Every autosave left behind, oldest first, plus messages about damaged ones set aside.

    Autosaves claimed by a running editor (another window or another process) are not
    left behind and are skipped unless `include_claimed`. Never raises: a damaged autosave
    is renamed to `<name>.corrupt-<timestamp>` and reported.
    """
    folder = autosave_dir()
    try:
        files = sorted(folder.glob("*.json"))
        _remove_orphan_locks(folder)
    except OSError:
        return [], []
    found: list[Recovered] = []
    messages: list[Message] = []
    for file in files:
        if not include_claimed and is_claimed(file.with_suffix(".lock")):
            continue
        recovered = _read(file)
        if recovered is not None:
            found.append(recovered)
        elif os.path.lexists(file):  # (a link to nowhere is damage too)
            messages.append(_set_aside_message(file))
    found.sort(key=lambda r: r.saved_at)
    return found, messages


def _remove_orphan_locks(folder: Path) -> None:
    # Lock files of documents closed on purpose or of crashed editors that never autosaved.
    for lock in folder.glob("*.lock"):
        if not lock.with_suffix(".json").exists() and not is_claimed(lock):
            with contextlib.suppress(OSError):
                lock.unlink()


def _read(file: Path) -> Recovered | None:
    """The autosave in ``file``, or None when it is damaged: not JSON, not an autosave, nested
    too deeply, too large, or not a regular file at all (a pipe would hang the start)."""
    try:
        # The file name is what remove_autosave() deletes, so it decides the id.
        doc_id = str(uuid.UUID(file.stem))
        record = json.loads(read_regular(file, MAX_AUTOSAVE_BYTES))
        if not isinstance(record, dict):
            return None
        recovered: Recovered = _records().validate_python({**record, "doc_id": doc_id})
    except (ReadError, OSError, ValueError, RecursionError):  # pydantic's ValidationError too
        return None
    if recovered.saved_at.tzinfo is None:
        recovered = replace(recovered, saved_at=recovered.saved_at.replace(tzinfo=UTC))
    return recovered


@cache
def _records() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Recovered)


def _set_aside_message(file: Path) -> Message:
    aside = set_aside(file)
    if aside is None:
        return Message.of("autosave-damaged-kept", path=file)
    return Message.of("autosave-damaged", aside=aside)
