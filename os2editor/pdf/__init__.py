"""PDF output: a function description as A4 pages (PDF/A-1b), or printed, from Qt's painting.

The pages come from the Word export's blocks and page furniture, so the PDF and the .docx say
the same things:

- :mod:`os2editor.pdf.body`: export blocks -> a QTextDocument (one method per block type);
- :mod:`os2editor.pdf.pages`: that document in pages with header and footer, headings kept
  with what follows, painted onto any paged device (:class:`PagePainter`);
- :mod:`os2editor.pdf.book`: an open PDF that documents are appended to (:class:`PdfBook`);
- :mod:`os2editor.pdf.info`: XMP and document information; :mod:`os2editor.pdf.update`
  appends information, outline and language to Qt's PDF;
- :mod:`os2editor.pdf.export`: :func:`export_pdf`, :func:`render_pdf`, :func:`print_document`;
- :mod:`os2editor.pdf.redline`: :func:`export_redline_pdf`, the changes marked in colour.

QtGui loads only when a PDF is made: importing this package costs nothing, and a command
line starts Qt headless by itself (:mod:`os2editor.pdf.qt`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from os2editor._lazy import lazy_attributes

if TYPE_CHECKING:
    from os2editor.pdf.book import PdfBook
    from os2editor.pdf.export import export_pdf, print_document, render_pdf
    from os2editor.pdf.redline import export_redline_pdf

__all__ = ["PdfBook", "export_pdf", "export_redline_pdf", "print_document", "render_pdf"]

_LAZY = {
    "PdfBook": "os2editor.pdf.book",
    "export_pdf": "os2editor.pdf.export",
    "print_document": "os2editor.pdf.export",
    "render_pdf": "os2editor.pdf.export",
    "export_redline_pdf": "os2editor.pdf.redline",
}

__getattr__ = lazy_attributes(__name__, _LAZY)
