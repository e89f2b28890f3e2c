"""export_docx: read the .docx back with python-docx and as raw XML."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import pytest

from os2editor.docx import export_docx
from os2editor.errors import WriteError
from os2editor.markdown import loads
from os2editor.model import FunctionDescription

from .helpers import ROLE_MD, part_xml, small_doc, texts, xpath


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    target = tmp_path / "rolle.docx"
    assert export_docx(loads(ROLE_MD), target) == []
    return target


def test_python_docx_reads_the_structure(exported: Path) -> None:
    document = docx.Document(str(exported))
    styled = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    assert styled[0] == ("Title", "Funktionsbeskrivelse – Dataansvarlig i\u00a0OS2")
    assert ("Heading 1", "Formål med stillingen") in styled
    assert ("Heading 2", "1. Vedligeholde registre") in styled
    assert ("Heading 2", "MUST (skal løses for at OS2 kan fungere)") in styled
    assert ("List Paragraph", "Bedre datakvalitet – rydde op i fælles registre.") in styled
    assert ("Quote", "Bemærk: fordelingen revideres årligt.") in styled
    assert "OS2’s løsninger" in document.paragraphs[2].text
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert bold[:2] == ["Bedre datakvalitet", "Åbne data"]
    table = document.tables[0]
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Rolle", "Opgave"],
        ["Ejer", "Beslutter"],
        ["Forvalter", "Udfører"],
    ]


def test_heading_styles_carry_outline_levels(exported: Path) -> None:
    styles = part_xml(exported, "word/styles.xml")
    for level in (1, 2, 3):
        found = xpath(
            styles, f"//w:style[w:name/@w:val='heading {level}']/w:pPr/w:outlineLvl/@w:val"
        )
        assert found == [str(level - 1)]


def test_lists_use_numbering_definitions_with_nested_levels(exported: Path) -> None:
    body = part_xml(exported, "word/document.xml")
    numbering = part_xml(exported, "word/numbering.xml")
    nested = xpath(body, "//w:p[.//w:t='Følge op hver måned.']/w:pPr/w:numPr")[0]
    parent = xpath(body, "//w:p[.//w:t='Holde registrene opdaterede.']/w:pPr/w:numPr")[0]
    assert xpath(nested, "w:ilvl/@w:val") == ["1"]
    assert xpath(parent, "w:ilvl/@w:val") == ["0"]
    num_id = xpath(nested, "w:numId/@w:val")[0]
    assert xpath(parent, "w:numId/@w:val") == [num_id]
    abstract_id = xpath(numbering, f"//w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")[0]
    abstract = xpath(numbering, f"//w:abstractNum[@w:abstractNumId='{abstract_id}']")[0]
    assert xpath(abstract, "w:lvl[@w:ilvl='0']/w:numFmt/@w:val") == ["bullet"]
    assert len(xpath(abstract, "w:lvl")) == 9
    indents = [int(v) for v in xpath(abstract, "w:lvl/w:pPr/w:ind/@w:left")]
    assert indents == sorted(indents) and len(set(indents)) == 9
    # The ordered list in the free section counts in decimals and has a list of its own.
    ordered = xpath(body, "//w:p[.//w:t='Første trin']/w:pPr/w:numPr/w:numId/@w:val")[0]
    ordered_abstract = xpath(numbering, f"//w:num[@w:numId='{ordered}']/w:abstractNumId/@w:val")[0]
    formats = xpath(
        numbering,
        f"//w:abstractNum[@w:abstractNumId='{ordered_abstract}']/w:lvl[1]/w:numFmt/@w:val",
    )
    assert formats == ["decimal"]
    # Separate lists get separate w:num, so numbering restarts.
    list_ids = set(xpath(body, "//w:numPr/w:numId/@w:val"))
    assert len(list_ids) >= 7


def test_danish_language_on_the_styles(exported: Path) -> None:
    styles = part_xml(exported, "word/styles.xml")
    assert xpath(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["da-DK"]
    assert docx.Document(str(exported)).core_properties.language == "da-DK"


def test_hyperlinks_are_real(exported: Path) -> None:
    body = part_xml(exported, "word/document.xml")
    links = xpath(body, "//w:hyperlink")
    assert [texts(link) for link in links] == ["dataformater"]
    rels = part_xml(exported, "word/_rels/document.xml.rels")
    rel_id = links[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    rel = xpath(rels, f"//rel:Relationship[@Id='{rel_id}']")[0]
    assert rel.get("Target") == "https://example.org/formater"
    assert rel.get("TargetMode") == "External"


def test_links_with_spaces_become_valid_uris(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    export_docx(small_doc(), target)
    rels = part_xml(target, "word/_rels/document.xml.rels")
    assert xpath(rels, "//rel:Relationship[@TargetMode='External']/@Target") == [
        "https://example.org/a%20b"
    ]


def test_header_footer_with_page_fields_and_revision_date(exported: Path) -> None:
    header = part_xml(exported, "word/header1.xml")
    footer = part_xml(exported, "word/footer1.xml")
    assert texts(header) == "OS2Dataansvarlig"
    assert xpath(header, "//w:tab[@w:val='right']")
    instructions = [i.strip() for i in xpath(footer, "//w:instrText/text()")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert len(xpath(footer, "//w:fldChar[@w:fldCharType='begin']")) == 2
    words = texts(footer)
    assert words.startswith("Side 1 af 1")
    assert words.endswith("Revideret 15.03.2026")


def test_page_is_a4_with_margins(exported: Path) -> None:
    section = docx.Document(str(exported)).sections[0]
    width, height = section.page_width, section.page_height
    left, top = section.left_margin, section.top_margin
    assert width is not None and height is not None and left is not None and top is not None
    assert (width.mm, height.mm) == pytest.approx((210, 297), abs=0.5)
    assert 15 <= left.mm <= 30 and 15 <= top.mm <= 30


def test_core_properties(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    export_docx(loads(ROLE_MD), target, author="Sekretariatet")
    properties = docx.Document(str(target)).core_properties
    assert properties.title == "Funktionsbeskrivelse – Dataansvarlig i OS2"
    assert properties.subject == "Funktionsbeskrivelse"
    assert properties.author == "Sekretariatet"
    assert "Dataansvarlig" in properties.keywords
    assert properties.created is not None and properties.modified is not None


def test_organisation_setting_and_english_texts(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    export_docx(small_doc(), target, organisation="Aarhus Kommune", language="en")
    assert texts(part_xml(target, "word/header1.xml")) == "Aarhus KommuneTestrolle"
    assert texts(part_xml(target, "word/footer1.xml")) == "Page 1 of 1Revised 26 January 2026"
    assert docx.Document(str(target)).core_properties.subject == "Role description"
    styles = part_xml(target, "word/styles.xml")
    assert xpath(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["en-GB"]
    with pytest.raises(ValueError, match="Unknown document language 'de'"):
        export_docx(small_doc(), target, language="de")


def test_organisation_falls_back_to_os2_and_role_to_the_h1(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    export_docx(FunctionDescription(h1="Bilag B: roller for komponenter"), target)
    assert texts(part_xml(target, "word/header1.xml")) == "OS2Bilag B: roller for komponenter"
    export_docx(FunctionDescription(h1="Funktionsbeskrivelse – Leder i Region Syd"), target)
    assert texts(part_xml(target, "word/header1.xml")) == "Region SydLeder"


def test_danish_characters_and_breaks_survive(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    export_docx(small_doc(), target)
    body = part_xml(target, "word/document.xml")
    assert "Rollen hjælper OS2’s medlemmer." in texts(body)
    assert "Færre fejl – styrke kvaliteten." in texts(body)
    breaks = xpath(body, "//w:p[.//w:t='Også']//w:br")
    assert len(breaks) == 1


def test_omit_leaves_parts_out(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    export_docx(loads(ROLE_MD), target, omit=["tasks", "free"])
    paragraphs = docx.Document(str(target)).paragraphs
    headings = [p.text for p in paragraphs if p.style and p.style.name.startswith("Heading")]
    assert "Arbejdsopgaver og prioritering" not in headings
    assert "Ansvarsfordeling" not in headings
    assert "Ansvarsområde" in headings
    with pytest.raises(ValueError, match="Known parts"):
        export_docx(loads(ROLE_MD), target, omit=["jobopslag"])


def test_omit_may_be_a_one_shot_iterator(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    assert export_docx(loads(ROLE_MD), target, omit=iter(["purpose"])) == []
    paragraphs = docx.Document(str(target)).paragraphs
    headings = [p.text for p in paragraphs if p.style and p.style.name.startswith("Heading")]
    assert "Formål med stillingen" not in headings
    assert "Ansvarsområde" in headings


def test_bad_characters_make_a_valid_document(tmp_path: Path) -> None:
    doc = small_doc()
    doc.h1 = "Titel\x00 med\x0bskift\ud800"
    doc.sections[-1].items[0].text = "Timer\x0c\x1b: 37"  # type: ignore[union-attr]
    target = tmp_path / "x.docx"
    export_docx(doc, target)
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Titel med\nskift\ufffd"
    assert any(p.text == "Timer\n: 37" for p in document.paragraphs)


def test_file_object_target() -> None:
    buffer = io.BytesIO()
    export_docx(small_doc(), buffer)
    assert zipfile.ZipFile(io.BytesIO(buffer.getvalue())).testzip() is None
    assert docx.Document(io.BytesIO(buffer.getvalue())).paragraphs[0].text.startswith("Funktions")


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    export_docx(small_doc(), target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.docx"]
    assert target.stat().st_mode & 0o777 == 0o640


def test_unwritable_targets(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(WriteError, match=r"Cannot save .*: the folder .*missing does not exist\."):
        export_docx(small_doc(), missing / "x.docx")
    with pytest.raises(WriteError, match="that path is a folder, not a file"):
        export_docx(small_doc(), tmp_path)
    (tmp_path / "x.docx").write_bytes(b"")
    with pytest.raises(WriteError, match="part of the path is a file, not a folder"):
        export_docx(small_doc(), tmp_path / "x.docx" / "y.docx")
    assert (tmp_path / "x.docx").read_bytes() == b""


def test_closed_file_object_is_a_write_error() -> None:
    buffer = io.BytesIO()
    buffer.close()
    with pytest.raises(WriteError, match="cannot be written"):
        export_docx(small_doc(), buffer)


def test_repeated_exports_are_independent(tmp_path: Path) -> None:
    """The cached template is reused: an export must not see the previous one's content."""
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    export_docx(loads(ROLE_MD), first)
    export_docx(FunctionDescription(h1="Kort"), second)
    document = docx.Document(str(second))
    assert [p.text for p in document.paragraphs] == ["Kort"]
    assert not xpath(part_xml(second, "word/numbering.xml"), "//w:num")
    rels = part_xml(second, "word/_rels/document.xml.rels")
    assert not xpath(rels, "//rel:Relationship[@TargetMode='External']")
    assert texts(part_xml(second, "word/header1.xml")) == "OS2Kort"


