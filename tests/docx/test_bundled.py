"""The bundled template filled as text: the same bytes as the tree route, and no lxml.

A plain export fills the bundled template as text (os2editor.docx.bundled); naming the same
template with ``template=`` fills it as a tree (os2editor.docx.template), as a letterhead is.
The two must give the same document, part for part and byte for byte.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from os2editor.docx import bundled, export_docx, oxml, wordml
from os2editor.docx.bundled import BundledTemplate, NotPlainError, bundled_template
from os2editor.markdown import loads
from os2editor.model import FreeSection, FunctionDescription, Item, PersonalSection
from tests.helpers import FIXTURES

from .helpers import ROLE_MD, small_doc

W, R = wordml.NAMESPACES["w"], wordml.NAMESPACES["r"]
STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")  # created/modified: the clock moves

# Markdown that reaches every kind of block and the characters that need care.
EDGES_MD = """\
# Rolle & <ansvar> i "OS2"

Tekst med  dobbelt mellemrum, 'citat', a > b & c < d, og en tabulator:\tslut.{% comment %}
skjult {% endcomment %}

| Rolle | | Opgave |
|---|---|---|
| | tom | **fed** |
| kun én |

```
kode  med mellemrum
<tag> & "citat"
```

> Citat med *kursiv* og en [link](https://example.org/?a=1&b='x') og<br>linjeskift.

3. tre
4. fire
   - indlejret
   - [to](<https://example.org/a b>) [samme](<https://example.org/a b>) [tre](https://x.dk)

---

## Øvrige forhold

- Punkt med æøå – og – tankestreger.
"""


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: STAMP.sub(b"<stamp>", archive.read(name)) for name in archive.namelist()}


def assert_routes_agree(doc: FunctionDescription, **options: Any) -> None:
    as_text, as_tree = io.BytesIO(), io.BytesIO()
    text_warnings = export_docx(doc, as_text, **options)
    tree_warnings = export_docx(doc, as_tree, bundled.default_template(), **options)
    assert text_warnings == tree_warnings
    text_parts, tree_parts = parts(as_text.getvalue()), parts(as_tree.getvalue())
    assert list(text_parts) == list(tree_parts)
    for name, data in tree_parts.items():
        assert text_parts[name] == data, name


def edge_doc() -> FunctionDescription:
    """Text the markdown reader would never produce: carriage returns, bad characters, no H1."""
    return FunctionDescription(
        lead="Linje ét\r\nlinje to\rtre   ",
        sections=[
            PersonalSection(
                heading=" Personlige\x00 kvalifikationer ",
                items=[
                    Item(text=" foran og bagved "),
                    Item(text="skift\x0bher\ud800"),
                    Item(text="vogn\rretur og\tfane"),
                ],
            ),
            FreeSection(heading="Tom", body=""),
        ],
    )


FIXTURE_FILES = sorted(
    [*FIXTURES.glob("*.md"), *(FIXTURES.parent / "revision" / "fixtures").glob("*.md")]
)
BUILT = {
    "role": lambda: loads(ROLE_MD),
    "edges": lambda: loads(EDGES_MD),
    "small": small_doc,
    "hand-made": edge_doc,
    "empty": FunctionDescription,
}


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_text_route_writes_what_the_tree_route_writes(path: Path) -> None:
    assert_routes_agree(loads(path.read_bytes().decode("utf-8")))


@pytest.mark.parametrize("name", BUILT)
def test_routes_agree_on_every_kind_of_block_and_character(name: str) -> None:
    assert_routes_agree(BUILT[name]())


@pytest.mark.parametrize(
    "options",
    [
        {"language": "en"},
        {"language": "da", "omit": ["tasks", "purpose"]},
        {"organisation": "  Acme & <Co>  ", "author": "HR\r\n\"team\" \x01"},
        {"author": " ", "language": "en", "omit": ["free"]},
    ],
)
def test_routes_agree_with_every_option(options: dict[str, Any]) -> None:
    assert_routes_agree(loads(EDGES_MD), **options)
    assert_routes_agree(small_doc(), **options)


def test_the_bundled_template_is_filled_as_text() -> None:
    assert bundled_template("da-DK") is not None
    assert bundled_template("en-GB") is not None


def test_a_plain_export_loads_no_lxml(tmp_path: Path) -> None:
    """lxml costs a fresh export process as much as the rest of the export (see bundled)."""
    code = (
        "import sys; from os2editor.cli import main; "
        "code = main(['export', sys.argv[1], '-o', sys.argv[2]]); "
        "print(code, sorted(m for m in ('lxml', 'docx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "reference.md"), str(tmp_path / "x.docx")],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert result.stdout.strip().endswith("0 []")


def template_with(tmp_path: Path, name: str, change: Any) -> Path:
    """A copy of the bundled template with one part changed by ``change`` (bytes -> bytes)."""
    target = tmp_path / "changed.docx"
    with zipfile.ZipFile(bundled.default_template()) as source, zipfile.ZipFile(
        target, "w"
    ) as copy:
        for member in source.namelist():
            data = source.read(member)
            copy.writestr(member, change(data) if member == name else data)
    return target


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("word/styles.xml", lambda d: d.replace(b"<w:docDefaults>", b"<!-- x --><w:docDefaults>")),
        ("word/document.xml", lambda d: d.replace(b"<w:body>", b"<w:body><w:p/>")),
        ("word/header1.xml", lambda d: d.replace(b"</w:pPr>", b"</w:pPr><w:r><w:t>x</w:t></w:r>")),
        ("docProps/core.xml", lambda d: d.replace(b"<dc:title>", b"<dc:description/><dc:title>")),
        ("word/numbering.xml", lambda d: d.replace(b' xmlns:w="', b' xmlns:x="')),
        ("word/styles.xml", lambda d: d.replace(b"<w:qFormat/>", b"<w:qFormat />", 1)),
    ],
)
def test_a_template_in_another_shape_is_left_to_the_tree_route(
    tmp_path: Path, name: str, change: Any
) -> None:
    with zipfile.ZipFile(template_with(tmp_path, name, change)) as archive:
        members = {member: archive.read(member) for member in archive.namelist()}
    with pytest.raises(NotPlainError):
        BundledTemplate(members, "da-DK")


def test_an_export_falls_back_to_the_tree_route(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = io.BytesIO()
    export_docx(small_doc(), expected)
    odd = template_with(
        tmp_path, "word/styles.xml", lambda d: d.replace(b"<w:style ", b"<w:style  ")
    )
    monkeypatch.setattr(bundled, "default_template", lambda: odd)
    monkeypatch.setattr(bundled, "_cache", {})
    assert bundled_template("da-DK") is None
    fallback = io.BytesIO()
    export_docx(small_doc(), fallback)  # the tree route, on the real bundled template
    assert parts(fallback.getvalue()) == parts(expected.getvalue())


# The text twins of the tree helpers in os2editor.docx.oxml write what lxml writes.


def serialized(element: Any) -> str:
    return etree.tostring(element, encoding="unicode")


def wrapped(tag: str, xml: str) -> str:
    return f'<{tag} xmlns:w="{W}" xmlns:r="{R}">{xml}</{tag}>'


def tree(tag: str) -> Any:
    return etree.Element(oxml.qn(tag), nsmap={"w": W, "r": R})


@pytest.mark.parametrize(
    "value", ["", "tekst", " foran", "bagved ", "a\rb\r\nc", "<&>\"'", "æ\u2028ø\t"]
)
def test_text_and_attribute_values(value: str) -> None:
    run = tree("w:r")
    oxml.text(run, value)
    assert serialized(run) == wrapped("w:r", wordml.text_xml(value))
    element = tree("w:tab")
    element.set(oxml.W_VAL, value)
    attribute = f'w:val="{wordml.xml_attr(value)}"'
    assert serialized(element) == f'<w:tab xmlns:w="{W}" xmlns:r="{R}" {attribute}/>'


def test_field() -> None:
    paragraph = tree("w:p")
    oxml.field(paragraph, "NUMPAGES")
    assert serialized(paragraph) == wrapped("w:p", wordml.field_xml("NUMPAGES"))


def test_list_definitions_and_instances() -> None:
    numbering = tree("w:numbering")
    ids = oxml.ensure_abstract_numbering(numbering)
    oxml.add_numbering_instance(numbering, 1, ids[oxml.BULLET_LIST])
    oxml.add_numbering_instance(numbering, 2, ids[oxml.ORDERED_LIST], start=3)
    expected = (
        wordml.abstract_numbering_xml(0, oxml.BULLET_LIST)
        + wordml.abstract_numbering_xml(1, oxml.ORDERED_LIST)
        + wordml.numbering_instance_xml(1, "0")
        + wordml.numbering_instance_xml(2, "1", start=3)
    )
    assert serialized(numbering) == wrapped("w:numbering", expected)
