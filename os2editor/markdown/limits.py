"""How much a function description may hold, checked before anything parses it.

Real descriptions are 5-10 KB with a hundred list items. The limits are far above that, and
set so that whatever passes them is checked in well under 2 s and shown in the window in well
under 5 s, in far less than 1 GB (see BENCHMARKS.md, "Limits"). What the parsers' work grows
with is bounded, each by the cheapest count that bounds it:

- bytes and lines bound everything that grows with the text;
- headings, list items, lists nested in one line and table cells bound the window (its
  preview's cost for list items and table cells grows faster than their number);
- a run of text without a break (a blank line, a heading or a bullet) bounds the inline
  parsers, which are quadratic within a paragraph on inputs such as ``[[[[...``;
- the front matter's size and depth bound the YAML parser (see ``frontmatter``).

Each check looks only as far as it must: a file of a few KB passes them in microseconds.
"""

from __future__ import annotations

import re
from functools import cache

from os2editor.errors import ReadError
from os2editor.storage.regular import kilobytes, too_large

MAX_BYTES = 512 * 1024
MAX_LINES = 20_000
MAX_HEADINGS = 2_000
MAX_LIST_ITEMS = 5_000
MAX_NESTING = 16
"""Lists and quotes opened on one line, one inside the other (``> - - a``)."""
MAX_TABLE_CELLS = 2_000
MAX_RUN = 32 * 1024
"""Characters of text without a blank line, a heading or a bullet between them."""
MAX_FRONT_MATTER = 16 * 1024
MAX_FRONT_MATTER_DEPTH = 32

_MARK = r"(?:[-*+]|[0-9]{1,9}[.)])(?=[ \t\r\n]|$)"  # a list item's marker
# A line that may open two lists or quotes or more ("> - a", "- - a"): rare, and then they are
# counted one by one; otherwise each line opens at most one item. (Searched for after a
# newline rather than at ``^``, which Python's re would try at every position: 10x faster.)
_NESTED = re.compile(r"\n[ \t]*(?:[>*+-]|[0-9]{1,9}[.)])[ \t]*"
                     r"(?:>|(?:[*+-]|[0-9]{1,9}[.)])(?:[ \t\r\n]|$))")


# The patterns below serve only large or unusual files; compiled when first needed, they cost
# a command's start-up nothing (together about 0.7 ms to compile).
@cache
def _item() -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*{_MARK}", re.M)


@cache
def _heading() -> re.Pattern[str]:
    return re.compile(r"^ {0,3}#{1,6}(?=[ \t\r\n]|$)", re.M)


@cache
def _openers() -> re.Pattern[str]:
    return re.compile(rf"^(?:[ \t]*(?:>|{_MARK}))+", re.M)


@cache
def _list_mark() -> re.Pattern[str]:
    return re.compile(r"[-*+]|[0-9]{1,9}[.)]")


@cache
def _run_break() -> re.Pattern[str]:
    # Where a paragraph certainly ends: before a blank line, an ATX heading or a bullet, when
    # each starts at most three spaces in (further in, it may continue the paragraph before).
    return re.compile(r"\n(?=[ \t]*\r?(?:\n|$)| {0,3}(?:#{1,6}(?:[ \t]|\r?$)|[-*+][ \t]))",
                      re.M)


@cache
def _front_matter() -> re.Pattern[str]:
    return re.compile(r"\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*\r?$", re.S | re.M)


@cache
def _pipe_line() -> re.Pattern[str]:
    return re.compile(r"^.*\|.*$", re.M)


@cache
def _delimiter_row() -> re.Pattern[str]:
    return re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?")


def check(text: str, path: str | None = None) -> None:
    """Raise :class:`ReadError` when ``text`` holds more than a description may."""
    if len(text) > MAX_BYTES:  # text given as a string; a file's bytes were counted already
        raise too_large(path, len(text.encode("utf-8", "surrogatepass")), MAX_BYTES)
    lines = text.count("\n") + 1
    _at_most("read-too-many-lines", lines, MAX_LINES, path)
    if lines > MAX_HEADINGS:  # headings start lines, so fewer lines cannot hold too many
        _at_most("read-too-many-headings", len(_heading().findall(text)), MAX_HEADINGS, path)
    if _NESTED.search("\n" + text) is not None:
        _check_nesting(text, path)
    elif lines > MAX_LIST_ITEMS:
        _at_most("read-too-many-items", len(_item().findall(text)), MAX_LIST_ITEMS, path)
    if 2 * text.count("|") > MAX_TABLE_CELLS:  # a cell needs a '|', a row at most one more
        _at_most("read-too-many-cells", table_cells(text), MAX_TABLE_CELLS, path)
    if len(text) > MAX_RUN:
        _check_runs(text, path)


def _at_most(code: str, count: int, limit: int, path: str | None) -> None:
    if count > limit:
        raise ReadError(code, path=path, count=count, limit=limit)


def _check_nesting(text: str, path: str | None) -> None:
    items = 0
    for match in _openers().finditer(text):
        openers = match.group()
        marks = len(_list_mark().findall(openers))
        if marks + openers.count(">") > MAX_NESTING:
            if match.start() < _front_matter_end(text):
                raise ReadError("yaml-too-deep", path=path, line=2)
            line = text.count("\n", 0, match.start()) + 1
            raise ReadError("read-too-deep", path=path, line=line)
        items += marks
    _at_most("read-too-many-items", items, MAX_LIST_ITEMS, path)


def _front_matter_end(text: str) -> int:
    match = _front_matter().match(text)
    return match.end() if match is not None else 0


def table_cells(text: str) -> int:
    """How many table cells the lines holding a ``|`` would make (prose with a ``|`` counts)."""
    cells = 0
    for line in _pipe_line().findall(text):
        row = line.strip(" \t\r")
        if _delimiter_row().fullmatch(row):  # the line under a table's header: no cells
            continue
        inner = row.count("|") + 1 - row.startswith("|") - (len(row) > 1 and row.endswith("|"))
        cells += max(inner, 1)
    return cells


def _check_runs(text: str, path: str | None) -> None:
    start = 0
    for match in _run_break().finditer(text):
        if match.start() - start > MAX_RUN:
            _refuse_run(text, start, match.start(), path)
        start = match.end()
    if len(text) - start > MAX_RUN:
        _refuse_run(text, start, len(text), path)


def _refuse_run(text: str, start: int, end: int, path: str | None) -> None:
    if start < _front_matter_end(text):
        raise ReadError("yaml-too-large", path=path, line=1, size=kilobytes(end - start),
                        limit=f"{MAX_FRONT_MATTER // 1024}")
    line = text.count("\n", 0, start) + 1
    raise ReadError("read-run-too-long", path=path, line=line, count=end - start, limit=MAX_RUN)
