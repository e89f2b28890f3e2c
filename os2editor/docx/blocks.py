"""Model -> a flat list of typed, frozen export blocks.

This is the one place that decides what a function description looks like as a document:
which parts become headings, lists, tables. Writers (the Word writer, a Word redline) only
convert blocks, so two exports can be compared block by block: blocks are frozen dataclasses
and compare by value.

Inline text comes from the model's fields; only markdown the model keeps as markdown (prose
fields, free sections' bodies) is parsed here, and only that field at a time. Every text is
first rid of the website's machinery (:mod:`os2editor.site_markup`); what could not be carried
over, and every link written as plain text (:mod:`os2editor.links`), becomes a :class:`Note`
(:func:`notes_for`, which ``os2editor check`` reports).

Each kind of section is one method of :class:`_Builder`, a :class:`os2editor.model.SectionWalk`
(the house's one dispatch on the kind of a section). Prose is read as the file writes it, with
the writer's escapes (:mod:`os2editor.markdown.escape`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from os2editor import links, site_markup
from os2editor.docx.inline import Run, clean_text, parse_inline, runs_from_tokens
from os2editor.markdown import escape
from os2editor.markdown.parser import markdown_parser
from os2editor.model import (
    FreeSection,
    FunctionDescription,
    Item,
    ListSection,
    PurposeSection,
    ResponsibilitiesSection,
    Section,
    SectionKind,
    SectionWalk,
    TasksSection,
)

__all__ = [
    "PART_NAMES",
    "Approval",
    "Block",
    "Heading",
    "ListItem",
    "Note",
    "Paragraph",
    "Quote",
    "Rule",
    "Run",
    "Table",
    "Title",
    "absent_parts",
    "blocks_for",
    "check_omit",
    "markdown_blocks",
    "notes_for",
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


@dataclass(frozen=True, slots=True)
class Approval:
    """Who approved the description and when (front matter ``approved_by``, ``last_revised``).

    The writer words it in the document's language ("Godkendt af … den …"); ``on`` is an ISO
    date, or the front matter's own wording when it is not a date.
    """

    by: str
    on: str


Block = Title | Heading | Paragraph | ListItem | Quote | Table | Rule | Approval


class Note(NamedTuple):
    """Something of the text that an export cannot carry over, for ``os2editor check``.

    ``code`` is a warning code of :mod:`os2editor.checks` ("site-markup", "link-not-web"),
    ``args`` its values; ``section`` the index of the section it is in (None before the
    first section).
    """

    code: str
    args: Mapping[str, str]
    section: int | None


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
    return _build(doc, check_omit(omit)).blocks


def notes_for(doc: FunctionDescription) -> list[Note]:
    """What of ``doc``'s text an export cannot carry over (site markup, links that are not
    web or e-mail addresses), in document order."""
    return _build(doc, frozenset(), _Notes).notes


def absent_parts(doc: FunctionDescription, omit: Iterable[str]) -> list[str]:
    """The parts named in ``omit`` that ``doc`` does not have (so leaving them out does
    nothing), in the order given."""
    present = {section.kind.value for section in doc.sections}
    return [part for part in dict.fromkeys(check_omit(omit)) if part not in present]


def _build(doc: FunctionDescription, parts: frozenset[str],
           kind: type[_Builder] | None = None) -> _Builder:
    builder = (kind or _Builder)(doc.front_matter.as_dict())
    builder.markdown(doc.preamble, escape.PREAMBLE)
    # Without an H1 (a page that is all front matter) the front matter's title stands in.
    title = doc.h1 if doc.h1 is not None else doc.front_matter.title
    if title:
        builder.blocks.append(Title(_bind_last_words(parse_inline(builder.clean(title)))))
    approval = _approval(doc.front_matter.extra)
    if approval is not None:
        builder.blocks.append(approval)
    builder.markdown(doc.lead, escape.LEAD)
    for index, section in enumerate(doc.sections):
        if section.kind.value not in parts:
            builder.section_index = index
            builder.whole(section)
    return builder


def _bind_last_words(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """``runs`` with the last space between words a no-break space, so that a title that
    wraps never leaves its last word alone on a line ("… i / OS2")."""
    text = "".join("\n" if run.line_break else run.text for run in runs).rstrip()
    space = text.rfind(" ")
    if space <= 0 or "\n" in text[space:]:
        return runs
    start = 0
    for index, run in enumerate(runs):
        length = 1 if run.line_break else len(run.text)
        if start <= space < start + length:
            at = space - start
            bound = replace(run, text=run.text[:at] + "\u00a0" + run.text[at + 1 :])
            return (*runs[:index], bound, *runs[index + 1 :])
        start += length
    return runs


def _approval(extra: Mapping[str, Any]) -> Approval | None:
    """The approval line's facts, when the front matter has both."""
    by, on = extra.get("approved_by"), extra.get("last_revised")
    if by in (None, "") or on in (None, ""):
        return None
    if isinstance(on, dt.datetime):
        on = on.date()
    when = on.isoformat() if isinstance(on, dt.date) else " ".join(clean_text(str(on)).split())
    return Approval(" ".join(clean_text(str(by)).split()), when)


