"""Model -> a flat list of typed, frozen export blocks.

This is the one place that decides what a function description looks like as a document:
which parts become headings, lists, tables. Writers (the Word writer, a Word redline) only
convert blocks, so two exports can be compared block by block: blocks are frozen dataclasses
and compare by value.

Inline text comes from the model's fields; only markdown the model keeps as markdown (prose
fields, free sections' bodies) is parsed here, and only that field at a time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from os2editor.docx.inline import Run, clean_text, markdown_parser, parse_inline, runs_from_tokens
from os2editor.model import (
    ConditionsSection,
    FreeSection,
    FunctionDescription,
    Item,
    ListSection,
    PurposeSection,
    ResponsibilitiesSection,
    SectionKind,
    TasksSection,
)

__all__ = [
    "PART_NAMES",
    "Block",
    "Heading",
    "ListItem",
    "Paragraph",
    "Quote",
    "Rule",
    "Run",
    "Table",
    "Title",
    "blocks_for",
    "check_omit",
    "markdown_blocks",
]

Runs = tuple[Run, ...]

PART_NAMES: tuple[str, ...] = tuple(kind.value for kind in SectionKind)


@dataclass(frozen=True, slots=True)
class Title:
    """The document title (the H1)."""

    runs: Runs


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; ``level`` 1 is a section, 2 an area or MoSCoW group, deeper come from markdown."""

    level: int
    runs: Runs


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of prose. ``code`` marks a code block, written in a fixed-width font."""

    runs: Runs
    code: bool = False


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list item. Items with the same ``list_id`` belong to one list (nested ones too).

    ``level`` is the nesting depth (0 for top level); ``ordered`` lists count from ``start``.
    """

    level: int
    runs: Runs
    list_id: int
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Quote:
    """A paragraph inside a block quote."""

    runs: Runs


@dataclass(frozen=True, slots=True)
class Table:
    """A table: rows of cells of runs. The first ``header_rows`` rows are headers."""

    rows: tuple[tuple[Runs, ...], ...]
    header_rows: int = 1


@dataclass(frozen=True, slots=True)
class Rule:
    """A thematic break (``---``)."""


Block = Title | Heading | Paragraph | ListItem | Quote | Table | Rule


def check_omit(omit: Iterable[str]) -> frozenset[str]:
    """The part names in ``omit``; raise ValueError naming the known parts for any other."""
    parts = frozenset(omit)
    unknown = sorted(parts.difference(PART_NAMES))
    if unknown:
        raise ValueError(
            f"Unknown part to omit: {', '.join(unknown)}. Known parts: {', '.join(PART_NAMES)}."
        )
    return parts


def blocks_for(doc: FunctionDescription, omit: Iterable[str] = ()) -> list[Block]:
    """The export blocks of ``doc``, leaving out the parts named in ``omit``.

    Part names are :data:`PART_NAMES`: "purpose", "responsibilities", "tasks",
    "collaboration", "professional", "personal", "conditions" and "free" (every section the
    forms do not model). Unknown names raise ValueError.
    """
    parts = check_omit(omit)
    builder = _Builder()
    builder.markdown(doc.preamble)
    # Without an H1 (a page that is all front matter) the front matter's title stands in.
    title = doc.h1 if doc.h1 is not None else doc.front_matter.title
    if title:
        builder.blocks.append(Title(parse_inline(title)))
    builder.markdown(doc.lead)
    for section in doc.sections:
        if section.kind.value not in parts:
            builder.section(section)
    return builder.blocks


