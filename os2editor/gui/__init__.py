"""The desktop editor (PySide6). Nothing outside this package imports Qt.

The core modules the window needs at start load here, before any Qt module: once PySide6 is
imported, its import hook reads the source of every module imported after it, which slows
start-up and has broken pydantic's lazy imports. Core first keeps both away. (pydantic comes
with the autosave's recovery records, which the window needs before its first paint.)
"""

from __future__ import annotations

import os2editor.checks
import os2editor.edits
import os2editor.logfile
import os2editor.markdown
import os2editor.model
import os2editor.storage.recovery
import os2editor.storage.settings  # noqa: F401
