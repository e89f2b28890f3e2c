"""Export blocks -> WordprocessingML text; the half of the block writer that needs no document.

:class:`BlockXml` decides what every block looks like in Word. Where a block needs the
document (a list instance in the numbering part, a hyperlink relationship), it asks two
hooks, which :class:`~os2editor.docx.writer.BlockWriter` answers on an lxml tree and
:mod:`os2editor.docx.bundled` on text. No lxml here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import quote

from os2editor.docx.blocks import (
    Block,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Run,
    Runs,
    Table,
    Title,
)
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import BULLET_LIST, ORDERED_LIST
from os2editor.messages import Message


class Look(NamedTuple):
    """Direct run formatting, used where a style is missing (and for table headers).

    A NamedTuple, not a frozen dataclass, which would take a millisecond to create.
    """

    bold: bool = False
    italic: bool = False
    size: int | None = None  # half-points
    font: str | None = None


PLAIN = Look()
_HEADING_SIZES = {1: 32, 2: 26, 3: 24}
_CODE_FONT = "Courier New"
_LINK_COLOUR = "0563C1"
# Characters in URLs that need no escaping; everything else is percent-encoded, because
# Word refuses a document whose relationship targets are not valid URIs.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


class BlockXml:
    """Blocks as WordprocessingML text for a document with these styles and this page width.

    ``abstract_ids`` are the ``w:abstractNumId`` of our bullet and ordered list definitions;
    list instances get ``w:numId`` from ``next_num_id`` on. Subclasses put the instances and
    the hyperlink relationships into their document (:meth:`add_list`, :meth:`new_link`).
    """

    def __init__(
        self, styles: StyleMap, text_width: int, abstract_ids: dict[str, str], next_num_id: int
    ) -> None:
        self.styles = styles
        self.text_width = text_width
        self.abstract_ids = abstract_ids
        self._num_ids: dict[tuple[int, bool], str] = {}
        self._next_num_id = next_num_id
        self._link_ids: dict[str, str] = {}
        self._style_xml: dict[str, str] = {}

    @property
    def warnings(self) -> list[Message]:
        """What fell back so far (missing styles), each said once."""
        return self.styles.warnings

    def add_list(self, num_id: int, abstract_id: str, start: int | None) -> None:
        """Add list instance ``num_id`` of ``abstract_id`` to the document's numbering."""
        raise NotImplementedError

    def new_link(self, url: str) -> str:
        """Relate the document to the external (escaped) ``url``; returns the relationship id."""
        raise NotImplementedError

    def xml(self, block: Block) -> str:
        """The WordprocessingML text of ``block`` (one ``w:p`` or ``w:tbl``)."""
        if isinstance(block, ListItem):
            numbering = (
                f'<w:numPr><w:ilvl w:val="{min(block.level, 8)}"/>'
                f'<w:numId w:val="{self.num_id(block)}"/></w:numPr>'
            )
            fallback = '<w:spacing w:after="60"/>'  # items closer together than paragraphs
            return self._paragraph("List Paragraph", block.runs, numbering, fallback)
        if isinstance(block, Paragraph):
            look = Look(font=_CODE_FONT) if block.code else PLAIN
            return _element("w:p", self.runs_xml(block.runs, look))
        if isinstance(block, Heading):
            return self._heading(block)
        if isinstance(block, Title):
            return self._paragraph("Title", block.runs, "", '<w:spacing w:after="240"/>', _TITLE)
        if isinstance(block, Quote):
            return self._paragraph("Quote", block.runs, "", '<w:ind w:left="567"/>', _ITALIC)
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, Rule):
            return (
                '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
                'w:color="auto"/></w:pBdr></w:pPr></w:p>'
            )
        raise TypeError(f"not an export block: {block!r}")

    def all_xml(self, blocks: Iterable[Block]) -> str:
        """The text of every block, in order."""
        return "".join(self.xml(block) for block in blocks)

    def style_xml(self, name: str) -> str:
        """``<w:pStyle>`` for the style called ``name``, or "" when the template lacks it."""
        found = self._style_xml.get(name)
        if found is None:
            style_id = self.styles.id_for(name)
            found = f'<w:pStyle w:val="{_attr(style_id)}"/>' if style_id is not None else ""
            self._style_xml[name] = found
        return found

    def _paragraph(
        self, style: str, runs: Runs, extra: str, fallback: str = "", look: Look = PLAIN
    ) -> str:
        """A paragraph in ``style``; without the style, ``fallback`` properties and ``look``."""
        style_xml = self.style_xml(style)
        if style_xml:
            fallback, look = "", PLAIN
        properties = style_xml + extra + fallback
        properties = f"<w:pPr>{properties}</w:pPr>" if properties else ""
        return _element("w:p", properties + self.runs_xml(runs, look))

    def _heading(self, block: Heading) -> str:
        level = min(max(block.level, 1), 9)
        name = f"Heading {level}"
        style_xml = self.style_xml(name)
        fallback, look = "", PLAIN
        if not style_xml:
            fallback = '<w:keepNext/><w:spacing w:before="240" w:after="80"/>'
            look = Look(bold=True, size=_HEADING_SIZES.get(level, 22))
        if not style_xml or self.styles.ids[name.lower()] not in self.styles.outlined:
            # Word's navigation pane and tables of contents need the outline level.
            fallback += f'<w:outlineLvl w:val="{level - 1}"/>'
        return f"<w:p><w:pPr>{style_xml}{fallback}</w:pPr>{self.runs_xml(block.runs, look)}</w:p>"

    def num_id(self, block: ListItem) -> str:
        """The ``w:numId`` of the list ``block`` belongs to, made on first use."""
        key = (block.list_id, block.ordered)
        num_id = self._num_ids.get(key)
        if num_id is None:
            name = ORDERED_LIST if block.ordered else BULLET_LIST
            start = block.start if block.ordered else None
            self.add_list(self._next_num_id, self.abstract_ids[name], start)
            num_id = self._num_ids[key] = str(self._next_num_id)
            self._next_num_id += 1
        return num_id

    def _table(self, block: Table) -> str:
        columns = max((len(row) for row in block.rows), default=1) or 1
        width = self.text_width // columns
        style_id = self.styles.id_for("Table Grid")
        table_width = f'<w:tblW w:w="{self.text_width}" w:type="dxa"/>'
        if style_id is not None:
            properties = f'<w:tblStyle w:val="{_attr(style_id)}"/>{table_width}'
        else:
            sides = "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            properties = f"{table_width}<w:tblBorders>{sides}</w:tblBorders>"
        parts = [f"<w:tbl><w:tblPr>{properties}</w:tblPr><w:tblGrid>"]
        parts.append(f'<w:gridCol w:w="{width}"/>' * columns)
        parts.append("</w:tblGrid>")
        cell_start = f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        for index, row in enumerate(block.rows):
            header = index < block.header_rows
            parts.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
            look = _BOLD if header else PLAIN
            for cell in (*row, *([()] * (columns - len(row)))):
                parts.append(f"{cell_start}{_element('w:p', self.runs_xml(cell, look))}</w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        return "".join(parts)

    def runs_xml(self, runs: Runs, look: Look = PLAIN) -> str:
        """``w:r`` (and ``w:hyperlink`` around linked runs) text for ``runs``."""
        parts: list[str] = []
        link: str | None = None
        for run in runs:
            if run.link != link:
                if link is not None:
                    parts.append("</w:hyperlink>")
                if run.link is not None:
                    parts.append(f'<w:hyperlink r:id="{self.link_id(run.link)}" w:history="1">')
                link = run.link
            parts.append(self.run_xml(run, look))
        if link is not None:
            parts.append("</w:hyperlink>")
        return "".join(parts)

    def run_xml(self, run: Run, look: Look = PLAIN) -> str:
        """One ``w:r``: a break, or text (tabs as ``w:tab``) with its formatting."""
        properties = self._run_properties(run, look)
        if run.line_break:
            return f"<w:r>{properties}<w:br/></w:r>"
        content = "<w:tab/>".join(_text_xml(piece) for piece in run.text.split("\t"))
        return _element("w:r", properties + content)

    def _run_properties(self, run: Run, look: Look) -> str:
        bold, italic = run.bold or look.bold, run.italic or look.italic
        if not (bold or italic or run.link or look.size or look.font):
            return ""
        parts = ["<w:rPr>"]
        link_style = self.styles.id_for("Hyperlink") if run.link else None
        if link_style is not None:
            parts.append(f'<w:rStyle w:val="{_attr(link_style)}"/>')
        if look.font:
            parts.append(f'<w:rFonts w:ascii="{look.font}" w:hAnsi="{look.font}"/>')
        if bold:
            parts.append("<w:b/>")
        if italic:
            parts.append("<w:i/>")
        if run.link and link_style is None:
            parts.append(f'<w:color w:val="{_LINK_COLOUR}"/>')
        if look.size:
            parts.append(f'<w:sz w:val="{look.size}"/><w:szCs w:val="{look.size}"/>')
        if run.link and link_style is None:
            parts.append('<w:u w:val="single"/>')
        parts.append("</w:rPr>")
        return "".join(parts)

    def link_id(self, url: str) -> str:
        """The relationship id of an external hyperlink to ``url`` (one per distinct URL)."""
        link_id = self._link_ids.get(url)
        if link_id is None:
            link_id = self.new_link(quote(url, safe=_URL_SAFE))
            self._link_ids[url] = link_id
        return link_id


_TITLE = Look(size=56)
_ITALIC = Look(italic=True)
_BOLD = Look(bold=True)


def _element(tag: str, content: str) -> str:
    # An empty element as lxml writes it, so the bundled template's text route (which does
    # not parse) writes what the tree route does.
    return f"<{tag}>{content}</{tag}>" if content else f"<{tag}/>"


def _escape(text: str) -> str:
    # Chained str.replace is several times faster than str.translate with a dict.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    return _escape(value).replace('"', "&quot;")


def _text_xml(text: str) -> str:
    if not text:
        return ""
    if text[0].isspace() or text[-1].isspace():
        return f'<w:t xml:space="preserve">{_escape(text)}</w:t>'
    return f"<w:t>{_escape(text)}</w:t>"
