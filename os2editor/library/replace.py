"""Find and replace across a folder, through the walk's texts and typed edits.

:func:`find` searches every text a person wrote (:func:`os2editor.model.text_spots`: titles,
headings, prose, items), so a match is always in a field, with its role, its part and the file
line it stands on. :func:`replace_edits` turns the chosen matches into one
:class:`~os2editor.edits.Batch` of :class:`~os2editor.edits.SetValue` per document: the
window undoes a whole replace in one step, and the writer rewrites only the fields that held a
match, so each file changes only on those lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from os2editor.edits import Batch, Edit, SetValue
from os2editor.library.files import LibraryError
from os2editor.library.findings import front_matter_line, key_line
from os2editor.library.writing import DocumentEdit
from os2editor.markdown.layout import DocSource, document_source
from os2editor.model import (
    FunctionDescription,
    Node,
    Priority,
    Role,
    TextSpot,
    fields,
    text_spots,
)

CONTEXT_CHARS = 40


@dataclass(frozen=True)
class Match:
    """One occurrence of the searched text in a field of a document."""

    path: Path
    doc: FunctionDescription
    spot: TextSpot
    start: int  # in the field's text
    end: int
    found: str  # the text matched
    line: int  # file line, 1-based, as the file was read
    line_text: str  # that line as written in the file

    @property
    def title(self) -> str:
        """The role (or page) the match is in."""
        return self.doc.title

    @property
    def part(self) -> str:
        """The section's heading, or the name of the field outside the sections ("title",
        "h1", "preamble", "lead")."""
        if self.spot.section is None:
            return self.spot.field.name
        return self.doc.sections[self.spot.section].heading

    @property
    def priority(self) -> Priority | None:
        return self.spot.priority

    def context(self, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
        """The text before the match, the match, and the text after it, on its own line of
        the field and at most ``chars`` characters each side."""
        text = self.spot.text
        line_start = text.rfind("\n", 0, self.start) + 1
        line_end = text.find("\n", self.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(line_start, self.start - chars) : self.start]
        after = text[self.end : min(line_end, self.end + chars)]
        return before, self.found, after


def find(docs: Mapping[Path, FunctionDescription], needle: str, *, match_case: bool = True,
         whole_word: bool = False) -> list[Match]:
    """Every occurrence of ``needle`` in the texts of ``docs``, file by file in reading order.
    Raises LibraryError for an empty ``needle``."""
    expression = search_pattern(needle, match_case=match_case, whole_word=whole_word)
    found: list[Match] = []
    for path, doc in docs.items():
        found += _in_document(path, doc, expression)
    return found


def search_pattern(needle: str, *, match_case: bool = True,
                   whole_word: bool = False) -> re.Pattern[str]:
    """The expression :func:`find` searches with: ``needle`` literally, ignoring case unless
    ``match_case``, and with ``whole_word`` not inside a longer word. Raises LibraryError for
    an empty ``needle``."""
    if not needle:
        raise LibraryError("replace-empty")
    pattern = re.escape(needle)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return re.compile(pattern, 0 if match_case else re.IGNORECASE)


def _in_document(path: Path, doc: FunctionDescription, expression: re.Pattern[str]) -> list[Match]:
    lines: _Lines | None = None
    found: list[Match] = []
    for spot in _spots(doc):
        text = spot.text
        if not text or expression.search(text) is None:
            continue
        lines = lines or _Lines(document_source(doc))
        base = lines.base(spot)
        for hit in expression.finditer(text):
            line = lines.locate(hit.group(), base, text[: hit.start()].count("\n"))
            found.append(Match(path, doc, spot, hit.start(), hit.end(), hit.group(), line,
                               lines.text(line)))
    return found


def _spots(doc: FunctionDescription) -> list[TextSpot]:
    """The walk's texts, with the front matter's ``parent`` beside its ``title`` (renaming the
    parent page renames it in every child), the two in the order of their lines."""
    front = doc.front_matter
    spots = [spot for spot in text_spots(doc) if spot.field is not fields.FM_TITLE]
    head = [TextSpot(fields.FM_TITLE, front, None, Role.TITLE)] if front.title is not None else []
    if front.parent is not None:
        head.append(TextSpot(fields.FM_PARENT, front, None, Role.TITLE))
    head.sort(key=lambda spot: front_matter_line(doc, spot.field.name))
    return head + spots


class _Lines:
    """Where matches stand in the file as read: a cursor that moves through the source in
    reading order, so the n-th match of a field is the n-th occurrence after the field's start.
    """

    def __init__(self, source: DocSource | None) -> None:
        self.source = source
        raw = source.raw.removeprefix("\ufeff") if source is not None else ""
        self.raw = raw.replace("\r\n", "\n")
        self.starts = [0] + [hit.end() for hit in re.finditer("\n", self.raw)]
        self.cursor = 0
        self.body_line = source.fm_raw.count("\n") + 1 if source is not None else 1

    def base(self, spot: TextSpot) -> int:
        """The file line where the field's node starts."""
        if self.source is None:
            return 1
        if spot.field is fields.FM_TITLE or spot.field is fields.FM_PARENT:
            return key_line(self.source.fm_raw, spot.field.name)
        src = self.source.of(spot.node)
        return src.line if src is not None and src.line else self.body_line

    def locate(self, found: str, base: int, line_in_text: int) -> int:
        """The line of the next occurrence of ``found`` at or after ``base``; when the file
        writes it otherwise (an escape), the field's own line count from ``base``."""
        start = max(self.cursor, self.starts[min(base, len(self.starts)) - 1])
        at = self.raw.find(found, start)
        if at < 0:
            return base + line_in_text
        self.cursor = at + len(found)
        return self._line_of(at)

    def _line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def text(self, line: int) -> str:
        if not 1 <= line <= len(self.starts):
            return ""
        end = self.raw.find("\n", self.starts[line - 1])
        return self.raw[self.starts[line - 1] : end if end >= 0 else len(self.raw)]


def replace_edits(matches: Iterable[Match], replacement: str) -> list[DocumentEdit]:
    """One Batch per document that replaces each of ``matches`` with ``replacement``.

    Raises LibraryError when a document changed since the search so that a match no longer
    stands where it was found.
    """
    by_doc: dict[int, tuple[Path, FunctionDescription, dict[tuple[int, str], list[Match]]]] = {}
    for match in matches:
        entry = by_doc.setdefault(id(match.doc), (match.path, match.doc, {}))
        entry[2].setdefault((id(match.spot.node), match.spot.field.name), []).append(match)
    plan: list[DocumentEdit] = []
    for path, doc, spots in by_doc.values():
        edits: list[Edit] = []
        for group in spots.values():
            edits.append(_replaced(group, replacement))
        plan.append(DocumentEdit(path, doc, Batch(tuple(edits))))
    return plan


def _replaced(group: Sequence[Match], replacement: str) -> SetValue[Any, Any]:
    spot = group[0].spot
    text = spot.text
    pieces: list[str] = []
    at = 0
    for match in sorted(group, key=lambda m: m.start):
        if match.start < at or text[match.start : match.end] != match.found:
            raise LibraryError("replace-stale", path=match.path)
        pieces += [text[at : match.start], replacement]
        at = match.end
    pieces.append(text[at:])
    node: Node = spot.node
    return SetValue(spot.field, node, "".join(pieces))
