"""Text to :class:`FunctionDescription`: front matter, preamble, H1, lead and sections."""

from __future__ import annotations

from typing import Any

from os2editor.errors import ReadError
from os2editor.markdown import frontmatter
from os2editor.markdown.blocks import Block, ShapeError, parse_blocks
from os2editor.markdown.layout import DocSource, Src, remember, snapshot
from os2editor.markdown.sections import SectionReader, kind_of
from os2editor.markdown.source import decode, split
from os2editor.model import FrontMatter, FunctionDescription, SectionKind


def read(data: str | bytes, path: str | None = None) -> FunctionDescription:
    """Parse a function description; every failure is a :class:`ReadError`."""
    text = decode(data, path) if isinstance(data, bytes) else data
    try:
        return _read(text, path)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError("read-too-deep", path=path) from None


def _read(text: str, path: str | None) -> FunctionDescription:
    lines, shape = split(text)
    fm_end = frontmatter.find_end(lines)
    if fm_end is None:
        fm_model, fm_source, body_start = FrontMatter.build(present=False), None, 0
    else:
        fm_model, fm_source = frontmatter.parse(lines[1:fm_end], path)
        body_start = fm_end + 1
    blocks = parse_blocks(lines, body_start, len(lines))
    first_h2 = next((i for i, b in enumerate(blocks) if _is_section(b)), len(blocks))
    top, rest = blocks[:first_h2], blocks[first_h2:]
    h1_index = next((i for i, b in enumerate(top) if b.kind == "heading" and b.level == 1), None)

    parts: list[tuple[str, int, int]] = []
    if h1_index is None:
        _region(parts, "preamble", top)
    else:
        _region(parts, "preamble", top[:h1_index])
        parts.append(("h1", top[h1_index].start, top[h1_index].end))
        _region(parts, "lead", top[h1_index + 1 :])
    sections_start = rest[0].start if rest else len(lines)
    # Each part owns the gap after it; the front matter owns the gap before the first part.
    starts = [start for _, start, _ in parts] + [sections_start]
    seps = {"front_matter": "".join(lines[body_start : starts[0]])}
    regions: dict[str, str] = {}
    for index, (name, start, end) in enumerate(parts):
        regions[name] = "".join(lines[start:end])
        seps[name] = "".join(lines[end : starts[index + 1]])

    doc = FunctionDescription.build(
        front_matter=fm_model,
        preamble=regions.get("preamble", "").removesuffix("\n"),
        h1=top[h1_index].text if h1_index is not None else None,
        lead=regions.get("lead", "").removesuffix("\n"),
        sections=_sections(lines, rest),
    )
    section_tail = doc.sections[-1]._src.tail if doc.sections else ""
    source = DocSource(raw=text, snap={}, shape=shape, front_matter=fm_source,
                       fm_raw="".join(lines[:body_start]), regions=regions, doc_seps=seps,
                       section_tail=section_tail)
    fm_src = Src(raw="", snap={})
    remember(doc.front_matter, fm_src)
    fm_src.snap = snapshot(doc.front_matter)
    remember(doc, source)
    source.snap = snapshot(doc)
    return doc


def _region(parts: list[tuple[str, int, int]], name: str, blocks: list[Block]) -> None:
    if blocks:
        parts.append((name, blocks[0].start, blocks[-1].end))


def _is_section(block: Block) -> bool:
    return block.kind == "heading" and block.level == 2


def _sections(lines: list[str], blocks: list[Block]) -> list[Any]:
    heads = [i for i, b in enumerate(blocks) if _is_section(b)]
    sections: list[Any] = []
    seen: set[SectionKind] = set()
    for number, head_index in enumerate(heads):
        next_head = heads[number + 1] if number + 1 < len(heads) else len(blocks)
        end = blocks[next_head].start if next_head < len(blocks) else len(lines)
        head, body = blocks[head_index], blocks[head_index + 1 : next_head]
        reader = SectionReader(lines, head, body, end)
        kind = kind_of(head.text)
        if kind in seen:
            kind = SectionKind.FREE
        try:
            section = reader.read(kind)
        except ShapeError:
            section = SectionReader(lines, head, body, end).free()
            section._src.extra = kind  # remembered so `check` can say why it is free
        seen.add(section.kind)
        sections.append(section)
    return sections
