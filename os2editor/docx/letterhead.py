"""A template read within bounds, and reduced to what a letterhead needs.

A template (.docx or .dotx) is a zip of parts, and any of them can carry what a letterhead
has no business bringing into an export: macros, a link to an attached template on a web
server, an OLE object pointing at a local file, a thumbnail, the author's properties. So
before python-docx sees a template, :func:`letterhead_package`

- reads only a regular file of at most :data:`MAX_FILE` bytes, and checks the zip's own
  directory before unpacking anything: at most :data:`MAX_MEMBERS` members, none larger than
  :data:`MAX_MEMBER` unpacked, :data:`MAX_TOTAL` in all, and none (above a megabyte) packed
  more than :data:`MAX_RATIO` times (a zip bomb). Unpacking stops at the declared size.
- refuses macros (a ``vbaProject``, a macro-enabled content type: .docm, .dotm);
- keeps the styles, page setup, header and footer with their images, and what the styles
  need (numbering, settings, fonts, theme); every other part is left behind, the document's
  own properties too (the export writes its own);
- drops every relationship to outside the file except web and e-mail links in the header
  and footer, and removes what referred to a dropped relationship (an OLE object, a linked
  picture, an attached template, embedded fonts, mail-merge data);
- turns the header's and footer's fields that fetch from outside the file (``INCLUDETEXT``,
  ``INCLUDEPICTURE``, ``LINK``, ``DDE``, ``IMPORT``, a ``HYPERLINK`` to anything but the
  web) into the text they last showed: Word updates fields when it prints, and an update
  would read a file or start a program on HR's machine.

The result is a clean .docx package, as bytes, with an empty body.
"""

from __future__ import annotations

import io
import posixpath
import stat
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from os2editor.docx.wordml import (
    DOCUMENT_MAIN,
    NAMESPACES,
    OFFICE_RELS,
    PACKAGE_RELS,
    TEMPLATE_MAIN,
    part_name,
    qn,
    rels_name,
    xml_attr,
)
from os2editor.errors import WriteError
from os2editor.links import is_web_link

MAX_FILE = 20 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_MEMBER = 25 * 1024 * 1024
MAX_TOTAL = 100 * 1024 * 1024
MAX_RATIO = 100
_RATIO_FROM = 1024 * 1024  # small parts may pack well beyond the ratio, and cost nothing

CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_CORE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# Relationship types (by their last path segment) a letterhead keeps from its main part.
_MAIN_KEEPS = frozenset(
    {"styles", "numbering", "settings", "fontTable", "theme", "header", "footer"}
)
_FURNITURE = frozenset({"header", "footer"})
_IMAGE_TYPES = {
    "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif",
    "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff", "emf": "image/x-emf",
    "wmf": "image/x-wmf", "svg": "image/svg+xml",
}  # fmt: skip
# Settings that tie the export to something outside it, or lock it.
_SETTINGS_DROPPED = (
    "attachedTemplate", "linkStyles", "mailMerge", "docVars", "documentProtection",
    "writeProtection", "attachedSchema", "saveThroughXslt", "embedTrueTypeFonts",
    "embedSystemFonts", "saveSubsetFonts",
)  # fmt: skip
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>os2editor</Application></Properties>'
)
_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_OFFICE = "application/vnd.openxmlformats-officedocument"
_CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"


def letterhead_package(source: Path) -> bytes:
    """The letterhead part of the template at ``source``, as .docx bytes (see the module).

    Raises WriteError with a plain message for a file that is not a usable template.
    """
    archive = zipfile.ZipFile(io.BytesIO(_read_bounded(source)))
    _check_members(archive, source)
    members = _Members(archive, source)
    return members.letterhead()


def _read_bounded(source: Path) -> bytes:
    try:
        info = source.stat()
        if stat.S_ISDIR(info.st_mode):
            raise WriteError("template-folder", path=source)
        if not stat.S_ISREG(info.st_mode):
            raise WriteError("template-special", path=source)
        if info.st_size > MAX_FILE:
            raise WriteError("template-too-large", path=source, size=_mb(info.st_size),
                             limit=_mb(MAX_FILE))
        with open(source, "rb") as file:  # the size may have changed since stat()
            data = file.read(MAX_FILE + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise WriteError("template-unreadable", path=source, reason=reason) from None
    if len(data) > MAX_FILE:
        raise WriteError("template-too-large", path=source, size=_mb(len(data)),
                         limit=_mb(MAX_FILE))
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise WriteError("template-not-docx", path=source)
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}" if size >= 10 * 1024 * 1024 else f"{size / 1048576:.1f}"


