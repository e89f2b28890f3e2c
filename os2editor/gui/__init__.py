"""The desktop editor (PySide6). Nothing outside this package imports Qt.

The core modules the window needs before its first paint load here, before any Qt module:
once PySide6 is imported, its import hook reads the source of every module imported after it,
which slows start-up. What waits until the window is on screen (the log file, the recovery
records and pydantic with them, about 0.1 s) is not imported here.
"""

from __future__ import annotations

import os2editor.checks
import os2editor.edits
import os2editor.markdown
import os2editor.model
import os2editor.storage.settings  # noqa: F401
