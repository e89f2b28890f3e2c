"""Loading without the cycle collector: a tenth of every start-up, window or command."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the program loads, then freeze what was loaded.

    Loading pydantic, markdown-it-py and Qt creates tens of thousands of objects that live as
    long as the process (classes, functions, enums). The collector starts after every 700 new
    objects and walks them again, finding nothing to free: about 40 ms of a 300 ms start.
    Afterwards they are frozen (moved out of the collector's reach) rather than left young:
    the first collection would walk all 60,000 of them at once, a 35 ms pause at the user's
    first keystroke. Keep the block to loading: garbage made inside it is frozen too (reading
    YAML front matter with ruamel leaves about a hundred objects in a cycle).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
