"""``os2editor stats FILE... [--json]``: readability and tasks of each description.

Per description: words, sentences, long words, LIX with its band, the same for each part (by
heading), and the tasks under each priority. Exit 0, or 2 when a file could not be read (one
line on stderr for it; the other files are still reported).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from os2editor.writing.lix import Readability
    from os2editor.writing.stats import DescriptionStats

EXIT_OK, EXIT_UNREADABLE = 0, 2


def add_stats_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "stats",
        help="readability (LIX) and tasks per priority of function descriptions",
        description="Words, sentences, long words and LIX (with its band) of each description "
        "and of each of its parts, and the number of tasks under each priority.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def run_stats(args: argparse.Namespace, out: TextIO | None = None,
              err: TextIO | None = None) -> int:
    """Run ``os2editor stats`` for parsed ``args``; return the exit code."""
    from os2editor.errors import Os2EditorError
    from os2editor.markdown import load
    from os2editor.writing.stats import description_stats

    out, err = out or sys.stdout, err or sys.stderr
    code = EXIT_OK
    results: list[tuple[str, DescriptionStats]] = []
    for name in args.files:
        try:
            doc = load(name)
        except Os2EditorError as error:
            err.write(f"{error}\n")
            code = EXIT_UNREADABLE
            continue
        results.append((name, description_stats(doc)))
    if args.json:
        from os2editor.writing.report import dump, report

        out.write(dump([report(name, stats) for name, stats in results]) + "\n")
    else:
        for name, stats in results:
            out.write(_human(name, stats))
    return code


def _human(name: str, stats: DescriptionStats) -> str:
    lines = [f"{name}: {_line(stats.readability, band=True)}"]
    lines += [f"  {part.heading}: {_line(part.readability)}" for part in stats.sections]
    tasks = ", ".join(f"{priority.value} {count}" for priority, count in stats.tasks.items())
    lines.append(f"  tasks: {tasks}")
    return "\n".join(lines) + "\n"


def _line(counts: Readability, band: bool = False) -> str:
    """"LIX 43.4 (medium), 612 words, 58 sentences, 201 long words"."""
    lix = "LIX -" if counts.shown is None else f"LIX {counts.shown:.1f}"
    if band and counts.band is not None:
        lix += f" ({counts.band.english})"
    return (f"{lix}, {counts.words} words, {counts.sentences} sentences, "
            f"{counts.long_words} long words")
