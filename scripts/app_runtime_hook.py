"""The built app's only start-up hook (scripts/build_app.py), in place of PyInstaller's own.

PyInstaller's hook for PySide6 imports QtCore (with shiboken's signature support) before the
program starts, about 130 ms that every subcommand would pay, to register a qt.conf that
PySide6's QtCore registers by itself when the window first imports it. Its hooks for inspect,
pkgutil and multiprocessing serve code the editor does not have. What remains is to show Qt
its plugins, as PyInstaller's hook does, without importing anything.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
os.environ["QT_PLUGIN_PATH"] = os.path.join(
    _qt if sys.platform == "win32" else os.path.join(_qt, "Qt"), "plugins")
