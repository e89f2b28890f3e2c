"""Word export benchmarks (issue 3): in-process, whole process, and a batch of 100 files.

    .venv/bin/python benchmarks/bench_export.py [--runs N] [--file ROLE.md]

1. In-process export of a 5 KB description (median of N, wall and CPU time), against a
   naive python-docx writer of the same blocks measured in the same run.
2. ``os2editor export IN.md -o OUT.docx`` as a whole process against
   ``pandoc IN.md -o OUT.docx`` (pandoc from the pypandoc-binary package), alternating runs.
3. A batch of 100 files: one ``os2editor export DIR -o OUTDIR`` against a loop of 100 pandoc
   runs.

The description is invented, in the shape of the OS2 role pages (their texts are CC BY-SA);
``--file`` measures a file of your own instead. On a shared machine, compare the ratios
more than the absolute times: both sides of each ratio run interleaved.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

AREA_ITEMS = (
    "Understøtte organisering, roller og arbejdsgange i de faglige netværk og styregrupper.",
    "Rådgive om brug af fællesskabets styringsmodel, skabeloner og fælles værktøjer.",
    "Skabe klare aftaler om ansvar, økonomi og samarbejde med leverandørerne.",
    "Samle og dele erfaringer på tværs af netværk, så de gode løsninger bliver genbrugt.",
)
TASKS = (
    "Rådgive netværkene om organisering, beslutningsgange og fælles governance.",
    "Hjælpe nye deltagere godt i gang med fællesskabets løsninger og processer.",
    "Udarbejde vejledninger og skabeloner til fællesskabets værktøjskasse.",
    "Samle erfaringer på tværs af netværk og dele dem i nyhedsbrev og på møder.",
    "Følge op på aftaler med leverandører om kvalitet, dokumentation og drift.",
)
PURPOSE = (
    "Formålet med stillingen er at understøtte fællesskabets strategiske indsatser, som "
    "bestyrelsen fastlægger og justerer over tid. Konsulenten hjælper medlemmer og netværk "
    "med at organisere samarbejdet, sikre forankring i styringsmodellen og udvikle rammer, "
    "der gør det lettere at deltage og bidrage."
)
GROUPS = (
    ("MUST", "skal løses for at fællesskabet kan fungere"),
    ("SHOULD", "bør løses, hvis ressourcerne er til stede"),
    ("COULD", "kan løses, hvis der er ekstra tid eller ressourcer"),
)


def bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {item}" for item in items) + "\n"


def description(number: int = 0) -> str:
    """An invented description of about 5 KB; ``number`` varies the role's name."""
    role = f"Netværkskonsulent {number}" if number else "Netværkskonsulent"
    areas = "\n".join(
        f"### {n}. Område nummer {n} for rollen\n\n{bullets(AREA_ITEMS)}" for n in range(1, 6)
    )
    groups = "\n".join(f"### {name} ({wording})\n\n{bullets(TASKS)}" for name, wording in GROUPS)
    legend = bullets(
        (
            "**MUST** – opgaver der er uundværlige for at fællesskabet kan fungere.",
            "**SHOULD** – opgaver der er vigtige, men som kan tilpasses efter ressourcer.",
            "**COULD** – opgaver der er ønskelige, hvis der er tid.",
        )
    )
    link = "[MoSCoW-metoden](https://en.wikipedia.org/wiki/MoSCoW_method)"
    return f"""---
title: {role}
layout: default
parent: Organisation og Roller
nav_order: 4
---

# Funktionsbeskrivelse – {role} i OS2

## Formål med stillingen

{PURPOSE}

For tiden er indsatserne særligt:

- **Styrke det eksisterende** – bedre onboarding, kvalitet og styring i løsningerne.
- **Udvikle nye løsninger** – hjælpe gode ideer til at blive modne, fælles løsninger.

## Ansvarsområde

Konsulenten har ansvar for at:

{areas}
## Arbejdsopgaver og prioritering

Opgaverne prioriteres med modellen **MUST, SHOULD, COULD** ({link}), som skelner mellem:

{legend}
{groups}
## Samarbejdsrelationer

- Sekretariatschefen (nærmeste leder).
- De øvrige medarbejdere i sekretariatet.
- Netværk, styregrupper og samarbejdspartnere.

## Faglige kvalifikationer

- Erfaring med rådgivning, facilitering og procesledelse.
- Forståelse for styringsmodeller og samarbejde i fællesskaber.
- Evne til at skrive klare vejledninger.

## Personlige kvalifikationer

- Struktureret, men også fleksibel.
- Nysgerrig og god til at skabe engagement.

## Øvrige forhold

- Timetal: 37 timer pr. uge.
- Ingen personaleansvar.
"""


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``runs`` calls (after two warm-up calls)."""
    action()
    action()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def naive_export(blocks: list[Any], target: io.BytesIO) -> None:
    """What a first python-docx exporter does: default template, styles looked up by name."""
    import docx

    from os2editor.docx.blocks import Heading, ListItem, Quote, Table, Title

    document = docx.Document()
    for block in blocks:
        if isinstance(block, Title):
            paragraph = document.add_paragraph(style="Title")
        elif isinstance(block, Heading):
            paragraph = document.add_heading(level=min(block.level, 9))
        elif isinstance(block, ListItem):
            paragraph = document.add_paragraph(
                style="List Bullet 2" if block.level else "List Bullet"
            )
        elif isinstance(block, Quote):
            paragraph = document.add_paragraph(style="Quote")
        elif isinstance(block, Table):
            document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            continue
        else:
            paragraph = document.add_paragraph()
        for run in getattr(block, "runs", ()):
            if run.line_break:
                paragraph.add_run().add_break()
            else:
                added = paragraph.add_run(run.text)
                added.bold, added.italic = run.bold or None, run.italic or None
    document.save(target)


def pandoc_binary() -> str:
    """The pandoc executable inside the pypandoc-binary package."""
    import pypandoc  # type: ignore[import-untyped]

    return str(pypandoc.get_pandoc_path())


def in_process(text: str, runs: int) -> dict[str, float]:
    from os2editor.docx import blocks_for, export_docx
    from os2editor.markdown import loads

    doc = loads(text)
    ours, ours_cpu = median_ms(lambda: export_docx(doc, io.BytesIO()), runs)
    blocks = blocks_for(doc)
    naive, naive_cpu = median_ms(lambda: naive_export(blocks, io.BytesIO()), max(runs // 4, 10))
    print(f"1. in-process export of {len(text.encode()) / 1000:.1f} KB, median of {runs}:")
    print(
        f"   os2editor export_docx   {ours:7.2f} ms wall {ours_cpu:7.2f} ms CPU  (target <= 5 ms)"
    )
    print(f"   naive python-docx       {naive:7.2f} ms wall {naive_cpu:7.2f} ms CPU")
    print(f"   ratio naive / ours      {naive / ours:7.1f}x")
    return {"export_in_process_ms": ours, "export_naive_python_docx_ms": naive,
            "export_naive_vs_ours": naive / ours}


def whole_process(source: Path, work: Path, runs: int) -> dict[str, float]:
    command = [
        str(ROOT / ".venv" / "bin" / "os2editor"),
        "export",
        str(source),
        "-o",
        str(work / "a.docx"),
    ]
    pandoc = [pandoc_binary(), str(source), "-o", str(work / "b.docx")]
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):  # interleaved, so both see the same machine load
        for argv, times in ((command, ours), (pandoc, theirs)):
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    mine, other = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(f"2. whole process, median of {runs}:")
    print(f"   os2editor export        {mine:7.0f} ms (min {min(ours) * 1000:.0f})")
    print(f"   pandoc in.md -o out     {other:7.0f} ms (min {min(theirs) * 1000:.0f})")
    print(f"   ratio ours / pandoc     {mine / other:7.2f}x  (target <= 2.5x)")
    return {"export_process_ms": mine, "export_pandoc_ms": other,
            "export_process_vs_pandoc": mine / other}


def batch(work: Path, count: int = 100) -> dict[str, float]:
    folder = work / "batch"
    folder.mkdir()
    for number in range(count):
        (folder / f"rolle-{number:03d}.md").write_text(description(number + 1), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "os2editor"),
            "export",
            str(folder),
            "-o",
            str(work / "ours"),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    ours = time.perf_counter() - start
    pandoc = pandoc_binary()
    (work / "theirs").mkdir()
    start = time.perf_counter()
    for path in sorted(folder.glob("*.md")):
        subprocess.run(
            [pandoc, str(path), "-o", str(work / "theirs" / f"{path.stem}.docx")], check=True
        )
    theirs = time.perf_counter() - start
    print(f"3. batch of {count} files:")
    print(f"   os2editor export DIR    {ours * 1000:7.0f} ms ({ours / count * 1000:.1f} ms a file)")
    print(f"   pandoc, once per file   {theirs * 1000:7.0f} ms")
    print(f"   ratio pandoc / ours     {theirs / ours:7.1f}x  (target >= 5x)")
    return {"batch_100_ms": ours * 1000, "batch_pandoc_loop_ms": theirs * 1000,
            "batch_speedup_vs_pandoc": theirs / ours}


TARGETS = {  # figure: (target, "max" or "min")
    "export_in_process_ms": (5.0, "max"),
    "export_process_vs_pandoc": (2.5, "max"),
    "batch_speedup_vs_pandoc": (5.0, "min"),
}


def measure(runs: int = 200, process_runs: int = 15) -> dict[str, float]:
    """All export figures, measured side by side in this run."""
    sys.path.insert(0, str(ROOT))
    text = description()
    figures = in_process(text, runs)
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        source = work / "rolle.md"
        source.write_text(text, encoding="utf-8")
        figures.update(whole_process(source, work, process_runs))
        figures.update(batch(work))
    finally:
        shutil.rmtree(work)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="in-process runs (default 200)")
    parser.add_argument("--process-runs", type=int, default=15, help="whole-process runs")
    parser.add_argument("--file", type=Path, help="a description to measure instead")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    text = args.file.read_text(encoding="utf-8") if args.file else description()
    in_process(text, args.runs)
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        source = work / "rolle.md"
        source.write_text(text, encoding="utf-8")
        whole_process(source, work, args.process_runs)
        batch(work)
    finally:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
