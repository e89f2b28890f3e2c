"""Text to :class:`FunctionDescription`: front matter, preamble, H1, lead and sections."""

from __future__ import annotations

from os2editor.errors import ReadError
from os2editor.markdown import escape, frontmatter
from os2editor.markdown.blocks import Block, ShapeError, parse_blocks
from os2editor.markdown.layout import DocSource, Src, attach, snapshot
from os2editor.markdown.sections import SectionReader
from os2editor.markdown.source import decode, split
from os2editor.model import FrontMatter, FunctionDescription, Section, SectionKind, kind_of


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
    source = DocSource(raw=text, shape=shape)
    fm_end = frontmatter.find_end(lines)
    if fm_end is None:
        fm_model, body_start = FrontMatter(present=False), 0
    else:
        fm_model, source.front_matter = frontmatter.parse(lines[1:fm_end], path)
        body_start = fm_end + 1
    source.fm_raw = "".join(lines[:body_start])
    source.remember(fm_model, Src(raw=source.fm_raw))
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
    source.doc_seps = {"front_matter": "".join(lines[body_start : starts[0]])}
    for index, (name, start, end) in enumerate(parts):
        source.regions[name] = "".join(lines[start:end])
        source.doc_seps[name] = "".join(lines[end : starts[index + 1]])

    sections = _sections(source, lines, rest)
    doc = FunctionDescription(
        front_matter=fm_model,
        preamble=escape.unprose(source.regions.get("preamble", "").removesuffix("\n"),
                                escape.PREAMBLE),
        h1=escape.unheading(top[h1_index].text) if h1_index is not None else None,
        lead=escape.unprose(source.regions.get("lead", "").removesuffix("\n"), escape.LEAD),
        sections=sections,
    )
    last = source.of(sections[-1]) if sections else None
    source.section_tail = last.tail if last is not None else ""
    source.snap = snapshot(doc)
    attach(doc, source)
    return doc


def _region(parts: list[tuple[str, int, int]], name: str, blocks: list[Block]) -> None:
    if blocks:
        parts.append((name, blocks[0].start, blocks[-1].end))


def _is_section(block: Block) -> bool:
    return block.kind == "heading" and block.level == 2


def _sections(source: DocSource, lines: list[str], blocks: list[Block]) -> list[Section]:
    heads = [i for i, b in enumerate(blocks) if _is_section(b)]
    sections: list[Section] = []
    seen: set[SectionKind] = set()
    for number, head_index in enumerate(heads):
        next_head = heads[number + 1] if number + 1 < len(heads) else len(blocks)
        end = blocks[next_head].start if next_head < len(blocks) else len(lines)
        head, body = blocks[head_index], blocks[head_index + 1 : next_head]
        kind = kind_of(head.text)
        if kind in seen:
            kind = SectionKind.FREE
        try:
            section = SectionReader(source, lines, head, body, end).read(kind)
        except ShapeError:
            section = SectionReader(source, lines, head, body, end).free()
            # Remembered so that `check` can say why the section is not a form.
            source.kept_as_markdown[id(section)] = (section, kind)
        seen.add(section.kind)
        sections.append(section)
    return sections
