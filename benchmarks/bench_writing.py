"""Writing aids: `stats` of a 5 KB description, and the live LIX of the part being edited.

Targets (issue 19): `stats` of a 5 KB description <= 5 ms in-process; the LIX of a part cheap
enough to run on every keystroke (we hold it to well under 1 ms: <= 1 ms for a cold part,
<= 0.2 ms after one keystroke). Reading the file is the floor the command cannot avoid, so the
ratios are against `load` of the same text, measured in the same run.
Run: .venv/bin/python benchmarks/bench_writing.py
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_core import median_ms
from benchmarks.corpus import description
from os2editor.checks import check
from os2editor.markdown import loads
from os2editor.model import FunctionDescription, Item, text_spots
from os2editor.writing import lix, template, text
from os2editor.writing.cli import run_stats
from os2editor.writing.stats import (
    description_stats,
    longest_sentences,
    part_long_words,
    section_readability,
)

TARGETS = {
    "stats_ms": (5.0, "max"),
    "section_lix_cold_ms": (1.0, "max"),
    "section_lix_keystroke_ms": (0.2, "max"),
    "stats_growth_x10": (1.0, "max"),
}


def forget() -> None:
    """Empty the per-text caches: a fresh process, or a document never read before."""
    text.units.cache_clear()
    lix._unit_counts.cache_clear()
    template._index.cache_clear()


def cold(action: Callable[[], object]) -> Callable[[], object]:
    """``action`` with the caches emptied first."""

    def run() -> object:
        forget()
        return action()

    return run


def growth(action: Callable[[FunctionDescription], object], small: FunctionDescription,
           big: FunctionDescription, scale: int, rounds: int = 15) -> float:
    """Time per unit of size of ``action`` on ``big`` (``scale`` times ``small``) against
    ``small``, measured in alternation so that the machine's noise falls on both alike
    (1.0 = linear)."""
    times: dict[int, list[float]] = {1: [], scale: []}
    for _ in range(rounds):
        for size, doc, repeats in ((1, small, max(2, 2 * scale)), (scale, big, 2)):
            start = time.perf_counter()
            for _ in range(repeats):
                action(doc)
            times[size].append((time.perf_counter() - start) / repeats)
    return statistics.median(times[scale]) / statistics.median(times[1]) / scale


def _cold_stats(doc: FunctionDescription) -> object:
    forget()
    return description_stats(doc)


def _walk(doc: FunctionDescription) -> object:
    return sum(1 for _ in text_spots(doc))


def measure() -> dict[str, float]:
    figures: dict[str, float] = {}
    source = description(1)
    doc = loads(source)
    figures["size_kb"] = len(source.encode()) / 1024
    figures["stats_ms"] = median_ms(cold(lambda: description_stats(doc)))
    figures["stats_warm_ms"] = median_ms(lambda: description_stats(doc))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rolle.md"
        path.write_text(source, encoding="utf-8")
        args = argparse.Namespace(files=[str(path)], json=True)
        figures["stats_command_ms"] = median_ms(
            cold(lambda: run_stats(args, io.StringIO(), io.StringIO())))
    figures["load_ms"] = median_ms(lambda: loads(source))
    figures["stats_vs_load"] = figures["stats_ms"] / figures["load_ms"]
    figures["stats_command_vs_load"] = figures["stats_command_ms"] / figures["load_ms"]
    figures["stats_growth_x10"] = growth(_cold_stats, doc, loads(description(10)), 10)
    # check reads every text for the template's guidance, so it grows as the walk does
    huge = loads(description(100))
    check(huge)
    figures["check_growth_x100"] = growth(check, doc, huge, 100, rounds=7)
    figures["walk_growth_x100"] = growth(_walk, doc, huge, 100, rounds=7)

    tasks = doc.tasks
    assert tasks is not None
    task: Item = tasks.must[0]
    typed = [task.text]

    def keystroke() -> None:
        typed[0] += "x" if len(typed[0]) < 200 else ""
        task.text = typed[0] if len(typed[0]) < 200 else typed[0][:60]
        typed[0] = task.text
        section_readability(tasks)

    figures["section_lix_cold_ms"] = median_ms(cold(lambda: section_readability(tasks)))
    figures["section_lix_keystroke_ms"] = median_ms(keystroke)
    figures["longest_sentences_ms"] = median_ms(cold(lambda: longest_sentences(tasks)))
    figures["long_words_ms"] = median_ms(cold(lambda: part_long_words(tasks)))
    # check with the balance and template warnings, on a description never read before
    figures["check_cold_ms"] = median_ms(cold(lambda: check(doc)))
    return figures


def main() -> int:
    for name, value in measure().items():
        print(f"{name:28} {value:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
