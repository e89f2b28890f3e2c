"""Recognise the known ``##`` sections and read them into typed parts.

A section whose body does not have the shape its form edits raises :class:`ShapeError`
and is kept as a free section, so nothing is ever dropped.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, TypeVar

from os2editor.markdown import escape
from os2editor.markdown.blocks import Block, ItemSource, ListSource, ShapeError, parse_list
from os2editor.markdown.layout import AreaSource, DocSource, Src
from os2editor.markdown.source import is_blank
from os2editor.model import (
    FreeSection,
    Initiative,
    Item,
    ListSection,
    Priority,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    Section,
    SectionBase,
    SectionKind,
    SectionWalk,
    TaskGroup,
    TasksSection,
    new_section,
)

SectionT = TypeVar("SectionT", bound=SectionBase)
Part = tuple[str, int, int]  # a named part of a node: (name, first line, end line)

_NUMBER_RE = re.compile(r"^(\d+)\.(?:\s+(.*))?$", re.DOTALL)
# A label is bold text without stars, but for escaped ones (the writer escapes them).
LABEL_RES = [
    re.compile(r"^\*\*(?P<label>(?:[^*\\]|\\.)+?:)\*\*(?P<sep>[ \t]*)(?P<text>.*)$", re.DOTALL),
    re.compile(r"^\*\*(?P<label>(?:[^*\\]|\\.)+?)\*\*(?P<sep>[ \t]*[–—-][ \t]*|:[ \t]*)"
               r"(?P<text>.*)$", re.DOTALL),
]


class SectionReader(SectionWalk[Section]):
    """Reads one section: ``head`` is its heading block, ``body`` the blocks after it.

    As a walk, it is given an empty section of the kind the heading names and reads the body
    into a node of that kind.
    """

    def __init__(self, source: DocSource, lines: list[str], head: Block, body: list[Block],
                 end: int) -> None:
        self.source = source
        self.lines = lines
        self.head = head
        self.body = body
        self.end = end
        self.lists: dict[str, ListSource] = {}  # list layouts of the section, by model field

    def text(self, start: int, end: int) -> str:
        return "".join(self.lines[start:end])

    def gap(self, end: int, start: int) -> str:
        gap = self.text(end, start)
        if not all(is_blank(line) for line in self.lines[end:start]):
            raise ShapeError("text between blocks that markdown does not show as a block")
        return gap

    def prose(self, blocks: list[Block], context: escape.Context = escape.LIST_PROSE) -> str:
        """The text of ``blocks`` for a form: as written, but for the writer's escapes."""
        if not blocks:
            return ""
        return escape.unprose(self.text(blocks[0].start, blocks[-1].end).removesuffix("\n"),
                              context)

    def src(self, node: Any, parts: list[Part], end: int) -> Src:
        """Source memory for a node laid out as named parts (name, start line, end line)."""
        seps = {}
        for (name, _, last), (_, first, _) in itertools.pairwise(parts):
            seps[name] = self.gap(last, first)
        tail = self.gap(parts[-1][2], end)
        return Src(raw=self.text(parts[0][1], parts[-1][2]), seps=seps, tail=tail,
                   line=parts[0][1] + 1)

    def read(self, kind: SectionKind) -> Section:
        """The section as a node of ``kind``; ShapeError when its body does not fit."""
        return self.section(new_section(kind))

    # The walk: each method reads the body into a node of the prototype's kind.

    def purpose(self, section: PurposeSection) -> Section:
        return self.read_purpose()

    def responsibilities(self, section: ResponsibilitiesSection) -> Section:
        return self.read_responsibilities()

    def tasks(self, section: TasksSection) -> Section:
        return self.read_tasks()

    def listing(self, section: ListSection) -> Section:
        node: Section = self.list_section(type(section))  # type: ignore[assignment]
        return node

    def finish(self, node: SectionT, parts: list[Part]) -> SectionT:
        src = self.src(node, parts, self.end)
        src.heading = self.text(self.head.start, self.head.end)
        src.level = self.head.level
        src.lists = self.lists
        self.source.remember(node, src)
        return node

    def absent_group(self) -> TaskGroup:
        """A group the file does not have: remembered as written (as nothing)."""
        group = TaskGroup()
        self.source.remember(group, Src(raw=""))
        return group

    def heading(self) -> str:
        return escape.unheading(self.head.text)

    def heading_part(self) -> list[Part]:
        return [("heading", self.head.start, self.head.end)]

    def free(self, section: FreeSection | None = None) -> FreeSection:
        node = FreeSection(heading=self.heading(), body=self.prose(self.body, escape.FREE_BODY))
        parts = self.heading_part()
        if self.body:
            parts.append(("body", self.body[0].start, self.body[-1].end))
        src = Src(raw=self.text(self.head.start, parts[-1][2]),
                  seps={"heading": self.text(self.head.end, parts[-1][1])} if self.body else {},
                  tail=self.text(parts[-1][2], self.end), line=self.head.start + 1)
        src.heading = self.text(self.head.start, self.head.end)
        src.level = self.head.level
        self.source.remember(node, src)
        return node

    def split_on_list(self, blocks: list[Block]) -> tuple[list[Block], Block | None, list[Block]]:
        for index, block in enumerate(blocks):
            if block.kind == "bullet_list":
                return blocks[:index], block, blocks[index + 1 :]
        return blocks, None, []

    def prose_parts(self, parts: list[Part], name: str, blocks: list[Block]) -> None:
        if blocks:
            if any(b.kind == "heading" for b in blocks):
                raise ShapeError("a sub-heading where the form expects prose")
            parts.append((name, blocks[0].start, blocks[-1].end))

    def items(self, block: Block, field: str) -> list[Item]:
        """The items of a bullet list; its layout is kept in ``self.lists[field]``."""
        offset = block.start - (block.tokens[0].map or [0])[0]
        layout = parse_list(self.lines, block.tokens, offset)
        self.lists[field] = layout
        return [item_from(self.source, source) for source in layout.items]

    def list_section(self, cls: type[ListSection]) -> ListSection:
        intro, block, outro = self.split_on_list(self.body)
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        items: list[Item] = []
        if block is not None:
            items = self.items(block, "items")
            parts.append(("items", block.start, block.end))
        self.prose_parts(parts, "outro", outro)
        node = cls(heading=self.heading(), intro=self.prose(intro), items=items,
                   outro=self.prose(outro))
        return self.finish(node, parts)

    def read_purpose(self) -> PurposeSection:
        intro, block, outro = self.split_on_list(self.body)
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        initiatives: list[Initiative] = []
        if block is not None:
            initiatives = [initiative_from(self.source, item)
                           for item in self.items(block, "initiatives")]
            parts.append(("initiatives", block.start, block.end))
        self.prose_parts(parts, "outro", outro)
        node = PurposeSection(heading=self.heading(), intro=self.prose(intro),
                              initiatives=initiatives, outro=self.prose(outro))
        return self.finish(node, parts)

    def grouped(self) -> tuple[list[Block], list[list[Block]]]:
        """Blocks before the first sub-heading, then each sub-heading with its blocks."""
        first = next((i for i, b in enumerate(self.body) if b.kind == "heading"), len(self.body))
        groups: list[list[Block]] = []
        for block in self.body[first:]:
            if block.kind == "heading":
                groups.append([block])
            else:
                groups[-1].append(block)
        return self.body[:first], groups

    def group_parts(self, group: list[Block]) -> tuple[list[Block], Block | None]:
        """A sub-heading's notes and its one list, which must come last."""
        notes, block, rest = self.split_on_list(group[1:])
        if rest or any(b.kind == "heading" for b in notes):
            raise ShapeError("blocks after the list under a sub-heading")
        return notes, block

    def read_responsibilities(self) -> ResponsibilitiesSection:
        intro, groups = self.grouped()
        if not groups:
            flat = self.list_section(ListSection)
            node = ResponsibilitiesSection(heading=flat.heading, intro=flat.intro,
                                           items=flat.items, outro=flat.outro)
            src = self.source.of(flat)
            assert src is not None
            self.source.remember(node, src)
            return node
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        # Prose after the last area's list is the section's outro, as after a flat list.
        last_notes, last_list, outro = self.split_on_list(groups[-1][1:])
        if last_list is not None and outro:
            groups[-1] = [groups[-1][0], *last_notes, last_list]
        else:
            outro = []
        areas = [self.area(group, position) for position, group in enumerate(groups)]
        for group in groups:
            parts.append(("area", group[0].start, group[-1].end))
        self.prose_parts(parts, "outro", outro)
        node = ResponsibilitiesSection(heading=self.heading(), intro=self.prose(intro),
                                       areas=areas, outro=self.prose(outro))
        return self.finish(node, parts)

    def area(self, group: list[Block], position: int) -> ResponsibilityArea:
        head = group[0]
        notes, block = self.group_parts(group)
        match = _NUMBER_RE.match(head.text)
        title = escape.unarea_title((match.group(2) or "") if match else head.text,
                                    match is not None)
        parts = [("heading", head.start, head.end)]
        self.prose_parts(parts, "lead_in", notes)
        items: list[Item] = []
        lists: dict[str, ListSource] = {}
        if block is not None:
            items = self.items(block, "items")
            lists = {"items": self.lists.pop("items")}  # the area's list, not the section's
            parts.append(("items", block.start, block.end))
        node = ResponsibilityArea(title=title, lead_in=self.prose(notes), items=items)
        src = self.src(node, parts, group[-1].end)
        src.heading, src.level, src.lists = self.text(head.start, head.end), head.level, lists
        src.extra = AreaSource(numbered=match is not None, position=position)
        self.source.remember(node, src)
        return node

    def read_tasks(self) -> TasksSection:
        intro, groups = self.grouped()
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        read: dict[Priority, TaskGroup] = {}
        for group in groups:
            priority = escape.priority_of(group[0].text)
            if priority is None or priority in read:
                raise ShapeError("a sub-heading that is not MUST, SHOULD, COULD or WON'T")
            notes, block = self.group_parts(group)
            group_parts = [("heading", group[0].start, group[0].end)]
            self.prose_parts(group_parts, "notes", notes)
            items: list[Item] = []
            layout = None
            if block is not None:
                items = self.items(block, "items")
                layout = self.lists.pop("items")
                group_parts.append(("items", block.start, block.end))
            node = TaskGroup(heading=escape.unheading(group[0].text), notes=self.prose(notes),
                             items=items)
            group_src = self.src(node, group_parts, group[-1].end)
            group_src.heading = self.text(group[0].start, group[0].end)
            group_src.level = group[0].level
            if layout is not None:
                group_src.lists = {"items": layout}
            self.source.remember(node, group_src)
            read[priority] = node
            parts.append((f"group:{priority.value}", group[0].start, group[-1].end))
        # File order first, then the groups the file does not have, in MoSCoW order.
        ordered = {**read, **{p: self.absent_group() for p in Priority if p not in read}}
        section = TasksSection(heading=self.heading(), intro=self.prose(intro, escape.TASKS_INTRO),
                               groups=ordered)
        return self.finish(section, parts)


def item_from(memory: DocSource, source: ItemSource) -> Item:
    """An Item for a parsed list item, remembering its source."""
    children = [item_from(memory, child) for child in source.children]
    item = Item(text=escape.unitem(source.text), children=children)
    memory.remember(item, Src(raw=source.raw, extra=source))
    return item


def initiative_from(memory: DocSource, item: Item) -> Initiative:
    """Split a purpose bullet into label and text, remembering how the label was written."""
    if item.children:
        raise ShapeError("an initiative with nested bullets")
    item_src = memory.of(item)
    assert item_src is not None
    source = item_src.extra
    label, text, style = "", escape.uninitiative_text(item.text), None
    for position, pattern in enumerate(LABEL_RES):
        match = pattern.match(item.text)
        if match:
            label, text = match.group("label"), match.group("text")
            style = (position == 0, match.group("sep"))  # (colon inside the bold, separator)
            break
    colon_inside = style is not None and style[0]
    label = escape.uninitiative_label(label.removesuffix(":") if colon_inside else label)
    initiative = Initiative(label=label, text=text)
    memory.remember(initiative, Src(raw=source.raw, extra=(source, style)))
    return initiative
