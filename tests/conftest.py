"""Test setup shared by every test: Qt offscreen, app folders in a temp dir."""

from __future__ import annotations

import os

# Qt reads this when the first QGuiApplication starts, so it must be set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point settings, autosave and recovery folders at a fresh temp dir for every test."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("OS2EDITOR_HOME", str(base))
    yield base
