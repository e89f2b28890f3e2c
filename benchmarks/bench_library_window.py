"""The library in the window (issue 17): the folder on screen, filled in; a role opened from it.

    .venv/bin/python benchmarks/bench_library_window.py [--corpus DIR] [--runs N]

The folder is the one ``bench_library.py`` makes: the corpus copied ten times into subfolders of
a git work tree (120 files: descriptions and pages). Each run is a fresh process (the library's
modules load when the first folder is chosen, as they do for a user), started as the editor
starts, and offscreen.

1. Choosing the folder to the library painted with its rows filled in (target <= 1.5 s), against
   the core's own first scan of the same folder in a fresh process (``Library.scan`` with the
   last-approval column): the floor the page is built on. Medians, and the ratio per pair.
2. Opening a role from the library to its form painted (target <= 100 ms), against File > Open
   of the same file in the same window (read and parse from disk), for several roles.
3. The round against HEAD (every role compared, the rows filled in), and a role opened in
   revision mode against it (its changes computed and listed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {  # figure: (target, "max" or "min")
    "library_shown_120_s": (1.5, "max"),
    "role_opened_ms": (100.0, "max"),
}
ROLES_OPENED = 6


def timed(app: Any, window: Any, action: Callable[[], object]) -> float:
    """Seconds from ``action`` to the window painted after it."""
    start = time.perf_counter()
    action()
    app.processEvents()
    window.grab()  # painted, not only laid out
    return time.perf_counter() - start


def child_window(folder: Path) -> dict[str, object]:
    """In a fresh process: the editor's window, then the folder chosen, then roles opened."""
    from PySide6.QtWidgets import QApplication

    from os2editor.gui.app import create_window
    from os2editor.library import Baseline
    from os2editor.storage.settings import Settings

    app = QApplication.instance() or QApplication([])
    window, _ = create_window(None, Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    # As File > Open Folder does once the folder is chosen.
    shown = timed(app, window, lambda: window.pages.open_folder(folder))
    library = window.pages.library
    assert library is not None and library.scan is not None
    paths = library.view.roles.shown_paths()
    chosen = paths[::max(1, len(paths) // ROLES_OPENED)][:ROLES_OPENED]
    opened, loaded = [], []
    for path in chosen:
        window.pages.show_library()
        opened.append(timed(app, window, lambda path=path: library.open([path])))
        # The peer: the same file opened again from disk (File > Open), into the same window.
        slot = window.documents.slot_for(path)
        assert slot is not None
        window.pages.close_document(slot.session)
        window.pages.show_library()
        loaded.append(timed(app, window, lambda path=path: window.files.open_path(path)))
        window.pages.close_document(window.session)
    # The round: against each role's last approval (none in the corpus: every role is new,
    # diffed against nothing, the most work), then against HEAD (every role has a baseline)
    # with roles opened in revision mode against it.
    approval_s = timed(app, window, lambda: library.round.set_round(Baseline.approval()))
    round_s = timed(app, window, lambda: library.round.set_round(Baseline.of_revision("HEAD")))
    in_round = []
    for path in chosen:
        window.pages.show_library()
        in_round.append(timed(app, window, lambda path=path: library.open([path])))
        assert window.revision.baseline is not None
    return {"shown_s": shown, "rows": library.view.roles.rows.rowCount(), "opened": opened,
            "loaded": loaded, "round_s": round_s, "approval_s": approval_s,
            "in_round": in_round}


def child_core(folder: Path) -> dict[str, float]:
    """In a fresh process: the core's first scan of the folder, the library's modules loading."""
    start = time.perf_counter()
    from os2editor.library import Baseline, Library

    Library(folder).scan(Baseline.approval())
    return {"scan_s": time.perf_counter() - start}


def run_child(mode: str, folder: Path, home: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OS2EDITOR_HOME": str(home)}
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(folder)], env=env,
                          capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(corpus: Path | None = None, runs: int = 7) -> dict[str, float]:
    from benchmarks.bench_library import corpus_files, make_folder

    work = Path(tempfile.mkdtemp(prefix="bench-library-window-"))
    try:
        folder = make_folder(work, corpus_files(corpus))
        home = work / "home"
        run_child("core", folder, home)  # warm the file cache for both
        shown, core, ratios, opened, loaded, rounds, in_round = [], [], [], [], [], [], []
        approvals = []
        rows = 0.0
        for _ in range(runs):  # interleaved: both see the same machine
            window = run_child("window", folder, home)
            scan = run_child("core", folder, home)
            shown.append(float(window["shown_s"]))  # type: ignore[arg-type]
            core.append(float(scan["scan_s"]))  # type: ignore[arg-type]
            ratios.append(shown[-1] / core[-1])
            opened += window["opened"]  # type: ignore[arg-type]
            loaded += window["loaded"]  # type: ignore[arg-type]
            rounds.append(float(window["round_s"]))  # type: ignore[arg-type]
            approvals.append(float(window["approval_s"]))  # type: ignore[arg-type]
            in_round += window["in_round"]  # type: ignore[arg-type]
            rows = float(window["rows"])  # type: ignore[arg-type]
    finally:
        shutil.rmtree(work)
    return {
        "library_shown_120_s": statistics.median(shown),
        "core_first_scan_120_s": statistics.median(core),
        "library_shown_vs_scan": statistics.median(ratios),
        "library_rows": rows,
        "role_opened_ms": statistics.median(opened) * 1000,
        "role_opened_p95_ms": sorted(opened)[int(len(opened) * 0.95) - 1] * 1000,
        "file_open_ms": statistics.median(loaded) * 1000,
        "role_opened_vs_file_open": statistics.median(opened) / statistics.median(loaded),
        "round_every_role_new_120_s": statistics.median(approvals),
        "round_against_head_120_s": statistics.median(rounds),
        "role_opened_in_round_ms": statistics.median(in_round) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of descriptions to copy")
    parser.add_argument("--runs", type=int, default=7, help="runs of each process (default 7)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder = args.child
        result = child_window(Path(folder)) if mode == "window" else child_core(Path(folder))
        print(json.dumps(result))
        sys.stdout.flush()
        os._exit(0)  # both sides skip teardown alike
    for name, value in measure(args.corpus, args.runs).items():
        print(f"{name:30} {value:9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
