"""Recognise the known ``##`` sections and read them into typed parts.

A section whose body does not have the shape its form edits raises :class:`ShapeError`
and is kept as a free section, so nothing is ever dropped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from os2editor.markdown.blocks import Block, ItemSource, ListSource, ShapeError, parse_list
from os2editor.markdown.layout import AreaSource, GroupSource, Src, remember, snapshot
from os2editor.markdown.source import is_blank
from os2editor.model import (
    CollaborationSection,
    ConditionsSection,
    FreeSection,
    Initiative,
    Item,
    ListSection,
    PersonalSection,
    Priority,
    ProfessionalSection,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    SectionBase,
    SectionKind,
    TasksSection,
)

SectionT = TypeVar("SectionT", bound=SectionBase)
Part = tuple[str, int, int]  # a named part of a node: (name, first line, end line)

_KIND_PATTERNS = [
    (SectionKind.PURPOSE, r"formål( med (stillingen|rollen|funktionen))?"),
    (SectionKind.RESPONSIBILITIES, r"ansvarsområder?"),
    (SectionKind.TASKS, r"(arbejds)?opgaver( og prioritering)?"),
    (SectionKind.COLLABORATION, r"samarbejds?relationer"),
    (SectionKind.PROFESSIONAL, r"faglige (kvalifikationer|kompetencer)"),
    (SectionKind.PERSONAL, r"personlige (kvalifikationer|kompetencer|egenskaber)"),
    (SectionKind.CONDITIONS, r"øvrige forhold"),
]
_PRIORITY_RE = re.compile(r"^\s*(MUST|SHOULD|COULD|WON['’]?T|WOULD)\b", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^(\d+)\.\s+(.*)$", re.DOTALL)
LABEL_RES = [
    re.compile(r"^\*\*(?P<label>[^*]+?:)\*\*(?P<sep>\s*)(?P<text>.*)$", re.DOTALL),
    re.compile(r"^\*\*(?P<label>[^*]+?)\*\*(?P<sep>\s*[–—-]\s*|:\s*)(?P<text>.*)$", re.DOTALL),
]


def kind_of(heading: str) -> SectionKind:
    """The known part a ``##`` heading names, or FREE."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", heading.strip()).rstrip(":").strip().casefold()
    for kind, pattern in _KIND_PATTERNS:
        if re.fullmatch(pattern, name):
            return kind
    return SectionKind.FREE


def priority_of(heading: str) -> Priority | None:
    """The MoSCoW priority a ``###`` heading names, if any."""
    match = _PRIORITY_RE.match(heading)
    if match is None:
        return None
    word = match.group(1).upper().replace("’", "'")
    if word in ("WONT", "WON'T", "WOULD"):
        return Priority.WONT
    return Priority(word)


