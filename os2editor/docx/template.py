"""Templates made ready once, and a fresh python-docx Document on one for every export.

A template (the bundled default, an organisation's letterhead, or any template for the
redline) is prepared once per process and language: reduced to what a letterhead needs
(:mod:`os2editor.docx.letterhead`), completed by python-docx with any part an export fills
that it lacks (a header, a footer, numbering), its proofing language set and our list
definitions added. The prepared package is kept as bytes; every export opens a fresh
python-docx Document on them, so no export sees another's content.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx

from os2editor.docx import oxml
from os2editor.docx.letterhead import letterhead_package
from os2editor.docx.oxml import qn
from os2editor.docx.styles import StyleMap
from os2editor.errors import WriteError

_cache: dict[tuple[str, int, int, str], _Prepared] = {}
_lock = threading.Lock()
_CACHE_SIZE = 8


def default_template() -> Path:
    """The clean template that ships with os2editor."""
    from os2editor.resources import path

    return Path(path("templates", "default.docx"))


@contextmanager
def checkout(template: str | os.PathLike[str] | None, language_tag: str) -> Iterator[Checkout]:
    """A python-docx Document on ``template`` (None for the default), with an empty body.

    Raises WriteError with a plain message when the template is missing, not a .docx, too
    large, or carries macros.
    """
    source = Path(template) if template is not None else default_template()
    try:
        stat = source.stat()
    except OSError as error:
        raise WriteError("template-unreadable", path=source, reason=error.strerror) from None
    if source.is_dir():
        raise WriteError("template-folder", path=source)
    key = (str(source.resolve()), stat.st_mtime_ns, stat.st_size, language_tag)
    with _lock:
        prepared = _cache.get(key)
        if prepared is None:
            if len(_cache) >= _CACHE_SIZE:  # an edited template leaves old versions behind
                del _cache[next(iter(_cache))]
            prepared = _cache[key] = _Prepared.load(source, language_tag)
    yield Checkout(docx.Document(io.BytesIO(prepared.data)), prepared.styles.copy())


@dataclass
class Checkout:
    """A fresh document on a template, and the template's styles."""

    document: Any  # docx.document.Document
    styles: StyleMap

    def save(self) -> bytes:
        """The .docx bytes of the document as it is now."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


class _Prepared:
    """A template read once and made ready for exports in one language."""

    def __init__(self, data: bytes, styles: StyleMap) -> None:
        self.data = data
        self.styles = styles

    @classmethod
    def load(cls, source: Path, language_tag: str) -> _Prepared:
        """Read ``source`` and prepare it; WriteError if it is not a usable template."""
        package = letterhead_package(source)
        try:
            document = docx.Document(io.BytesIO(package))
            _complete(document)
            _prepare(document, language_tag)
            buffer = io.BytesIO()
            document.save(buffer)
        except WriteError:
            raise
        except Exception:  # python-docx and lxml raise many kinds for a damaged part
            raise WriteError("template-not-docx", path=source) from None
        return cls(buffer.getvalue(), StyleMap.of(document.styles.element))


def _complete(document: Any) -> None:
    """Add what the template lacks of the parts an export fills: numbering, and a header and
    footer for every kind of page the template distinguishes."""
    document.element.body.get_or_add_sectPr()
    _ = document.part.numbering_part  # python-docx adds the part when it is missing
    section = document.sections[0]
    pairs = [(section.header, section.footer)]
    if section.different_first_page_header_footer:
        pairs.append((section.first_page_header, section.first_page_footer))
    if document.settings.odd_and_even_pages_header_footer:
        pairs.append((section.even_page_header, section.even_page_footer))
    for header, footer in pairs:
        # A page kind without its own footer would show no page numbers at all.
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False


def _prepare(document: Any, language_tag: str) -> None:
    """Set the proofing language and add our list definitions."""
    oxml.set_language(document.styles.element, language_tag)
    oxml.ensure_abstract_numbering(document.part.numbering_part.element)
    theme_language = document.settings.element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(oxml.W_VAL, language_tag)
    document.core_properties.language = language_tag
