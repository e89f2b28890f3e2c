"""The bundled template, filled as text: a plain ``os2editor export`` without lxml.

lxml is a large library: loading it costs a fresh ``os2editor export`` process some 25 ms,
as much as the rest of the export together. So the template that ships with os2editor is
filled as text, at the few places an export writes to: the blocks go into the body before
``w:sectPr``, the list instances at the end of the numbering part, hyperlinks at the end of
the main part's relationships, the furniture into the last paragraph of the header and of
the footer, and the properties into ``docProps/core.xml``. It is read with xml.etree, which
loads in a fraction of lxml's time.

The result is byte for byte what the tree route (:mod:`os2editor.docx.template`, which fills
every letterhead and the redline) writes for the same template: the bundled template is
written in the plain form in which lxml writes XML, and the text put in is what lxml writes
for the same elements (tests/docx/test_bundled.py compares the two routes). A bundled
template in any other shape is filled as a tree, which is only slower.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

from os2editor.docx import furniture
from os2editor.docx.blocks import Block
from os2editor.docx.blockxml import BlockXml
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import (
    BULLET_LIST,
    HYPERLINK,
    NAMESPACES,
    ORDERED_LIST,
    PACKAGE_RELS,
    TEMPLATE_MAIN,
    W_VAL,
    abstract_numbering_xml,
    numbering_instance_xml,
    part_name,
    qn,
    rels_name,
    text_width,
    xml_attr,
    zip_package,
)
from os2editor.messages import Message

# The declaration lxml writes on every part it has parsed.
_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
# Signs of XML that lxml would write differently from the way it was read: comments,
# processing instructions, CDATA and doctypes; carriage returns and tabs; single-quoted
# attributes; white space at the end of a tag, or doubled (see also _check_plain).
_NOT_PLAIN = ("<!", "<?", "\r", "\t", "='", " />", " >", "  ")
# An element without content, which lxml writes as <name/>.
_EMPTY_ELEMENT = re.compile(r"<([^\s/<>]++)([^<>]*+)(?<!/)></\1>")
# Our list definitions, added to the (empty) numbering part as the tree route adds them.
_ABSTRACT_IDS = {BULLET_LIST: 0, ORDERED_LIST: 1}


class NotPlainError(ValueError):
    """The bundled template is not in the shape the text route fills."""


def default_template() -> Path:
    """The clean template that ships with os2editor."""
    from os2editor.resources import path

    return Path(path("templates", "default.docx"))


_cache: dict[tuple[str, int, int, str], BundledTemplate | None] = {}
_lock = threading.Lock()


def bundled_template(language_tag: str) -> BundledTemplate | None:
    """The bundled template made ready for exports in ``language_tag`` (once per process),
    or None when it cannot be filled as text (then the tree route fills it, or says why not).
    """
    source = default_template()
    try:
        stat = source.stat()
    except OSError:
        return None
    key = (str(source), stat.st_mtime_ns, stat.st_size, language_tag)
    with _lock:
        if key not in _cache:
            if len(_cache) >= 4:  # a rebuilt template leaves old versions behind
                _cache.clear()
            _cache[key] = _load(source, language_tag)
        return _cache[key]


def _load(source: Path, language_tag: str) -> BundledTemplate | None:
    try:
        with zipfile.ZipFile(source) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        return BundledTemplate(members, language_tag)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return None


class _Part:
    """A part in lxml's form with one place to write at: ``head`` + text + ``tail``, and
    ``empty`` when nothing is written there."""

    __slots__ = ("empty", "head", "tail")

    def __init__(self, head: str, tail: str, empty: str | None = None) -> None:
        self.head, self.tail = head, tail
        self.empty = head + tail if empty is None else empty

    @classmethod
    def at(cls, text: str, index: int) -> _Part:
        return cls(text[:index], text[index:], text)

    @classmethod
    def at_root_end(cls, text: str, name: str) -> _Part:
        """The part with its place at the end of its root element ``name``."""
        if not text.startswith(f"<{name} ", len(_DECLARATION)):
            raise NotPlainError(f"the root is not {name}")
        if text.endswith("/>"):  # an empty root, <name .../>, opens up when filled
            return cls(f"{text[:-2]}>", f"</{name}>", text)
        if not text.endswith(f"</{name}>"):
            raise NotPlainError(f"the part does not end with </{name}>")
        return cls.at(text, len(text) - len(f"</{name}>"))

    def fill(self, text: str) -> bytes:
        return (self.head + text + self.tail if text else self.empty).encode()


class BundledTemplate:
    """The bundled template's parts, ready to be filled as text in one language."""

    def __init__(self, members: dict[str, bytes], language_tag: str) -> None:
        if TEMPLATE_MAIN in members["[Content_Types].xml"]:  # the tree route mends a .dotx
            raise NotPlainError("a Word template (.dotx)")
        self.members = dict(members)
        package = _Relationships(members, "")
        self.members[package.name] = self._plain(package.name).encode()
        self.main = package.target("/officeDocument")
        rels = _Relationships(members, self.main)
        self.rels_name, self.rel_ids = rels.name, [rel.get("Id") for rel in rels.root]
        rels_text = self._plain(rels.name)
        _require_declared(rels_text, "xmlns", PACKAGE_RELS)
        self.rels = _Part.at_root_end(rels_text, "Relationships")
        section = self._read_body()
        self.text_width = text_width(section)
        self.headers = self._furniture(section, rels, "header", "w:hdr")
        self.footers = self._furniture(section, rels, "footer", "w:ftr")
        self.numbering_name = rels.target("/numbering")
        self.numbering = _numbering(self._plain(self.numbering_name))
        self.abstract_ids = {name: str(number) for name, number in _ABSTRACT_IDS.items()}
        self.core_name = package.target("/core-properties")
        self.core = _core(self._plain(self.core_name))
        self.styles = self._set_language(rels, language_tag)

    def _plain(self, name: str) -> str:
        return _plain(self.members[name])

    def _set_language(self, rels: _Relationships, language_tag: str) -> StyleMap:
        """Set the proofing language in the styles and the settings; returns the styles."""
        styles_name = rels.target("/styles")
        styles = self._plain(styles_name)
        root = ElementTree.fromstring(styles)
        self.members[styles_name] = _styles_in(styles, root, language_tag).encode()
        settings_name = rels.optional_target("/settings")
        if settings_name is not None:
            settings = _settings_in(self._plain(settings_name), language_tag)
            self.members[settings_name] = settings.encode()
        return StyleMap.of(root)  # the language is no part of the map

    def _read_body(self) -> ElementTree.Element:
        """Make the body's place (before ``w:sectPr``); returns the section properties."""
        text = self._plain(self.main)
        for prefix in ("w", "r"):
            _require_declared(text, f"xmlns:{prefix}", NAMESPACES[prefix])
        body = ElementTree.fromstring(text).find(qn("w:body"))
        if body is None or [child.tag for child in body] != [qn("w:sectPr")]:
            raise NotPlainError("the body holds more than the section properties")
        self.body = _Part.at(text, text.index("<w:sectPr"))
        return body[0]

    def _furniture(
        self, section: ElementTree.Element, rels: _Relationships, kind: str, root: str
    ) -> list[tuple[str, _Part]]:
        """The (member, last paragraph) of each header or footer of the section."""
        ids = [ref.get(qn("r:id")) for ref in section.iterfind(qn(f"w:{kind}Reference"))]
        needed = {"default", "first"} if section.find(qn("w:titlePg")) is not None else {"default"}
        present = {ref.get(qn("w:type")) for ref in section.iterfind(qn(f"w:{kind}Reference"))}
        if not needed <= present:
            raise NotPlainError(f"a {kind} is missing (the tree route adds it)")
        names = [rels.by_id(rel_id or "") for rel_id in dict.fromkeys(ids)]
        if len(set(names)) != len(names):  # the tree route would write into one twice
            raise NotPlainError(f"one {kind} serves two kinds of page")
        return [(name, _last_paragraph(self._plain(name), root)) for name in names]

    def render(
        self,
        blocks: Iterable[Block],
        *,
        who: furniture.Identity,
        texts: furniture.Texts,
        revised: str | None,
        author: str | None,
        now: dt.datetime,
    ) -> tuple[bytes, list[Message]]:
        """The .docx bytes of a document of ``blocks`` on this template, and the warnings."""
        styles = self.styles.copy()
        body = _TextBody(self, styles)
        members = dict(self.members)
        members[self.main] = self.body.fill(_as_parsed(body.all_xml(blocks)))
        header = furniture.header_xml(styles, who, self.text_width)
        footer = furniture.footer_xml(styles, texts, revised, self.text_width)
        for name, part in self.headers:
            members[name] = part.fill(header)
        for name, part in self.footers:
            members[name] = part.fill(footer)
        members[self.numbering_name] = self.numbering.fill("".join(body.lists))
        members[self.rels_name] = self.rels.fill("".join(body.links))
        members[self.core_name] = self.core.fill(furniture.core_xml(who, texts, author, now))
        return zip_package(members), styles.warnings


