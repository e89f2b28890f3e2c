""":class:`FunctionDescription` to text, reusing the source of everything the user did not edit.

Edited parts are written in the house style of the OS2 files (``## Section``, ``### 1. Area``,
``- item``, one blank line between blocks); the gaps the source had between untouched parts are
kept, so an edit changes only the lines it must.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from os2editor.markdown import frontmatter
from os2editor.markdown.blocks import ItemSource, ListSource
from os2editor.markdown.layout import (
    AreaSource,
    DocSource,
    GroupSource,
    field_unchanged,
    source_of,
    unchanged,
)
from os2editor.markdown.source import TextShape, join
from os2editor.model import (
    FreeSection,
    FunctionDescription,
    Initiative,
    Item,
    ListSection,
    Node,
    Priority,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    TasksSection,
)

BLANK = "\n"  # the house style's gap between blocks: one blank line


def dumps(doc: FunctionDescription) -> str:
    """The document as markdown text; byte-identical to the source when nothing was edited."""
    src = doc._src if isinstance(doc._src, DocSource) else None
    if src is not None and unchanged(doc):
        return src.raw
    text = _render_doc(doc, src)
    if src is None:
        text = text.rstrip("\n") + "\n"
    return join(text, src.shape if src is not None else TextShape())


def _render_doc(doc: FunctionDescription, src: DocSource | None) -> str:
    out = [_front_matter(doc, src)]
    out.append(src.doc_seps.get("front_matter", "") if src is not None else "")
    top: list[tuple[str, str]] = []
    if doc.preamble:
        top.append(("preamble", _prose(doc.preamble)))
    if doc.h1 is not None:
        keep = src is not None and "h1" in src.regions and field_unchanged(doc, "h1")
        top.append(("h1", src.regions["h1"] if keep and src is not None else f"# {doc.h1}\n"))
    if doc.lead:
        top.append(("lead", _prose(doc.lead)))
    for name, text in top:
        out.append(text)
        out.append(src.doc_seps.get(name, BLANK) if src is not None else BLANK)
    count = len(doc.sections)
    for index, section in enumerate(doc.sections):
        out.append(render_section(section))
        own = source_of(section)
        own_tail = own.tail if own is not None else ""
        if own_tail.strip():
            out.append(own_tail)  # not just blank lines: content that must stay with it
        elif index == count - 1:
            out.append(src.section_tail if src is not None else "")
        else:
            out.append(own_tail or BLANK)
    return "".join(out)


def _front_matter(doc: FunctionDescription, src: DocSource | None) -> str:
    model = doc.front_matter
    fm_source = src.front_matter if src is not None else None
    if src is not None and fm_source is not None:
        if unchanged(model):
            return src.fm_raw
        fence_lines = src.fm_raw.splitlines(keepends=True)
        if not model.present:
            return ""
        return fence_lines[0] + frontmatter.render(model, fm_source) + fence_lines[-1]
    if not model.as_dict():
        return ""
    return "---\n" + frontmatter.render(model, None) + "---\n" + ("" if src is not None else BLANK)


def _prose(text: str) -> str:
    return text.strip("\n") + "\n"


def _heading(node: Node, text: str, level: int) -> str:
    src = source_of(node)
    if src is not None and src.heading and field_unchanged(node, "heading"):
        return src.heading
    return f"{'#' * (src.level if src is not None and src.level else level)} {text.strip()}\n"


def _join(parts: Sequence[tuple[str, str]], seps: dict[str, str]) -> str:
    out: list[str] = []
    for index, (name, text) in enumerate(parts):
        out.append(text)
        if index < len(parts) - 1:
            out.append(seps.get(name, BLANK))
    return "".join(out)


def render_section(section: Any) -> str:
    """One section without its trailing gap."""
    src = source_of(section)
    if src is not None and unchanged(section):
        return src.raw
    parts: list[tuple[str, str]] = [("heading", _heading(section, section.heading, 2))]
    lists = src.lists if src is not None else {}
    if isinstance(section, FreeSection):
        _add_prose(parts, "body", section.body)
    elif isinstance(section, PurposeSection):
        _add_prose(parts, "intro", section.intro)
        if section.initiatives:
            parts.append(("initiatives", render_list(section.initiatives,
                                                     lists.get("initiatives"), _initiative)))
        _add_prose(parts, "outro", section.outro)
    elif isinstance(section, ResponsibilitiesSection):
        _responsibilities(section, parts, lists)
    elif isinstance(section, TasksSection):
        _add_prose(parts, "intro", section.intro)
        parts.extend(_task_groups(section))
    elif isinstance(section, ListSection):
        _add_prose(parts, "intro", section.intro)
        if section.items:
            parts.append(("items", render_list(section.items, lists.get("items"), render_item)))
        _add_prose(parts, "outro", section.outro)
    return _join(parts, src.seps if src is not None else {})


def _add_prose(parts: list[tuple[str, str]], name: str, text: str) -> None:
    if text.strip():
        parts.append((name, _prose(text)))


def _responsibilities(section: ResponsibilitiesSection, parts: list[tuple[str, str]],
                      lists: dict[str, ListSource]) -> None:
    _add_prose(parts, "intro", section.intro)
    if section.items:
        parts.append(("items", render_list(section.items, lists.get("items"), render_item)))
    known = [source_of(a) for a in section.areas if source_of(a) is not None]
    level = known[0].level if known and known[0] is not None else 3
    numbered = all(isinstance(s.extra, AreaSource) and s.extra.numbered for s in known if s)
    for position, area in enumerate(section.areas):
        parts.append(("area", _area(area, position, level, numbered)))
    _add_prose(parts, "outro", section.outro)


def _area(area: ResponsibilityArea, position: int, level: int, numbered: bool) -> str:
    src = source_of(area)
    extra = src.extra if src is not None else None
    in_place = isinstance(extra, AreaSource) and extra.position == position
    if src is not None and in_place and unchanged(area):
        return src.raw
    if src is not None and in_place and field_unchanged(area, "title"):
        heading = src.heading
    else:
        if isinstance(extra, AreaSource):
            numbered = extra.numbered
        level = src.level if src is not None and src.level else level
        number = f"{position + 1}. " if numbered else ""
        heading = f"{'#' * level} {number}{area.title.strip()}\n"
    parts = [("heading", heading)]
    _add_prose(parts, "lead_in", area.lead_in)
    if area.items:
        layout = src.lists.get("items") if src is not None else None
        parts.append(("items", render_list(area.items, layout, render_item)))
    return _join(parts, src.seps if src is not None else {})


def _task_groups(section: TasksSection) -> list[tuple[str, str]]:
    src = source_of(section)
    sources: dict[Priority, GroupSource] = src.extra if src is not None and src.extra else {}
    old_headings: dict[str, str] = src.snap["headings"] if src is not None else {}
    order = list(sources) + [p for p in Priority if p not in sources]
    level = next(iter(sources.values())).level if sources else 3
    lists = src.lists if src is not None else {}
    groups: list[tuple[str, str]] = []
    for priority in order:
        items = section.tasks(priority)
        if priority.value not in section.headings and not items:
            continue
        group = sources.get(priority)
        text = section.heading_for(priority)
        if group is not None and old_headings.get(priority.value) == text:
            heading = group.heading
        else:
            heading = f"{'#' * (group.level if group else level)} {text.strip()}\n"
        parts = [("heading", heading)]
        _add_prose(parts, "notes", section.notes.get(priority.value, ""))
        if items:
            parts.append(("items", render_list(items, lists.get(priority.attr), render_item)))
        groups.append((f"group:{priority.value}", _join(parts, group.seps if group else {})))
    return groups


ElementRenderer = Callable[[Any, str, str], str]


def _item_source(node: Node) -> ItemSource | None:
    src = source_of(node)
    if src is None:
        return None
    extra = src.extra[0] if isinstance(src.extra, tuple) else src.extra
    return extra if isinstance(extra, ItemSource) else None


def render_list(elements: Sequence[Node], layout: ListSource | None,
                render_one: ElementRenderer, indent: str = "") -> str:
    """A bullet list: each element's source when untouched, else the element rendered."""
    if layout is not None:
        indent, marker = layout.indent, layout.marker
        loose = next((s.after for s in layout.items[:-1] if s.after), "")
    else:
        marker, loose = "-", ""
    out: list[str] = []
    for index, element in enumerate(elements):
        out.append(render_one(element, indent, marker))
        if index < len(elements) - 1:
            source = _item_source(element)
            out.append(source.after if source is not None and source.after else loose)
    return "".join(out)