def test_markup_characters_are_escaped(tmp_path: Path) -> None:
    doc = small_doc()
    doc.sections[-1].items[0].text = 'R&D, "citat" og 3 < 4 > 2'  # type: ignore[union-attr]
    target = tmp_path / "x.docx"
    export_docx(doc, target)
    texts_in_body = [p.text for p in docx.Document(str(target)).paragraphs]
    assert 'R&D, "citat" og 3 < 4 > 2' in texts_in_body


def test_fixed_texts_follow_the_documents_own_language() -> None:
    """Issue 7 point 4: a Danish document gets "Side X af Y", an English one "Page X of Y"."""
    import io
    import zipfile

    from os2editor.docx import export_docx
    from os2editor.markdown import loads

    def footer_text(markdown: str) -> str:
        buffer = io.BytesIO()
        export_docx(loads(markdown), buffer)
        package = zipfile.ZipFile(buffer)
        return " ".join(package.read(name).decode("utf-8") for name in package.namelist()
                        if name.startswith("word/footer"))

    danish = footer_text(
        "# Funktionsbeskrivelse – Tester i OS2\n\n## Formål med stillingen\n\nX.\n"
    )
    english = footer_text("# Data lead\n\n## Role summary\n\nLeads the data work.\n")
    tagged = footer_text("---\nlang: en\n---\n# Funktionsbeskrivelse – X i OS2\n")
    assert "Side" in danish and "Page" not in danish
    assert "Page" in english and "Side " not in english
    assert "Page" in tagged
