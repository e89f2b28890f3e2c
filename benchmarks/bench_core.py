"""Core speed: load, dumps and check of a 5 KB description, and how each grows at 10x, 100x.

Targets (issue 2 and 8): load <= 5 ms, dumps <= 2 ms, check <= 5 ms at 1x; no worse than
linear growth. The floor is markdown-it-py parsing the same text, measured in the same run.
Run: .venv/bin/python benchmarks/bench_core.py
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import description
from os2editor.checks import check
from os2editor.markdown import dumps, loads
from os2editor.markdown.blocks import parser

TARGETS_MS = {"load": 5.0, "dumps": 2.0, "check": 5.0}
# figure: (target, "max" or "min"); growth figures are time per unit of size against 1x.
TARGETS = {
    "load_ms": (5.0, "max"),
    "dumps_ms": (2.0, "max"),
    "check_ms": (5.0, "max"),
    **{f"{name}_growth_x{scale}": (1.0, "max")
       for name in ("load", "dumps", "check") for scale in (10, 100)},
}


def median_ms(action: Callable[[], object], seconds: float = 1.0, at_least: int = 5) -> float:
    """Median wall time of ``action`` in ms over about ``seconds`` of repeats."""
    times: list[float] = []
    gc.collect()
    deadline = time.perf_counter() + seconds
    while len(times) < at_least or time.perf_counter() < deadline:
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure() -> dict[str, float]:
    """Figures by name; ``*_x10``/``*_x100`` are growth per unit of size (1.0 = linear)."""
    figures: dict[str, float] = {}
    base: dict[str, float] = {}
    for scale in (1, 10, 100):
        text = description(scale)
        doc = loads(text)
        edited = loads(text)
        assert edited.tasks is not None
        edited.tasks.must[0].text += " (rettet)"
        runs = {
            "load": lambda text=text: loads(text),
            "dumps": lambda edited=edited: dumps(edited),
            "check": lambda doc=doc: check(doc),
            "markdown_it_floor": lambda text=text: parser().parse(text),
        }
        for name, action in runs.items():
            value = median_ms(action, seconds=1.0 if scale < 100 else 2.0)
            if scale == 1:
                base[name] = value
                figures[f"{name}_ms"] = value
                figures["size_kb"] = len(text.encode()) / 1024
            else:
                figures[f"{name}_growth_x{scale}"] = value / base[name] / scale
    figures["load_vs_markdown_it"] = figures["load_ms"] / figures["markdown_it_floor_ms"]
    return figures


def main() -> int:
    figures = measure()
    for name, value in figures.items():
        print(f"{name:28} {value:8.2f}")
    for name, target in TARGETS_MS.items():
        print(f"{name}: {figures[name + '_ms']:.2f} ms of {target} ms target "
              f"({figures[name + '_ms'] / target:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
