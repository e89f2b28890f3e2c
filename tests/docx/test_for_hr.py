"""Issue 16: a Word file HR can send as it is. Each test reads the XML the export writes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from os2editor.docx import export_docx
from os2editor.markdown import loads
from os2editor.model import FrontMatter, FunctionDescription
from tests.helpers import fixture_text

from .helpers import exported, paragraph, png, texts, xpath

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PNG = png()


def footer_text(parts: dict[str, object]) -> str:
    return texts(parts["word/footer1.xml"])


# -- 1. language -------------------------------------------------------------------------


def test_a_danish_body_under_headings_without_danish_letters_is_danish() -> None:
    """The os2-bilag-b shape: title and headings say nothing, the text is Danish."""
    parts, _ = exported(fixture_text("appendix.md"))
    assert footer_text(parts).startswith("Side 1 af 1")
    styles = parts["word/styles.xml"]
    assert xpath(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["da-DK"]
    assert xpath(parts["docProps/core.xml"], "//dc:subject/text()") == ["Funktionsbeskrivelse"]


def test_english_text_is_english_and_silence_is_danish() -> None:
    english = (
        "# Data lead\n\n## Summary\n\n"
        "The data lead plans the work of the team and reports to the director.\n"
    )
    assert footer_text(exported(english)[0]).startswith("Page 1 of 1")
    silent = "# OS2 Workflow\n\n## API\n\n- GitHub\n- YAML\n"
    assert footer_text(exported(silent)[0]).startswith("Side 1 af 1")


def test_english_text_in_the_front_matter_counts() -> None:
    parts, _ = exported(fixture_text("frontmatter-only.md"))
    assert footer_text(parts).startswith("Page 1 of 1")


def test_a_lang_key_and_the_language_option_win() -> None:
    danish_text = (
        "---\nlang: en\n---\n# Rolle\n\nRollen har ansvar for at sikre, at opgaverne løses.\n"
    )
    assert footer_text(exported(danish_text)[0]).startswith("Page")
    english = "# Lead\n\nThe lead is responsible for the work of the team and its plans.\n"
    assert footer_text(exported(english, language="da")[0]).startswith("Side")


# -- 2. site markup ------------------------------------------------------------------------

JEKYLL = """\
---
title: Kommunikationsmedarbejder
layout: default
opens: 2026-03-01
---

{% comment %}
Skabelon: udfyld felterne nedenfor.
{% endcomment %}

{% include job/status_alert.html %}

# {{ page.title }} i OS2
{: .no_toc }

## Indhold
{: .no_toc .text-delta }

1. TOC
{:toc}

## Formål med stillingen {#formaal}

