"""Start-up with the cycle collector paused, and what was loaded frozen afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from os2editor._startup import collector_paused


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the collector as it was found: enabled, nothing frozen by the test."""
    gc.collect()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_collector_runs_again_after_loading(collector: None) -> None:
    frozen = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        loaded = [object() for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(loaded)  # kept out of later collections


def test_a_paused_collector_stays_paused(collector: None) -> None:
    gc.disable()
    frozen = gc.get_freeze_count()
    with collector_paused():
        pass
    assert not gc.isenabled() and gc.get_freeze_count() == frozen  # the caller's choice wins
