"""Word sections for the board pack: each role starts on a new page under its own header.

A Word section ends at a paragraph carrying a copy of the section's properties (``w:sectPr``);
the body's own ``w:sectPr`` holds the last section's. Each role gets a header part of its own:
the template's header (a letterhead keeps its logo) with the organisation on the left and the
role on the right, as the single export's header has.
"""

from __future__ import annotations

import copy
import posixpath
from typing import Any

from os2editor.docx import furniture
from os2editor.docx.oxml import qn
from os2editor.docx.package import PackageDocument
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import OFFICE_RELS, PACKAGE_RELS, rels_name, text_width

HEADER = f"{OFFICE_RELS}/header"
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_R_ID = qn("r:id")


class Sections:
    """Ends sections and gives the next one a header naming it."""

    def __init__(self, document: PackageDocument, styles: StyleMap) -> None:
        self.document = document
        self.styles = styles
        self.properties = document.section_properties
        references = list(self.properties.iterfind(qn("w:headerReference")))
        default = next((r for r in references if r.get(qn("w:type")) == "default"), None)
        self.template_header: str | None = None
        self.pristine: Any = None
        if default is not None:
            self.template_header = document.package.target(document.main, default.get(_R_ID))
            self.pristine = copy.deepcopy(document.package.xml(self.template_header))
        self.count = 0

    def next_section(self, who: furniture.Identity) -> None:
        """End the section written so far; what follows starts a new page whose header
        names ``who``."""
        ending = self.document.parse("<w:p><w:pPr/></w:p>")[0]
        ending.find(qn("w:pPr")).append(copy.deepcopy(self.properties))
        self.properties.addprevious(ending)
        rel_id = self._add_header(who)
        references = list(self.properties.iterfind(qn("w:headerReference")))
        if not references:
            reference = self.properties.makeelement(qn("w:headerReference"), {})
            reference.set(qn("w:type"), "default")
            self.properties.insert(0, reference)
            references = [reference]
        for reference in references:  # first-page and even-page headers name the role too
            reference.set(_R_ID, rel_id)

    def _add_header(self, who: furniture.Identity) -> str:
        package = self.document.package
        self.count += 1
        folder = posixpath.dirname(self.document.main)
        name = posixpath.join(folder, f"header-role{self.count}.xml")
        if self.pristine is not None:
            root = copy.deepcopy(self.pristine)
        else:
            root = self.document.parse("<w:p/>")[0].makeelement(qn("w:hdr"), {})
        paragraphs = root.findall(qn("w:p"))
        if paragraphs and next(paragraphs[-1].iter(qn("w:r")), None) is None:
            root.remove(paragraphs[-1])  # the template's empty line: the header's line goes there
        width = text_width(self.properties)
        xml = furniture.header_xml(self.styles, who, width)
        root.append(self.document.parse(f"<w:p>{xml}</w:p>")[0])
        package.replace_xml(name, root)
        if self.template_header is not None and rels_name(self.template_header) in package.members:
            package.members[rels_name(name)] = package.members[rels_name(self.template_header)]
        types = package.xml("[Content_Types].xml")
        override = types.makeelement(f"{{{_TYPES}}}Override", {})
        override.set("PartName", f"/{name}")
        override.set("ContentType", HEADER_TYPE)
        types.append(override)
        rels = package.relationships(self.document.main)
        used = {rel.get("Id") for rel in rels}
        number = len(used) + 1
        while f"rId{number}" in used:
            number += 1
        rel = rels.makeelement(f"{{{PACKAGE_RELS}}}Relationship", {})
        rel.set("Id", f"rId{number}")
        rel.set("Type", HEADER)
        rel.set("Target", posixpath.basename(name))
        rels.append(rel)
        return f"rId{number}"
