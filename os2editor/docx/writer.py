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
from typing import Any

from os2editor.docx import oxml
from os2editor.docx.blocks import Block, Runs
from os2editor.docx.blockxml import PLAIN, BlockXml, Look
from os2editor.docx.package import PackageDocument
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import qn, text_width
from os2editor.messages import Message

__all__ = ["BlockWriter", "Look", "text_width", "write_blocks"]


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


class BlockWriter(BlockXml):
    """Writes export blocks at the end of a document's body.

    ``document`` is a python-docx Document (the public use, e.g. a redline writer) or the
    exporter's own :class:`~os2editor.docx.package.PackageDocument`.

    Blocks are rendered as WordprocessingML text (:class:`~os2editor.docx.blockxml.BlockXml`)
    and parsed once: building the same tree element by element costs several times more, and
    an export has to fit in milliseconds.
    """

    def __init__(self, document: Any, styles: StyleMap | None = None) -> None:
        target = document if isinstance(document, PackageDocument) else DocxTarget(document)
        self.target: PackageDocument | DocxTarget = target
        self.body = target.body
        self.section_properties = self.body.find(qn("w:sectPr"))
        self.numbering = target.numbering
        super().__init__(
            styles if styles is not None else StyleMap.of(target.styles),
            text_width(self.section_properties),
            oxml.ensure_abstract_numbering(self.numbering),
            oxml.next_numbering_id(self.numbering),
        )

    def add_list(self, num_id: int, abstract_id: str, start: int | None) -> None:
        oxml.add_numbering_instance(self.numbering, num_id, abstract_id, start)

    def new_link(self, url: str) -> str:
        return self.target.hyperlink_id(url)

    def write_all(self, blocks: Iterable[Block]) -> None:
        """Write every block in order."""
        self._place(self.target.parse(self.all_xml(blocks)))

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


def write_blocks(document: Any, blocks: Iterable[Block]) -> list[Message]:
    """Write ``blocks`` at the end of ``document``'s body; return the warnings."""
    writer = BlockWriter(document)
    writer.write_all(blocks)
    return writer.warnings
