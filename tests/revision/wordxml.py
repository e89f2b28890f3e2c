"""Reading the body text of a .docx straight from its XML, as Word would show it.

``view="accept"`` applies every tracked change, ``view="reject"`` undoes every one, following
Word's rules: the content of a dropped ``w:ins``/``w:del`` goes, and a paragraph whose mark is
dropped joins the paragraph after it.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, Literal

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
View = Literal["plain", "accept", "reject"]


def document_xml(data: bytes) -> Any:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def body_paragraphs(data: bytes, view: View = "plain") -> list[str]:
    """The text of every body paragraph (table cells included), in order."""
    body = document_xml(data).find(f"{W}body")
    dropped = {"accept": f"{W}del", "reject": f"{W}ins", "plain": None}[view]
    paragraphs: list[str] = []
    carried = ""
    for paragraph in body.iter(f"{W}p"):
        row = next(paragraph.iterancestors(f"{W}tr"), None)
        if row is not None and dropped and row.find(f"{W}trPr/{dropped}") is not None:
            continue
        text = carried + _text(paragraph, dropped)
        if dropped and paragraph.find(f"{W}pPr/{W}rPr/{dropped}") is not None:
            carried = text  # the mark goes: what is left joins the next paragraph
            continue
        carried = ""
        paragraphs.append(text)
    if carried:
        paragraphs.append(carried)
    return paragraphs


def _text(paragraph: Any, dropped: str | None) -> str:
    parts: list[str] = []
    for element in paragraph.iter(f"{W}t", f"{W}delText", f"{W}tab", f"{W}br"):
        if element.getparent().getparent().tag == f"{W}pPr":
            continue  # a tab stop definition, not text
        if dropped and any(a.tag == dropped for a in element.iterancestors()):
            continue
        if element.tag == f"{W}tab":
            parts.append("\t")
        elif element.tag == f"{W}br":
            parts.append("\n")
        else:
            parts.append(element.text or "")
    return "".join(parts)


def tracked(data: bytes, mark: Literal["ins", "del"]) -> list[Any]:
    """Every ``w:ins`` or ``w:del`` element of the body."""
    return list(document_xml(data).iter(f"{W}{mark}"))
