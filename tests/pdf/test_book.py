"""Pages onto any paged device (printing), and many documents in one PDF (a board pack)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPdfWriter

from os2editor.docx import furniture, language
from os2editor.docx.blocks import blocks_for
from os2editor.markdown import loads
from os2editor.pdf import PdfBook, print_document, render_pdf
from os2editor.pdf.export import page_furniture
from os2editor.pdf.info import DocumentInfo
from tests.docx.helpers import ROLE_MD
from tests.helpers import fixture_text

from .helpers import outline_titles, page_text, pdftotext, reader


def test_printing_paints_the_pages_of_the_pdf(tmp_path: Path) -> None:
    """A printer is a paged device like the PDF writer; one with its own margins stands in
    for a printer's unprintable border."""
    doc = loads(ROLE_MD)
    printed = tmp_path / "printer.pdf"
    device = QPdfWriter(str(printed))
    device.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    pages = print_document(doc, device)
    del device  # closes the file
    exported = tmp_path / "export.pdf"
    exported.write_bytes(render_pdf(doc))
    assert pages == len(reader(exported.read_bytes()).pages) == len(
        reader(printed.read_bytes()).pages
    )
    assert pdftotext(printed).split() == pdftotext(exported).split()
    first = reader(printed.read_bytes()).pages[0]
    assert f"Side 1 af {pages}" in page_text(first)


def test_a_pack_appends_documents_each_with_its_own_numbers_and_bookmark() -> None:
    role, chief = loads(ROLE_MD), loads(fixture_text("chief.md"))
    texts = language.texts_for("da")
    who = furniture.Identity("Bestyrelsespakke", "OS2", "Bestyrelsespakke")
    book = PdfBook(DocumentInfo.of(who, texts, "Sekretariatet", dt.datetime(2026, 6, 1)))
    counts = [
        book.append(((block, None) for block in blocks_for(doc)),
                    page_furniture(doc, None, texts), outline_title=doc.title)
        for doc in (role, chief)
    ]
    pdf = reader(book.finish())
    assert len(pdf.pages) == sum(counts)
    assert f"Side 1 af {counts[1]}" in page_text(pdf.pages[counts[0]])
    outline = outline_titles(pdf)
    assert outline[0] == role.title and outline[2] == chief.title
    assert "Formål med stillingen" in outline[1] and "Formål med stillingen" in outline[3]
    assert pdf.get_destination_page_number(pdf.outline[2]) == counts[0]
