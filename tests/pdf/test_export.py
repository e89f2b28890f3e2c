"""export_pdf and render_pdf, read back: text, pages, furniture, links, outline, metadata."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf.generic import NameObject

from os2editor.docx import furniture, language
from os2editor.errors import WriteError
from os2editor.markdown import loads
from os2editor.model import FunctionDescription
from os2editor.pdf import export_pdf, render_pdf
from tests.docx.helpers import ROLE_MD
from tests.helpers import fixture_text

from .helpers import (
    document_words,
    font_names,
    link_annotations,
    missing_in_order,
    outline_titles,
    page_text,
    pdftotext,
    reader,
    words,
)

NOW = dt.datetime(2026, 5, 4, 3, 2, 1, tzinfo=dt.UTC)
A4 = (595, 842)  # points, as Qt writes the media box


@pytest.fixture(scope="module")
def role() -> FunctionDescription:
    return loads(ROLE_MD)


@pytest.fixture(scope="module")
def role_pdf(role: FunctionDescription) -> bytes:
    return render_pdf(role, author="HR", now=NOW)


def test_every_word_comes_back_in_reading_order(
    role: FunctionDescription, role_pdf: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "rolle.pdf"
    path.write_bytes(role_pdf)
    expected = document_words(role)
    assert len(expected) > 100
    assert missing_in_order(expected, words(pdftotext(path))) == []


def test_a_long_description_keeps_every_word(tmp_path: Path) -> None:
    doc = loads(fixture_text("chief.md"))
    path = tmp_path / "chef.pdf"
    export_pdf(doc, path)
    pdf = reader(path.read_bytes())
    assert len(pdf.pages) >= 2
    assert missing_in_order(document_words(doc), words(pdftotext(path))) == []


def test_pages_are_a4_with_header_and_numbered_footer(role_pdf: bytes) -> None:
    pdf = reader(role_pdf)
    count = len(pdf.pages)
    assert count >= 2
    for number, page in enumerate(pdf.pages, start=1):
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4
        text = page_text(page)
        assert f"Side {number} af {count}" in text
        assert "OS2" in text and "Dataansvarlig" in text  # organisation and role
        assert "Revideret 15.03.2026" in text  # last_revised, as Danish writes dates


def test_english_document_gets_english_furniture(role: FunctionDescription) -> None:
    pdf = reader(render_pdf(role, language="en", organisation="Aarhus Kommune"))
    first = page_text(pdf.pages[0])
    assert f"Page 1 of {len(pdf.pages)}" in first
    assert "Aarhus Kommune" in first and "Revised 15 March 2026" in first
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"


def test_omitted_parts_are_left_out(role: FunctionDescription) -> None:
    text = "".join(page_text(page) for page in reader(render_pdf(role, ["tasks"])).pages)
    assert "Formål med stillingen" in text
    assert "Arbejdsopgaver og prioritering" not in text and "Føre registrene" not in text


def test_omit_may_be_a_one_shot_iterator(role: FunctionDescription, tmp_path: Path) -> None:
    target = tmp_path / "rolle.pdf"
    assert export_pdf(role, target, omit=iter(["purpose"])) == []
    text = "".join(page_text(page) for page in reader(target.read_bytes()).pages)
    assert "Formål med stillingen" not in text
    assert "Arbejdsopgaver og prioritering" in text


def test_links_are_clickable_on_their_page(role_pdf: bytes) -> None:
    pdf = reader(role_pdf)
    links = [link for page in pdf.pages for link in link_annotations(page)]
    assert {uri for uri, _ in links} == {"https://example.org/formater"}
    for page in pdf.pages:
        for _uri, (x1, y1, x2, y2) in link_annotations(page):
            assert 0 <= x1 < x2 <= A4[0] and 0 <= y1 < y2 <= A4[1]


def test_outline_follows_the_headings(role_pdf: bytes) -> None:
    pdf = reader(role_pdf)
    assert outline_titles(pdf) == [
        "Formål med stillingen",
        "Ansvarsområde",
        ["1. Vedligeholde registre", "2. Rådgive medlemmer"],
        "Arbejdsopgaver og prioritering",
        ["MUST (skal løses for at OS2 kan fungere)",
         "SHOULD (bør løses, hvis ressourcerne er til stede)"],
        "Personlige kvalifikationer",
        "Ansvarsfordeling",
        ["Sekretariatet"],
        "Øvrige forhold",
    ]
    assert pdf.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_outline_entries_point_at_their_headings_page(tmp_path: Path) -> None:
    doc = loads(fixture_text("chief.md"))
    pdf = reader(render_pdf(doc))
    for item in pdf.outline:
        if isinstance(item, list):
            continue
        page = pdf.get_destination_page_number(item)
        assert str(item.title) in page_text(pdf.pages[page])


def test_document_information_matches_the_word_export(
    role: FunctionDescription, role_pdf: bytes
) -> None:
    pdf = reader(role_pdf)
    info = pdf.metadata
    assert info is not None
    texts = language.texts_for("da")
    who = furniture.identity(role)
    assert info.title == who.title == "Funktionsbeskrivelse – Dataansvarlig i OS2"
    assert info.author == "HR"
    assert info.subject == texts.subject == "Funktionsbeskrivelse"
    assert info["/Keywords"] == "Funktionsbeskrivelse, Dataansvarlig, OS2"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20260504030201+00'00'"
    assert pdf.trailer["/Root"]["/Lang"] == "da-DK"


def test_pdfa_identification_and_metadata_agree(role_pdf: bytes) -> None:
    """What PDF/A-1b asks of the file that Qt's part and ours must keep together."""
    assert role_pdf.startswith(b"%PDF-1.4\n%")
    assert all(byte > 127 for byte in role_pdf[10:14])  # the binary comment line
    assert b"/XRef" not in role_pdf and b"/ObjStm" not in role_pdf  # none in PDF/A-1
    assert role_pdf.endswith(b"%%EOF\n")
    pdf = reader(role_pdf)
    root = pdf.trailer["/Root"]
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    metadata = root["/Metadata"].get_object()
    assert "/Filter" not in metadata
    xmp = metadata.get_data().decode("utf-8")
    assert "<pdfaid:part>1</pdfaid:part>" in xmp and "<pdfaid:conformance>B" in xmp
    info = pdf.metadata
    assert info is not None
    for value in (info.title, info.author, info.subject, info["/Keywords"], info["/Producer"],
                  info["/Creator"]):
        assert f">{value}<" in xmp
    assert "2026-05-04T03:02:01+00:00" in xmp
    assert "/Trapped" not in info
    assert len(pdf.trailer["/ID"]) == 2
    assert NameObject("/Encrypt") not in pdf.trailer


