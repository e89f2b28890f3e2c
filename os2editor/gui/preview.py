"""The live preview: the page as the writer produces it, rendered by Qt's markdown support."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextBlock, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from os2editor.model import FunctionDescription

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*\r?$\n?", re.S | re.M)
# Liquid tags such as {% include ... %} or {: .note } mean nothing outside Jekyll.
_LIQUID = re.compile(r"\{%.*?%\}|^\{:[^}\n]*\}[ \t]*$", re.M)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_HEADING = re.compile(r"^ {0,3}(#{1,5})(?=[ \t]|$)")

# Section headings (``##``) are shown one level down, see ``preview_markdown``.
SECTION_LEVEL = 3


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


class PreviewPane(QTextBrowser):
    """Read-only rendering of the document; re-rendered when the model changes.

    Changes are coalesced: many edits in one event-loop turn cause one render, and the scroll
    position survives the render so the reader does not lose their place.
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
        markdown = preview_markdown(self._render_source(self._doc))
        if markdown == self._last_markdown:
            return
        self._last_markdown = markdown
        bar = self.verticalScrollBar()
        position = bar.value()
        # Built apart and swapped in, so the text is laid out once, with its final margins.
        page = QTextDocument(self)
        page.setDefaultFont(self.font())
        page.setDocumentMargin(12)
        page.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._end_padding = -1
        self._pad_end(page)
        self.setDocument(page)  # deletes the previous page, which is also our child
        bar.setValue(position)

    def _pad_end(self, page: QTextDocument | None = None) -> None:
        # Room after the last line, so that even the last section's heading can scroll to the top.
        padding = max(self.viewport().height() - 80, 0)
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
