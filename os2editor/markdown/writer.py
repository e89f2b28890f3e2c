""":class:`FunctionDescription` to text, reusing the source of everything the user did not edit.

Edited parts are written in the house style of the OS2 files (``## Section``, ``### 1. Area``,
``- item``, one blank line between blocks); the gaps the source had between untouched parts are
kept, so an edit changes only the lines it must.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from os2editor.markdown import escape, frontmatter
from os2editor.markdown.blocks import ItemSource, ListSource
from os2editor.markdown.layout import AreaSource, Changes, DocSource, document_source
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
    Section,
    SectionWalk,
    TaskGroup,
    TasksSection,
)

BLANK = "\n"  # the house style's gap between blocks: one blank line
Parts = list[tuple[str, str]]  # (part name, text) of one node, in order


def dumps(doc: FunctionDescription) -> str:
    """The document as markdown text; byte-identical to the source when nothing was edited."""
    src = document_source(doc)
    changes = Changes(src)
    if src is not None and _document_unchanged(doc, src, changes):
        return src.raw
    text = _Writer(changes).document(doc, src)
    if src is None:
        text = text.rstrip("\n") + "\n"
    return join(text, src.shape if src is not None else TextShape())


def render_section(doc: FunctionDescription, section: Section) -> str:
    """One section of ``doc`` without its trailing gap (as :func:`dumps` writes it)."""
    return _Writer(Changes(document_source(doc))).section_text(section)


def _document_unchanged(doc: FunctionDescription, src: DocSource, changes: Changes) -> bool:
    snap = src.snap
    return (
        changes.unchanged(doc.front_matter)
        and doc.front_matter is snap["front_matter"]
        and doc.preamble == snap["preamble"]
        and doc.h1 == snap["h1"]
        and doc.lead == snap["lead"]
        and len(doc.sections) == len(snap["sections"])
        and all(a is b and changes.unchanged(a)
                for a, b in zip(doc.sections, snap["sections"], strict=True))
    )


class _Writer(SectionWalk[Parts]):
    """Writes one document; each section kind is one method of the walk."""

    def __init__(self, changes: Changes) -> None:
        self.changes = changes

    # -- the document --------------------------------------------------------------------

    def document(self, doc: FunctionDescription, src: DocSource | None) -> str:
        out = [self.front_matter(doc, src)]
        out.append(src.doc_seps.get("front_matter", "") if src is not None else "")
        snap = src.snap if src is not None else {}
        top: list[tuple[str, str]] = []
        if doc.preamble:
            same = src is not None and doc.preamble == snap["preamble"]
            text = src.regions["preamble"] if same and src is not None else None
            top.append(("preamble", text or _prose(escape.prose(doc.preamble, escape.PREAMBLE))))
        if doc.h1 is not None:
            same = src is not None and "h1" in src.regions and doc.h1 == snap["h1"]
            top.append(("h1", src.regions["h1"] if same and src is not None
                        else f"# {escape.heading(doc.h1)}\n"))
        if doc.lead:
            same = src is not None and doc.lead == snap["lead"]
            text = src.regions["lead"] if same and src is not None else None
            top.append(("lead", text or _prose(escape.prose(doc.lead, escape.LEAD))))
        for name, text in top:
            out.append(text)
            out.append(_gap(text, src.doc_seps.get(name, BLANK) if src is not None else BLANK))
        count = len(doc.sections)
        for index, section in enumerate(doc.sections):
            text = self.section_text(section)
            out.append(text)
            own = self.changes.of(section)
            own_tail = own.tail if own is not None else ""
            if own_tail.strip():
                out.append(own_tail)  # not just blank lines: content that must stay with it
            elif index == count - 1:
                out.append(src.section_tail if src is not None else "")
            else:
                out.append(_gap(text, own_tail or BLANK))
        return "".join(out)

    def front_matter(self, doc: FunctionDescription, src: DocSource | None) -> str:
        model = doc.front_matter
        fm_source = src.front_matter if src is not None else None
        if src is not None and fm_source is not None:
            if self.changes.unchanged(model):
                return src.fm_raw
            fence_lines = src.fm_raw.splitlines(keepends=True)
            if not model.present:
                return ""
            return fence_lines[0] + frontmatter.render(model, fm_source) + fence_lines[-1]
        if not model.as_dict():
            return ""
        tail = "" if src is not None else BLANK
        return "---\n" + frontmatter.render(model, None) + "---\n" + tail

    # -- sections ------------------------------------------------------------------------

    def section_text(self, section: Section) -> str:
        """One section without its trailing gap."""
        src = self.changes.of(section)
        if src is not None and self.changes.unchanged(section):
            return src.raw
        parts: Parts = [("heading", self.heading(section, section.heading, 2))]
        parts += self.section(section)
        return _join(parts, src.seps if src is not None else {})

    def heading(self, node: Node, text: str, level: int) -> str:
        src = self.changes.of(node)
        if src is not None and src.heading and self.changes.field_unchanged(node, "heading"):
            return src.heading
        own_level = src.level if src is not None and src.level else level
        return f"{'#' * own_level} {escape.heading(text)}\n"

    def layout(self, node: Node, name: str) -> ListSource | None:
        src = self.changes.of(node)
        return src.lists.get(name) if src is not None else None

    def purpose(self, section: PurposeSection) -> Parts:
        parts: Parts = []
        _add_prose(parts, "intro", section.intro, escape.LIST_PROSE)
        if section.initiatives:
            text = self.list(section.initiatives, self.layout(section, "initiatives"),
                             self.initiative)
            parts.append(("initiatives", text))
        _add_outro(parts, section.outro)
        return parts

    def responsibilities(self, section: ResponsibilitiesSection) -> Parts:
        parts: Parts = []
        _add_prose(parts, "intro", section.intro, escape.LIST_PROSE)
        if section.items:
            parts.append(("items", self.list(section.items, self.layout(section, "items"),
                                             self.item)))
        known = [s for s in map(self.changes.of, section.areas) if s is not None]
        level = known[0].level if known else 3
        numbered = all(isinstance(s.extra, AreaSource) and s.extra.numbered for s in known)
        for position, area in enumerate(section.areas):
            parts.append(("area", self.area(area, position, level, numbered)))
        _add_outro(parts, section.outro)
        return parts

    def area(self, area: ResponsibilityArea, position: int, level: int, numbered: bool) -> str:
        src = self.changes.of(area)
        extra = src.extra if src is not None else None
        in_place = isinstance(extra, AreaSource) and extra.position == position
        if src is not None and in_place and self.changes.unchanged(area):
            return src.raw
        if src is not None and in_place and self.changes.field_unchanged(area, "title"):
            heading = src.heading
        else:
            if isinstance(extra, AreaSource):
                numbered = extra.numbered
            level = src.level if src is not None and src.level else level
            title = escape.area_title(area.title, numbered)
            words = " ".join(filter(None, [f"{position + 1}." if numbered else "", title]))
            heading = f"{'#' * level} {words}".rstrip(" \t") + "\n"
        parts = [("heading", heading)]
        _add_prose(parts, "lead_in", area.lead_in, escape.LIST_PROSE)
        if area.items:
            parts.append(("items", self.list(area.items, self.layout(area, "items"), self.item)))
        return _join(parts, src.seps if src is not None else {})

    def tasks(self, section: TasksSection) -> Parts:
        parts: Parts = []
        _add_prose(parts, "intro", section.intro, escape.TASKS_INTRO)
        sources = [s for s in map(self.changes.of, section.groups.values()) if s is not None]
        level = sources[0].level if sources else 3
        for priority, group in section.groups.items():
            if not group.present:
                continue
            parts.append((f"group:{priority.value}", self.group(priority, group, level)))
        return parts

    def group(self, priority: Priority, group: TaskGroup, level: int) -> str:
        src = self.changes.of(group)
        if src is not None and self.changes.unchanged(group):
            return src.raw
        if src is not None and src.heading and self.changes.field_unchanged(group, "heading"):
            heading = src.heading
        else:
            own_level = src.level if src is not None and src.level else level
            text = escape.group_heading(priority, group.heading or "")
            heading = f"{'#' * own_level} {text}\n"
        parts = [("heading", heading)]
        _add_prose(parts, "notes", group.notes, escape.LIST_PROSE)
        if group.items:
            parts.append(("items", self.list(group.items, self.layout(group, "items"),
                                             self.item)))
        return _join(parts, src.seps if src is not None else {})

    def listing(self, section: ListSection) -> Parts:
        parts: Parts = []
        _add_prose(parts, "intro", section.intro, escape.LIST_PROSE)
        if section.items:
            parts.append(("items", self.list(section.items, self.layout(section, "items"),
                                             self.item)))
        _add_outro(parts, section.outro)
        return parts

    def free(self, section: FreeSection) -> Parts:
        parts: Parts = []
        _add_prose(parts, "body", section.body, escape.FREE_BODY)
        return parts

    # -- lists ---------------------------------------------------------------------------

    def item_source(self, node: Node) -> ItemSource | None:
        src = self.changes.of(node)
        if src is None:
            return None
        extra = src.extra[0] if isinstance(src.extra, tuple) else src.extra
        return extra if isinstance(extra, ItemSource) else None

    def list(self, elements: Sequence[Any], layout: ListSource | None,
             render_one: Callable[[Any, str, str], str], indent: str = "") -> str:
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
                source = self.item_source(element)
                out.append(source.after if source is not None and source.after else loose)
        return "".join(out)

    def item(self, item: Item, indent: str, marker: str) -> str:
        """One bullet with its nested bullets."""
        source = self.item_source(item)
        fits = _fits(source, indent, marker)
        if fits and self.changes.unchanged(item):
            assert source is not None
            return source.raw
        if source is not None and fits and self.changes.field_unchanged(item, "text"):
            head = source.head
        else:
            suffix = source.suffix if source is not None else ""
            head = bullet(escape.item(item.text), indent, marker, suffix)
        if not item.children:
            return head
        child_layout = None
        if source is not None and source.children:
            first = source.children[0]
            child_layout = ListSource(items=source.children, indent=first.indent,
                                      marker=first.marker)
        child_indent = indent + " " * (len(marker) + 1)
        gap = source.child_gap if source is not None else ""
        if not gap and _EMPTY_BULLET.match(self.item(item.children[0], child_indent, marker)):
            gap = BLANK
        return head + gap + self.list(item.children, child_layout, self.item, child_indent)

    def initiative(self, initiative: Initiative, indent: str, marker: str) -> str:
        src = self.changes.of(initiative)
        source: ItemSource | None = None
        style: tuple[bool, str] | None = None
        if src is not None:
            source, style = src.extra
        if source is not None and _fits(source, indent, marker) \
                and self.changes.unchanged(initiative):
            return source.raw
        line = escape.initiative(initiative.label, initiative.text, style)
        return bullet(line, indent, marker, source.suffix if source is not None else "")


def _prose(text: str) -> str:
    return text.strip("\n") + "\n"


def _add_prose(parts: Parts, name: str, text: str, context: escape.Context) -> None:
    if text.strip(" \t\n"):  # markdown's blank: a no-break space is text
        parts.append((name, _prose(escape.prose(text, context))))


def _add_outro(parts: Parts, text: str) -> None:
    # Indented text right after a list would continue its last item.
    _add_prose(parts, "outro", escape.outro(text), escape.LIST_PROSE)


def _join(parts: Sequence[tuple[str, str]], seps: dict[str, str]) -> str:
    out: list[str] = []
    for index, (_, text) in enumerate(parts):
        if index:
            sep = seps.get(parts[index - 1][0], BLANK)
            if _EMPTY_BULLET.match(text) and "\n" not in sep:
                sep += BLANK  # an empty first bullet right under a line would underline it
            out.append(_gap(parts[index - 1][1], sep))
        out.append(text)
    return "".join(out)


def _gap(text: str, sep: str) -> str:
    """The gap after ``text``: as it was, unless ``text`` now ends in an HTML block that only a
    blank line ends (it would take in what follows)."""
    if "\n" in sep or not escape.ends_in_open_html(text):
        return sep
    return sep + BLANK


_EMPTY_BULLET = re.compile(r"^[ \t]*[-*+][ \t]*\n")


def _fits(source: ItemSource | None, indent: str, marker: str) -> bool:
    return source is not None and source.indent == indent and source.marker == marker


def bullet(text: str, indent: str, marker: str, suffix: str = "") -> str:
    """A list item line in house style; line breaks become indented continuation lines."""
    lines = text.split("\n") if text else [""]
    pad = indent + " " * (len(marker) + 1)
    body = f"\n{pad}".join(lines)
    if not body:
        return f"{indent}{marker}\n"
    return f"{indent}{marker} {body}{suffix}\n"
