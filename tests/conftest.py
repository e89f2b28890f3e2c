"""Test setup shared by every test: Qt offscreen, app folders in a temp dir."""

from __future__ import annotations

import os

# Qt reads this when the first QGuiApplication starts, so it must be set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The test run is repeatable: the same examples every time (no flaky CI, no .hypothesis
# database to trust). A longer search runs on request:  HYPOTHESIS_PROFILE=fuzz pytest ...
settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz", deadline=None, suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point settings, autosave, recovery and log folders at a fresh temp dir for every test."""
    from os2editor.logfile import stop_logging

    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("OS2EDITOR_HOME", str(base))
    yield base
    stop_logging()  # a window started in the test gave the log a file in this folder
