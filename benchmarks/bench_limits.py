"""Work without bound (issue 14 point 10): the worst files the reader accepts, and refusals.

For each input of ``benchmarks/limits_inputs.AT_LIMITS`` (just inside every limit, in the
costliest shape found): ``os2editor check FILE`` as a whole process, and the editor window
opened on it (process start to the painted window with its preview; then the form of its
largest section), each with its peak memory. For the inputs issue 14 names
(``OVER_LIMITS``): how long ``check`` takes to refuse them.

Targets: check <= 2 s, the window <= 5 s, peak memory < 1 GB; a refusal at once: no slower
than ``check`` of a real-sized (5 KB) description, measured in the same run (both are mostly
the process's start). Medians of three runs.
Run: .venv/bin/python benchmarks/bench_limits.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import description  # noqa: E402
from benchmarks.limits_inputs import AT_LIMITS, OVER_LIMITS  # noqa: E402
from tests.bounded import cli, run_bounded  # noqa: E402

RUNS = 3
TARGETS = {  # figure: (target, "max" or "min")
    "check_worst_s": (2.0, "max"),
    "window_worst_s": (5.0, "max"),
    "peak_worst_mb": (1024.0, "max"),
    "refusal_worst_vs_5kb_check": (1.2, "max"),
}


def _window(path: Path) -> tuple[float, float, float]:
    """(seconds to the painted window, seconds to the largest form, peak MB)."""
    done = run_bounded([sys.executable, str(ROOT / "tests" / "window_child.py"), str(path),
                        "--form"], timeout=120)
    if done.timed_out or done.returncode != 0:
        return float("inf"), float("inf"), done.peak_mb
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["open_s"], report["form_s"], done.peak_mb


def measure() -> dict[str, float]:
    work = Path(tempfile.mkdtemp())
    os.environ["OS2EDITOR_HOME"] = str(work / "home")
    figures: dict[str, float] = {}
    rows: list[str] = []
    for name, make in AT_LIMITS.items():
        path = work / "role.md"
        path.write_text(make(), encoding="utf-8")
        checks = [cli("check", str(path), timeout=120) for _ in range(RUNS)]
        windows = [_window(path) for _ in range(RUNS)]
        check_s = statistics.median(c.seconds for c in checks)
        open_s = statistics.median(w[0] for w in windows)
        form_s = statistics.median(w[1] for w in windows)
        peak = max([c.peak_mb for c in checks] + [w[2] for w in windows])
        refused = any(c.returncode == 2 for c in checks)
        rows.append(f"| {name} | {path.stat().st_size / 1024:.0f} KB | {check_s:.2f} s | "
                    f"{open_s:.2f} s | {form_s:.2f} s | {peak:.0f} MB |"
                    + (" REFUSED |" if refused else ""))
        figures["check_worst_s"] = max(figures.get("check_worst_s", 0.0), check_s)
        figures["window_worst_s"] = max(figures.get("window_worst_s", 0.0), open_s, form_s)
        figures["peak_worst_mb"] = max(figures.get("peak_worst_mb", 0.0), peak)
    path = work / "role.md"
    path.write_text(description(1), encoding="utf-8")
    real = statistics.median(cli("check", str(path)).seconds for _ in range(2 * RUNS))
    figures["check_5kb_s"] = real
    for name, (make, _says) in OVER_LIMITS.items():
        path = work / "role.md"
        path.write_text(make(), encoding="utf-8")
        refusals = [cli("check", str(path)) for _ in range(RUNS)]
        seconds = statistics.median(r.seconds for r in refusals)
        rows.append(f"| {name} (refused) | {path.stat().st_size / 1024:.0f} KB | {seconds:.2f} s "
                    f"| | | {max(r.peak_mb for r in refusals):.0f} MB |")
        figures["refusal_worst_vs_5kb_check"] = max(
            figures.get("refusal_worst_vs_5kb_check", 0.0), seconds / real)
    print("| input | size | check | window | largest form | peak memory |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    return figures


def main() -> int:
    for name, value in measure().items():
        print(f"{name:30} {value:9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
