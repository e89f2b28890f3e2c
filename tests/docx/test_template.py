"""Letterhead templates: kept styles, header and logo; missing styles fall back; bad templates."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from os2editor.resources import path as resource_path

from os2editor.docx import export_docx
from os2editor.errors import WriteError
from os2editor.markdown import loads
from os2editor.model import FunctionDescription

from .helpers import ROLE_MD, part_xml, small_doc, texts, xpath

# A 1x1 PNG, the smallest logo there is.
LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
REMOVED = ("Title", "Heading 2", "List Paragraph", "Quote", "Hyperlink", "Table Grid", "Header")


def make_letterhead(target: Path) -> Path:
    """A municipality's letterhead: own font, logo and address in the header, styles missing."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(10)
    document.styles.add_style("Brevpapir Tekst", 1)
    present = {style.name for style in document.styles}
    for name in REMOVED:
        if name in present:  # python-docx's own template has no Hyperlink style
            element = document.styles[name].element
            element.getparent().remove(element)
    header = document.sections[0].header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(LOGO))
    header.add_paragraph("Eksempel Kommune · Rådhuspladsen 1")
    document.add_paragraph("Brødtekst i skabelonen, som ikke skal med.")
    document.save(str(target))
    return target


def test_letterhead_lacking_styles_still_exports_and_warns_once_each(tmp_path: Path) -> None:
    template = make_letterhead(tmp_path / "brevpapir.docx")
    target = tmp_path / "ud.docx"
    warnings = export_docx(loads(ROLE_MD), target, template)
    assert len(warnings) == len(set(warnings))
    named = sorted(name for name in REMOVED if any(f"“{name}”" in w.text for w in warnings))
    assert named == sorted(REMOVED)
    assert len(warnings) == len(REMOVED)

    document = docx.Document(str(target))
    texts_in_body = [p.text for p in document.paragraphs]
    assert "Brødtekst i skabelonen, som ikke skal med." not in texts_in_body
    assert "1. Vedligeholde registre" in texts_in_body
    assert "Brevpapir Tekst" in [style.name for style in document.styles]
    assert document.styles["Normal"].font.name == "Georgia"


def test_fallbacks_use_direct_formatting(tmp_path: Path) -> None:
    template = make_letterhead(tmp_path / "brevpapir.docx")
    target = tmp_path / "ud.docx"
    export_docx(loads(ROLE_MD), target, template)
    body = part_xml(target, "word/document.xml")
    area = xpath(body, "//w:p[.//w:t='1. Vedligeholde registre']")[0]
    assert xpath(area, "w:pPr/w:outlineLvl/@w:val") == ["1"]
    assert xpath(area, "w:r/w:rPr/w:b")
    section = xpath(body, "//w:p[.//w:t='Ansvarsområde']")[0]
    assert xpath(section, "w:pPr/w:pStyle/@w:val") == ["Heading1"]
    link = xpath(body, "//w:hyperlink/w:r/w:rPr")[0]
    assert xpath(link, "w:u/@w:val") == ["single"] and xpath(link, "w:color")
    assert xpath(body, "//w:tbl/w:tblPr/w:tblBorders/w:insideH")
    item = xpath(body, "//w:p[.//w:t='Føre registrene.']")[0]
    assert xpath(item, "w:pPr/w:numPr/w:numId")
    assert not xpath(item, "w:pPr/w:pStyle")


def test_letterhead_header_and_logo_are_kept_and_left_as_they_are(tmp_path: Path) -> None:
    """Issue 16 point 8: a letterhead's header is its own; nothing is added under it."""
    template = make_letterhead(tmp_path / "brevpapir.docx")
    target = tmp_path / "ud.docx"
    export_docx(small_doc(), target, template)
    with zipfile.ZipFile(target) as archive:
        headers = [n for n in archive.namelist() if n.startswith("word/header")]
        assert any(n.startswith("word/media/") for n in archive.namelist())
    header = part_xml(target, headers[0])
    assert xpath(header, "//w:drawing")
    assert texts(header) == "Eksempel Kommune · Rådhuspladsen 1"
    footer_names = [n for n in zipfile.ZipFile(target).namelist() if n.startswith("word/footer")]
    assert "Side 1 af 1" in texts(part_xml(target, footer_names[0]))


