"""What the markdown in a line of prose means to a reader: which characters are markers to
draw quietly, and which text is bold, italic, a link, code or a heading.

The fields keep the markdown source (so an untouched file saves byte for byte); this module
only tells the painting what each character is. It reads the inline markdown people write in
the OS2 files (``**bold**``, ``*italic*``, ``_italic_``, ``[text](address)``, `` `code` ``,
``\\*`` escapes, ``### headings`` in free sections), not every corner of CommonMark: a rare
construct it misreads is only drawn plainly, never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntFlag


class Mark(IntFlag):
    """What a character is to the reader (several at once: bold italic link text)."""

    PLAIN = 0
    MARKER = 1  # markdown syntax: drawn quietly
    BOLD = 2
    ITALIC = 4
    LINK = 8  # a link's text
    ADDRESS = 16  # a link's address: drawn quietly
    CODE = 32
    HEADING = 64


@dataclass(frozen=True, slots=True)
class Run:
    """Characters ``start`` to ``end`` (exclusive) of a text, all with the same ``marks``."""

    start: int
    end: int
    marks: Mark


# Each pattern's text stops at the next character that could open or close it again (a
# link's text at a bracket, bold at ``**``, italic at a single ``*``), so a line such as
# ``[[[[...`` or ``*a *a *a ...`` is read in time linear in its length: a field may hold a
# paragraph of 32 K characters (os2editor.markdown.limits), and open patterns that scan to the
# line's end from every opener took 3 s for each such paragraph.
_HEADING = re.compile(r"^( {0,3}#{1,6})([ \t]+)(.*?)([ \t]+#+)?[ \t]*$", re.M)
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_TICKS = re.compile(r"`+")
LINK = re.compile(
    r"(!?\[)([^\[\]\n]*)(\]\()"
    r"((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+\"[^\"\n]*\")?)(\))"
)
_AUTOLINK = re.compile(r"(<)((?:https?|mailto):[^<>\s]+)(>)")
_BOLD = (
    re.compile(r"(\*\*)(?=[^\s*])((?:[^*\n]|\*(?!\*))+?)(?<=[^\s])(\*\*)"),
    re.compile(r"(?<![\w_])(__)(?=[^\s_])((?:[^_\n]|_(?!_))+?)(?<=[^\s])(__)(?![\w_])"),
)
_ITALIC = (
    re.compile(r"(?<![*\w])(\*)(?=[^\s*])((?:[^*\n]|\*\*)+?)(?<=[^\s*])(\*)(?!\*)"),
    re.compile(r"(?<![\w_])(_)(?=[^\s_])((?:[^_\n]|__)+?)(?<=[^\s_])(_)(?![\w_])"),
)
_HIDDEN = "\x00"  # stands in for characters already read, so that nothing reads them again
MARKUP = "*_[`\\#<"  # every construct read here has one of these: a text without any is plain


def runs(text: str) -> list[Run]:
    """The marked runs of ``text``, in order (plain text between them is left out)."""
    if not any(char in text for char in MARKUP):
        return []  # most lines: nothing to read
    marks = [Mark.PLAIN] * len(text)
    seen = list(text)

    def mark(start: int, end: int, what: Mark, *, hide: bool = False) -> None:
        for index in range(start, end):
            marks[index] |= what
            if hide:
                seen[index] = _HIDDEN

    for found in _HEADING.finditer(text):
        mark(*found.span(1), Mark.MARKER, hide=True)
        mark(*found.span(3), Mark.HEADING)
        if found.group(4):
            mark(*found.span(4), Mark.MARKER, hide=True)
    for found in _ESCAPE.finditer(text):
        mark(found.start(), found.start() + 1, Mark.MARKER, hide=True)
        mark(found.start() + 1, found.end(), Mark.PLAIN, hide=True)
    for opener, closer in _code_spans("".join(seen)):
        mark(*opener, Mark.MARKER, hide=True)
        mark(opener[1], closer[0], Mark.CODE, hide=True)
        mark(*closer, Mark.MARKER, hide=True)
    for found in LINK.finditer("".join(seen)):
        mark(*found.span(1), Mark.MARKER, hide=True)
        mark(*found.span(2), Mark.LINK)
        mark(*found.span(3), Mark.MARKER, hide=True)
        mark(*found.span(4), Mark.ADDRESS, hide=True)
        mark(*found.span(5), Mark.MARKER, hide=True)
    for found in _AUTOLINK.finditer("".join(seen)):
        mark(*found.span(1), Mark.MARKER, hide=True)
        mark(*found.span(2), Mark.LINK, hide=True)
        mark(*found.span(3), Mark.MARKER, hide=True)
    for patterns, style in ((_BOLD, Mark.BOLD), (_ITALIC, Mark.ITALIC)):
        for pattern in patterns:
            for found in pattern.finditer("".join(seen)):
                mark(*found.span(1), Mark.MARKER, hide=True)
                mark(*found.span(2), style)
                mark(*found.span(3), Mark.MARKER, hide=True)
    return _collect(marks)


def _code_spans(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(opening, closing) backtick runs of each code span: a run of backticks closes at the
    next run of the same length (as CommonMark reads them), found in one pass."""
    ticks = [found.span() for found in _TICKS.finditer(text)]
    later: dict[int, list[int]] = {}  # run length -> indices of the runs of it, last first
    for index in range(len(ticks) - 1, -1, -1):
        later.setdefault(ticks[index][1] - ticks[index][0], []).append(index)
    spans = []
    index = 0
    while index < len(ticks):
        start, end = ticks[index]
        same = later[end - start]
        while same and same[-1] <= index:
            same.pop()
        if same:
            close = same.pop()
            spans.append((ticks[index], ticks[close]))
            index = close
        index += 1
    return spans


def _collect(marks: list[Mark]) -> list[Run]:
    found: list[Run] = []
    start = 0
    for index in range(1, len(marks) + 1):
        if index == len(marks) or marks[index] != marks[start]:
            if marks[start]:
                found.append(Run(start, index, marks[start]))
            start = index
    return found
