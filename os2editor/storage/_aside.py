"""Moving a damaged file out of the way so that start-up can go on without it."""

from __future__ import annotations

import os
import time
from pathlib import Path


def set_aside(path: Path) -> Path | None:
    """Rename `path` to `<name>.corrupt-<timestamp>` beside it; return the new path.

    Returns None when even the rename fails (read-only folder, say); the caller then reports
    that the file was ignored, and the damaged file stays where it was for the user to inspect.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    # Two corrupt files within one second must not overwrite each other's evidence.
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        os.replace(path, candidate)
    except OSError:
        return None
    return candidate
