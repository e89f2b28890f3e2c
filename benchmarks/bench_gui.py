"""What the user feels in the window: start-up, keystroke to preview, memory.

- start-up: process start to a visible window showing a 5 KB description, against an empty
  PySide6 QMainWindow measured the same way in the same run (target: at most 2.5x);
- keystroke in a task field to the updated preview, p95 (targets: 16 ms at 1x, 50 ms at 10x),
  also with the live LIX counted and painted after each key (the same targets);
- peak RSS with a 5 KB description open (target: at most 150 MB).

Run: .venv/bin/python benchmarks/bench_gui.py (offscreen; no display needed)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import description  # noqa: E402

CHILD = str(ROOT / "benchmarks" / "gui_child.py")


def _child(env: dict[str, str], *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, CHILD, *args], env=env, check=True,
                          capture_output=True, text=True)
    return time.perf_counter() - start, done.stdout


def startup(runs: int = 11) -> dict[str, float]:
    """Median wall times of the editor and the empty window, interleaved."""
    work = Path(tempfile.mkdtemp())
    role = work / "role.md"
    role.write_text(description(1), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OS2EDITOR_HOME=str(work / "home"))
    _child(env, "empty")  # warm the file cache for both
    editor, empty, floor, bare = [], [], [], []
    for _ in range(runs):
        editor.append(_child(env, "editor", str(role))[0])
        empty.append(_child(env, "empty")[0])
        floor.append(_child(env, "floor")[0])
        bare.append(_child(env, "bare", str(role))[0])
    rss = float(_child(env, "rss", str(role))[1].strip() or 0)
    return {
        "startup_editor_ms": statistics.median(editor) * 1000,
        "startup_empty_window_ms": statistics.median(empty) * 1000,
        "startup_ratio": statistics.median(editor) / statistics.median(empty),
        # The empty window plus only the imports the stack makes unavoidable (see gui_child).
        "startup_stack_floor_ms": statistics.median(floor) * 1000,
        "startup_stack_floor_ratio": statistics.median(floor) / statistics.median(empty),
        # The floor plus the least window that shows the file in editable fields (gui_child).
        "startup_bare_editor_ms": statistics.median(bare) * 1000,
        "startup_bare_editor_ratio": statistics.median(bare) / statistics.median(empty),
        "peak_rss_mb": rss,
    }


def keystrokes(scale: int, count: int = 60, *, lix: bool = False) -> dict[str, float]:
    """Type into the first MUST task; time each key until the preview shows it. With ``lix``,
    until the status bar's live LIX is counted again and painted too (the window does that
    once typing pauses; here after every key, the worst case of a key landing on it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from os2editor.gui.app import create_window
    from os2editor.model import Priority
    from os2editor.storage.settings import Settings

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp())
    os.environ["OS2EDITOR_HOME"] = str(work / "home")
    role = work / "role.md"
    role.write_text(description(scale), encoding="utf-8")
    window, _ = create_window(str(role), Settings())
    window.show()
    doc = window.session.doc
    tasks_index = doc.sections.index(doc.tasks)
    window.navigation.select(tasks_index)
    app.processEvents()
    editor = window.current_form().board.column(Priority.MUST).editor
    editor.select_row(0)
    QTest.keyClick(editor.view, Qt.Key.Key_F2)
    field = editor.view.indexWidget(editor.view.list_model.index(0))
    for _ in range(5):
        app.processEvents()
    times: list[float] = []
    for number in range(count):
        letter = "abcdefghij"[number % 10]
        before = window.preview._last_markdown
        start = time.perf_counter()
        QTest.keyClick(field, letter)
        while window.preview._last_markdown == before:
            app.processEvents()
        window.preview.viewport().repaint()  # until the new text is painted, not only laid out
        if lix:
            window.readability.update_now()
            window.status.readability_label.repaint()
        times.append(time.perf_counter() - start)
    window.session.undo_stack.setClean()
    window.close()
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    name = f"keystroke{'_lix' if lix else ''}_x{scale}"
    return {f"{name}_median_ms": statistics.median(times) * 1000, f"{name}_p95_ms": p95 * 1000}


def measure() -> dict[str, float]:
    figures = startup()
    figures.update(keystrokes(1))
    figures.update(keystrokes(10, count=30))
    figures.update(keystrokes(1, lix=True))
    figures.update(keystrokes(10, count=30, lix=True))
    return figures


TARGETS = {  # figure: (target, "max" or "min")
    "startup_ratio": (2.5, "max"),
    "keystroke_x1_p95_ms": (16.0, "max"),
    "keystroke_x10_p95_ms": (50.0, "max"),
    "keystroke_lix_x1_p95_ms": (16.0, "max"),
    "keystroke_lix_x10_p95_ms": (50.0, "max"),
    "peak_rss_mb": (150.0, "max"),
}


def main() -> int:
    for name, value in measure().items():
        print(f"{name:30} {value:9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
