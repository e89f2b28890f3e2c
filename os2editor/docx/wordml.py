"""WordprocessingML names and text, shared by both ways of filling a template; no lxml here.

A template is filled either as a tree (:mod:`os2editor.docx.oxml`, lxml) or, for the bundled
template, as text (:mod:`os2editor.docx.bundled`), which spares a plain export the cost of
loading lxml. The text builders here write exactly what lxml writes for the elements the
tree helpers build (tests/docx/test_wordml.py holds the two side by side), so both ways give
the same bytes.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from functools import cache
from typing import Any

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


@cache
def qn(name: str) -> str:
    """The Clark name (``{namespace}local``) of a prefixed name such as ``w:p``."""
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = NAMESPACES["r"]
HYPERLINK = f"{OFFICE_RELS}/hyperlink"
# The main part's content type in a Word template (.dotx) and in a document (.docx).
TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

W_VAL = qn("w:val")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

BULLET_LIST = "os2editor-bullet"
ORDERED_LIST = "os2editor-ordered"
# Bullets cycle through three shapes by level; every text font has these characters.
BULLETS = ("•", "◦", "▪")
NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")
LIST_INDENT = 360  # twips per level, and the hanging indent of the bullet
LIST_LEVELS = 9


def xml_text(value: str) -> str:
    """``value`` as element text, escaped as lxml escapes it (a carriage return too)."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;") if "\r" in value else value


def xml_attr(value: str) -> str:
    """``value`` as a (double-quoted) attribute value, escaped as lxml escapes it."""
    value = xml_text(value).replace('"', "&quot;")
    return value.replace("\t", "&#9;").replace("\n", "&#10;")


def text_xml(value: str) -> str:
    """``<w:t>`` holding ``value``, keeping its spaces (as :func:`oxml.text` builds it)."""
    if value[:1].isspace() or value[-1:].isspace():
        return f'<w:t xml:space="preserve">{xml_text(value)}</w:t>'
    return f"<w:t>{xml_text(value)}</w:t>"


def field_xml(instruction: str, placeholder: str = "1") -> str:
    """The runs of a complex field such as ``PAGE`` (as :func:`oxml.field` builds them)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {xml_text(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{text_xml(placeholder)}</w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def abstract_numbering_xml(abstract_id: int, name: str) -> str:
    """Our bullet or ordered list definition, ``w:abstractNum`` ``abstract_id``."""
    levels = []
    for level in range(LIST_LEVELS):
        if name == BULLET_LIST:
            number_format, text = "bullet", BULLETS[level % 3]
        else:
            number_format, text = NUMBER_FORMATS[level % 3], f"%{level + 1}."
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind '
            f'w:left="{LIST_INDENT * (level + 1)}" w:hanging="{LIST_INDENT}"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/><w:name w:val="{name}"/>'
        f"{''.join(levels)}</w:abstractNum>"
    )


def numbering_instance_xml(num_id: int, abstract_id: str, start: int | None = None) -> str:
    """``w:num`` ``num_id`` (one list) of ``abstract_id``; ``start`` restarts its count."""
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        if start is not None
        else ""
    )
    return (
        f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{xml_attr(abstract_id)}"/>'
        f"{override}</w:num>"
    )


def text_width(section_properties: Any) -> int:
    """Width between the margins in twips (A4 with 2.5 cm margins when unknown).

    ``section_properties`` is a ``w:sectPr`` element of lxml or of xml.etree, or None.
    """
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


def rels_name(source: str) -> str:
    """The member holding the relationships of member ``source`` ("" for the package)."""
    folder, name = posixpath.split(source)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def part_name(source: str, target: str) -> str:
    """The member a relationship of ``source`` with ``target`` points to."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def zip_package(members: dict[str, bytes]) -> bytes:
    """The .docx bytes of ``members``, in their order."""
    buffer = io.BytesIO()
    # Level 1 compresses these small XML parts almost as well as the default, much faster.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
