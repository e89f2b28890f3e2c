"""The preview page cut into parts, so that an edit re-renders only the part it touched.

The page is cut before every heading. Each part is converted (front matter and Jekyll-only
markup removed, headings one level down) once and remembered; a part whose markdown Qt would
read differently alone than inside the whole page makes the preview render the whole page.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*\r?$\n?", re.S | re.M)
# Liquid tags such as {% include ... %} or {: .note } mean nothing outside Jekyll.
_LIQUID = re.compile(r"\{%.*?%\}|^\{:[^}\n]*\}[ \t]*$", re.M)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_HEADING = re.compile(r"^ {0,3}(#{1,5})(?=[ \t]|$)")
# Where the page is cut into parts that Qt renders the same alone as in the whole page.
_ATX_LINE = re.compile(r"^ {0,3}#{1,6}(?=[ \t\r\n]|$)", re.M)
_ANY_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.M)
# Markdown whose meaning reaches past the next heading: HTML blocks (which can swallow
# headings) and link reference definitions (used anywhere on the page).
_ENTANGLED = re.compile(r"^ {0,3}(?:<|\[[^\]\n]*\]:)", re.M)
MARKDOWN_DIALECT = QTextDocument.MarkdownFeature.MarkdownDialectGitHub

# Section headings (``##``) are shown one level down, see ``preview_markdown``.
SECTION_LEVEL = 3


class PreviewPage(QTextDocument):
    """A page of the preview: it never reads a file.

    Qt's own page reads whatever an image names, on the thread that lays it out: a local
    path, a device (``![z](/dev/zero)`` grew the window to 8 GB) or a pipe (which blocks for
    ever), and when it finds no image there it tries the name once more as a file. A page of
    a function description is shown without its images: every image is a small placeholder
    (its alt text stays in the markdown), and nothing else (a style sheet named in HTML) is
    fetched at all.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        image = image_placeholder()
        # Remembered under its name, so that layout and painting find it without asking again.
        self.addResource(kind, name, image)
        return image


_placeholder: QImage | None = None


def image_placeholder() -> QImage:
    """What the preview shows for an image: a small grey frame, the same for every image."""
    global _placeholder  # noqa: PLW0603 - one image shared by every page, made on first use
    if _placeholder is None:
        image = QImage(24, 18, QImage.Format.Format_ARGB32)
        image.fill(QColor(Qt.GlobalColor.lightGray))
        inner = QColor(Qt.GlobalColor.white)
        for x in range(2, 22):
            for y in range(2, 16):
                image.setPixelColor(x, y, inner)
        _placeholder = image
    return _placeholder


def _demote_headings(text: str) -> str:
    # Qt draws an H1 at twice the body size, which breaks long Danish titles mid-word in a side
    # pane. One level down everywhere keeps the hierarchy at calmer sizes, and costs nothing
    # at render time (unlike re-formatting the rendered blocks).
    lines = text.split("\n")
    in_fence = False
    for number, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.lstrip(" ").startswith("#"):
            lines[number] = _HEADING.sub(r"\1#", line, count=1)
    return "\n".join(lines)


def preview_markdown(text: str) -> str:
    """The markdown to show: the writer's output without front matter and Jekyll-only markup,
    with every heading one level down."""
    return _demote_headings(_LIQUID.sub("", _FRONT_MATTER.sub("", text, count=1)))


class PageParts:
    """``preview_markdown`` cut before every heading, each part converted once and remembered.

    A keystroke changes one part, so only that part is converted again, and only that part
    needs rendering again: a heading ends every list, paragraph and quote before it, so Qt
    renders each part alone as it does inside the whole page. The exceptions are fenced code
    (a heading line may be code) and what ``_ENTANGLED`` finds, for which there are no parts,
    and the parts after which Qt's importer leaks state (``PartPage`` finds them); then the
    page is rendered whole.
    """

    def __init__(self) -> None:
        self._converted: dict[str, tuple[str, bool]] = {}

    def split(self, text: str) -> tuple[str, list[str] | None]:
        """The markdown to show, and its parts (None when it must be rendered whole)."""
        body = _FRONT_MATTER.sub("", text, count=1)
        starts = [match.start() for match in _ATX_LINE.finditer(body)]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        starts.append(len(body))
        known = self._converted
        converted: dict[str, tuple[str, bool]] = {}
        parts: list[str] = []
        whole = False
        for start, end in itertools.pairwise(starts):
            raw = body[start:end]
            done = known.get(raw) or converted.get(raw)
            if done is None:
                part = _demote_headings(_LIQUID.sub("", raw))
                if _ANY_FENCE.search(part):  # the fence state crosses parts: convert the whole
                    self._converted = {}
                    return preview_markdown(text), None
                done = (part, _ENTANGLED.search(part) is not None)
            converted[raw] = done
            parts.append(done[0])
            whole = whole or done[1]
        self._converted = converted
        if len(parts) > 1 and not parts[0].strip():  # blank lines before the first heading
            parts[1] = parts[0] + parts[1]
            del parts[0]
        return "".join(parts), None if whole else parts