def test_fonts_are_embedded_in_every_style(role_pdf: bytes) -> None:
    pdf = reader(role_pdf)
    for page in pdf.pages:
        for reference in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            if descriptor is None:  # a Type 3 font carries its glyphs itself
                assert font["/Subtype"] == "/Type3"
                continue
            descriptor = descriptor.get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    names = " ".join(font_names(pdf))
    assert "Bold" in names and ("Italic" in names or "Oblique" in names)


def test_written_to_a_stream_and_atomically_to_a_path(
    role: FunctionDescription, tmp_path: Path
) -> None:
    stream = io.BytesIO()
    export_pdf(role, stream)
    assert stream.getvalue().startswith(b"%PDF-1.4")
    target = tmp_path / "ud.pdf"
    target.write_bytes(b"old")
    export_pdf(role, target)
    assert target.read_bytes().startswith(b"%PDF-1.4")
    assert [p.name for p in tmp_path.iterdir()] == ["ud.pdf"]  # no temporary file left


def test_refuses_a_description_name_and_a_missing_folder(
    role: FunctionDescription, tmp_path: Path
) -> None:
    with pytest.raises(WriteError, match=r"ending in \.docx or \.pdf"):
        export_pdf(role, tmp_path / "rolle.md")
    with pytest.raises(WriteError, match="does not exist"):
        export_pdf(role, tmp_path / "mangler" / "rolle.pdf")
    assert list(tmp_path.iterdir()) == []


def test_unknown_part_and_language_are_refused(role: FunctionDescription) -> None:
    with pytest.raises(ValueError, match="Unknown part"):
        render_pdf(role, ["jobopslag"])
    with pytest.raises(ValueError, match="Unknown document language"):
        render_pdf(role, language="sv")


def test_front_matter_only_page_still_has_its_title() -> None:
    doc = loads(fixture_text("frontmatter-only.md"))
    pdf = reader(render_pdf(doc))
    assert len(pdf.pages) == 1
    title = doc.front_matter.title
    assert title and title in page_text(pdf.pages[0])


def test_the_update_can_be_applied_again(role_pdf: bytes) -> None:
    """A second update replaces the first one's outline and language, as a reader sees it."""
    from os2editor.pdf.update import Bookmark, update

    again = update(role_pdf, {"Title": "Ny titel", "ModDate": "D:20270101000000+00'00'"},
                   [Bookmark(1, "Én", 0, 800.0), Bookmark(2, "Under", 0, 700.0)], "en-GB")
    pdf = reader(again)
    assert outline_titles(pdf) == ["Én", ["Under"]]
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"
    assert pdf.metadata is not None and pdf.metadata.title == "Ny titel"
    assert again.startswith(role_pdf)  # Qt's part and the first update stay as they were
    with pytest.raises(ValueError, match="classic trailer"):
        update(b"%PDF-1.7 not really", {}, [], "da-DK")


def test_a_link_is_clickable_once_where_it_is_drawn() -> None:
    """A paragraph of links across a page break: Qt also draws (clipped away) one line
    beyond each page's edge and makes its links clickable in the margin; those go."""
    paragraph = " ".join(f"ord{n} [link{n}](https://example.org/{n})" for n in range(400))
    doc = loads("# Funktionsbeskrivelse – T i OS2\n\n## Formål med stillingen\n\n" + paragraph)
    pdf = reader(render_pdf(doc))
    assert len(pdf.pages) >= 2
    seen: list[str] = []
    for page in pdf.pages:
        text = page_text(page)
        for uri, (_x1, y1, _x2, y2) in link_annotations(page):
            seen.append(uri)
            assert 70 < y1 < y2 < A4[1] - 70  # within the text's area, not a margin
            assert f"link{uri.rsplit('/', 1)[1]}" in text.split()
    assert sorted(seen) == sorted(f"https://example.org/{n}" for n in range(400))
