"""markdown-it tokens to top-level blocks with line ranges, and bullet lists to items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from os2editor.markdown.source import is_blank

MARKER_RE = re.compile(r"^([ \t]*)([-*+])([ \t]+|(?=\n))")


class ShapeError(Exception):
    """The text does not have the shape a form edits; the section is kept as free markdown."""


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """One shared CommonMark block parser with tables, as GitHub Pages renders them.

    The inline pass is off: the reader needs only each block's inline source text, and
    skipping the pass halves the parse time.
    """
    return MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


@dataclass
class Block:
    """A top-level block: lines ``start``..``end`` (exclusive, trailing blanks trimmed)."""

    kind: str
    start: int
    end: int
    tokens: list[Token] = field(repr=False)
    level: int = 0  # heading level, 0 for other blocks

    @property
    def text(self) -> str:
        """Inline content of a heading or paragraph."""
        inline = next((t for t in self.tokens if t.type == "inline"), None)
        return inline.content if inline is not None else ""


def parse_blocks(lines: list[str], start: int, end: int) -> list[Block]:
    """Top-level blocks of ``lines[start:end]``, with file line numbers."""
    # markdown-it treats a lone CR as a line break; we do not, so hide it from the parser
    # (same length, so columns and line numbers stay put).
    text = "".join(lines[start:end]).replace("\r", " ")
    tokens = parser().parse(text)
    blocks: list[Block] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        close = index
        if token.nesting == 1:
            depth = 0
            for close in range(index, len(tokens)):
                depth += tokens[close].nesting
                if depth == 0:
                    break
        if token.map is not None:
            first, last = token.map
            last = min(last, end - start)
            while last > first and is_blank(lines[start + last - 1]):
                last -= 1
            kind = token.type.removesuffix("_open")
            level = int(token.tag[1]) if kind == "heading" else 0
            body = tokens[index : close + 1]
            blocks.append(Block(kind, start + first, start + last, body, level))
        index = close + 1
    return blocks


@dataclass
class ItemSource:
    """Where an item came from, so an untouched item is written back as it was."""

    indent: str
    marker: str
    head: str  # the item's own lines (marker line and continuation lines)
    suffix: str  # trailing spaces of its last text line, kept when the text is edited
    text: str
    raw: str  # head plus nested children
    after: str = ""  # blank lines between this item and the next one
    child_gap: str = ""  # blank lines between the head and the nested list
    children: list[Any] = field(default_factory=list)


@dataclass
class ListSource:
    """A bullet list's layout: its items' own sources and the gaps between them."""

    items: list[ItemSource]
    indent: str
    marker: str


def _children_of(tokens: list[Token]) -> list[tuple[int, int]]:
    """(open, close) token index pairs of the direct children of a container token list."""
    pairs: list[tuple[int, int]] = []
    base = tokens[0].level + 1
    index = 1
    while index < len(tokens) - 1:
        token = tokens[index]
        if token.level == base and token.nesting >= 0:
            if token.nesting == 0:
                pairs.append((index, index))
                index += 1
                continue
            depth = 0
            for close in range(index, len(tokens)):
                depth += tokens[close].nesting
                if depth == 0:
                    break
            pairs.append((index, close))
            index = close + 1
        else:
            index += 1
    return pairs


def _trim(lines: list[str], first: int, last: int) -> int:
    while last > first and is_blank(lines[last - 1]):
        last -= 1
    return last


def parse_list(lines: list[str], tokens: list[Token], offset: int) -> ListSource:
    """Items of a bullet list given its tokens (``offset`` = file line of token line 0)."""
    if tokens[0].type != "bullet_list_open":
        raise ShapeError("only bullet lists are edited as lists")
    items: list[ItemSource] = []
    for open_index, close_index in _children_of(tokens):
        items.append(_parse_item(lines, tokens[open_index : close_index + 1], offset))
    _fill_gaps(lines, tokens, offset, items)
    first = items[0]
    return ListSource(items=items, indent=first.indent, marker=first.marker)


def _item_range(tokens: list[Token], offset: int, lines: list[str]) -> tuple[int, int]:
    first, last = tokens[0].map or (0, 0)
    return offset + first, _trim(lines, offset + first, offset + last)


def _fill_gaps(lines: list[str], tokens: list[Token], offset: int, items: list[ItemSource]) -> None:
    ranges = [_item_range(tokens[a : b + 1], offset, lines) for a, b in _children_of(tokens)]
    for index, item in enumerate(items):
        if index + 1 < len(items):
            item.after = "".join(lines[ranges[index][1] : ranges[index + 1][0]])
        else:
            item.after = ""


def _parse_item(lines: list[str], tokens: list[Token], offset: int) -> ItemSource:
    start, end = _item_range(tokens, offset, lines)
    match = MARKER_RE.match(lines[start])
    if match is None:
        raise ShapeError("list item without a bullet marker")
    children = _children_of(tokens)
    text = ""
    head_end = end
    nested: list[Token] | None = None
    for position, (open_index, close_index) in enumerate(children):
        child = tokens[open_index : close_index + 1]
        kind = child[0].type
        if kind == "paragraph_open" and position == 0:
            text = child[1].content
            head_end = offset + (child[0].map or (0, 0))[1]
        elif kind == "bullet_list_open" and position == len(children) - 1 and nested is None:
            nested = child
        else:
            raise ShapeError("list item with more than one paragraph or other blocks")
    if children and tokens[children[0][0]].type != "paragraph_open":
        head_end = start + 1
    if not children:
        head_end = start + 1
    head = "".join(lines[start:head_end])
    last_line = lines[head_end - 1].rstrip("\n")
    suffix = last_line[len(last_line.rstrip(" \t")) :] if text else ""
    item = ItemSource(indent=match.group(1), marker=match.group(2), head=head, suffix=suffix,
                      text=text, raw="".join(lines[start:end]))
    if nested is not None:
        child_list = parse_list(lines, nested, offset)
        child_start = offset + (nested[0].map or (0, 0))[0]
        item.child_gap = "".join(lines[head_end:child_start])
        item.children = child_list.items
    return item
