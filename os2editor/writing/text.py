"""What a reader reads in a text of the document: its units, without the markdown.

A unit is a paragraph, a list item or a table cell: each ends a sentence. Headings, code
blocks, comments, link targets, HTML and Liquid tags are not text; emphasis and code markers
are dropped and the words between them kept. Each unit remembers where its characters stand in
the text as written, so a view can mark a sentence or a word in the field that holds it.

Readability and the template check both read through here, so they agree on what is text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph, list item or table cell: ``text`` is what a reader reads.

    ``starts[i]`` is where the i-th run of ``text`` begins and ``sources[i]`` where that run
    stands in the text as written; markup lies between runs.
    """

    text: str
    starts: tuple[int, ...]
    sources: tuple[int, ...]

    def source(self, offset: int) -> int:
        """Where the character at ``offset`` of ``text`` stands in the text as written."""
        run = bisect_right(self.starts, offset) - 1
        return self.sources[run] + offset - self.starts[run]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The written span of ``text[start:end]`` (markup inside it included)."""
        return self.source(start), self.source(max(start, end - 1)) + (end > start)


# Markup inside a line that is not text. Entities read as a space; the rest is dropped.
_MARKUP = re.compile(
    r"(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|<!--.*?-->"  # an HTML comment
    r"|\{%.*?%\}|\{\{.*?\}\}"  # Liquid tags and output
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # an HTML tag
    r"|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>"  # autolinks
    r"|\]\(\s*(?:<[^<>]*>|(?:[^()\s]|\([^()\s]*\))*)"  # a link target ...
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"  # ... with its title
    r"|\]\[[^\]]*\]|\[\^[^\]]*\]|!?\["  # reference links, footnotes, link openings
    r"|\{:[^}]*\}|\{[#.][^}\s]*\}"  # kramdown attributes
    r"|(?:https?|ftp)://[^\s<>]*[^\s<>.,:;!?'\"’)\]]"  # a bare web address
    r"|\\(?=[!-/:-@\[-`{-~]|\n|$)"  # the backslash of an escape or a hard break
    r"|[*_~`]+",  # emphasis, strike-through and code markers
)

_QUOTE = re.compile(r"[ \t]{0,3}>[ \t]?")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
_SETEXT = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r"[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINK_DEFINITION = re.compile(r"[ \t]{0,3}\[[^\]]+\]:[ \t]*\S")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]+|$)")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_LIQUID_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}")
_LIQUID_END = re.compile(r"\{%-?\s*endcomment\s*-?%\}")
_HTML_COMMENT_END = re.compile("-->")

Segment = tuple[int, int]  # start and end of one line's text in the text as written


@lru_cache(maxsize=1 << 15)  # texts; a 300 KB description has about 9,000
def units(text: str, blocks: bool = True) -> tuple[Unit, ...]:
    """The units of ``text``: of markdown blocks (paragraphs, lists, tables) when ``blocks``,
    else of one list item or line of text (a task, a label, a title). Cached: while a person
    types, every other text of the document is read once."""
    if not blocks:
        return _units_of([[(0, len(text))]], text)
    return _units_of(_BlockReader(text).read(), text)


def _units_of(groups: list[list[Segment]], text: str) -> tuple[Unit, ...]:
    result = []
    for segments in groups:
        unit = _inline(text, segments)
        if unit.text.strip():
            result.append(unit)
    return tuple(result)


def _inline(text: str, segments: list[Segment]) -> Unit:
    """The unit made of ``segments`` of ``text``, lines joined by a newline, markup dropped."""
    pieces: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    length = 0

    def keep(piece: str, source: int) -> None:
        nonlocal length
        if piece:
            pieces.append(piece)
            starts.append(length)
            sources.append(source)
            length += len(piece)

    for number, (start, end) in enumerate(segments):
        if number:
            keep("\n", segments[number - 1][1])  # a line break reads as a space
        position = start
        for match in _MARKUP.finditer(text, start, end):
            keep(text[position:match.start()], position)
            if match.lastgroup == "entity":
                keep(" ", match.start())
            position = match.end()
        keep(text[position:end], position)
    if not pieces:
        return Unit("", (0,), (segments[0][0] if segments else 0,))
    return Unit("".join(pieces), tuple(starts), tuple(sources))


class _BlockReader:
    """Splits markdown into the line segments of its paragraphs, list items and cells."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.groups: list[list[Segment]] = []
        self.current: list[Segment] | None = None
        self.in_paragraph = False  # the current group is a paragraph (a setext heading may end it)
        self.depth = 0  # how many block quotes the last line stood in
        # Inside a fence (until a line that closes it) or a comment (until its end marker).
        self.fence_end: re.Pattern[str] | None = None
        self.comment_end: re.Pattern[str] | None = None

    def read(self) -> list[list[Segment]]:
        text = self.text
        position = 0
        while position <= len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            self.line(position, end)
            position = end + 1
        self.close()
        return self.groups

    def close(self) -> None:
        if self.current:
            self.groups.append(self.current)
        self.current = None
        self.in_paragraph = False

    def line(self, start: int, end: int) -> None:
        text = self.text
        depth = 0
        while (quote := _QUOTE.match(text, start, end)) is not None:
            start = quote.end()
            depth += 1
        if depth != self.depth:  # entering or leaving a quote ends a paragraph
            self.close()
            self.depth = depth
        if self.fence_end is not None:
            if self.fence_end.match(text, start, end):
                self.fence_end = None
            return
        if self.comment_end is not None:
            if self.comment_end.search(text, start, end):
                self.comment_end = None
            return
        fence = _FENCE.match(text, start, end)
        if fence is not None:
            self.close()
            marker = fence.group(1)
            self.fence_end = re.compile(rf"[ \t]*{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
            return
        if self.comment_starts(start, end):
            return
        if not text[start:end].strip():
            self.close()
        elif self.in_paragraph and _SETEXT.match(text, start, end):
            self.current = None  # the paragraph was a heading
            self.in_paragraph = False
        elif _BREAK.match(text, start, end) or _HEADING.match(text, start, end) or \
                _LINK_DEFINITION.match(text, start, end):
            self.close()
        elif text[start:end].lstrip().startswith("|"):
            self.close()
            if not _TABLE_RULE.match(text, start, end):
                self.cells(start, end)
        elif (item := _LIST_ITEM.match(text, start, end)) is not None:
            self.close()
            self.current = [(item.end(), end)]
        elif self.current is None:
            self.current = [(start, end)]
            self.in_paragraph = True
        else:
            self.current.append((start, end))

    def comment_starts(self, start: int, end: int) -> bool:
        """Whether an HTML or Liquid comment opens on this line and runs past it."""
        text = self.text
        opening = text.find("<!--", start, end)
        if opening >= 0 and text.find("-->", opening + 4, end) < 0:
            self.close()
            self.comment_end = _HTML_COMMENT_END
            return True
        liquid = _LIQUID_COMMENT.search(text, start, end)
        if liquid is not None and not _LIQUID_END.search(text, liquid.end(), end):
            self.close()
            self.comment_end = _LIQUID_END
            return True
        return False

    def cells(self, start: int, end: int) -> None:
        """Each cell of a table row is a unit of its own."""
        bars = [m.start() for m in _CELL_BAR.finditer(self.text, start, end)]
        edges = [start - 1, *bars, end]
        for left, right in pairwise(edges):
            if self.text[left + 1:right].strip():
                self.groups.append([(left + 1, right)])
