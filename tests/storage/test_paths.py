"""App folders follow OS2EDITOR_HOME and are never created just by asking for them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from os2editor.storage import paths


def test_home_override_redirects_config_and_state(app_dirs: Path) -> None:
    assert paths.config_dir() == app_dirs / "config"
    assert paths.state_dir() == app_dirs / "state"
    assert paths.autosave_dir() == app_dirs / "state" / "autosave"
    assert paths.settings_file() == app_dirs / "config" / "settings.json"


def test_asking_for_folders_creates_nothing(app_dirs: Path) -> None:
    paths.config_dir()
    paths.state_dir()
    assert list(app_dirs.iterdir()) == []


def test_without_override_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OS2EDITOR_HOME")
    assert paths.config_dir() == Path(platformdirs.user_config_dir("os2editor", appauthor=False))
    assert paths.state_dir() == Path(platformdirs.user_state_dir("os2editor", appauthor=False))


def test_package_names_resolve_lazily() -> None:
    from os2editor import storage

    for name in storage.__all__:
        assert getattr(storage, name).__name__ == name
    missing = "no_such_name"
    with pytest.raises(AttributeError):
        getattr(storage, missing)


def test_atomic_write_alone_does_not_load_pydantic() -> None:
    # Every save imports atomic_write; it should not pay for the settings model.
    code = "import sys, os2editor.storage.atomic; print('pydantic' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
