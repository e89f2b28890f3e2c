"""Export blocks -> WordprocessingML in a python-docx Document.

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

import os
from collections.abc import Iterable
from typing import Any

from os2editor.docx import oxml, pictures
from os2editor.docx.blocks import Block, Runs
from os2editor.docx.blockxml import PLAIN, BlockXml, Look
from os2editor.docx.inline import Run
from os2editor.docx.language import Texts
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import qn, text_width
from os2editor.messages import Message

__all__ = ["BlockWriter", "Look", "text_width", "write_blocks"]


class BlockWriter(BlockXml):
    """Writes export blocks at the end of a python-docx Document's body.

    ``styles`` is the template's style map (read from the document when None), ``texts`` the
    fixed texts of the document's language, ``images_from`` the folder that relative picture
    addresses are read from (the description's own folder); without it, relative pictures
    are left out with a notice.
    """

    def __init__(
        self,
        document: Any,
        styles: StyleMap | None = None,
        texts: Texts | None = None,
        images_from: str | os.PathLike[str] | None = None,
    ) -> None:
        from docx.oxml.parser import oxml_parser

        self.document = document
        self.part = document.part
        self.body = document.element.body
        self.section_properties = self.body.find(qn("w:sectPr"))
        self.numbering = document.part.numbering_part.element
        self._parser = oxml_parser  # python-docx's element classes, so its proxies work
        self._pictures = pictures.Pictures(self.part, images_from)
        super().__init__(
            styles if styles is not None else StyleMap.of(document.styles.element),
            text_width(self.section_properties),
            oxml.ensure_abstract_numbering(self.numbering),
            oxml.next_numbering_id(self.numbering),
            texts,
        )

    def add_list(self, num_id: int, abstract_id: str, start: int | None) -> None:
        oxml.add_numbering_instance(self.numbering, num_id, abstract_id, start)

    def new_link(self, url: str) -> str:
        from docx.opc.constants import RELATIONSHIP_TYPE

        rel_id: str = self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        return rel_id

    def picture_xml(self, run: Run) -> str | None:
        picture = self._pictures.embed(run.image or "", self.text_width)
        if isinstance(picture, Message):
            self.notices.append(picture)
            return None
        return picture.xml(run.text)

    def parse(self, xml: str) -> list[Any]:
        """Body-level WordprocessingML text as elements, not yet placed."""
        return oxml.parse_fragment(xml, self._parser)

    def write_all(self, blocks: Iterable[Block]) -> list[Any]:
        """Write every block in order; returns the elements, one per block."""
        elements = self.parse(self.all_xml(blocks))
        self._place(elements)
        return elements

    def write(self, block: Block) -> list[Any]:
        """Append ``block`` to the body; return the elements it became."""
        elements = self.parse(self.xml(block))
        self._place(elements)
        return elements

    def place(self, element: Any) -> None:
        """Append an element made with :meth:`element` to the body."""
        self._place([element])

    def _place(self, elements: list[Any]) -> None:
        for element in elements:
            if self.section_properties is not None:
                self.section_properties.addprevious(element)
            else:
                self.body.append(element)

    def element(self, block: Block) -> Any:
        """The ``w:p`` or ``w:tbl`` for ``block``, not yet placed in the document."""
        return self.parse(self.xml(block))[0]

    def runs(self, runs: Runs, look: Look = PLAIN) -> list[Any]:
        """``w:r`` and ``w:hyperlink`` elements for ``runs``, not yet placed (e.g. for w:ins)."""
        paragraph = self.parse(f"<w:p>{self.runs_xml(runs, look)}</w:p>")[0]
        elements = list(paragraph)
        for element in elements:
            paragraph.remove(element)
        return elements


def write_blocks(
    document: Any, blocks: Iterable[Block], images_from: str | os.PathLike[str] | None = None
) -> list[Message]:
    """Write ``blocks`` at the end of ``document``'s body; return the warnings."""
    writer = BlockWriter(document, images_from=images_from)
    writer.write_all(blocks)
    return writer.warnings



