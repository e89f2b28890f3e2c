"""The user's settings: recent files, window layout, author details, language, preview.

Settings live in one JSON file in config_dir(). A damaged or unreadable file never stops
start-up: it is set aside and the defaults are used, with a message for the user.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from os2editor.errors import ReadError, WriteError
from os2editor.messages import Message
from os2editor.storage._aside import set_aside
from os2editor.storage.atomic import atomic_write
from os2editor.storage.paths import settings_file
from os2editor.storage.regular import read_regular

MAX_RECENT_FILES = 10
# The LIX bands by their Danish names (os2editor.writing.lix.Band), written out here so that
# reading the settings at start-up does not load the readability code; a test keeps them equal.
LIX_BANDS = ("meget let", "let", "middel", "svær", "meget svær")
# The parts an export may leave out (os2editor.docx.blocks.PART_NAMES), for the same reason;
# a test keeps them equal.
EXPORT_PARTS = ("purpose", "responsibilities", "tasks", "collaboration", "professional",
                "personal", "conditions", "free")
EXPORT_FORMATS = ("docx", "pdf")
MAX_SETTINGS_BYTES = 1024 * 1024
"""Far more than ten recent files and a window layout take; a larger file is not ours."""


def _is_text(value: object) -> bool:
    return isinstance(value, str)


# What each setting's JSON value must be; text unless listed here.
_CHECKS: dict[str, Callable[[object], bool]] = {
    "recent_files": lambda v: isinstance(v, list) and all(isinstance(p, str) for p in v),
    "show_preview": lambda v: isinstance(v, bool),
    "lix_target": lambda v: v in LIX_BANDS,
    "export_format": lambda v: v in EXPORT_FORMATS,
    "export_omit": lambda v: isinstance(v, list) and all(p in EXPORT_PARTS for p in v),
    "export_language": lambda v: v in ("", "da", "en"),
}


# A plain dataclass checked by hand, not a pydantic model: the settings are read before the
# first window shows, and building a pydantic validator there cost about 45 ms of start-up.
@dataclass
class Settings:
    """Everything the app remembers between sessions."""

    recent_files: list[str] = field(default_factory=list)
    """Most recent first, at most MAX_RECENT_FILES, no duplicates."""
    window_geometry: str = ""
    """Base64 of QWidget.saveGeometry(); opaque to the core."""
    window_state: str = ""
    """Base64 of QMainWindow.saveState(); opaque to the core."""
    author: str = ""
    """Who signs exports and tracked changes; empty means the system's full name for the user
    (os2editor.people.full_name)."""
    organisation: str = "OS2"
    language: str = ""
    """A language code such as "da"; empty means follow the system."""
    show_preview: bool = True
    lix_target: str = "middel"
    """The hardest LIX band the user aims for (issue 19): this band or an easier one is met."""
    export_format: str = "docx"
    """The window's last export: "docx" or "pdf"."""
    export_template: str = ""
    """The letterhead .docx of the last Word export; empty for the bundled one."""
    export_omit: list[str] = field(default_factory=list)
    """The parts the last export left out (names of EXPORT_PARTS)."""
    export_language: str = ""
    """The fixed texts' language of the last export: "da", "en", or empty for the document's."""

    def __post_init__(self) -> None:
        self.recent_files = list(dict.fromkeys(self.recent_files))[:MAX_RECENT_FILES]

    @classmethod
    def from_json(cls, data: Any) -> Settings:
        """Settings from decoded JSON; ValueError when a known key has the wrong type.

        Keys written by a newer version are ignored rather than treated as damage.
        """
        if not isinstance(data, dict):
            raise ValueError("the settings are not a JSON object")
        values = {f.name: data[f.name] for f in dataclasses.fields(cls) if f.name in data}
        for name, value in values.items():
            if not _CHECKS.get(name, _is_text)(value):
                raise ValueError(f"the setting {name} has the wrong type")
        return cls(**values)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=2)

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put `path` (made absolute) first in the recent files, dropping older duplicates."""
        entry = os.path.abspath(os.fspath(path))
        rest = [p for p in self.recent_files if p != entry]
        self.recent_files = [entry, *rest][:MAX_RECENT_FILES]

    def remove_recent(self, path: str | os.PathLike[str]) -> None:
        """Forget `path`, for example after it turned out to be gone."""
        entry = os.path.abspath(os.fspath(path))
        self.recent_files = [p for p in self.recent_files if p not in (entry, os.fspath(path))]


def load_settings() -> tuple[Settings, Message | None]:
    """Read the settings; return them and, if the file was damaged, a message for the user.

    A missing file gives the defaults and no message. A damaged file (not JSON, nested too
    deeply, too large, or not a regular file at all: a pipe would hang the start) is renamed
    to `settings.json.corrupt-<timestamp>` and the defaults are returned with a message.
    """
    path = settings_file()
    try:
        raw = read_regular(path, MAX_SETTINGS_BYTES)
    except ReadError as error:
        code = error.message.code
        if code == "read-missing":
            return Settings(), None
        if code in ("read-permission", "read-failed"):
            return Settings(), Message.of("settings-unreadable", path=path, reason=error.reason)
        raw = None  # a folder, a device or pipe, or far too large: damaged
    if raw is not None:
        try:
            return Settings.from_json(json.loads(raw)), None
        except (ValueError, RecursionError):
            # json.JSONDecodeError and UnicodeDecodeError are both ValueErrors; a deeply
            # nested file is a RecursionError.
            pass
    aside = set_aside(path)
    if aside is None:
        return Settings(), Message.of("settings-damaged-kept", path=path)
    return Settings(), Message.of("settings-damaged", aside=aside)


def save_settings(settings: Settings) -> None:
    """Write the settings atomically, creating the config folder if needed. Raises WriteError."""
    path = settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(
            "settings-no-folder", folder=path.parent, reason=exc.strerror or exc
        ) from exc
    data = settings.to_json() + "\n"
    atomic_write(path, data.encode("utf-8"))