def test_first_page_header_and_footer_of_a_letterhead(tmp_path: Path) -> None:
    template = make_letterhead(tmp_path / "brevpapir.docx")
    letterhead = docx.Document(str(template))
    section = letterhead.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Forsidens brevhoved"
    letterhead.save(str(template))
    target = tmp_path / "ud.docx"
    export_docx(small_doc(), target, template)
    exported = docx.Document(str(target)).sections[0]
    assert [p.text for p in exported.first_page_header.paragraphs] == ["Forsidens brevhoved"]
    assert [p.text for p in exported.header.paragraphs][-1] == "Eksempel Kommune · Rådhuspladsen 1"
    # Both footers were empty: each gets the page numbers.
    assert exported.first_page_footer.paragraphs[-1].text.startswith("Side 1 af 1")
    assert exported.footer.paragraphs[-1].text.startswith("Side 1 af 1")


def test_a_changed_template_file_is_read_again(tmp_path: Path) -> None:
    template = make_letterhead(tmp_path / "brevpapir.docx")
    target = tmp_path / "ud.docx"
    export_docx(small_doc(), target, template)
    replacement = docx.Document()
    replacement.styles["Normal"].font.name = "Verdana"
    replacement.save(str(template))
    export_docx(small_doc(), target, template)
    assert docx.Document(str(target)).styles["Normal"].font.name == "Verdana"


def test_word_template_dotx_is_accepted(tmp_path: Path) -> None:
    source = make_letterhead(tmp_path / "brevpapir.docx")
    dotx = tmp_path / "brevpapir.dotx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dotx, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            new.writestr(info, data)
    target = tmp_path / "ud.docx"
    export_docx(small_doc(), target, dotx)
    assert docx.Document(str(target)).paragraphs[0].text.startswith("Funktionsbeskrivelse")


@pytest.mark.parametrize("kind", ["text", "zip", "folder", "missing", "xlsx"])
def test_a_template_that_is_not_a_docx_is_one_plain_error(tmp_path: Path, kind: str) -> None:
    template = tmp_path / "skabelon.docx"
    if kind == "text":
        template.write_text("ikke et dokument", encoding="utf-8")
    elif kind == "zip":
        with zipfile.ZipFile(template, "w") as archive:
            archive.writestr("hej.txt", "hej")
    elif kind == "folder":
        template.mkdir()
    elif kind == "xlsx":
        with zipfile.ZipFile(template, "w") as archive:
            archive.writestr(
                "[Content_Types].xml",
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            )
    with pytest.raises(WriteError) as raised:
        export_docx(small_doc(), tmp_path / "ud.docx", template)
    message = str(raised.value)
    assert message.startswith(f"The template {template} ")
    assert "Traceback" not in message and "KeyError" not in message
    assert not (tmp_path / "ud.docx").exists()


def test_default_template_is_clean_and_small() -> None:
    template = resource_path("templates", "default.docx")
    assert template.stat().st_size < 10_000
    document = docx.Document(str(template))
    assert [p.text for p in document.paragraphs] == []
    names = {style.name for style in document.styles}
    assert {"Title", "Heading 1", "Heading 6", "List Paragraph", "Quote", "Table Grid"} <= names
    styles = part_xml(template, "word/styles.xml")
    assert xpath(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["da-DK"]


def test_default_template_is_what_the_script_makes(tmp_path: Path) -> None:
    script = resource_path("templates", "make_default.py")
    # exec rather than import, so no __pycache__ lands among the bundled resources.
    namespace: dict[str, object] = {"__name__": "make_default"}
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)
    build = namespace["build"]
    assert callable(build)
    build(tmp_path / "default.docx")
    made = (tmp_path / "default.docx").read_bytes()
    assert made == resource_path("templates", "default.docx").read_bytes()


def test_a_complete_template_keeps_its_own_styles(tmp_path: Path) -> None:
    letterhead = tmp_path / "komplet.docx"
    with (
        zipfile.ZipFile(resource_path("templates", "default.docx")) as source,
        zipfile.ZipFile(letterhead, "w") as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b'w:ascii="Calibri"', b'w:ascii="Garamond"', 1)
            copy.writestr(info, data)
    export_docx(FunctionDescription(h1="B"), tmp_path / "b.docx", letterhead)
    styles = part_xml(tmp_path / "b.docx", "word/styles.xml")
    assert xpath(styles, "//w:rPrDefault//w:rFonts/@w:ascii") == ["Garamond"]
