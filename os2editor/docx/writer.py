"""Export blocks -> WordprocessingML in a python-docx Document (or the exporter's package).

:class:`BlockWriter` is the public way to put blocks into a document, one at a time::

    writer = BlockWriter(docx.Document("letterhead.docx"))
    for block in blocks_for(doc):
        elements = writer.write(block)

``write`` returns the ``w:p``/``w:tbl`` elements it appended, and :meth:`BlockWriter.runs`
builds the ``w:r``/``w:hyperlink`` elements for runs without placing them, so a redline writer
can wrap them in ``w:ins``/``w:del``. Styles are looked up by name once per document and set
as ids; a style the template lacks falls back to direct formatting and a warning (once).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from os2editor.docx import oxml
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
from os2editor.docx.oxml import qn
from os2editor.docx.package import PackageDocument
from os2editor.docx.template import StyleMap
from os2editor.messages import Message

__all__ = ["BlockWriter", "Look", "write_blocks"]


@dataclass(frozen=True, slots=True)
class Look:
    """Direct run formatting, used where a style is missing (and for table headers)."""

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


class DocxTarget:
    """A python-docx Document as the block writer sees it: body, styles, numbering, links."""

    def __init__(self, document: Any) -> None:
        self.part = document.part
        self.body = document.element.body
        self.styles = document.styles.element
        self.numbering = document.part.numbering_part.element

    def hyperlink_id(self, url: str) -> str:
        """A relationship id for an external hyperlink to ``url``."""
        from docx.opc.constants import RELATIONSHIP_TYPE

        rel_id: str = self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        return rel_id

    def parse(self, xml: str) -> list[Any]:
        """Elements with python-docx's element classes, so its proxies work on them."""
        from docx.oxml.parser import oxml_parser

        return oxml.parse_fragment(xml, oxml_parser)


class BlockWriter:
    """Writes export blocks at the end of a document's body.

    ``document`` is a python-docx Document (the public use, e.g. a redline writer) or the
    exporter's own :class:`~os2editor.docx.package.PackageDocument`.

    Blocks are rendered as WordprocessingML text and parsed once: building the same tree
    element by element costs several times more, and an export has to fit in milliseconds.
    """

    def __init__(self, document: Any, styles: StyleMap | None = None) -> None:
        target = document if isinstance(document, PackageDocument) else DocxTarget(document)
        self.target: PackageDocument | DocxTarget = target
        self.body = target.body
        self.section_properties = self.body.find(qn("w:sectPr"))
        self.styles = styles if styles is not None else StyleMap.of(target.styles)
        self.numbering = target.numbering
        self.abstract_ids = oxml.ensure_abstract_numbering(self.numbering)
        self._num_ids: dict[tuple[int, bool], str] = {}
        self._next_num_id = oxml.next_numbering_id(self.numbering)
        self._link_ids: dict[str, str] = {}
        self._style_xml: dict[str, str] = {}
        self.text_width = text_width(self.section_properties)

    @property
    def warnings(self) -> list[Message]:
        """What fell back so far (missing styles), each said once."""
        return self.styles.warnings

    def write_all(self, blocks: Iterable[Block]) -> None:
        """Write every block in order."""
        self._place(self.target.parse("".join(self.xml(block) for block in blocks)))

    def write(self, block: Block) -> list[Any]:
        """Append ``block`` to the body; return the elements it became."""
        elements = self.target.parse(self.xml(block))
        self._place(elements)
        return elements

    def _place(self, elements: list[Any]) -> None:
        for element in elements:
            if self.section_properties is not None:
                self.section_properties.addprevious(element)
            else:
                self.body.append(element)

    def element(self, block: Block) -> Any:
        """The ``w:p`` or ``w:tbl`` for ``block``, not yet placed in the document."""
        return self.target.parse(self.xml(block))[0]

    def runs(self, runs: Runs, look: Look = PLAIN) -> list[Any]:
        """``w:r`` and ``w:hyperlink`` elements for ``runs``, not yet placed (e.g. for w:ins)."""
        paragraph = self.target.parse(f"<w:p>{self.runs_xml(runs, look)}</w:p>")[0]
        elements = list(paragraph)
        for element in elements:
            paragraph.remove(element)
        return elements

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
            return f"<w:p>{self.runs_xml(block.runs, look)}</w:p>"
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
        return f"<w:p>{properties}{self.runs_xml(runs, look)}</w:p>"

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
            name = oxml.ORDERED_LIST if block.ordered else oxml.BULLET_LIST
            start = block.start if block.ordered else None
            oxml.add_numbering_instance(
                self.numbering, self._next_num_id, self.abstract_ids[name], start
            )
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
        cell_start = f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>'
        for index, row in enumerate(block.rows):
            header = index < block.header_rows
            parts.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
            look = _BOLD if header else PLAIN
            for cell in (*row, *([()] * (columns - len(row)))):
                parts.append(f"{cell_start}{self.runs_xml(cell, look)}</w:p></w:tc>")
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
        return f"<w:r>{properties}{content}</w:r>"

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
            link_id = self.target.hyperlink_id(quote(url, safe=_URL_SAFE))
            self._link_ids[url] = link_id
        return link_id


_TITLE = Look(size=56)
_ITALIC = Look(italic=True)
_BOLD = Look(bold=True)


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


def write_blocks(document: Any, blocks: Iterable[Block]) -> list[Message]:
    """Write ``blocks`` at the end of ``document``'s body; return the warnings."""
    writer = BlockWriter(document)
    writer.write_all(blocks)
    return writer.warnings


def text_width(section_properties: Any) -> int:
    """Width between the margins in twips (A4 with 2.5 cm margins when unknown)."""
    width, left, right = 11906, 1418, 1418
    if section_properties is not None:
        size = section_properties.find(qn("w:pgSz"))
        margins = section_properties.find(qn("w:pgMar"))
        if size is not None:
            width = int(size.get(qn("w:w"), width))
        if margins is not None:
            left = int(margins.get(qn("w:left"), left))
            right = int(margins.get(qn("w:right"), right))
    return max(width - left - right, 1440)
