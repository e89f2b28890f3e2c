"""Pathological inputs: the ones issue 14 names, and the worst the reader still accepts.

``AT_LIMITS`` are built to sit just inside ``os2editor.markdown.limits``, each in the shape that
costs the most for what it is bounded by (the slowest inline pattern found for the preview,
a list as one long list, a table as wide as it may be). ``OVER_LIMITS`` are the inputs issue 14
reports, which must be refused at once. ``benchmarks/bench_limits.py`` times them;
``tests/test_limits.py`` feeds the same inputs to bounded child processes.
"""

from __future__ import annotations

from collections.abc import Callable

from os2editor.markdown.limits import (
    MAX_FRONT_MATTER,
    MAX_FRONT_MATTER_DEPTH,
    MAX_HEADINGS,
    MAX_LINES,
    MAX_LIST_ITEMS,
    MAX_NESTING,
    MAX_RUN,
    MAX_TABLE_CELLS,
)

HEAD = "---\ntitle: Grænserolle\n---\n\n# Funktionsbeskrivelse – Grænserolle i OS2\n\n"
FREE = "## Andet\n\n"


def _paragraphs(unit: str, count: int = 15) -> str:
    """``count`` paragraphs of ``unit`` repeated, each just inside the run limit."""
    one = unit * ((MAX_RUN - 64) // len(unit))
    return "\n\n".join([one] * count) + "\n"


def _table(columns: int, rows: int) -> str:
    line = "|" + "|".join("c" for _ in range(columns)) + "|\n"
    return line + "|" + "-|" * columns + "\n" + line * rows


def _keys(size: int) -> str:
    """``key: 'value'`` lines (quoted, so the YAML parser reads them) filling ``size`` chars."""
    lines: list[str] = []
    total = 0
    while total + 16 <= size:
        lines.append(f"k{len(lines):06}: 'v'\n")
        total += len(lines[-1])
    return "".join(lines)


def _front_matter(body: str) -> str:
    return f"---\n{body}---\n\n# Funktionsbeskrivelse – Grænserolle i OS2\n"


AT_LIMITS: dict[str, Callable[[], str]] = {
    "list items": lambda: HEAD + "## Faglige kvalifikationer\n\n"
    + "".join(f"- kvalifikation {n}\n" for n in range(MAX_LIST_ITEMS - 10)),
    "MoSCoW tasks": lambda: HEAD + "## Arbejdsopgaver og prioritering\n\n### MUST\n\n"
    + "".join(f"- opgave {n}\n" for n in range(MAX_LIST_ITEMS - 10)),
    "areas (headings)": lambda: HEAD + "## Ansvarsområde\n\n"
    + "".join(f"### {n}. Område\n\n- punkt\n\n" for n in range(1, MAX_HEADINGS - 10)),
    "sections (headings)": lambda: HEAD
    + "".join(f"## Afsnit {n}\n" for n in range(MAX_HEADINGS - 10)),
    "lines": lambda: HEAD + FREE + "a\n\n" * ((MAX_LINES - 20) // 2),
    "nested lists": lambda: HEAD + FREE
    + ("- " * (MAX_NESTING - 1) + "a\n") * (MAX_LIST_ITEMS // (MAX_NESTING - 1) - 2),
    "table cells": lambda: HEAD + FREE + _table(10, MAX_TABLE_CELLS // 10 - 2),
    "wide table": lambda: HEAD + FREE + _table(MAX_TABLE_CELLS // 2 - 2, 1),
    "brackets [[[": lambda: HEAD + FREE + _paragraphs("["),
    "link openers [a": lambda: HEAD + FREE + _paragraphs("[a"),
    "unclosed links [a](<b": lambda: HEAD + FREE + _paragraphs("[a](<b"),
    "emphasis *a": lambda: HEAD + FREE + _paragraphs("*a "),
    "images ![a](b)": lambda: HEAD + FREE + _paragraphs("![a](b) "),
    "quoted paragraph > [": lambda: HEAD + FREE + _paragraphs("> " + "[" * 1_000 + "\n"),
    "front matter keys": lambda: _front_matter(_keys(MAX_FRONT_MATTER - 64)),
    "front matter depth": lambda: _front_matter(
        "x: " + "[" * (MAX_FRONT_MATTER_DEPTH - 2) + "]" * (MAX_FRONT_MATTER_DEPTH - 2) + "\n"),
    "everything at once": lambda: HEAD + "## Arbejdsopgaver og prioritering\n\n### MUST\n\n"
    + "".join(f"- opgave {n}\n" for n in range(MAX_LIST_ITEMS - 10)) + "\n" + FREE
    + _table(10, MAX_TABLE_CELLS // 10 - 2) + "\n" + _paragraphs("[", 8),
}

OVER_LIMITS: dict[str, tuple[Callable[[], str], str]] = {
    # name: (input, what the refusal says)
    "1.3 million '- a' lines (5 MB)": (lambda: HEAD + FREE + "- a\n" * 1_300_000, "KB"),
    "25,000 list items": (lambda: HEAD + FREE + "".join(f"- {n}\n" for n in range(25_000)),
                          "lines"),
    "6,000 list items": (lambda: HEAD + FREE + "".join(f"- {n}\n" for n in range(6_000)),
                         "list items"),
    "84 KB table": (lambda: HEAD + FREE + _table(20, 2_000), "cells"),
    "400 KB table, 1,000 columns": (lambda: HEAD + FREE + _table(1_000, 130), "cells"),
    "2 KB of [[[ in front matter": (
        lambda: _front_matter("x: " + "[" * 1_000 + "]" * 1_000 + "\n"), "nested too deeply"),
    "1.2 MB of front matter keys": (
        lambda: _front_matter("".join(f"key{n}: 'v'\n" for n in range(100_000))), "KB"),
    "100 KB of front matter keys": (
        lambda: _front_matter("".join(f"key{n}: 'v'\n" for n in range(8_000))),
        "front matter is"),
    "one paragraph of 400 KB [[[": (lambda: HEAD + FREE + "[" * 400_000 + "\n",
                                    "without a blank line"),
    "lists nested 100 deep on each line": (
        lambda: HEAD + FREE + ("- " * 100 + "a\n") * 2_500, "nested too deeply"),
}