class _TextBody(BlockXml):
    """The body as text; list instances and hyperlink relationships are collected as text."""

    def __init__(self, template: BundledTemplate, styles: StyleMap) -> None:
        super().__init__(styles, template.text_width, template.abstract_ids, next_num_id=1)
        self.lists: list[str] = []
        self.links: list[str] = []
        self._rel_ids = set(template.rel_ids)

    def add_list(self, num_id: int, abstract_id: str, start: int | None) -> None:
        self.lists.append(numbering_instance_xml(num_id, abstract_id, start))

    def new_link(self, url: str) -> str:
        # Numbered as os2editor.docx.package.Package.add_external numbers them.
        number = len(self._rel_ids) + 1
        while f"rId{number}" in self._rel_ids:
            number += 1
        rel_id = f"rId{number}"
        self._rel_ids.add(rel_id)
        self.links.append(
            f'<Relationship Id="{rel_id}" Type="{HYPERLINK}" Target="{xml_attr(url)}" '
            'TargetMode="External"/>'
        )
        return rel_id


class _Relationships:
    """The relationships of one part (``source``; "" for the package), read with xml.etree."""

    def __init__(self, members: dict[str, bytes], source: str) -> None:
        self.source = source
        self.name = rels_name(source)
        self.root = ElementTree.fromstring(members[self.name])

    def target(self, type_suffix: str) -> str:
        """The member of the first relationship of a type ending in ``type_suffix``."""
        found = self.optional_target(type_suffix)
        if found is None:
            raise NotPlainError(f"no {type_suffix} relationship")
        return found

    def optional_target(self, type_suffix: str) -> str | None:
        """The member of the first relationship of a type ending so, or None."""
        for rel in self.root:
            if rel.get("Type", "").endswith(type_suffix) and rel.get("TargetMode") != "External":
                return part_name(self.source, rel.get("Target", ""))
        return None

    def by_id(self, rel_id: str) -> str:
        for rel in self.root:
            if rel.get("Id") == rel_id:
                return part_name(self.source, rel.get("Target", ""))
        raise NotPlainError(f"no relationship {rel_id}")