def markdown_blocks(text: str, list_ids: Iterator[int] | None = None) -> list[Block]:
    """Blocks for a piece of block markdown (a prose field or a free section's body).

    Markdown headings ``###`` and deeper become headings one level up (``###`` -> level 2),
    because the ``##`` level is taken by the sections. ``list_ids`` numbers the lists found.
    The website's machinery must be taken out first (:func:`os2editor.site_markup.clean`).
    """
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
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


@lru_cache(maxsize=512)
def _as_written(text: str, context: escape.Context) -> str:
    """Prose as the writer writes it in ``context``; cached, as the parsed markdown is (the
    same prose recurs across descriptions and across exports of one)."""
    return escape.prose(text, context)


class _Builder(SectionWalk[None]):
    """Collects the blocks of one document, hands out list ids in order, and notes what of
    the text cannot be carried over. ``page`` is the front matter (for ``{{ page.x }}``).

    Each kind of section is one method of the house's walk (:class:`SectionWalk`). Prose
    fields hold their text without the writer's escapes (a file line ``\\- x`` is ``- x`` in
    the model, :mod:`os2editor.markdown.escape`); the document must show what the file
    says, so prose is escaped as the writer writes it, in the writer's context, before it is
    read as markdown. Item texts are inline markdown only and need no escapes.
    """

    def __init__(self, page: Mapping[str, object]) -> None:
        self.page = page
        self.blocks: list[Block] = []
        self.notes: list[Note] = []
        self.list_ids = itertools.count(1)
        self.section_index: int | None = None

    def clean(self, text: str) -> str:
        """``text`` without site markup; notes what is lost and every plain-text link."""
        cleaned = site_markup.clean(text, self.page)
        for markup in cleaned.lost:
            self.notes.append(Note("site-markup", {"markup": markup}, self.section_index))
        for target in links.plain_links(cleaned.text):
            self.notes.append(Note("link-not-web", {"target": target}, self.section_index))
        return cleaned.text

    def markdown(self, text: str, context: escape.Context) -> None:
        """The blocks of a prose field as the file writes it in ``context``."""
        if _NOT_PLAIN.search(text):  # plain text has nothing the writer would escape
            text = _as_written(text, context)
        self.blocks.extend(markdown_blocks(self.clean(text), self.list_ids))

    def inline(self, text: str, *, newline_breaks: bool = False) -> tuple[Run, ...]:
        return parse_inline(self.clean(text), newline_breaks=newline_breaks)

    def items(self, items: Sequence[Item]) -> None:
        if items:
            self._items(items, 0, next(self.list_ids))

    def _items(self, items: Sequence[Item], level: int, list_id: int) -> None:
        for item in items:
            runs = self.inline(item.text, newline_breaks=True)
            self.blocks.append(ListItem(level, runs, list_id))
            self._items(item.children, level + 1, list_id)

    def heading(self, level: int, text: str) -> None:
        self.blocks.append(Heading(level, self.inline(text)))

    def whole(self, section: Section) -> None:
        """A section: its heading, then what its kind holds."""
        self.heading(1, section.heading)
        self.section(section)

    def outro(self, text: str) -> None:
        # As the writer writes an outro: from the margin, after the list.
        self.markdown(escape.outro(text), escape.LIST_PROSE)

    def listing(self, section: ListSection) -> None:
        self.markdown(section.intro, escape.LIST_PROSE)
        self.items(section.items)
        self.outro(section.outro)

    def free(self, section: FreeSection) -> None:
        self.markdown(section.body, escape.FREE_BODY)

    def purpose(self, section: PurposeSection) -> None:
        self.markdown(section.intro, escape.LIST_PROSE)
        if section.initiatives:
            list_id = next(self.list_ids)
            for initiative in section.initiatives:
                runs = self.inline(initiative.text)
                if initiative.label:
                    label = tuple(replace(run, bold=True) for run in self.inline(initiative.label))
                    runs = (*label, Run(" – "), *runs)
                self.blocks.append(ListItem(0, runs, list_id))
        self.outro(section.outro)

    def responsibilities(self, section: ResponsibilitiesSection) -> None:
        self.markdown(section.intro, escape.LIST_PROSE)
        # The model keeps area titles without their numbers; the source numbers them 1..n.
        for number, area in enumerate(section.areas, start=1):
            self.heading(2, f"{number}. {area.title}")
            self.markdown(area.lead_in, escape.LIST_PROSE)
            self.items(area.items)
        self.items(section.items)
        self.outro(section.outro)

    def tasks(self, section: TasksSection) -> None:
        self.markdown(section.intro, escape.TASKS_INTRO)
        for priority, group in section.groups.items():
            if not group.present:
                continue
            self.heading(2, section.heading_for(priority))
            self.markdown(group.notes, escape.LIST_PROSE)
            self.items(group.items)


class _Notes(_Builder):
    """The same walk, noting only: no text is parsed as markdown.

    ``os2editor check`` asks for the notes and not the blocks; the inline parser is quadratic
    within a paragraph on text such as ``[[[[...`` (0.3 s for the 32 K a paragraph may hold),
    so a check of a large file must not pay for it.
    """

    def markdown(self, text: str, context: escape.Context) -> None:
        if _NOT_PLAIN.search(text):
            text = _as_written(text, context)
        self.clean(text)

    def inline(self, text: str, *, newline_breaks: bool = False) -> tuple[Run, ...]:
        self.clean(text)
        return ()


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
