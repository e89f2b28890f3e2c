"""The desktop editor (PySide6). Nothing outside this package imports Qt.

The core modules load here, before any Qt module: once PySide6 is imported, its import hook
reads the source of every module imported after it, which slows start-up and has broken
pydantic's lazy imports. Core first keeps both away.
"""

from __future__ import annotations

import os2editor.markdown
import os2editor.model
import os2editor.storage.settings  # noqa: F401