def _plain(data: bytes) -> str:
    """A part as lxml writes it after parsing it; NotPlainError if that would change more
    than the declaration and empty elements (see _NOT_PLAIN)."""
    text = data.decode("utf-8")
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2 :]
    text = text.strip()
    _check_plain(text)
    return _DECLARATION + _EMPTY_ELEMENT.sub(r"<\1\2/>", text)


def _check_plain(text: str) -> None:
    """NotPlainError unless lxml writes ``text`` (a part after its declaration) back as it
    is, but for empty elements. Plain string searches: a regex would take longer to compile
    than the whole check takes."""
    entities = sum(text.count(entity) for entity in ("&amp;", "&lt;", "&gt;"))
    if (
        any(sign in text for sign in _NOT_PLAIN)
        or text.count("&") != entities  # other references lxml writes as characters
        or text.count(">") != text.count("<")  # a ">" outside a tag, which lxml escapes
        or text.count("\n") != text.count(">\n<")  # a line break in a tag or in text
    ):
        raise NotPlainError("the part is not in lxml's plain form")


def _as_parsed(xml: str) -> str:
    """Body text as lxml writes it once parsed: XML parsers read any line end as a newline.
    (Empty elements the block writer already writes as lxml does.)"""
    return xml.replace("\r\n", "\n").replace("\r", "\n") if "\r" in xml else xml


def _require_declared(text: str, attribute: str, namespace: str) -> None:
    """Our text uses the usual prefixes; the part's root must declare them so."""
    root_start = text[: text.index(">", len(_DECLARATION)) + 1]
    if f' {attribute}="{namespace}"' not in root_start:
        raise NotPlainError(f"the root does not declare {attribute} as {namespace}")