def markdown_blocks(text: str, list_ids: Iterator[int] | None = None) -> list[Block]:
    """Blocks for a piece of block markdown (a prose field or a free section's body).

    Markdown headings ``###`` and deeper become headings one level up (``###`` -> level 2),
    because the ``##`` level is taken by the sections. ``list_ids`` numbers the lists found.
    Liquid comments (``{% comment %}...{% endcomment %}``) are left out, as Jekyll does.
    """
    if "{%" in text:
        text = re.sub(_LIQUID_COMMENT, "", text, flags=re.DOTALL)
    if not text.strip():
        return []
    text = clean_text(text)
    if not _NOT_PLAIN.search(text) and "\u2028" not in text:
        # Plain prose (most lead-ins and intros): paragraphs without asking the parser.
        return [
            Paragraph((Run(" ".join(line.strip() for line in chunk.splitlines())),))
            for chunk in _BLANK_LINES.split(text.strip())
        ]
    parsed, list_count = _parse_markdown(text)
    if not list_count:
        return list(parsed)
    ids = list_ids or itertools.count(1)
    new_ids = {local: next(ids) for local in range(1, list_count + 1)}
    return [
        replace(block, list_id=new_ids[block.list_id]) if isinstance(block, ListItem) else block
        for block in parsed
    ]


@lru_cache(maxsize=512)
def _parse_markdown(text: str) -> tuple[tuple[Block, ...], int]:
    """Blocks of ``text`` with its lists numbered from 1, and how many lists there are.

    Cached: the same prose recurs across descriptions (the MoSCoW legend is in every one)
    and across exports of one description, and blocks are immutable.
    """
    counter = itertools.count(1)
    blocks = _TokenWalk(counter).walk(markdown_parser().parse(text, {}))
    return tuple(blocks), next(counter) - 1


# Anything that could make markdown more than plain paragraphs: block markers at a line's
# start, indented code, inline markup, entities, hard breaks; and the U+2028 of a cleaned \x0b,
# looked for apart (a character class beyond Latin-1 takes half a millisecond to compile).
_NOT_PLAIN = re.compile(
    r"^ {0,3}(?:[-+*>#|=_`~<]|\d{1,9}[.)])|^ {4}|\t|[*_\[\]`<>&!\\~]| $", re.MULTILINE
)
# Jekyll drops Liquid comments from the page, so the Word document leaves them out too.
# (Compiled by re on first use: few descriptions have any.)
_LIQUID_COMMENT = r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}"
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