def _check_members(archive: zipfile.ZipFile, source: Path) -> None:
    """WriteError unless the zip's directory promises a bounded amount of work."""
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    too_packed = any(
        info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    if (
        len(infos) > MAX_MEMBERS
        or total > MAX_TOTAL
        or too_packed
        or any(info.file_size > MAX_MEMBER for info in infos)
    ):
        raise WriteError("template-bomb", path=source)
    names = [info.filename.lower() for info in infos]
    if any(posixpath.basename(name) in ("vbaproject.bin", "vbadata.xml") for name in names):
        raise WriteError("template-macros", path=source)


class _Members:
    """The template's members, read on demand (each within its declared size)."""

    def __init__(self, archive: zipfile.ZipFile, source: Path) -> None:
        self.archive = archive
        self.source = source
        self.names = set(archive.namelist())
        self.content_types = self._xml("[Content_Types].xml")
        types = etree.tostring(self.content_types)
        if b"macroEnabled" in types or b"vbaProject" in types:
            raise WriteError("template-macros", path=source)
        self.overrides = {
            element.get("PartName", "").lstrip("/"): element.get("ContentType", "")
            for element in self.content_types.iterfind(f"{{{CONTENT_TYPES}}}Override")
        }
        main = [target for _, target, kind in self._rels("") if kind == "officeDocument"]
        if not main or self.overrides.get(main[0]) not in (
            DOCUMENT_MAIN.decode(),
            TEMPLATE_MAIN.decode(),
        ):
            raise WriteError("template-not-docx", path=source)
        self.main = main[0]
        self.kept: dict[str, bytes] = {}

    def _read(self, name: str) -> bytes:
        try:
            return self.archive.read(name)
        except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise WriteError("template-not-docx", path=self.source) from None

    def _xml(self, name: str) -> Any:
        try:
            return etree.fromstring(self._read(name), _PARSER)
        except etree.XMLSyntaxError:
            raise WriteError("template-not-docx", path=self.source) from None

    def _rels(self, source: str) -> list[tuple[Any, str, str]]:
        """(relationship element, target, kind) for ``source``'s relationships; ``target`` is
        a member name, or the address of an external one; ``kind`` the type's last segment."""
        name = rels_name(source)
        if name not in self.names:
            return []
        found = []
        for rel in self._xml(name).iterfind(f"{{{PACKAGE_RELS}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External":
                target = part_name(source, target)
            found.append((rel, target, rel.get("Type", "").rsplit("/", 1)[-1]))
        return found

    def letterhead(self) -> bytes:
        """The clean package (see the module docstring)."""
        main_rels, dropped = self._keep_rels(self.main, lambda kind, target, external: (
            not external and kind in _MAIN_KEEPS and target in self.names
        ))
        self.kept[self.main] = self._cleaned(self.main, dropped, _empty_body)
        for _, target, kind in main_rels:
            furniture = kind in _FURNITURE
            rels, dropped = self._keep_rels(target, lambda k, t, external, f=furniture: (
                (k == "image" and not external and t in self.names)
                or (f and k == "hyperlink" and external and is_web_link(t))
            ))
            self.kept[target] = self._cleaned(target, dropped, _TIDY.get(kind))
            for _, image, image_kind in rels:
                if image_kind == "image" and image in self.names:
                    self.kept[image] = self._read(image)
        return self._zip()

    def _keep_rels(self, source: str, keep: Any) -> tuple[list[tuple[Any, str, str]], set[str]]:
        """The relationships of ``source`` that ``keep(kind, target, external)`` accepts, and
        the ids of the others; the relationships part is written with only the kept ones."""
        kept, dropped = [], set()
        for rel, target, kind in self._rels(source):
            if keep(kind, target, rel.get("TargetMode") == "External"):
                kept.append((rel, target, kind))
            else:
                dropped.add(rel.get("Id", ""))
        if kept:
            root = etree.Element(f"{{{PACKAGE_RELS}}}Relationships", nsmap={None: PACKAGE_RELS})
            root.extend(rel for rel, _, _ in kept)
            self.kept[rels_name(source)] = _bytes(root)
        return kept, dropped

    def _cleaned(self, name: str, dropped: set[str], tidy: Any) -> bytes:
        """Part ``name`` without what referred to a dropped relationship, tidied."""
        root = self._xml(name)
        if dropped:
            _remove_references(root, dropped)
        if tidy is not None:
            tidy(root)
        return _bytes(root)

    def _zip(self) -> bytes:
        types = etree.Element(f"{{{CONTENT_TYPES}}}Types", nsmap={None: CONTENT_TYPES})
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                    "xml": "application/xml"}
        for name in self.kept:
            extension = name.rsplit(".", 1)[-1].lower()
            if extension in _IMAGE_TYPES and name not in self.overrides:
                defaults.setdefault(extension, _IMAGE_TYPES[extension])
        for extension, content_type in defaults.items():
            etree.SubElement(types, f"{{{CONTENT_TYPES}}}Default", Extension=extension,
                             ContentType=content_type)
        overrides = {name: self.overrides[name] for name in self.kept if name in self.overrides}
        overrides[self.main] = DOCUMENT_MAIN.decode()  # a .dotx becomes a document
        overrides["docProps/core.xml"] = _CORE_TYPE
        overrides["docProps/app.xml"] = f"{_OFFICE}.extended-properties+xml"
        for name, content_type in overrides.items():
            etree.SubElement(types, f"{{{CONTENT_TYPES}}}Override", PartName="/" + name,
                             ContentType=content_type)
        package_rels = (
            f'<Relationships xmlns="{PACKAGE_RELS}">'
            f'<Relationship Id="rId1" Type="{OFFICE_RELS}/officeDocument" '
            f"Target={xml_attr(self.main)}/>"
            f'<Relationship Id="rId2" Type="{_CORE_RELS}" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{OFFICE_RELS}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'
        )
        members = {
            "[Content_Types].xml": _bytes(types),
            "_rels/.rels": package_rels.encode(),
            "docProps/core.xml": _CORE.encode(),
            "docProps/app.xml": _APP.encode(),
            **self.kept,
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def _bytes(root: Any) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


_R = NAMESPACES["r"]
_RUN, _HYPERLINK = qn("w:r"), qn("w:hyperlink")


def _remove_references(root: Any, dropped: set[str]) -> None:
    """Remove what refers to a dropped relationship: the run holding it (an OLE object, a
    linked picture), a hyperlink's wrapper (its text stays), or the element itself."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        refers = [name for name, value in element.attrib.items()
                  if name.startswith(f"{{{_R}}}") and value in dropped]
        if not refers or _detached(element, root):
            continue
        if element.tag == _HYPERLINK:
            parent = element.getparent()
            for child in list(element):
                element.addprevious(child)
            parent.remove(element)
            continue
        run = next(element.iterancestors(_RUN), None)
        if run is not None:
            run.getparent().remove(run)
        elif element.tag.startswith(f"{{{NAMESPACES['w']}}}"):
            element.getparent().remove(element)
        else:  # DrawingML in a theme: the fill goes, the shape stays
            for name in refers:
                del element.attrib[name]


def _detached(element: Any, root: Any) -> bool:
    """Whether ``element`` was removed with an ancestor already."""
    return element is not root and root not in element.iterancestors()


def _empty_body(document: Any) -> None:
    """Keep only the page setup: the body's last section properties."""
    body = document.find(qn("w:body"))
    if body is None:
        return
    section = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not section:
            body.remove(child)


def _tidy_settings(settings: Any) -> None:
    for name in _SETTINGS_DROPPED:
        for element in settings.findall(qn(f"w:{name}")):
            settings.remove(element)
    # The separators of footnotes and endnotes live in parts a letterhead does not keep.
    for kind in ("footnote", "endnote"):
        for properties in settings.findall(qn(f"w:{kind}Pr")):
            for element in properties.findall(qn(f"w:{kind}")):
                properties.remove(element)


def _tidy_fonts(fonts: Any) -> None:
    for kind in ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic"):
        for element in list(fonts.iter(qn(f"w:{kind}"))):
            element.getparent().remove(element)


# Field instructions that read from outside the file when Word updates them.
_REACHING_FIELDS = frozenset(
    {"INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "RD"}
)
_FLD_CHAR, _INSTR_TEXT, _FLD_SIMPLE = qn("w:fldChar"), qn("w:instrText"), qn("w:fldSimple")
_FLD_TYPE, _INSTR = qn("w:fldCharType"), qn("w:instr")


def _reaches_out(instruction: str) -> bool:
    words = instruction.split()
    if not words:
        return False
    name = words[0].upper()
    if name == "HYPERLINK":
        # HYPERLINK "target" [switches]: a web link is what the header may keep.
        target = instruction.split('"')[1] if instruction.count('"') >= 2 else ""
        return not is_web_link(target)
    return name in _REACHING_FIELDS


def _still_fields(part: Any) -> None:
    """Fields that reach outside the file become the text they showed (see the docstring)."""
    for simple in list(part.iter(_FLD_SIMPLE)):
        if _reaches_out(simple.get(_INSTR, "")):
            for child in list(simple):
                simple.addprevious(child)
            simple.getparent().remove(simple)
    # A complex field is runs: begin, the instruction, separate, the result, end (and fields
    # may nest in either half). Its runs up to the separator and its end go; the result stays.
    runs = list(part.iter(_RUN))
    open_fields: list[list[Any]] = []  # per open field: [begin index, separator index, text]
    going: set[int] = set()
    for index, run in enumerate(runs):
        for child in run:
            if child.tag == _INSTR_TEXT and open_fields and open_fields[-1][1] is None:
                open_fields[-1][2] += child.text or ""
            elif child.tag == _FLD_CHAR:
                kind = child.get(_FLD_TYPE)
                if kind == "begin":
                    open_fields.append([index, None, ""])
                elif kind == "separate" and open_fields:
                    open_fields[-1][1] = index
                elif kind == "end" and open_fields:
                    begin, separator, instruction = open_fields.pop()
                    if _reaches_out(instruction):
                        going.update(range(begin, (separator if separator is not None
                                                   else index) + 1), (index,))
    for index in sorted(going):
        run = runs[index]
        if run.getparent() is not None:
            run.getparent().remove(run)


_TIDY = {"settings": _tidy_settings, "fontTable": _tidy_fonts, "header": _still_fields,
         "footer": _still_fields}

__all__ = ["MAX_FILE", "MAX_MEMBER", "MAX_MEMBERS", "MAX_RATIO", "MAX_TOTAL", "letterhead_package"]
