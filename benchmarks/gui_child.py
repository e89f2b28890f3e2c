"""Child process for bench_gui: show a window, then exit at once.

``editor FILE``: the real editor window showing FILE. ``empty``: an empty QMainWindow (the peer).
``rss FILE``: like editor, then print the peak RSS in MB. ``floor``: the empty QMainWindow after
what any editor on this stack must load before it can show a description: pydantic's BaseModel
and Field, markdown-it-py, and the ``Qt`` namespace (whose ~100 enums PySide6 builds on first
use), none of which the empty window touches.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    if mode == "floor":
        import markdown_it
        from pydantic import BaseModel, Field
        from PySide6.QtCore import Qt

        assert BaseModel and Field and markdown_it.MarkdownIt and Qt.Orientation
    if mode in ("empty", "floor"):
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
    else:
        from PySide6.QtWidgets import QApplication

        from os2editor.gui.app import create_window
        from os2editor.storage.settings import Settings

        app = QApplication(sys.argv[:1])
        window, _ = create_window(sys.argv[2], Settings())
    window.show()
    app.processEvents()
    if mode == "rss":
        import resource

        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    sys.stdout.flush()
    os._exit(0)  # both sides skip teardown alike


if __name__ == "__main__":
    main()
