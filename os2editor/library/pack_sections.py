"""Word sections for the board pack: each role starts on a new page under its own header.

A Word section ends at a paragraph carrying a copy of the section's properties (``w:sectPr``);
the body's own ``w:sectPr`` holds the last section's. python-docx adds such a break
(``add_section_break``) and leaves the new section without header references, so it would
show the section before's header. Each role gets a header part of its own instead: the
template's header as it came (a letterhead keeps its logo, with the logo's relationships),
with the organisation on the left and the role on the right, as the single export's header
has. The footers ("Side X af Y") are the first section's, inherited.
"""

from __future__ import annotations

import copy
from typing import Any

from docx.enum.section import WD_SECTION
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.parts.hdrftr import HeaderPart

from os2editor.docx import furniture
from os2editor.docx.properties import Identity
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import qn, text_width

_R_ID = qn("r:id")
_TYPE = qn("w:type")


class Sections:
    """Ends sections and gives the next one a header naming it, in a python-docx Document.

    Made before anything is written into the template's header: the header's first content
    is what every role's header starts from.
    """

    def __init__(self, document: Any, styles: StyleMap) -> None:
        self.document = document
        self.styles = styles
        properties = document.element.body.find(qn("w:sectPr"))
        self.kinds = [ref.get(_TYPE) or "default"
                      for ref in properties.iterfind(qn("w:headerReference"))] or ["default"]
        default = document.sections[0].header
        self.template: Any = None if default.is_linked_to_previous else default.part
        self.pristine = copy.deepcopy(self.template.element) if self.template is not None \
            else None
        self.count = 0

    def next_section(self, who: Identity) -> None:
        """End the section written so far; what follows starts a new page whose headers
        (default, and first-page and even-page ones where the template has them) name
        ``who``."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        properties = section._sectPr  # the body's w:sectPr, now the new section's
        rel_id = self._add_header(who, text_width(properties))
        for kind in reversed(self.kinds):  # header references come first, in this order
            reference = properties.makeelement(qn("w:headerReference"), {})
            reference.set(_TYPE, kind)
            reference.set(_R_ID, rel_id)
            properties.insert(0, reference)

    def _add_header(self, who: Identity, width: int) -> str:
        """A header part holding the template's header and the line naming ``who``; returns
        its relationship id from the document."""
        self.count += 1
        document_part = self.document.part
        if self.pristine is not None:
            root = copy.deepcopy(self.pristine)
        else:
            root = HeaderPart.new(document_part.package).element
        part = HeaderPart(PackURI(f"/word/header-role{self.count}.xml"), CONTENT_TYPE.WML_HEADER,
                          root, document_part.package)
        if self.template is not None:  # the logo and anything else the letterhead relates to
            for rel in self.template.rels.values():
                target = rel.target_ref if rel.is_external else rel.target_part
                part.rels.add_relationship(rel.reltype, target, rel.rId, rel.is_external)
        furniture.header_line(root, self.styles, who, str(width))
        rel_id: str = document_part.relate_to(part, RELATIONSHIP_TYPE.HEADER)
        return rel_id
