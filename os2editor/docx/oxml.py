"""Small WordprocessingML helpers on lxml trees: elements, fields, numbering, language.

Plain lxml on python-docx's trees (python-docx has no API for list definitions, fields or
the proofing language). The names are in :mod:`os2editor.docx.wordml`.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from os2editor.docx.wordml import (
    BULLET_LIST,
    BULLETS,
    LIST_INDENT,
    LIST_LEVELS,
    NAMESPACES,
    NUMBER_FORMATS,
    ORDERED_LIST,
    W_VAL,
    XML_SPACE,
    qn,
)

__all__ = [
    "BULLET_LIST",
    "LIST_INDENT",
    "NAMESPACES",
    "ORDERED_LIST",
    "W_VAL",
    "XML_SPACE",
    "add_numbering_instance",
    "ensure_abstract_numbering",
    "field",
    "insert_run_property",
    "next_numbering_id",
    "paragraph_property",
    "parse_fragment",
    "qn",
    "set_language",
    "sub",
    "text",
]

_FRAGMENT_START = f'<w:body xmlns:w="{NAMESPACES["w"]}" xmlns:r="{NAMESPACES["r"]}">'
# With pictures, the body also declares DrawingML's prefixes.
_DRAWING_START = _FRAGMENT_START[:-1] + "".join(
    f' xmlns:{prefix}="{NAMESPACES[prefix]}"' for prefix in ("wp", "a", "pic")
) + ">"


def parse_fragment(xml: str, parser: Any) -> list[Any]:
    """Parse body-level WordprocessingML text (``w:`` and ``r:`` prefixes) into elements."""
    start = _DRAWING_START if "<wp:" in xml else _FRAGMENT_START
    wrapper = etree.fromstring(f"{start}{xml}</w:body>", parser)
    elements = list(wrapper)
    for element in elements:
        wrapper.remove(element)  # free of the wrapper, ready to be placed anywhere
    return elements


def sub(parent: Any, tag: str, val: str | None = None, **attrs: str) -> Any:
    """Append ``<tag>`` (e.g. ``"w:b"``) to ``parent``; ``val`` sets ``w:val``."""
    element = etree.SubElement(parent, qn(tag))
    if val is not None:
        element.set(W_VAL, val)
    for name, value in attrs.items():
        element.set(qn("w:" + name), value)
    return element


def text(parent: Any, value: str) -> Any:
    """Append ``<w:t>`` holding ``value``, keeping its spaces."""
    element = etree.SubElement(parent, qn("w:t"))
    element.text = value
    if value[:1].isspace() or value[-1:].isspace():
        element.set(XML_SPACE, "preserve")
    return element


def field(paragraph: Any, instruction: str, placeholder: str = "1") -> list[Any]:
    """Append a complex field (``PAGE``, ``NUMPAGES``) that Word updates on every layout;
    returns its runs."""
    runs = []
    for kind in ("begin", None, "separate", None, "end"):
        run = sub(paragraph, "w:r")
        runs.append(run)
        if kind is not None:
            sub(run, "w:fldChar", fldCharType=kind)
        elif instruction:
            code = sub(run, "w:instrText")
            code.text = f" {instruction} "
            code.set(XML_SPACE, "preserve")
            instruction = ""
        else:
            text(run, placeholder)
    return runs


# The run properties that come before w:b in the schema's order.
_BEFORE_BOLD = frozenset({qn("w:rStyle"), qn("w:rFonts")})


def insert_run_property(properties: Any, tag: str) -> Any:
    """Add ``<tag/>`` (``w:b``) to a ``w:rPr`` at its place in the schema's order."""
    element = etree.Element(qn(tag))
    later = next((child for child in properties if child.tag not in _BEFORE_BOLD), None)
    if later is not None:
        later.addprevious(element)
    else:
        properties.append(element)
    return element


# The children of w:pPr in the schema's order.
_PPR_ORDER = {
    qn(f"w:{name}"): index
    for index, name in enumerate(
        [
            "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
            "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
            "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
            "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
            "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
            "sectPr", "pPrChange",
        ]
    )
}


