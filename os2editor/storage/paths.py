"""Where the app keeps its own files: settings in the config folder, autosaves in the state folder.

Nothing here creates a folder; callers create one just before they write into it, so importing
the package has no side effects.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "os2editor"

# Tests (and anyone wanting a portable setup) point every app folder below this one.
HOME_ENV = "OS2EDITOR_HOME"


def _home_override() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home) if home else None


def config_dir() -> Path:
    """The folder for settings: platformdirs' user config dir, or $OS2EDITOR_HOME/config."""
    home = _home_override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """The folder for autosaves: platformdirs' user state dir, or $OS2EDITOR_HOME/state."""
    home = _home_override()
    if home is not None:
        return home / "state"
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    """The settings file inside config_dir()."""
    return config_dir() / "settings.json"


def autosave_dir() -> Path:
    """The folder holding one autosave file per open document."""
    return state_dir() / "autosave"
