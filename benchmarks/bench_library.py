"""Library benchmarks (issue 17): status of 120 descriptions, the window's scan, opening a role.

    .venv/bin/python benchmarks/bench_library.py [--corpus DIR] [--runs N]

The folder is a corpus copied ten times into subfolders: by default the OS2 corpus beside the
project (../shared/corpus/real, twelve files: 120 descriptions and pages), else the test
fixtures. Each copy is a git work tree commit, so the baseline figures run real git.

1. ``os2editor status DIR`` as a whole process (target <= 2 s), against ``os2editor check``
   of the same 120 files (our own reader and checks, the floor the library builds on),
   alternating runs.
2. In-process, what the window does when a folder is chosen: a fresh Library's scan of the
   folder with the last-approval column (git included; target: the filled library within
   1.5 s), and the next scan when nothing changed.
3. Opening a role from the scanned library (target <= 100 ms): the library hands over the
   parsed document; a fresh load of the same file is given for comparison.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
COPIES = 10

TARGETS = {  # figure: (target, "max" or "min")
    "status_120_process_s": (2.0, "max"),
    "scan_120_in_process_s": (1.5, "max"),
    "open_role_ms": (100.0, "max"),
}


def corpus_files(corpus: Path | None) -> list[Path]:
    if corpus is None:
        corpus = CORPUS if CORPUS.is_dir() else ROOT / "tests" / "fixtures"
    return sorted(p for p in corpus.glob("*.md") if p.name != "SOURCES.md")


def make_folder(work: Path, files: list[Path]) -> Path:
    """``work/handbook``: a git repository whose ``roles`` folder holds COPIES copies."""
    root = work / "handbook"
    folder = root / "roles"
    for copy in range(COPIES):
        (folder / f"copy{copy}").mkdir(parents=True)
        for file in files:
            shutil.copyfile(file, folder / f"copy{copy}" / file.name)
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    for args in (["init", "-q"], ["add", "."], ["-c", "user.name=Bench", "-c",
                                                "user.email=b@example.org", "commit", "-qm",
                                                "corpus"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)
    return folder


def whole_process(folder: Path, runs: int) -> dict[str, float]:
    tool = str(ROOT / ".venv" / "bin" / "os2editor")
    files = [str(p) for p in sorted(folder.rglob("*.md"))]
    status, check = [tool, "status", str(folder)], [tool, "check", *files]
    times: dict[str, list[float]] = {"status": [], "check": []}
    cpu: list[float] = []
    for _ in range(runs):  # interleaved, so both see the same machine load
        for name, argv in (("status", status), ("check", check)):
            before = os.times()
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - start)
            after = os.times()
            if name == "status":
                cpu.append(after.children_user + after.children_system
                           - before.children_user - before.children_system)
    ours, floor = statistics.median(times["status"]), statistics.median(times["check"])
    print(f"1. whole process over {len(files)} files, median of {runs}:")
    print(f"   os2editor status DIR    {ours:6.2f} s wall, {statistics.median(cpu):.2f} s CPU "
          "(target <= 2 s)")
    print(f"   os2editor check FILES   {floor:6.2f} s wall")
    print(f"   ratio status / check    {ours / floor:6.2f}x")
    return {"status_120_process_s": ours, "status_120_cpu_s": statistics.median(cpu),
            "check_120_process_s": floor, "status_vs_check": ours / floor}


def median(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``action`` (CPU time includes git's, in its children)."""
    gc.collect()
    walls, cpus = [], []
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append(sum(after[:4]) - sum(before[:4]))
    return statistics.median(walls), statistics.median(cpus)


def in_process(folder: Path, runs: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from os2editor.library import Baseline, Library
    from os2editor.markdown import load

    Library(folder).scan()  # warm the modules, as a window that has started would be
    cold, cold_cpu = median(lambda: Library(folder).scan(Baseline.approval()), runs)
    library = Library(folder)
    scan = library.scan(Baseline.approval())
    warm, _ = median(lambda: library.scan(Baseline.approval()), runs)
    path = scan.roles[len(scan.roles) // 2].path

    def take() -> None:
        library.scan()  # the row's document is in the library again
        start = time.perf_counter()
        library.take(path)
        opened.append(time.perf_counter() - start)

    opened: list[float] = []
    for _ in range(runs):
        take()
    fresh, _ = median(lambda: load(path), runs * 5)
    open_ms = statistics.median(opened) * 1000
    print(f"2. the window's scan of {len(scan.rows)} files with the approval column, "
          f"median of {runs}:")
    print(f"   first scan (fresh Library)  {cold:6.3f} s wall, {cold_cpu:.3f} s CPU "
          "(target <= 1.5 s)")
    print(f"   next scan, nothing changed  {warm:6.3f} s")
    print("3. opening a role:")
    print(f"   take from the library        {open_ms:6.2f} ms (target <= 100 ms)")
    print(f"   a fresh load of the file     {fresh * 1000:6.2f} ms")
    return {"scan_120_in_process_s": cold, "scan_120_cpu_s": cold_cpu,
            "rescan_120_in_process_s": warm,
            "open_role_ms": open_ms, "load_role_ms": fresh * 1000}


def measure(corpus: Path | None = None, runs: int = 7, process_runs: int = 7) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-library-"))
    try:
        folder = make_folder(work, corpus_files(corpus))
        figures = whole_process(folder, process_runs)
        figures.update(in_process(folder, runs))
    finally:
        shutil.rmtree(work)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of descriptions to copy")
    parser.add_argument("--runs", type=int, default=7, help="in-process runs (default 7)")
    parser.add_argument("--process-runs", type=int, default=7, help="whole-process runs")
    args = parser.parse_args()
    measure(args.corpus, args.runs, args.process_runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