def paragraph_property(paragraph: Any, name: str) -> Any:
    """The ``name`` (``"w:spacing"``) child of the paragraph's ``w:pPr``, added in the
    schema's order when missing (with the ``w:pPr`` itself)."""
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        properties = etree.Element(qn("w:pPr"))
        paragraph.insert(0, properties)
    tag = qn(name)
    element = properties.find(tag)
    if element is None:
        element = etree.Element(tag)
        rank = _PPR_ORDER[tag]
        later = next((c for c in properties if _PPR_ORDER.get(c.tag, 99) > rank), None)
        if later is not None:
            later.addprevious(element)
        else:
            properties.append(element)
    return element


def ensure_abstract_numbering(numbering: Any) -> dict[str, str]:
    """The ids of our bullet and ordered list definitions, adding them when missing.

    They are found again by ``w:name``, so a template or an earlier export keeps them.
    """
    found: dict[str, str] = {}
    abstracts = numbering.findall(qn("w:abstractNum"))
    for abstract in abstracts:
        name = abstract.find(qn("w:name"))
        if name is not None and name.get(W_VAL) in (BULLET_LIST, ORDERED_LIST):
            found[name.get(W_VAL)] = abstract.get(qn("w:abstractNumId"))
    used = [int(a.get(qn("w:abstractNumId"), "0")) for a in abstracts]
    next_id = max(used, default=-1) + 1
    for name in (BULLET_LIST, ORDERED_LIST):
        if name not in found:
            # Schema order: every w:abstractNum comes before the first w:num.
            first_num = numbering.find(qn("w:num"))
            abstract = _abstract_numbering(next_id, name)
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                numbering.append(abstract)
            found[name] = str(next_id)
            next_id += 1
    return found


def _abstract_numbering(abstract_id: int, name: str) -> Any:
    abstract = etree.Element(qn("w:abstractNum"))
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    sub(abstract, "w:multiLevelType", "hybridMultilevel")
    sub(abstract, "w:name", name)
    for level in range(LIST_LEVELS):
        lvl = sub(abstract, "w:lvl", ilvl=str(level))
        sub(lvl, "w:start", "1")
        if name == BULLET_LIST:
            sub(lvl, "w:numFmt", "bullet")
            sub(lvl, "w:lvlText", BULLETS[level % 3])
        else:
            sub(lvl, "w:numFmt", NUMBER_FORMATS[level % 3])
            sub(lvl, "w:lvlText", f"%{level + 1}.")
        sub(lvl, "w:lvlJc", "left")
        ppr = sub(lvl, "w:pPr")
        sub(ppr, "w:ind", left=str(LIST_INDENT * (level + 1)), hanging=str(LIST_INDENT))
    return abstract


def next_numbering_id(numbering: Any) -> int:
    """The first free ``w:numId`` of a numbering part."""
    used = [int(num.get(qn("w:numId"), "0")) for num in numbering.iterfind(qn("w:num"))]
    return max(used, default=0) + 1


def add_numbering_instance(
    numbering: Any, num_id: int, abstract_id: str, start: int | None = None
) -> None:
    """Add ``w:num`` ``num_id`` (one list) for ``abstract_id``; ``start`` restarts its count."""
    num = sub(numbering, "w:num", numId=str(num_id))
    sub(num, "w:abstractNumId", abstract_id)
    if start is not None:
        override = sub(num, "w:lvlOverride", ilvl="0")
        sub(override, "w:startOverride", str(start))


def set_language(styles: Any, tag: str) -> None:
    """Make ``tag`` (e.g. ``da-DK``) the proofing language of the defaults and every style."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.Element(qn("w:docDefaults"))
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.Element(qn("w:rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = sub(rpr_default, "w:rPr")
    _set_rpr_language(rpr, tag)
    # A style that names a language of its own would otherwise win over the defaults.
    for lang in styles.iterfind(f"{qn('w:style')}/{qn('w:rPr')}/{qn('w:lang')}"):
        lang.set(W_VAL, tag)


def _set_rpr_language(rpr: Any, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.Element(qn("w:lang"))
        # w:lang sits late in w:rPr; only eastAsianLayout, specVanish and oMath follow it.
        later = [rpr.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((el for el in later if el is not None), None)
        if following is not None:
            following.addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(W_VAL, tag)
