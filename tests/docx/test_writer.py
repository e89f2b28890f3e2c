"""The public block writer on a python-docx Document, as a Word redline would use it."""

from __future__ import annotations

import io

import docx
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph as DocxParagraph

from os2editor.docx import BlockWriter, blocks_for, write_blocks
from os2editor.docx.blocks import Heading, ListItem, Run

from .helpers import NS, small_doc


def test_write_blocks_into_a_python_docx_document() -> None:
    document = docx.Document()
    warnings = write_blocks(document, blocks_for(small_doc()))
    # python-docx's own template has no Hyperlink character style.
    assert [w.text for w in warnings] == [
        "The template has no style “Hyperlink”; using direct formatting instead."
    ]
    saved = io.BytesIO()
    document.save(saved)
    reread = docx.Document(io.BytesIO(saved.getvalue()))
    styled = [(p.style.name if p.style else "", p.text) for p in reread.paragraphs]
    assert styled[0] == ("Title", "Funktionsbeskrivelse – Testrolle i\u00a0OS2")
    assert ("Heading 2", "1. Drift") in styled
    assert ("List Paragraph", "Færre fejl – styrke kvaliteten.") in styled
    link = reread.element.body.xpath("//w:hyperlink")[0]
    rel_id = link.get(f"{{{NS['r']}}}id")
    assert reread.part.rels[rel_id].target_ref == "https://example.org/a%20b"


def test_write_returns_python_docx_elements_and_runs_can_be_wrapped() -> None:
    document = docx.Document()
    writer = BlockWriter(document)
    elements = writer.write(Heading(1, (Run("Formål"),)))
    assert len(elements) == 1 and isinstance(elements[0], CT_P)
    assert DocxParagraph(elements[0], document._body).text == "Formål"
    assert elements[0].getparent() is document.element.body
    runs = writer.runs((Run("ny "), Run("tekst", bold=True, link="https://x.dk")))
    assert [r.tag.rsplit("}", 1)[1] for r in runs] == ["r", "hyperlink"]
    item = writer.element(ListItem(1, (Run("punkt"),), list_id=3))
    assert item.getparent() is None
    assert item.xpath("w:pPr/w:numPr/w:ilvl/@w:val") == ["1"]
    # The same list id gets the same numbering instance; another list gets its own.
    same = writer.element(ListItem(0, (Run("igen"),), list_id=3))
    other = writer.element(ListItem(0, (Run("andet"),), list_id=4))
    ids = [e.xpath("w:pPr/w:numPr/w:numId/@w:val")[0] for e in (item, same, other)]
    assert ids[0] == ids[1] != ids[2]
