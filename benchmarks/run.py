"""Run every benchmark, print the figures against their targets, optionally guard them.

    .venv/bin/pip install -e '.[bench]'      # pandoc, the export peer
    .venv/bin/python benchmarks/run.py        # print all figures
    .venv/bin/python benchmarks/run.py --check   # exit 1 when a figure misses its target by 2x

Not part of the test run: this machine is shared, and figures are only meaningful side by side.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUITES = ("bench_core", "bench_export", "bench_pdf", "bench_gui", "bench_library",
          "bench_library_window",
          "bench_writing", "bench_limits")
MARGIN = 2.0  # --check fails only on a wide miss: the machine is noisy


def verdict(value: float, target: float, kind: str) -> tuple[str, bool]:
    """'ok', 'missed' or 'FAILED' (missed by more than MARGIN), and whether it failed."""
    met = value <= target if kind == "max" else value >= target
    if met:
        return "ok", False
    wide = value > target * MARGIN if kind == "max" else value < target / MARGIN
    return ("FAILED" if wide else "missed"), wide


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 on a wide miss")
    parser.add_argument("suites", nargs="*", default=SUITES, help="which suites to run")
    args = parser.parse_args()
    # Byte-compile the package as `pip install` does. The start-up figures time fresh processes,
    # and with PYTHONDONTWRITEBYTECODE set (as on this machine) an editable install would
    # otherwise compile every module of ours from source on every start, which no user's
    # installed copy does.
    compileall.compile_dir(ROOT / "os2editor", quiet=1)
    if len(args.suites) > 1:
        # Each suite in a process of its own: the PDF suite starts a QGuiApplication, and the
        # window suite cannot start its QApplication in the same process after it.
        worst = 0
        for name in args.suites:
            command = [sys.executable, __file__, *(["--check"] if args.check else []), name]
            worst = max(worst, subprocess.run(command, check=False).returncode)
        return worst
    failed = False
    for name in args.suites:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", flush=True)
        figures = module.measure()
        targets = getattr(module, "TARGETS", {})
        for figure, value in figures.items():
            line = f"   {figure:32} {value:10.2f}"
            if figure in targets:
                target, kind = targets[figure]
                word, wide = verdict(value, target, kind)
                failed = failed or wide
                sign = "<=" if kind == "max" else ">="
                line += f"   target {sign} {target:g}: {word}"
            print(line, flush=True)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
