"""The live preview: the page as the writer produces it, rendered by Qt's markdown support."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from os2editor.gui.views.preview_parts import (
    MARKDOWN_DIALECT,
    SECTION_LEVEL,
    PageParts,
    PartPage,
    PreviewPage,
    changed_range,
    preview_markdown,
)
from os2editor.gui.views.widgets.framing import viewport_size
from os2editor.model import FunctionDescription

__all__ = ["PreviewPane", "preview_markdown"]


class PreviewPane(QTextBrowser):
    """Read-only rendering of the document; re-rendered when the model changes.

    Changes are coalesced: many edits in one event-loop turn cause one render, and the scroll
    position survives the render so the reader does not lose their place. After the first
    render only the parts (see ``PageParts``) that changed are replaced in the page, so Qt lays
    out and paints only those.
    """

    def __init__(
        self,
        render_source: Callable[[FunctionDescription], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._render_source = render_source
        self._doc: FunctionDescription | None = None
        self._last_markdown: str | None = None
        self._parts = PageParts()
        # The parts on the page (None: render whole), and for each its number of blocks and
        # whether it can be replaced in place (None: not measured yet).
        self._shown: list[str] | None = None
        self._measured: list[tuple[int, bool]] | None = None
        self._measures: dict[tuple[str, bool], tuple[int, bool]] = {}  # by part and page start
        self._end_padding = -1
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Preview"))
        # A scroll bar that comes and goes would re-wrap the whole page twice per render.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._timer = self._zero_timer(self.render_now)
        self._scroll_target: int | None = None
        self._scroll_timer = self._zero_timer(self._apply_scroll)

    def _zero_timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    def set_document(self, doc: FunctionDescription) -> None:
        """Show ``doc``; rendered just after the window appears, so opening feels instant."""
        self._doc = doc
        self._last_markdown = None
        self.verticalScrollBar().setValue(0)
        self._timer.start()

    def schedule_render(self) -> None:
        """Render at the next turn of the event loop (cheap to call on every change)."""
        if self.isVisible():
            self._timer.start()
        else:
            self._last_markdown = None  # render when shown again

    def render_now(self) -> None:
        self._timer.stop()
        if self._doc is None:
            return
        markdown, parts = self._parts.split(self._render_source(self._doc))
        if markdown == self._last_markdown:
            return
        shown = self._shown if self._last_markdown is not None else None
        self._last_markdown = markdown
        bar = self.verticalScrollBar()
        position = bar.value()
        if shown is None or parts is None or not self._replace_parts(shown, parts):
            self._render_whole(markdown, parts)
        bar.setValue(position)

    def _render_whole(self, markdown: str, parts: list[str] | None) -> None:
        # Built apart and swapped in, so the text is laid out once, with its final margins.
        page = PreviewPage(self)
        page.setDefaultFont(self.font())
        page.setDocumentMargin(12)
        page.setMarkdown(markdown, MARKDOWN_DIALECT)
        self._end_padding = -1
        self._pad_end(page)
        self.setDocument(page)  # deletes the previous page, which is also our child
        self._shown = parts
        self._measured = None  # measured when first needed, so opening stays fast

    def _measure(self, parts: list[str]) -> list[tuple[int, bool]] | None:
        known, self._measures = self._measures, {}
        measured = []
        for number, part in enumerate(parts):
            key = (part, number == 0)
            found = known.get(key)
            if found is None:
                rendered = PartPage(part, number == 0)
                found = (rendered.count, rendered.usable)
            self._measures[key] = found
            measured.append(found)
        if sum(count for count, _ in measured) != self.document().blockCount():
            return None
        return measured

    @staticmethod
    def _part_pages(parts: list[str], first: int) -> list[PartPage]:
        return [PartPage(part, number == 0) for number, part in enumerate(parts, first)]

    def _replace_parts(self, old: list[str], new: list[str]) -> bool:
        """Replace the parts that differ between ``old`` and ``new`` in the page, in place.

        False when that cannot be done exactly as a whole render would (the page is then
        left as it was, or is no longer trusted and must be rendered whole).
        """
        if self._measured is None:
            self._measured = self._measure(old)
        measured = self._measured
        changed = changed_range(old, new)
        if measured is None or changed is None or not all(ok for _, ok in measured):
            return False
        first, old_end, new_end = changed
        pages = self._part_pages(new[first:new_end], first)
        if not all(p.usable for p in pages):
            return False
        page = self.document()
        counts = [count for count, _ in measured]
        start = page.findBlockByNumber(sum(counts[:first]))
        last = page.findBlockByNumber(sum(counts[:old_end]) - 1)
        expected = page.blockCount() - sum(counts[first:old_end]) + sum(p.count for p in pages)
        cursor = QTextCursor(page)
        cursor.beginEditBlock()  # one change, so Qt lays out the range once
        cursor.setPosition(start.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for number, part in enumerate(pages):
            if number:
                cursor.insertBlock()
            # The emptied block keeps the format of the last removed block, and a fragment
            # brings the text of its first block but not its format.
            cursor.setBlockFormat(part.head.blockFormat())
            cursor.setBlockCharFormat(part.head.charFormat())
            cursor.insertFragment(part.fragment())
        cursor.endEditBlock()
        if page.blockCount() != expected:  # not what we expected: render whole
            return False
        measured[first:old_end] = [(p.count, True) for p in pages]
        self._shown = new
        return True

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Whatever reaches the browser itself is not read either (see ``PreviewPage``)."""
        page = self.document()
        if isinstance(page, PreviewPage):
            return page.loadResource(kind, name)
        return None

    def _pad_end(self, page: QTextDocument | None = None) -> None:
        # Room after the last line, so that even the last section's heading can scroll to the top.
        padding = max(viewport_size(self).height() - 80, 0)
        if padding == self._end_padding:
            return
        self._end_padding = padding
        root = (page or self.document()).rootFrame()
        frame_format = root.frameFormat()
        frame_format.setBottomMargin(padding)
        root.setFrameFormat(frame_format)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Before the first page is rendered there is nothing to pad; render_now pads it.
        if self._last_markdown is not None and event.size().height() != event.oldSize().height():
            self._pad_end()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._last_markdown is None:
            self._timer.start()

    def scroll_to_section(self, section_index: int | None) -> None:
        """Scroll so that the heading of section ``section_index`` is at the top.

        Done at the next turn of the event loop, when the layout knows its final width.
        """
        self._scroll_target = section_index
        self._scroll_timer.start()

    def _apply_scroll(self) -> None:
        section_index = self._scroll_target
        if self._last_markdown is None:
            self.render_now()
        if section_index is None:
            self.verticalScrollBar().setValue(0)
            return
        block = self._heading_block(section_index)
        if block is None:
            return
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))

    def _heading_block(self, section_index: int) -> QTextBlock | None:
        seen = -1
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == SECTION_LEVEL:
                seen += 1
                if seen == section_index:
                    return block
            block = block.next()
        return None