def _numbering(text: str) -> _Part:
    """The numbering part with our list definitions added (os2editor.docx.oxml.
    ensure_abstract_numbering), its place after them."""
    _require_declared(text, "xmlns:w", NAMESPACES["w"])
    if len(ElementTree.fromstring(text)):
        raise NotPlainError("the numbering part is not empty")
    part = _Part.at_root_end(text, "w:numbering")
    definitions = "".join(abstract_numbering_xml(n, name) for name, n in _ABSTRACT_IDS.items())
    return _Part(part.head + definitions, part.tail)


def _last_paragraph(text: str, root: str) -> _Part:
    """The header or footer with its place in its last paragraph, which must hold nothing but
    paragraph properties (os2editor.docx.furniture._last_paragraph then reuses it)."""
    _require_declared(text, "xmlns:w", NAMESPACES["w"])
    start = max(text.rfind("<w:p>"), text.rfind("<w:p "), text.rfind("<w:p/>"))
    if start < 0:
        raise NotPlainError("no paragraph")
    open_end = text.index(">", start) + 1
    start_tag, rest = text[start:open_end], text[open_end:]
    if start_tag.endswith("/>"):  # an empty paragraph opens up
        start_tag = f"{start_tag[:-2]}>"
    else:
        rest = _after_properties(rest).removeprefix("</w:p>")
    if rest != f"</{root}>":
        raise NotPlainError("the last paragraph has content, or is not the end of the part")
    return _Part(text[:start] + start_tag, f"</w:p></{root}>")


def _after_properties(text: str) -> str:
    """``text`` after the ``w:pPr`` element it may start with."""
    if text.startswith("<w:pPr/>"):
        return text[len("<w:pPr/>") :]
    if text.startswith("<w:pPr>"):
        return text[text.index("</w:pPr>") + len("</w:pPr>") :]
    return text


def _core(text: str) -> _Part:
    """The core properties with their place where the export's properties go: every property
    the template has is replaced (os2editor.docx.furniture.set_core_properties)."""
    for prefix, namespace in furniture.CORE_NAMESPACES.items():
        _require_declared(text, f"xmlns:{prefix}", namespace)
    root = ElementTree.fromstring(text)
    if any(child.tag not in furniture.CORE_TAGS or len(child) for child in root):
        raise NotPlainError("the core properties hold more than the export sets")
    if (root.text or "").strip() or any((child.tail or "").strip() for child in root):
        raise NotPlainError("the core properties hold text")
    part = _Part.at_root_end(text, "cp:coreProperties")
    if text.endswith("/>"):
        return part
    root_end = text.index(">", len(_DECLARATION)) + 1
    # The white space before the first property stays; lxml removes the others with them.
    return _Part(text[: root_end + len(root.text or "")], part.tail)


def _styles_in(text: str, root: ElementTree.Element, language_tag: str) -> str:
    """The style sheet with the proofing language set (os2editor.docx.oxml.set_language)."""
    languages = root.findall(f".//{qn('w:lang')}")
    path = ("w:docDefaults", "w:rPrDefault", "w:rPr", "w:lang")
    default = root.find("/".join(qn(tag) for tag in path))
    if len(languages) != 1 or default is not languages[0] or default.get(W_VAL) is None:
        raise NotPlainError("the style sheet sets languages other than the default")
    return _set_value(text, "w:lang", language_tag)


def _settings_in(text: str, language_tag: str) -> str:
    """The settings with the theme fonts' language set, as os2editor.docx.template does."""
    root = ElementTree.fromstring(text)
    found = root.findall(f".//{qn('w:themeFontLang')}")
    if not found:
        return text
    direct = root.findall(qn("w:themeFontLang"))
    if found != direct or len(found) > 1 or found[0].get(W_VAL) is None:
        raise NotPlainError("the settings have an unusual theme font language")
    return _set_value(text, "w:themeFontLang", language_tag)


def _set_value(text: str, tag: str, value: str) -> str:
    """``text`` with the ``w:val`` of its one ``<tag>`` element set to ``value``."""
    start = text.index(f"<{tag} ")
    attribute = text.index(' w:val="', start, text.index(">", start)) + len(' w:val="')
    end = text.index('"', attribute)
    return text[:attribute] + xml_attr(value) + text[end:]