def _fits(source: ItemSource | None, indent: str, marker: str) -> bool:
    return source is not None and source.indent == indent and source.marker == marker


def render_item(item: Item, indent: str, marker: str) -> str:
    """One bullet with its nested bullets."""
    source = _item_source(item)
    if _fits(source, indent, marker) and unchanged(item):
        assert source is not None
        return source.raw
    if source is not None and _fits(source, indent, marker) and field_unchanged(item, "text"):
        head = source.head
    else:
        head = bullet(item.text, indent, marker, source.suffix if source is not None else "")
    if not item.children:
        return head
    child_layout = None
    if source is not None and source.children:
        first = source.children[0]
        child_layout = ListSource(items=source.children, indent=first.indent, marker=first.marker)
    child_indent = indent + " " * (len(marker) + 1)
    gap = source.child_gap if source is not None else ""
    return head + gap + render_list(item.children, child_layout, render_item, child_indent)


def _initiative(initiative: Initiative, indent: str, marker: str) -> str:
    src = source_of(initiative)
    source: ItemSource | None = None
    style: tuple[str, str] | None = None
    if src is not None:
        source, style = src.extra
    if source is not None and _fits(source, indent, marker) and unchanged(initiative):
        return source.raw
    label, text = initiative.label.strip(), initiative.text.strip()
    if not label:
        line = text
    elif style is None:
        line = f"**{label}** – {text}"
    elif style[0].startswith(r"^\*\*(?P<label>[^*]+?:)"):
        line = f"**{label}:**{style[1]}{text}"
    else:
        line = f"**{label}**{style[1]}{text}"
    return bullet(line, indent, marker, source.suffix if source is not None else "")


def bullet(text: str, indent: str, marker: str, suffix: str = "") -> str:
    """A list item line in house style; hard breaks become indented continuation lines."""
    lines = [line.strip() for line in re.split(r"\n+", text.strip())] or [""]
    pad = indent + " " * (len(marker) + 1)
    body = f"\n{pad}".join(lines)
    if not body:
        return f"{indent}{marker}\n"
    return f"{indent}{marker} {body}{suffix}\n"
