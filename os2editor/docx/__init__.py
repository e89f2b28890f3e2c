"""Word export: a function description as a .docx HR can send out as it is.

The pipeline has two halves, so a Word redline can reuse both:

- :mod:`os2editor.docx.blocks`: model -> a flat list of frozen export blocks
  (:func:`blocks_for`), comparable by value;
- :mod:`os2editor.docx.blockxml`: blocks -> WordprocessingML text, and
  :mod:`os2editor.docx.writer`: that text into a python-docx Document (:class:`BlockWriter`),
  with the OXML helpers (names, fields, numbering, language) in :mod:`os2editor.docx.oxml`
  and :mod:`os2editor.docx.wordml`.

:func:`export_docx` puts them together on a template (:mod:`~os2editor.docx.template`, read
within bounds and reduced to a letterhead by :mod:`~os2editor.docx.letterhead`), with page
flow (:mod:`~os2editor.docx.flow`), page furniture (:mod:`~os2editor.docx.furniture`: header,
footer, draft mark, properties) in the document's language
(:mod:`~os2editor.docx.language`), and an atomic write. There is one route: python-docx and
its lxml tree. Names load lazily, so ``import os2editor.docx`` (and the CLI's parser) stays
cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from os2editor._lazy import lazy_attributes

if TYPE_CHECKING:
    from os2editor.docx.blocks import PART_NAMES, blocks_for
    from os2editor.docx.export import export_docx
    from os2editor.docx.writer import BlockWriter, write_blocks

__all__ = ["PART_NAMES", "BlockWriter", "blocks_for", "export_docx", "write_blocks"]

_LAZY = {
    "PART_NAMES": "os2editor.docx.blocks",
    "blocks_for": "os2editor.docx.blocks",
    "export_docx": "os2editor.docx.export",
    "BlockWriter": "os2editor.docx.writer",
    "write_blocks": "os2editor.docx.writer",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