def changed_range(old: list[str], new: list[str]) -> tuple[int, int, int] | None:
    """Parts ``[first, old_end)`` of ``old`` became ``[first, new_end)`` of ``new``.

    Both ranges are non-empty (a part added or removed takes a neighbour along); None when
    that would be everything.
    """
    shortest = min(len(old), len(new))
    first = 0
    while first < shortest and old[first] == new[first]:
        first += 1
    same_end = 0
    while same_end < shortest - first and old[-1 - same_end] == new[-1 - same_end]:
        same_end += 1
    old_end, new_end = len(old) - same_end, len(new) - same_end
    if first in (old_end, new_end):
        if first > 0:
            first -= 1
        elif same_end > 0:
            old_end, new_end = old_end + 1, new_end + 1
    if first == 0 and old_end == len(old):
        return None
    return first, old_end, new_end


# Rendered after a part, to see that nothing in the part reaches into what follows: Qt's
# importer carries some state past a heading (an empty list item turns the next paragraphs
# into list items, a task item's box goes to the next paragraph, a page start that shows
# nothing changes the next heading).
_PROBE = "\n\n## P\n\nQ\n\n- R\n"
_PROBE_BLOCKS = 3
# Rendered before a part that does not start the page, so that Qt does not take it for one.
_LEAD = "x\n\n"
_OBJECT_INDEX = QTextFormat.Property.ObjectIndex


def _probe_signature(page: QTextDocument, number: int) -> list[tuple[object, ...]]:
    """What the probe's blocks look like, from block ``number`` on (formats are compared in C++)."""
    signature: list[tuple[object, ...]] = []
    block = page.findBlockByNumber(number)
    while block.isValid():
        block_format = block.blockFormat()
        block_format.clearProperty(_OBJECT_INDEX)  # which list object, not what it looks like
        listed = block.textList()
        first_letter = QTextCursor(block)  # (block.begin().fragment() can hang on PySide 6.12)
        first_letter.movePosition(QTextCursor.MoveOperation.NextCharacter)
        signature.append(
            (
                block.text(),
                block_format,
                block.charFormat(),
                first_letter.charFormat(),
                None if listed is None else listed.format(),
            )
        )
        block = block.next()
    return signature


class PartPage:
    """One part rendered on its own, as it is rendered inside the whole page."""

    _clean_probe: list[tuple[object, ...]] | None = None

    def __init__(self, markdown: str, starts_page: bool) -> None:
        lead = "" if starts_page else _LEAD
        page = PreviewPage()
        page.setMarkdown(lead + markdown + _PROBE, MARKDOWN_DIALECT)
        self.page = page
        self.head = page.begin() if starts_page else page.begin().next()
        self._end = page.blockCount() - _PROBE_BLOCKS  # the part is blocks [head, _end)
        self.count = self._end - self.head.blockNumber()
        # Usable in place: nothing leaks out, no frames (tables), and the first block can take
        # its format in the page (a list item there cannot).
        self.usable = (
            self.count > 0
            and self.head.textList() is None
            and not page.rootFrame().childFrames()
            and _probe_signature(page, self._end) == self._probe()
        )

    @classmethod
    def _probe(cls) -> list[tuple[object, ...]]:
        if cls._clean_probe is None:
            page = PreviewPage()
            page.setMarkdown(_LEAD + _PROBE, MARKDOWN_DIALECT)
            cls._clean_probe = _probe_signature(page, page.blockCount() - _PROBE_BLOCKS)
        return cls._clean_probe

    def fragment(self) -> QTextDocumentFragment:
        last = self.page.findBlockByNumber(self._end - 1)
        cursor = QTextCursor(self.page)
        cursor.setPosition(self.head.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        return QTextDocumentFragment(cursor)
