"""A lean .docx package: zip members as bytes, XML parts parsed with lxml on first use.

The exporter fills a prepared letterhead (and the redline its template) through this class
instead of python-docx, because importing python-docx costs more than the rest of an export;
``os2editor export`` starts as a fresh process every time. python-docx still prepares
letterhead templates (it knows how to add the parts a template lacks) and remains the public
face of :class:`BlockWriter`. The bundled template needs neither this nor lxml
(:mod:`os2editor.docx.bundled`).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree

from os2editor.docx import oxml
from os2editor.docx.oxml import qn
from os2editor.docx.wordml import HYPERLINK, PACKAGE_RELS, part_name, rels_name, zip_package

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


class Package:
    """The members of a .docx. Parsed parts are written back on :meth:`save`; others as read."""

    def __init__(self, members: dict[str, bytes]) -> None:
        self.members = members
        self._parsed: dict[str, Any] = {}

    @classmethod
    def from_bytes(cls, data: bytes) -> Package:
        """Read a .docx; raises zipfile.BadZipFile or KeyError for what is not one."""
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        package = cls(members)
        package.main_part()  # a zip without a main document part is not a .docx
        return package

    def copy(self) -> Package:
        """A package with the same content whose changes do not reach this one."""
        return Package({**self.members, **self.serialized()})

    def xml(self, name: str) -> Any:
        """The root element of the XML member ``name``, parsed once."""
        root = self._parsed.get(name)
        if root is None:
            root = self._parsed[name] = etree.fromstring(self.members[name], _PARSER)
        return root

    def replace_xml(self, name: str, root: Any) -> Any:
        """Make ``root`` the content of member ``name``; returns it."""
        self._parsed[name] = root
        return root

    def serialized(self) -> dict[str, bytes]:
        """The parsed members as bytes, as they are now."""
        return {
            name: etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            for name, root in self._parsed.items()
        }

    def save(self) -> bytes:
        """The .docx bytes, members in their original order."""
        return zip_package({**self.members, **self.serialized()})

    def main_part(self) -> str:
        """The member name of the main document part (``word/document.xml`` as a rule)."""
        return self.related("", "/officeDocument")[0][1]

    def related(self, source: str, type_suffix: str) -> list[tuple[str, str]]:
        """(relationship id, member name) of ``source``'s relationships of a type ending so."""
        found = []
        for rel in self.relationships(source):
            if rel.get("Type", "").endswith(type_suffix) and rel.get("TargetMode") != "External":
                found.append((rel.get("Id", ""), part_name(source, rel.get("Target", ""))))
        return found

    def target(self, source: str, rel_id: str) -> str:
        """The member name that relationship ``rel_id`` of ``source`` points to."""
        for rel in self.relationships(source):
            if rel.get("Id") == rel_id:
                return part_name(source, rel.get("Target", ""))
        raise KeyError(f"{source} has no relationship {rel_id}")

    def relationships(self, source: str) -> Any:
        """The ``Relationships`` element of ``source`` ("" for the package itself)."""
        name = rels_name(source)
        if name not in self.members:
            self.members[name] = f'<Relationships xmlns="{PACKAGE_RELS}"/>'.encode()
        return self.xml(name)

    def add_external(self, source: str, rel_type: str, url: str) -> str:
        """Relate ``source`` to an external ``url``; returns the new relationship id."""
        rels = self.relationships(source)
        used = {rel.get("Id") for rel in rels}
        number = len(used) + 1
        while f"rId{number}" in used:
            number += 1
        rel = etree.SubElement(rels, f"{{{PACKAGE_RELS}}}Relationship")
        rel.set("Id", f"rId{number}")
        rel.set("Type", rel_type)
        rel.set("Target", url)
        rel.set("TargetMode", "External")
        return f"rId{number}"


class PackageDocument:
    """What the block writer and the page furniture need of a package: parts by role."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.main = package.main_part()
        self.element = package.xml(self.main)
        self.body = self.element.find(qn("w:body"))
        self.section_properties = self.body.find(qn("w:sectPr"))

    def part_xml(self, type_suffix: str) -> Any:
        """The root of the main part's related part of a type (``/styles``, ``/numbering``)."""
        related = self.package.related(self.main, type_suffix)
        if not related:
            raise KeyError(f"the template has no {type_suffix.strip('/')} part")
        return self.package.xml(related[0][1])

    def furniture(self, kind: str) -> list[Any]:
        """The ``w:hdr``/``w:ftr`` roots (``kind`` "header"/"footer") of the first section."""
        roots = []
        seen: set[str] = set()
        for reference in self.section_properties.iterfind(qn(f"w:{kind}Reference")):
            rel_id = reference.get(qn("r:id"))
            if rel_id not in seen:
                seen.add(rel_id)
                roots.append(self.package.xml(self.package.target(self.main, rel_id)))
        return roots

    @property
    def styles(self) -> Any:
        """The ``w:styles`` root."""
        return self.part_xml("/styles")

    @property
    def numbering(self) -> Any:
        """The ``w:numbering`` root."""
        return self.part_xml("/numbering")

    def parse(self, xml: str) -> list[Any]:
        """Elements from body-level WordprocessingML text."""
        return oxml.parse_fragment(xml, _PARSER)

    def core_properties(self, namespaces: dict[str, str] | None = None) -> Any:
        """The root of ``docProps/core.xml`` (or wherever the package keeps it).

        With ``namespaces``, the root is made to declare those prefixes (values such as
        ``xsi:type="dcterms:W3CDTF"`` name them).
        """
        name = self.package.related("", "/core-properties")[0][1]
        root = self.package.xml(name)
        if namespaces and any(root.nsmap.get(k) != v for k, v in namespaces.items()):
            declared = etree.Element(root.tag, nsmap={**root.nsmap, **namespaces})
            declared.extend(list(root))
            root = self.package.replace_xml(name, declared)
        return root

    def hyperlink_id(self, url: str) -> str:
        """A new external hyperlink relationship of the main part."""
        return self.package.add_external(self.main, HYPERLINK, url)
