"""Templates filled as trees: open one once, keep it ready, and look its styles up by name.

A template (an organisation's letterhead, or any template for the redline) is prepared once
per process: its body is cleared (its header, footer, logo and styles stay), the proofing
language is set and our list definitions are added. The prepared members are cached as
bytes; every export starts from a fresh :class:`Package` over them and parses only the few
parts it changes. (A plain export on the bundled template skips all this and lxml with it:
:mod:`os2editor.docx.bundled` fills that template as text, to the same bytes.)

python-docx is imported only for a template that lacks parts the export fills (a header, a
footer, numbering, core properties): it knows how to add them. The default template has them
all, so a plain ``os2editor export`` never loads python-docx.
"""

from __future__ import annotations

import io
import os
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from os2editor.docx import oxml
from os2editor.docx.bundled import default_template
from os2editor.docx.oxml import qn
from os2editor.docx.package import Package, PackageDocument
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import DOCUMENT_MAIN, TEMPLATE_MAIN
from os2editor.errors import WriteError

_DC = "http://purl.org/dc/elements/1.1/"

_cache: dict[tuple[str, int, int, str], _Prepared] = {}
_lock = threading.Lock()
_CACHE_SIZE = 8


@contextmanager
def checkout(template: str | os.PathLike[str] | None, language_tag: str) -> Iterator[Checkout]:
    """A document on ``template`` (None for the default) with an empty body.

    Raises WriteError with a plain message when the template is missing or not a .docx.
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
    document = PackageDocument(Package(dict(prepared.members)))
    yield Checkout(document, prepared.styles.copy())


@dataclass
class Checkout:
    """A fresh document on a template, and the template's styles."""

    document: PackageDocument
    styles: StyleMap

    def save(self) -> bytes:
        """The .docx bytes of the document as it is now."""
        return self.document.package.save()


class _Prepared:
    """A template read once and made ready for exports in one language."""

    def __init__(self, members: dict[str, bytes], styles: StyleMap) -> None:
        self.members = members
        self.styles = styles

    @classmethod
    def load(cls, source: Path, language_tag: str) -> _Prepared:
        """Read ``source`` and prepare it; WriteError if it is not a usable .docx."""
        try:
            data = _as_document_package(source.read_bytes())
        except OSError as error:
            raise WriteError("template-unreadable", path=source, reason=error.strerror) from None
        try:
            package = Package.from_bytes(data)
            if not _complete(PackageDocument(package)):
                package = Package.from_bytes(_completed_by_python_docx(data))
            document = PackageDocument(package)
            _prepare(document, language_tag)
            styles = StyleMap.of(document.part_xml("/styles"))
        except Exception:  # zipfile, lxml and python-docx raise many kinds
            raise WriteError("template-not-docx", path=source) from None
        return cls(package.copy().members, styles)


def _complete(document: PackageDocument) -> bool:
    """Whether the package has every part an export fills."""
    try:
        document.part_xml("/styles")
        document.part_xml("/numbering")
        document.core_properties()
    except (KeyError, IndexError):
        return False
    section = document.section_properties
    if section is None:
        return False
    needed = ["default"]
    if section.find(qn("w:titlePg")) is not None:
        needed.append("first")
    for kind in ("header", "footer"):
        present = {ref.get(qn("w:type")) for ref in section.iterfind(qn(f"w:{kind}Reference"))}
        if not set(needed) <= present:
            return False
    return True


def _completed_by_python_docx(data: bytes) -> bytes:
    """The template with the parts it lacks added by python-docx (and its body emptied)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    body.get_or_add_sectPr()
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    # Reaching these makes python-docx add the numbering and core properties parts.
    _ = document.part.numbering_part
    document.core_properties.revision = 1
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
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _prepare(document: PackageDocument, language_tag: str) -> None:
    """Empty the body, set the proofing language and add our list definitions."""
    for child in list(document.body):
        if child.tag != qn("w:sectPr"):
            document.body.remove(child)
    oxml.set_language(document.part_xml("/styles"), language_tag)
    oxml.ensure_abstract_numbering(document.part_xml("/numbering"))
    try:
        settings = document.part_xml("/settings")
    except KeyError:
        settings = None
    theme_language = settings.find(qn("w:themeFontLang")) if settings is not None else None
    if theme_language is not None:
        theme_language.set(oxml.W_VAL, language_tag)
    core = document.core_properties()
    language = core.find(f"{{{_DC}}}language")
    if language is None:
        language = etree.SubElement(core, f"{{{_DC}}}language")
    language.text = language_tag


def _as_document_package(data: bytes) -> bytes:
    """Let a Word template (.dotx) pass as a document by changing its main content type."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        types = archive.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError):
        return data  # reported as not a .docx when it is opened
    if TEMPLATE_MAIN not in types:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            content = archive.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(TEMPLATE_MAIN, DOCUMENT_MAIN)
            target.writestr(info, content)
    return out.getvalue()
