"""Timing of the annual-revision path: semantic diff, descriptions and the Word redline.

Run with ``.venv/bin/python benchmarks/bench_revision.py``. It uses the revision test fixtures
and a large synthetic pair (ten times the tasks of a real description, every third one edited).
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from os2editor.markdown import loads  # noqa: E402
from os2editor.model import FunctionDescription, Item, TasksSection  # noqa: E402
from os2editor.revision import describe, diff, export_redline  # noqa: E402

FIXTURES = ROOT / "tests" / "revision" / "fixtures"


def timed(label: str, action: Callable[[], object], repeat: int = 7) -> None:
    action()  # warm up caches (template, parser)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    print(f"{label:<46} median {statistics.median(samples) * 1000:8.1f} ms")


def large_pair() -> tuple[FunctionDescription, FunctionDescription]:
    def doc(edit: bool) -> FunctionDescription:
        tasks = [
            Item(text=f"Opgave nummer {i} om {'ændret ' if edit and i % 3 == 0 else ''}drift.")
            for i in range(120)
        ]
        return FunctionDescription(
            h1="Funktionsbeskrivelse – Stor rolle",
            sections=[
                TasksSection.of(
                    heading="Arbejdsopgaver og prioritering",
                    must=tasks[:60],
                    should=tasks[60:] if not edit else tasks[70:] + tasks[60:70],
                )
            ],
        )

    return doc(False), doc(True)


def main() -> None:
    when = dt.datetime(2025, 6, 12, tzinfo=dt.UTC)
    pairs = {
        "chief": (FIXTURES / "chief-2024.md", FIXTURES / "chief-2025.md"),
        "clerk": (FIXTURES / "clerk-old.md", FIXTURES / "clerk-new.md"),
    }
    docs = {name: (loads(a.read_text()), loads(b.read_text())) for name, (a, b) in pairs.items()}
    docs["large (120 tasks)"] = large_pair()
    for name, (old, new) in docs.items():
        timed(f"diff + describe, {name}", lambda o=old, n=new: [describe(c) for c in diff(o, n)])
        timed(
            f"redline, {name}",
            lambda o=old, n=new: export_redline(o, n, io.BytesIO(), author="Bench", date=when),
            repeat=3,
        )


if __name__ == "__main__":
    main()
