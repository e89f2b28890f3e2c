"""A child process that starts the editor window as ``os2editor [FILE]`` does, and reports.

    python tests/window_child.py [FILE] [--form]

It runs the real start (settings, the window, the preview, the offer to recover autosaves),
answers every dialog as a user who says yes would, waits until the preview is painted, and
prints one JSON object: seconds to the painted window, seconds to show the form of the
largest section (``--form``), peak memory, the warnings and errors shown, the documents the
windows hold. Run it bounded (``tests.bounded``): what it must survive is work without end.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    started = time.perf_counter()
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    shown: list[str] = []

    from os2editor.gui.views.dialogs import interaction

    interaction.show_warning = lambda _parent, _title, text: shown.append(text)
    interaction.show_error = lambda _parent, _title, text: shown.append(text)
    interaction.ask_restore = lambda *_: True

    from PySide6.QtWidgets import QApplication

    from os2editor.cli import show_window
    from os2editor.gui.main_window import MainWindow

    app = show_window(args[0] if args else None, "en")
    deadline = time.perf_counter() + 600
    windows = _windows(QApplication, MainWindow)
    while time.perf_counter() < deadline and (
        not windows or any(w.preview._last_markdown is None for w in windows)
    ):
        app.processEvents()
        windows = _windows(QApplication, MainWindow)
    for window in windows:
        window.preview.viewport().grab()  # painted, not only laid out
    opened = time.perf_counter() - started
    from os2editor.gui.app import AFTER_PAINT_MS

    settle = time.perf_counter() + AFTER_PAINT_MS / 1000 + 0.5  # the log, the recovery offer
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    windows = _windows(QApplication, MainWindow)
    form = _largest_form(app, windows[0]) if "--form" in sys.argv else 0.0
    print(json.dumps({
        "open_s": opened,
        "form_s": form,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "shown": shown,
        "documents": [{"path": str(w.session.path) if w.session.path else None,
                       "title": w.session.doc.front_matter.title,
                       "modified": w.session.is_modified()} for w in windows],
    }))
    sys.stdout.flush()
    os._exit(0)


def _windows(application: type, window_type: type) -> list:  # type: ignore[type-arg]
    return [w for w in application.topLevelWidgets() if isinstance(w, window_type)]


def _largest_form(app: object, window: object) -> float:
    """Seconds to show the form of the section with the most text, as a click would."""
    from os2editor.markdown.writer import render_section

    sections = window.session.doc.sections  # type: ignore[attr-defined]
    if not sections:
        return 0.0
    doc = window.session.doc  # type: ignore[attr-defined]
    largest = max(range(len(sections)), key=lambda n: len(render_section(doc, sections[n])))
    start = time.perf_counter()
    window.show_part(largest)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    window.grab()  # type: ignore[attr-defined]
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
