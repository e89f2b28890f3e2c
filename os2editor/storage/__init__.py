"""Keeping the user's work safe on disk: atomic saves, settings, autosave and recovery.

No Qt here; the GUI turns the errors and messages into dialogs. Names are imported lazily so
that a bare `atomic_write` (used by every save) does not pay for pydantic's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from os2editor._lazy import lazy_attributes

if TYPE_CHECKING:
    from os2editor.storage.atomic import (
        ChangedOnDiskError,
        Fingerprint,
        atomic_write,
        changed_since,
        file_fingerprint,
    )
    from os2editor.storage.paths import config_dir, state_dir
    from os2editor.storage.recovery import (
        Recovered,
        list_recoverable,
        new_doc_id,
        remove_autosave,
        write_autosave,
    )
    from os2editor.storage.settings import Settings, load_settings, save_settings

_LAZY = {
    "ChangedOnDiskError": ".atomic",
    "Fingerprint": ".atomic",
    "atomic_write": ".atomic",
    "changed_since": ".atomic",
    "file_fingerprint": ".atomic",
    "config_dir": ".paths",
    "state_dir": ".paths",
    "Recovered": ".recovery",
    "list_recoverable": ".recovery",
    "new_doc_id": ".recovery",
    "remove_autosave": ".recovery",
    "write_autosave": ".recovery",
    "Settings": ".settings",
    "load_settings": ".settings",
    "save_settings": ".settings",
}

__all__ = [
    "ChangedOnDiskError",
    "Fingerprint",
    "Recovered",
    "Settings",
    "atomic_write",
    "changed_since",
    "config_dir",
    "file_fingerprint",
    "list_recoverable",
    "load_settings",
    "new_doc_id",
    "remove_autosave",
    "save_settings",
    "state_dir",
    "write_autosave",
]


__getattr__ = lazy_attributes(__name__, _LAZY)
