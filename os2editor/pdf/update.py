"""An incremental update of the PDF Qt wrote: new document information, and a catalogue with
an outline and a language.

PDF lets a file be changed by appending the changed objects, a cross-reference section for
them and a new trailer that points back at the old one (ISO 32000-1, 7.5.6); PDF/A-1 allows
it. Qt's own part stays byte for byte as Qt wrote it. The section is a classic
cross-reference table, not a stream, since PDF/A-1 (PDF 1.4) has no cross-reference streams.

Only Qt's own output is read here, whose shape is simple and known: a classic xref table, a
trailer dictionary, a catalogue and one flat page tree. What does not look like that raises
ValueError, and the tests read every result back with an independent PDF library (pypdf).
Appending a few objects takes well under a millisecond; pypdf, which could do the same,
costs a command about 0.1 s to import and rewrites the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.DOTALL)
_REFERENCE = re.compile(rb"(\d+)\s+(\d+)\s+R")


class Bookmark(NamedTuple):
    """An outline entry: ``level`` from 1, the title, the page index and the distance from
    the page's bottom in points (PDF's vertical axis)."""

    level: int
    title: str
    page: int
    top: float


def update(
    data: bytes, info: dict[str, str], bookmarks: Sequence[Bookmark], language: str,
    links_within: tuple[float, float] | None = None,
) -> bytes:
    """``data`` with ``info`` (keys without the slash, values as text) as its document
    information, ``bookmarks`` as its outline and ``language`` as its ``/Lang``.

    With ``links_within`` (the lowest and highest height from the page's bottom, in points, of
    the text's area), link annotations lying wholly outside it are dropped
    (see :func:`_stray_links`).
    """
    found = _STARTXREF.search(data[-64:])
    trailers = list(_TRAILER.finditer(data))
    if found is None or not trailers:
        raise ValueError("not a PDF with a classic trailer")
    previous = int(found.group(1))
    trailer = trailers[-1].group(1)
    size = _integer(trailer, b"/Size")
    root = _reference(trailer, b"/Root")
    info_number = _reference(trailer, b"/Info")
    identifier = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)
    offsets = _offsets(data, previous)
    catalogue = _dictionary(_object(data, offsets, root))
    pages = _page_numbers(data, offsets, _reference(catalogue, b"/Pages"))

    objects: dict[int, bytes] = {info_number: _info(info)}
    if links_within is not None:
        objects.update(_stray_links(data, offsets, pages, *links_within))
    outline = _outline(bookmarks, pages, size) if bookmarks else {}
    objects.update(outline)
    catalogue = re.sub(
        rb"/(?:Lang\s*(?:\([^)]*\)|<[^>]*>)|PageMode\s*/\w+|Outlines\s+\d+\s+\d+\s+R)", b"",
        catalogue,
    )
    extra = b" /Lang " + _text(language)
    if outline:
        extra += f" /Outlines {size} 0 R /PageMode /UseOutlines".encode()
    objects[root] = b"<<" + catalogue.rstrip() + extra + b" >>"

    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    positions: dict[int, int] = {}
    for number in sorted(objects):
        positions[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    # Object 0, the head of the free list, opens the section as it opens every table;
    # readers that guess at broken files (pypdf) take a section without it for one.
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for first, run in _runs(sorted(positions)):
        out += b"%d %d\n" % (first, len(run))
        out += b"".join(b"%010d 00000 n \n" % positions[number] for number in run)
    new_size = max(size, *(number + 1 for number in positions))
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R" % (new_size, root, info_number)
    if identifier is not None:
        out += b" /ID " + identifier.group(1)
    out += b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (previous, xref)
    return bytes(out)


def _outline(bookmarks: Sequence[Bookmark], pages: list[int], first: int) -> dict[int, bytes]:
    """The outline's objects, numbered from ``first`` (the outline dictionary itself)."""
    numbers = list(range(first + 1, first + 1 + len(bookmarks)))
    parent_of: list[int] = []
    stack: list[tuple[int, int]] = []  # (level, index)
    for index, mark in enumerate(bookmarks):
        while stack and stack[-1][0] >= mark.level:
            stack.pop()
        parent_of.append(stack[-1][1] if stack else -1)
        stack.append((mark.level, index))
    children: dict[int, list[int]] = {}
    for index, parent in enumerate(parent_of):
        children.setdefault(parent, []).append(index)
    descendants = [0] * len(bookmarks)
    for index in reversed(range(len(bookmarks))):
        if parent_of[index] >= 0:
            descendants[parent_of[index]] += 1 + descendants[index]

    def ref(index: int) -> bytes:
        return b"%d 0 R" % (first if index < 0 else numbers[index])

    objects: dict[int, bytes] = {}
    top = children.get(-1, [])
    objects[first] = b"<< /Type /Outlines /First %s /Last %s /Count %d >>" % (
        ref(top[0]), ref(top[-1]), len(bookmarks)
    )
    for index, mark in enumerate(bookmarks):
        siblings = children[parent_of[index]]
        at = siblings.index(index)
        page = pages[min(mark.page, len(pages) - 1)]
        parts = [
            b"/Title " + _text(mark.title),
            b"/Parent " + ref(parent_of[index]),
            b"/Dest [%d 0 R /XYZ 0 %s null]" % (page, _number(mark.top)),
        ]
        if at:
            parts.append(b"/Prev " + ref(siblings[at - 1]))
        if at + 1 < len(siblings):
            parts.append(b"/Next " + ref(siblings[at + 1]))
        own = children.get(index)
        if own:
            parts.append(b"/First %s /Last %s /Count %d" % (ref(own[0]), ref(own[-1]),
                                                            descendants[index]))
        objects[numbers[index]] = b"<< " + b" ".join(parts) + b" >>"
    return objects


def _stray_links(
    data: bytes, offsets: dict[int, int], pages: list[int], low: float, high: float
) -> dict[int, bytes]:
    """New ``/Annots`` arrays without the link annotations wholly below ``low`` or above
    ``high``.

    Qt paints a page's part of the body by drawing every block that reaches into the page,
    clipped; for a paragraph that crosses the page's edge QTextLayout draws one line beyond
    the clip too (invisible), and the PDF engine still makes its links clickable there, in
    the margin. Those are the annotations dropped here.
    """
    arrays: dict[int, bytes] = {}
    for page in pages:
        annots = re.search(rb"/Annots\s+(\d+)\s+\d+\s+R", _object(data, offsets, page))
        if annots is None:
            continue
        number = int(annots.group(1))
        references = [int(m.group(1)) for m in _REFERENCE.finditer(_object(data, offsets, number))]
        kept = []
        for reference in references:
            rect = re.search(rb"/Rect\s*\[([^\]]*)\]", _object(data, offsets, reference))
            values = [float(v) for v in rect.group(1).split()] if rect else []
            outside = len(values) == 4 and (
                min(values[1], values[3]) >= high or max(values[1], values[3]) <= low
            )
            if not outside:
                kept.append(reference)
        if len(kept) != len(references):
            arrays[number] = b"[ " + b" ".join(b"%d 0 R" % r for r in kept) + b" ]"
    return arrays


def _info(info: dict[str, str]) -> bytes:
    entries = b" ".join(
        b"/%s %s" % (key.encode("ascii"), _date(value) if key.endswith("Date") else _text(value))
        for key, value in info.items()
    )
    return b"<< " + entries + b" >>"


def _text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, written in hex."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _date(value: str) -> bytes:
    """A PDF date (``D:20260504030201+00'00'``) as a literal string; it holds no brackets."""
    if not re.fullmatch(r"D:\d{14}(?:[+-]\d\d'\d\d'|Z)", value):
        raise ValueError(f"not a PDF date: {value!r}")
    return b"(" + value.encode("ascii") + b")"


def _number(value: float) -> bytes:
    return (b"%.2f" % value).rstrip(b"0").rstrip(b".")


def _runs(numbers: list[int]) -> list[tuple[int, list[int]]]:
    """Consecutive object numbers grouped into cross-reference subsections."""
    runs: list[tuple[int, list[int]]] = []
    for number in numbers:
        if runs and runs[-1][1][-1] + 1 == number:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs


def _offsets(data: bytes, xref: int) -> dict[int, int]:
    """Object number -> byte offset, from the classic xref table at ``xref`` and the ones
    before it (``/Prev``, as an earlier update leaves them); the latest entry wins."""
    offsets: dict[int, int] = {}
    seen: set[int] = set()
    section = re.compile(rb"(\d+)\s+(\d+)\s*?\r?\n")
    while xref not in seen:
        seen.add(xref)
        match = re.compile(rb"xref\s+").match(data, xref)
        if match is None:
            raise ValueError("no classic cross-reference table")
        position = match.end()
        while (header := section.match(data, position)) is not None:
            first, count = int(header.group(1)), int(header.group(2))
            position = header.end()
            for number in range(first, first + count):
                entry = data[position : position + 20]
                if entry[17:18] == b"n":
                    offsets.setdefault(number, int(entry[:10]))
                position += 20
        trailer = _TRAILER.match(data, data.index(b"trailer", position))
        earlier = re.search(rb"/Prev\s+(\d+)", trailer.group(1)) if trailer else None
        if earlier is None:
            break
        xref = int(earlier.group(1))
    return offsets


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    start = offsets.get(number)
    if start is None:
        raise ValueError(f"object {number} is not in the cross-reference table")
    end = data.index(b"endobj", start)
    return data[data.index(b"obj", start) + 3 : end]


def _dictionary(text: bytes) -> bytes:
    """The inside of the outermost ``<< >>`` of ``text`` (nested dictionaries kept)."""
    start = text.index(b"<<")
    depth = 0
    index = start
    while index < len(text) - 1:
        pair = text[index : index + 2]
        if pair == b"<<":
            depth, index = depth + 1, index + 2
        elif pair == b">>":
            depth, index = depth - 1, index + 2
            if depth == 0:
                return text[start + 2 : index - 2]
        else:
            index += 1
    raise ValueError("unbalanced dictionary")


def _page_numbers(data: bytes, offsets: dict[int, int], pages: int) -> list[int]:
    """The object numbers of the pages, in order (Qt writes one flat page tree)."""
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", _object(data, offsets, pages))
    if kids is None:
        raise ValueError("the page tree has no kids")
    return [int(match.group(1)) for match in _REFERENCE.finditer(kids.group(1))]


def _integer(dictionary: bytes, key: bytes) -> int:
    found = re.search(re.escape(key) + rb"\s+(\d+)", dictionary)
    if found is None:
        raise ValueError(f"no {key.decode()} in the trailer")
    return int(found.group(1))


def _reference(dictionary: bytes, key: bytes) -> int:
    found = re.search(re.escape(key) + rb"\s+(\d+)\s+\d+\s+R", dictionary)
    if found is None:
        raise ValueError(f"no {key.decode()} reference")
    return int(found.group(1))
