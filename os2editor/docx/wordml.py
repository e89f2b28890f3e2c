"""WordprocessingML names and the few numbers our lists and pages are built with."""

from __future__ import annotations

import posixpath
from functools import cache
from typing import Any

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}


@cache
def qn(name: str) -> str:
    """The Clark name (``{namespace}local``) of a prefixed name such as ``w:p``."""
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = NAMESPACES["r"]
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
EMU_PER_TWIP = 635


def xml_text(value: str) -> str:
    """``value`` as XML character data (``&``, ``<`` and ``>`` escaped).

    Here rather than xml.sax.saxutils, which would import urllib, http and email (some 15 ms
    of every export's process). Chained str.replace is several times faster than
    str.translate with a dict.
    """
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(value: str) -> str:
    """``value`` as a double-quoted XML attribute value, the quotes included."""
    return '"' + xml_text(value).replace('"', "&quot;") + '"'


def text_width(section_properties: Any) -> int:
    """Width between the margins in twips (A4 with 2.5 cm margins when unknown).

    ``section_properties`` is a ``w:sectPr`` element, or None.
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