Stillingen som {{ page.title | downcase }} åbner {{ page.opens }}.
Læs om [vores ydelser]({% link pages/benefits.md %}) og [håndbogen](https://os2.eu){: .btn }.

> Rollen revideres årligt.
{: .note }

<details>
<summary>Mere om rollen</summary>

Rollen er <b>ny</b> i sekretariatet.
</details>

<!-- intern note -->
"""


def test_no_site_markup_reaches_the_document() -> None:
    parts, _ = exported(JEKYLL)
    body = texts(parts["word/document.xml"])
    for machinery in ("{%", "%}", "{{", "}}", "{:", "{#", "<details", "<summary", "<b>", "<!--"):
        assert machinery not in body
    document = parts["word/document.xml"]
    assert texts(xpath(document, "//w:p[w:pPr/w:pStyle/@w:val='Title']")[0]) == (
        "Kommunikationsmedarbejder i\u00a0OS2"
    )
    assert "Stillingen som kommunikationsmedarbejder åbner 2026-03-01." in body
    assert "Læs om vores ydelser og håndbogen." in body
    assert [texts(link) for link in xpath(document, "//w:hyperlink")] == ["håndbogen"]
    summary = paragraph(document, "Mere om rollen")
    assert xpath(summary, "w:r/w:rPr/w:b")
    assert xpath(paragraph(document, "Rollen er ny i sekretariatet."), "w:r[w:t='ny']/w:rPr/w:b")
    assert "TOC" not in body and "intern note" not in body and "Skabelon" not in body


def test_the_markdown_file_keeps_every_byte(tmp_path: Path) -> None:
    source = tmp_path / "rolle.md"
    source.write_bytes(JEKYLL.encode())
    from os2editor.markdown import dumps, load

    doc = load(source)
    export_docx(doc, tmp_path / "rolle.docx", images_from=tmp_path)
    assert source.read_bytes() == JEKYLL.encode()
    assert dumps(doc) == JEKYLL


def test_what_cannot_be_carried_over_is_a_warning_in_check() -> None:
    from os2editor.checks import check

    problems = [(p.code, p.args) for p in check(loads(JEKYLL)) if p.code == "site-markup"]
    assert problems == [
        ("site-markup", {"markup": "{% include job/status_alert.html %}"}),
        ("site-markup", {"markup": "1. TOC {:toc}"}),
    ]


# -- 3 and 4. front matter only, omitting an absent part -----------------------------------


def test_a_description_all_in_front_matter_warns() -> None:
    parts, warnings = exported(fixture_text("frontmatter-only.md"))
    assert [w.code for w in warnings] == ["export-front-matter-only"]
    assert texts(parts["word/document.xml"]) == "Team: Data\u00a0Lead"
    assert exported("# Kun en titel\n")[1] == []  # nothing in the front matter either


def test_omitting_a_part_the_description_lacks_is_said() -> None:
    doc = "# Rolle\n\n## Formål med stillingen\n\nTekst.\n"
    _, warnings = exported(doc, omit=["collaboration", "purpose"])
    assert [(w.code, w.args) for w in warnings] == [("omit-absent", {"part": "collaboration"})]
    assert warnings[0].text == (
        "The description has no part “collaboration”, so there was nothing to leave out."
    )


# -- 5. page flow -----------------------------------------------------------------------


def test_headings_and_lead_ins_keep_with_next_and_carry_no_space_of_their_own() -> None:
    parts, _ = exported(fixture_text("communication.md"))
    document = parts["word/document.xml"]
    headings = xpath(document, "//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]")
    assert headings
    for heading in headings:
        assert xpath(heading, "w:pPr/w:keepNext")
        assert xpath(heading, "w:pPr/w:spacing/@w:after") in (["0"], [])
    # The space above a heading is below the paragraph before it instead.
    section = paragraph(document, "Ansvarsområde")
    assert xpath(section, "w:pPr/w:spacing/@w:before") == ["0"]
    previous = section.getprevious()
    assert int(xpath(previous, "w:pPr/w:spacing/@w:after")[0]) == 120 + 360
    lead_ins = [p for p in xpath(document, "//w:p") if texts(p).endswith(":")]
    assert lead_ins
    for lead_in in lead_ins:
        following = lead_in.getnext()
        if xpath(following, "w:pPr/w:numPr"):
            assert xpath(lead_in, "w:pPr/w:keepNext"), texts(lead_in)


def test_paragraph_properties_stay_in_schema_order() -> None:
    order = ["pStyle", "keepNext", "keepLines", "numPr", "spacing", "ind", "jc", "outlineLvl"]
    parts, _ = exported(fixture_text("communication.md"))
    for properties in xpath(parts["word/document.xml"], "//w:p/w:pPr"):
        names = [child.tag.split("}")[1] for child in properties]
        ranks = [order.index(name) for name in names if name in order]
        assert ranks == sorted(ranks), names


# -- 6. tables ---------------------------------------------------------------------------


def test_table_rows_never_split_and_columns_follow_the_content() -> None:
    parts, _ = exported(fixture_text("appendix.md"))
    table = xpath(parts["word/document.xml"], "//w:tbl")[0]
    rows = xpath(table, "w:tr")
    assert all(xpath(row, "w:trPr/w:cantSplit") for row in rows)
    assert xpath(rows[0], "w:trPr/w:tblHeader") and not xpath(rows[1], "w:trPr/w:tblHeader")
    assert xpath(table, "w:tblPr/w:tblLayout/@w:type") == ["fixed"]
    label, text = (int(w) for w in xpath(table, "w:tblGrid/w:gridCol/@w:w"))
    assert label + text == 9070 and label < text  # "Udgivelser" beside "Forberede udgivelser"
    widths = [int(w) for w in xpath(table, "w:tr[1]/w:tc/w:tcPr/w:tcW/@w:w")]
    assert widths == [label, text]


def test_a_column_is_never_narrower_than_its_longest_word() -> None:
    from os2editor.docx.blocks import Table
    from os2editor.docx.blockxml import column_widths
    from os2editor.docx.inline import Run

    words = "Dokumentationsopdateringer"
    table = Table(((((Run(words),)), (Run("kort " * 80),)),), header_rows=0)
    first, second = column_widths(table, 2, 9070)
    assert first >= len(words) * 115 + 216 and first + second == 9070


# -- 7. title ---------------------------------------------------------------------------


def test_the_title_binds_its_last_two_words() -> None:
    parts, _ = exported("# Funktionsbeskrivelse – Produktkonsulent i **OS2**\n")
    title = xpath(parts["word/document.xml"], "//w:p[w:pPr/w:pStyle/@w:val='Title']")[0]
    assert texts(title) == "Funktionsbeskrivelse – Produktkonsulent i\u00a0OS2"


# -- 9. metadata of the bundled template --------------------------------------------------


def test_the_document_describes_itself() -> None:
    parts, _ = exported("# Rolle\n")
    app = parts["docProps/app.xml"]
    assert [child.tag.split("}")[1] for child in app] == ["Application"]
    assert app[0].text == "os2editor"
    core = parts["docProps/core.xml"]
    assert not xpath(core, "//dc:description") and not xpath(core, "//cp:category")
    assert not [name for name in parts["@names"] if "thumbnail" in name]


# -- 10. inline code, strikethrough, pictures ------------------------------------------------


def test_inline_code_and_strikethrough_keep_their_formats() -> None:
    parts, _ = exported("# R\n\nSæt `nav_order` og ~~slet dette~~ nu.\n")
    document = parts["word/document.xml"]
    code = xpath(document, "//w:r[w:t='nav_order']/w:rPr/w:rFonts/@w:ascii")
    assert code == ["Courier New"]
    assert xpath(document, "//w:r[w:t='slet dette']/w:rPr/w:strike")


def test_a_local_picture_is_embedded(tmp_path: Path) -> None:
    (tmp_path / "billeder").mkdir()
    (tmp_path / "billeder" / "diagram.png").write_bytes(PNG)
    parts, warnings = exported(
        "# R\n\n![Organisationsdiagram](billeder/diagram.png)\n", images_from=tmp_path
    )
    assert warnings == []
    drawing = xpath(parts["word/document.xml"], "//w:drawing")[0]
    descr = drawing.xpath(".//*[local-name()='docPr']/@descr")
    assert descr == ["Organisationsdiagram"]
    rel_id = drawing.xpath(".//*[local-name()='blip']/@*[local-name()='embed']")[0]
    rels = parts["word/_rels/document.xml.rels"]
    target = xpath(rels, f"//rel:Relationship[@Id='{rel_id}']/@Target")[0]
    assert target.startswith("media/") and f"word/{target}" in parts["@names"]
    assert "Organisationsdiagram" not in texts(parts["word/document.xml"])


@pytest.mark.parametrize(
    ("markdown", "code"),
    [
        ("![Kort](https://os2.eu/kort.png)", "picture-remote"),
        ("![Kort](findes-ikke.png)", "picture-missing"),
        ("![Kort](noter.txt)", "picture-unusable"),
        ("![Kort](pipe)", "picture-missing"),
        ("![Kort](/dev/zero)", "picture-missing"),
    ],
)
def test_a_picture_that_cannot_be_embedded_leaves_its_text_and_a_warning(
    tmp_path: Path, markdown: str, code: str
) -> None:
    (tmp_path / "noter.txt").write_text("ikke et billede", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(exported(f"# R\n\n{markdown}\n", images_from=tmp_path)),
        daemon=True,
    )
    worker.start()
    worker.join(10)  # a pipe or a device must never be read: no hang, no flood
    assert result, "the export hung on a special file"
    parts, warnings = result[0]  # type: ignore[misc]
    assert [w.code for w in warnings] == [code]
    assert "Kort" in texts(parts["word/document.xml"])
    assert not xpath(parts["word/document.xml"], "//w:drawing")


def test_without_a_folder_a_relative_picture_is_left_out_with_a_warning() -> None:
    _, warnings = exported("# R\n\n![Logo](logo.png)\n")
    assert [w.code for w in warnings] == ["picture-missing"]


# -- 11. heading faces -------------------------------------------------------------------


def test_headings_use_a_face_with_a_real_bold_and_a_clear_hierarchy() -> None:
    styles = exported("# R\n")[0]["word/styles.xml"]
    assert not xpath(styles, "//w:rFonts[contains(@w:ascii, 'Light')]")

    def look(level: int) -> tuple[int, str, bool]:
        style = xpath(styles, f"//w:style[@w:styleId='Heading{level}']/w:rPr")[0]
        size = int(xpath(style, "w:sz/@w:val")[0])
        return size, xpath(style, "w:color/@w:val")[0], bool(xpath(style, "w:b"))

    (h1, _, b1), (h2, c2, b2), (h3, c3, b3) = look(1), look(2), look(3)
    assert h1 > h2 > h3 and b1 and b2 and b3
    assert c2 != c3  # heading 2 and heading 3 differ in size and colour


# -- 12. draft and approval -------------------------------------------------------------


def test_a_draft_is_marked_on_every_page() -> None:
    parts, _ = exported(fixture_text("appendix.md"))
    headers = [name for name in parts["@names"] if name.startswith("word/header")]
    assert headers
    for name in headers:
        mark = [p for p in xpath(parts[name], "//w:p") if texts(p) == "UDKAST"]
        assert len(mark) == 1 and xpath(mark[0], "w:r/w:rPr/w:color/@w:val") == ["C00000"]
    assert xpath(parts["docProps/core.xml"], "//cp:contentStatus/text()") == ["Udkast"]
    english = exported("---\nstatus: draft\nlang: en\n---\n# Lead\n")[0]
    assert "DRAFT" in texts(english["word/header1.xml"])
    assert "UDKAST" not in texts(exported("# Rolle\n")[0]["word/header1.xml"])


def test_an_approved_description_says_by_whom_and_when() -> None:
    doc = FunctionDescription(
        front_matter=FrontMatter(
            title="Rolle", extra={"approved_by": "Bestyrelsen", "last_revised": "2026-03-15"}
        ),
        h1="Funktionsbeskrivelse – Rolle i OS2",
    )
    parts, _ = exported(doc)
    line = paragraph(parts["word/document.xml"], "Godkendt af Bestyrelsen den 15.03.2026")
    assert xpath(line, "w:r/w:rPr/w:i")
    english = exported(doc, language="en")[0]
    approved = paragraph(english["word/document.xml"], "Approved by Bestyrelsen on 15 March 2026")
    assert approved is not None
    doc.front_matter.extra.pop("approved_by")
    assert "Godkendt" not in texts(exported(doc)[0]["word/document.xml"])


def test_the_header_and_properties_show_no_site_markup_either() -> None:
    parts, _ = exported(JEKYLL)
    assert texts(parts["word/header1.xml"]) == "OS2Kommunikationsmedarbejder"
    title = xpath(parts["docProps/core.xml"], "//dc:title/text()")
    assert title == ["Kommunikationsmedarbejder i OS2"]