class _Builder:
    """Collects the blocks of one document and hands out list ids in order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.list_ids = itertools.count(1)

    def markdown(self, text: str) -> None:
        self.blocks.extend(markdown_blocks(text, self.list_ids))

    def items(self, items: Sequence[Item]) -> None:
        if items:
            self._items(items, 0, next(self.list_ids))

    def _items(self, items: Sequence[Item], level: int, list_id: int) -> None:
        for item in items:
            self.blocks.append(
                ListItem(level, parse_inline(item.text, newline_breaks=True), list_id)
            )
            self._items(item.children, level + 1, list_id)

    def heading(self, level: int, text: str) -> None:
        self.blocks.append(Heading(level, parse_inline(text)))

    def section(self, section: Any) -> None:
        self.heading(1, section.heading)
        if isinstance(section, PurposeSection):
            self._purpose(section)
        elif isinstance(section, ResponsibilitiesSection):
            self._responsibilities(section)
        elif isinstance(section, TasksSection):
            self._tasks(section)
        elif isinstance(section, ListSection | ConditionsSection):
            self.markdown(section.intro)
            self.items(section.items)
            self.markdown(section.outro)
        elif isinstance(section, FreeSection):
            self.markdown(section.body)

    def _purpose(self, section: PurposeSection) -> None:
        self.markdown(section.intro)
        if section.initiatives:
            list_id = next(self.list_ids)
            for initiative in section.initiatives:
                runs = parse_inline(initiative.text)
                if initiative.label:
                    label = tuple(
                        Run(run.text, True, run.italic, run.link, run.line_break)
                        for run in parse_inline(initiative.label)
                    )
                    runs = (*label, Run(" – "), *runs)
                self.blocks.append(ListItem(0, runs, list_id))
        self.markdown(section.outro)

    def _responsibilities(self, section: ResponsibilitiesSection) -> None:
        self.markdown(section.intro)
        # The model keeps area titles without their numbers; the source numbers them 1..n.
        for number, area in enumerate(section.areas, start=1):
            self.heading(2, f"{number}. {area.title}")
            self.markdown(area.lead_in)
            self.items(area.items)
        self.items(section.items)
        self.markdown(section.outro)

    def _tasks(self, section: TasksSection) -> None:
        self.markdown(section.intro)
        for priority, group in section.groups.items():
            if not group.present:
                continue
            self.heading(2, section.heading_for(priority))
            self.markdown(group.notes)
            self.items(group.items)


class _TokenWalk:
    """Turns markdown-it block tokens into blocks, keeping list nesting and quotes."""

    def __init__(self, list_ids: Iterator[int]) -> None:
        self.list_ids = list_ids
        self.blocks: list[Block] = []
        # One entry per open list: (list id, ordered, start).
        self.lists: list[tuple[int, bool, int]] = []
        self.item_open = False
        self.quote_depth = 0
        self.heading_level = 0
        self.table: list[list[Runs]] | None = None
        self.header_rows = 0

    def walk(self, tokens: list[Any]) -> list[Block]:
        for token in tokens:
            handler = getattr(self, "_on_" + token.type, None)
            if handler is not None:
                handler(token)
        return self.blocks

    def _on_bullet_list_open(self, token: Any) -> None:
        self._open_list(ordered=False, start=1)

    def _on_ordered_list_open(self, token: Any) -> None:
        start = token.attrGet("start")
        self._open_list(ordered=True, start=int(start) if start is not None else 1)

    def _open_list(self, *, ordered: bool, start: int) -> None:
        list_id = self.lists[0][0] if self.lists else next(self.list_ids)
        self.lists.append((list_id, ordered, start))

    def _on_bullet_list_close(self, token: Any) -> None:
        self.lists.pop()

    _on_ordered_list_close = _on_bullet_list_close

    def _on_list_item_open(self, token: Any) -> None:
        self.item_open = True

    def _on_heading_open(self, token: Any) -> None:
        self.heading_level = max(2, int(token.tag[1:]) - 1)

    def _on_heading_close(self, token: Any) -> None:
        self.heading_level = 0

    def _on_blockquote_open(self, token: Any) -> None:
        self.quote_depth += 1

    def _on_blockquote_close(self, token: Any) -> None:
        self.quote_depth -= 1

    def _on_hr(self, token: Any) -> None:
        self.blocks.append(Rule())

    def _on_fence(self, token: Any) -> None:
        self._on_code_block(token)

    def _on_code_block(self, token: Any) -> None:
        lines = token.content.rstrip("\n").split("\n")
        runs: list[Run] = []
        for line in lines:
            if runs:
                runs.append(Run(line_break=True))
            if line:
                runs.append(Run(line))
        self.blocks.append(Paragraph(tuple(runs), code=True))

    def _on_html_block(self, token: Any) -> None:
        text = token.content.strip()
        if text and not text.startswith("<!--"):
            self.blocks.append(Paragraph(parse_inline(text, newline_breaks=True)))

    def _on_table_open(self, token: Any) -> None:
        self.table = []
        self.header_rows = 0

    def _on_tr_open(self, token: Any) -> None:
        if self.table is not None:
            self.table.append([])

    def _on_thead_close(self, token: Any) -> None:
        self.header_rows = len(self.table or ())

    def _on_table_close(self, token: Any) -> None:
        rows = tuple(tuple(row) for row in self.table or ())
        self.blocks.append(Table(rows, self.header_rows))
        self.table = None

    def _on_inline(self, token: Any) -> None:
        runs = runs_from_tokens(token.children or [])
        if self.table is not None:
            self.table[-1].append(runs)
        elif self.heading_level:
            self.blocks.append(Heading(self.heading_level, runs))
        elif self.lists and self.item_open:
            list_id, ordered, start = self.lists[-1]
            self.blocks.append(ListItem(len(self.lists) - 1, runs, list_id, ordered, start))
            self.item_open = False
        elif self.quote_depth:
            self.blocks.append(Quote(runs))
        else:
            self.blocks.append(Paragraph(runs))