class SectionReader:
    """Reads one section: ``head`` is its heading block, ``body`` the blocks after it."""

    def __init__(self, lines: list[str], head: Block, body: list[Block], end: int) -> None:
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

    def prose(self, blocks: list[Block]) -> str:
        return self.text(blocks[0].start, blocks[-1].end).removesuffix("\n") if blocks else ""

    def src(self, node: Any, parts: list[Part], end: int) -> Src:
        """Source memory for a node laid out as named parts (name, start line, end line)."""
        seps = {}
        for (name, _, last), (_, first, _) in itertools.pairwise(parts):
            seps[name] = self.gap(last, first)
        tail = self.gap(parts[-1][2], end)
        return Src(raw=self.text(parts[0][1], parts[-1][2]), snap={}, seps=seps, tail=tail,
                   line=parts[0][1] + 1)

    def read(self, kind: SectionKind) -> Any:
        readers: dict[SectionKind, Callable[[], Any]] = {
            SectionKind.PURPOSE: self.purpose,
            SectionKind.RESPONSIBILITIES: self.responsibilities,
            SectionKind.TASKS: self.tasks,
            SectionKind.COLLABORATION: lambda: self.list_section(CollaborationSection),
            SectionKind.PROFESSIONAL: lambda: self.list_section(ProfessionalSection),
            SectionKind.PERSONAL: lambda: self.list_section(PersonalSection),
            SectionKind.CONDITIONS: lambda: self.list_section(ConditionsSection),
        }
        return readers.get(kind, self.free)()

    def finish(self, node: SectionT, parts: list[Part]) -> SectionT:
        src = self.src(node, parts, self.end)
        src.heading = self.text(self.head.start, self.head.end)
        src.level = self.head.level
        src.lists = self.lists
        remember(node, src)
        src.snap = snapshot(node)
        return node

    def heading_part(self) -> list[Part]:
        return [("heading", self.head.start, self.head.end)]

    def free(self) -> FreeSection:
        node = FreeSection.build(heading=self.head.text, body=self.prose(self.body))
        parts = self.heading_part()
        if self.body:
            parts.append(("body", self.body[0].start, self.body[-1].end))
        src = Src(raw=self.text(self.head.start, parts[-1][2]), snap={},
                  seps={"heading": self.text(self.head.end, parts[-1][1])} if self.body else {},
                  tail=self.text(parts[-1][2], self.end), line=self.head.start + 1)
        src.heading = self.text(self.head.start, self.head.end)
        src.level = self.head.level
        remember(node, src)
        src.snap = snapshot(node)
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
        return [item_from(source) for source in layout.items]

    def list_section(self, cls: type[ListSection]) -> ListSection:
        intro, block, outro = self.split_on_list(self.body)
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        items: list[Item] = []
        if block is not None:
            items = self.items(block, "items")
            parts.append(("items", block.start, block.end))
        self.prose_parts(parts, "outro", outro)
        node = cls.build(heading=self.head.text, intro=self.prose(intro), items=items,
                   outro=self.prose(outro))
        return self.finish(node, parts)

    def purpose(self) -> PurposeSection:
        intro, block, outro = self.split_on_list(self.body)
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        initiatives: list[Initiative] = []
        if block is not None:
            initiatives = [initiative_from(item) for item in self.items(block, "initiatives")]
            parts.append(("initiatives", block.start, block.end))
        self.prose_parts(parts, "outro", outro)
        node = PurposeSection.build(heading=self.head.text, intro=self.prose(intro),
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

    def responsibilities(self) -> ResponsibilitiesSection:
        intro, groups = self.grouped()
        if not groups:
            flat = self.list_section(ListSection)
            node = ResponsibilitiesSection.build(heading=flat.heading, intro=flat.intro,
                                           items=flat.items, outro=flat.outro)
            src = flat._src
            remember(node, src)
            src.snap = snapshot(node)
            return node
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        areas = [self.area(group, position) for position, group in enumerate(groups)]
        for group in groups:
            parts.append(("area", group[0].start, group[-1].end))
        node = ResponsibilitiesSection.build(heading=self.head.text, intro=self.prose(intro),
                                             areas=areas)
        return self.finish(node, parts)

    def area(self, group: list[Block], position: int) -> ResponsibilityArea:
        head = group[0]
        notes, block = self.group_parts(group)
        match = _NUMBER_RE.match(head.text)
        title = match.group(2) if match else head.text
        parts = [("heading", head.start, head.end)]
        self.prose_parts(parts, "lead_in", notes)
        items: list[Item] = []
        lists: dict[str, ListSource] = {}
        if block is not None:
            items = self.items(block, "items")
            lists = {"items": self.lists.pop("items")}  # the area's list, not the section's
            parts.append(("items", block.start, block.end))
        node = ResponsibilityArea.build(title=title, lead_in=self.prose(notes), items=items)
        src = self.src(node, parts, group[-1].end)
        src.heading, src.level, src.lists = self.text(head.start, head.end), head.level, lists
        src.extra = AreaSource(numbered=match is not None, position=position)
        remember(node, src)
        src.snap = snapshot(node)
        return node

    def tasks(self) -> TasksSection:
        intro, groups = self.grouped()
        parts = self.heading_part()
        self.prose_parts(parts, "intro", intro)
        node = TasksSection.build(heading=self.head.text, intro=self.prose(intro))
        sources: dict[Priority, GroupSource] = {}
        for group in groups:
            priority = priority_of(group[0].text)
            if priority is None or priority in sources:
                raise ShapeError("a sub-heading that is not MUST, SHOULD, COULD or WON'T")
            notes, block = self.group_parts(group)
            node.headings[priority.value] = group[0].text
            if notes:
                node.notes[priority.value] = self.prose(notes)
            group_parts = [("heading", group[0].start, group[0].end)]
            self.prose_parts(group_parts, "notes", notes)
            if block is not None:
                setattr(node, priority.attr, self.items(block, priority.attr))
                group_parts.append(("items", block.start, block.end))
            group_src = self.src(None, group_parts, group[-1].end)
            sources[priority] = GroupSource(heading=self.text(group[0].start, group[0].end),
                                            level=group[0].level, seps=group_src.seps)
            parts.append((f"group:{priority.value}", group[0].start, group[-1].end))
        self.finish(node, parts)
        node._src.extra = sources
        return node


def item_from(source: ItemSource) -> Item:
    """An Item for a parsed list item, remembering its source."""
    item = Item.build(text=source.text, children=[item_from(child) for child in source.children])
    src = Src(raw=source.raw, snap={}, extra=source)
    remember(item, src)
    src.snap = snapshot(item)
    return item


def initiative_from(item: Item) -> Initiative:
    """Split a purpose bullet into label and text, remembering how the label was written."""
    if item.children:
        raise ShapeError("an initiative with nested bullets")
    source = item._src.extra
    label, text, style = "", item.text, None
    for pattern in LABEL_RES:
        match = pattern.match(item.text)
        if match:
            label, text = match.group("label"), match.group("text")
            style = (pattern.pattern, match.group("sep"))
            break
    colon_inside = style is not None and style[0] == LABEL_RES[0].pattern
    initiative = Initiative.build(label=label.rstrip(":") if colon_inside else label, text=text)
    src = Src(raw=source.raw, snap={}, extra=(source, style))
    remember(initiative, src)
    src.snap = snapshot(initiative)
    return initiative
