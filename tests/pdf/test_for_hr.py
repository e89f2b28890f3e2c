"""The PDF says what the Word export says (issue 16 in PDF, issue 18 point 2): code and struck
text, pictures with the same limits and warnings, the approval line, the draft mark, the
bound title, the headings' look, the properties, and the command's warnings."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from os2editor.docx import export_docx
from os2editor.docx.blocks import blocks_for
from os2editor.docx.language import texts_for
from os2editor.docx.properties import Identity, document_properties, identity
from os2editor.markdown import loads
from os2editor.model import FrontMatter, FunctionDescription
from os2editor.pdf import PdfBook, export_pdf, render_pdf, style
from os2editor.pdf.body import Body
from os2editor.pdf.export import rendered
from os2editor.pdf.info import DocumentInfo
from os2editor.pdf.qt import installed_family
from os2editor.writing.template import GUIDANCE
from tests.docx.helpers import ROLE_MD, png
from tests.helpers import FIXTURES, fixture_text

from .helpers import colour_pixels, font_names, page_text, pdftotext, reader, words
from .test_cli import export as export_command


def all_text(data: bytes) -> str:
    return " ".join(page_text(page) for page in reader(data).pages)


def body(markdown: str | FunctionDescription, images_from: Path | None = None) -> Body:
    """The PDF body of a description, in Danish."""
    doc = loads(markdown) if isinstance(markdown, str) else markdown
    who = Identity("Rolle", "OS2", "Rolle")
    book = PdfBook(DocumentInfo.of(who, texts_for("da"), None, dt.datetime(2026, 1, 1)))
    _BOOKS.append(book)  # the body is laid out for the book's device, which must live on
    builder = book.pages.builder(texts_for("da"), images_from)
    for block in blocks_for(doc):
        builder.add(block)
    return builder.body


_BOOKS: list[PdfBook] = []


def pictures_in(data: bytes, tmp_path: Path) -> list[tuple[int, int, int, str]]:
    """(width and height in pixels, horizontal resolution drawn at, encoding) of every
    picture in the PDF, as poppler's pdfimages lists them."""
    tool = shutil.which("pdfimages")
    assert tool is not None, "pdfimages (poppler-utils) is needed by the PDF tests"
    path = tmp_path / "pictures.pdf"
    path.write_bytes(data)
    listing = subprocess.run([tool, "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    rows = [line.split() for line in listing]
    return [(int(row[3]), int(row[4]), int(row[12]), row[8]) for row in rows]


# -- code, strikethrough ---------------------------------------------------------------------


def test_inline_code_is_monospaced_and_struck_text_is_struck() -> None:
    doc = loads("# R\n\nSæt `nav_order` og ~~slet dette~~ nu.\n")
    built = body(doc)
    formats = {it.fragment().text(): it.fragment().charFormat()
               for it in built.document.findBlockByNumber(1)}
    code, struck, plain = formats["nav_order"], formats["slet dette"], formats["Sæt "]
    assert code.font().family() == installed_family(style.CODE_FAMILIES, monospace=True)
    assert code.font().family() != plain.font().family()
    assert struck.fontStrikeOut() and not code.fontStrikeOut() and not plain.fontStrikeOut()
    pdf = render_pdf(doc)
    assert any(code.font().family().replace(" ", "") in name for name in font_names(reader(pdf)))
    assert "Sæt nav_order og slet dette nu." in all_text(pdf)


# -- pictures ----------------------------------------------------------------------------


def test_a_local_picture_is_drawn_at_the_size_word_gives_it(tmp_path: Path) -> None:
    (tmp_path / "billeder").mkdir()
    (tmp_path / "billeder" / "diagram.png").write_bytes(png(40, 20))
    markdown = "# R\n\n![Organisationsdiagram](billeder/diagram.png)\n"
    data, warnings = rendered(loads(markdown), images_from=tmp_path)
    assert warnings == []
    # 40 pixels over 40 points (72 per inch), kept lossless as Word keeps the file.
    assert pictures_in(data, tmp_path) == [(40, 20, 72, "image")]
    assert "Organisationsdiagram" not in all_text(data)  # the picture, not its description
    # Word's size: python-docx reads a PNG without a resolution as 72 dpi, 40 x 20 points.
    word = io.BytesIO()
    export_docx(loads(markdown), word, images_from=tmp_path)
    with zipfile.ZipFile(word) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
    extent = document.xpath("//*[local-name()='extent']")[0]
    assert (int(extent.get("cx")), int(extent.get("cy"))) == (40 * 12700, 20 * 12700)


def test_a_wide_picture_is_made_to_fit_the_text_width(tmp_path: Path) -> None:
    (tmp_path / "bred.png").write_bytes(png(2000, 100))
    data, warnings = rendered(loads("# R\n\n![Bred](bred.png)\n"), images_from=tmp_path)
    assert warnings == []
    ((width, height, ppi, _),) = pictures_in(data, tmp_path)
    text_width = 595.28 - 2 * style.MARGIN_PT  # points
    assert (width, height) == (2000, 100)
    assert ppi == pytest.approx(2000 / (text_width / 72), abs=1.5)


@pytest.mark.parametrize(
    ("markdown", "code"),
    [
        ("![Kort](https://os2.eu/kort.png)", "picture-remote"),
        ("![Kort](findes-ikke.png)", "picture-missing"),
        ("![Kort](noter.txt)", "picture-unusable"),
        ("![Kort](/dev/zero)", "picture-missing"),
    ],
)
def test_a_picture_left_out_leaves_its_text_and_the_words_word_uses(
    tmp_path: Path, markdown: str, code: str
) -> None:
    (tmp_path / "noter.txt").write_text("ikke et billede", encoding="utf-8")
    doc = loads(f"# R\n\n{markdown}\n")
    data, warnings = rendered(doc, images_from=tmp_path)
    word = export_docx(doc, io.BytesIO(), images_from=tmp_path)
    assert [w.code for w in warnings] == [code] and warnings == word
    assert "Kort" in all_text(data) and pictures_in(data, tmp_path) == []


def test_without_a_folder_a_relative_picture_is_left_out_with_a_warning() -> None:
    _, warnings = rendered(loads("# R\n\n![Logo](logo.png)\n"))
    assert [w.code for w in warnings] == ["picture-missing"]


# -- approval, draft, title ---------------------------------------------------------------


def test_an_approved_description_says_by_whom_and_when() -> None:
    doc = FunctionDescription(
        front_matter=FrontMatter(
            title="Rolle", extra={"approved_by": "Bestyrelsen", "last_revised": "2026-03-15"}
        ),
        h1="Funktionsbeskrivelse – Rolle i OS2",
    )
    assert "Godkendt af Bestyrelsen den 15.03.2026" in all_text(render_pdf(doc))
    assert "Approved by Bestyrelsen on 15 March 2026" in all_text(render_pdf(doc, language="en"))
    built = body(doc)
    line = built.document.findBlockByNumber(1)
    assert line.text() == "Godkendt af Bestyrelsen den 15.03.2026"
    fragment = next(iter(line)).fragment()
    assert fragment.charFormat().fontItalic()
    assert fragment.charFormat().foreground().color().name().upper() == style.FURNITURE_GREY
    doc.front_matter.extra.pop("approved_by")
    assert "Godkendt" not in all_text(render_pdf(doc))


def test_a_draft_is_marked_in_every_page_header(tmp_path: Path) -> None:
    doc = loads(ROLE_MD)
    doc.front_matter.extra["status"] = "DRAFT"
    path = tmp_path / "udkast.pdf"
    export_pdf(doc, path)
    pdf = reader(path.read_bytes())
    assert len(pdf.pages) >= 2
    for page in pdf.pages:
        assert page_text(page).split().count("UDKAST") == 1
    assert colour_pixels(path, style.DRAFT_COLOUR, dpi=150) > 30
    plain = tmp_path / "ren.pdf"
    export_pdf(loads(ROLE_MD), plain)
    assert "UDKAST" not in pdftotext(plain)
    assert colour_pixels(plain, style.DRAFT_COLOUR, dpi=150) == 0
    appendix = tmp_path / "bilag.pdf"  # status: DRAFT
    export_pdf(loads(fixture_text("appendix.md")), appendix)
    assert pdftotext(appendix).split()[0] == "UDKAST"  # above the header's line, as in Word
    english = render_pdf(loads("---\nstatus: draft\nlang: en\n---\n# Lead\n"))
    assert all_text(english).split().count("DRAFT") == 1


def test_the_title_binds_its_last_two_words(tmp_path: Path) -> None:
    """A title that wraps never leaves its last word alone on a line (issue 16 point 7)."""
    title = "Funktionsbeskrivelse – Koordinator for digitale fællesskaber og samarbejde i OS2"
    path = tmp_path / "titel.pdf"
    export_pdf(loads(f"# {title}\n\nTekst.\n"), path)
    lines = [line.strip() for line in pdftotext(path).splitlines() if line.strip()]
    title_lines = [line for line in lines if line in title or line.replace("\u00a0", " ") in title]
    assert len(title_lines) >= 2, lines  # it wraps
    assert title_lines[-1].replace("\u00a0", " ").endswith("i OS2")
    assert title_lines[-1].replace("\u00a0", " ") != "OS2"


# -- the look of the headings and the properties -----------------------------------------


def test_headings_match_the_word_styles() -> None:
    """Bold in the body's face (which has a real bold); 16 and 13 pt navy, then 11 pt grey:
    the values of resources/templates/make_default.py."""
    from resources.templates.make_default import ACCENT, GREY, styles_xml

    styles = etree.fromstring(styles_xml().split("\n", 1)[1].encode())
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    for level in (1, 2, 3):
        word = styles.xpath(f"//w:style[@w:styleId='Heading{level}']/w:rPr", namespaces=ns)[0]
        size = int(word.xpath("w:sz/@w:val", namespaces=ns)[0]) / 2
        colour = "#" + word.xpath("w:color/@w:val", namespaces=ns)[0]
        ours = style.heading_style(level)
        assert (ours.size, ours.colour, ours.bold) == (size, colour, True)
        assert ours.after == 0  # the Word export leaves no space below a heading
    assert style.heading_style(2).colour == "#" + ACCENT
    assert style.heading_style(3).colour == "#" + GREY
    assert style.BODY_FAMILIES[:2] == ("Calibri", "Carlito")
    built = body("# R\n\n## Formål med stillingen\n\nTekst.\n")
    heading = next(iter(built.document.findBlockByNumber(1))).fragment().charFormat().font()
    text = next(iter(built.document.findBlockByNumber(2))).fragment().charFormat().font()
    assert heading.bold() and heading.family() == text.family()
    assert heading.pointSizeF() == 16.0


def test_the_properties_are_the_word_exports_from_one_function() -> None:
    doc = loads(ROLE_MD)
    pdf = reader(render_pdf(doc, author="HR", organisation="Aarhus Kommune"))
    word = io.BytesIO()
    export_docx(doc, word, author="HR", organisation="Aarhus Kommune")
    with zipfile.ZipFile(word) as archive:
        core = etree.fromstring(archive.read("docProps/core.xml"))

    def value(name: str) -> str:
        return str(core.xpath(f"//*[local-name()='{name}']/text()")[0])

    info = pdf.metadata
    assert info is not None
    expected = document_properties(identity(doc, "Aarhus Kommune"), texts_for("da"), "HR")
    assert (info.title, info.subject, info.author, info["/Keywords"]) == (
        value("title"), value("subject"), value("creator"), value("keywords")
    ) == (expected.title, expected.subject, expected.author, expected.keywords)
    assert pdf.trailer["/Root"]["/Lang"] == value("language") == expected.language


# -- what the command says -------------------------------------------------------------


def word_and_pdf_stderr(source: Path, tmp_path: Path, *options: str) -> tuple[str, str]:
    word = export_command(str(source), "-o", str(tmp_path / "ud.docx"), *options)
    pdf = export_command(str(source), "-o", str(tmp_path / "ud.pdf"), *options)
    assert word[0] == pdf[0] == 0
    return word[2], pdf[2]


def test_the_pdf_command_warns_as_the_word_command_does(tmp_path: Path) -> None:
    """Front matter only (16.3), --omit of a part the document lacks (16.4), guidance of the
    New template left in the text (issue 19), a picture left out: the same lines."""
    word, pdf = word_and_pdf_stderr(FIXTURES / "frontmatter-only.md", tmp_path)
    assert pdf == word and "All the text of this description is in its front matter" in pdf
    role = tmp_path / "rolle.md"
    guidance = GUIDANCE[0].hint
    role.write_text(ROLE_MD.replace("## Formål med stillingen\n",
                                    f"## Formål med stillingen\n\n{guidance}\n", 1)
                    + "\n![Kort](kort.png)\n", encoding="utf-8")
    word, pdf = word_and_pdf_stderr(role, tmp_path, "--omit", "collaboration")
    assert pdf == word
    assert "no part “collaboration”" in pdf and "kort.png" in pdf
    assert f"Warning: {role}:" in pdf  # the template's guidance, with its line


def test_a_pdf_without_pictures_loads_neither_python_docx_nor_lxml(tmp_path: Path) -> None:
    """The PDF command's process stays lean: the Word machinery is not needed."""
    source = tmp_path / "rolle.md"
    source.write_text(ROLE_MD, encoding="utf-8")
    code = (
        "import sys; from os2editor.cli import main; "
        f"rc = main(['export', {str(source)!r}, '-o', {str(tmp_path / 'r.pdf')!r}]); "
        "print(rc, 'docx' in sys.modules, 'lxml' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True, env={**os.environ, "QT_QPA_PLATFORM": ""})
    assert result.stdout.split()[-3:] == ["0", "False", "False"]
    assert words(pdftotext(tmp_path / "r.pdf"))


def test_table_columns_follow_the_content_as_in_word() -> None:
    """A short label column stays narrow, as the Word export makes it (issue 16 point 6)."""
    markdown = (
        "# R\n\n| Felt | Beskrivelse |\n|---|---|\n| Timer | Arbejdstiden er 37 timer om ugen, "
        "tilrettelagt efter aftale med foreningschefen og med plads til fleksibilitet. |\n"
    )
    built = body(markdown)
    table = next(frame for frame in built.document.rootFrame().childFrames())
    shares = [length.rawValue() for length in table.format().toTableFormat()
              .columnWidthConstraints()]
    word = io.BytesIO()
    export_docx(loads(markdown), word)
    with zipfile.ZipFile(word) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
    grid = [int(width) for width in document.xpath("//*[local-name()='gridCol']/@*")]
    assert shares[0] < 25 and shares[0] + shares[1] == pytest.approx(100)
    assert shares[0] == pytest.approx(100 * grid[0] / sum(grid), abs=1)
