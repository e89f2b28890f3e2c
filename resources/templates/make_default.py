# The XML parts read best one element per line as Word writes them, so long lines stay.
# ruff: noqa: E501
"""Build resources/templates/default.docx, the clean template the Word export uses by default.

Run it with ``python resources/templates/make_default.py``; the output is committed. The
package is written part by part (no python-docx), so it holds only what the export uses: a
small style sheet (python-docx's own template carries 800 KB of styles, which makes every
export slow), an empty numbering part, an empty header and footer, A4 with 2.5 cm margins
and Danish as the proofing language. The bytes are the same on every run.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
OFFICE = "application/vnd.openxmlformats-officedocument"

CONTENT_TYPES = f"""{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{OFFICE}.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{OFFICE}.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="{OFFICE}.wordprocessingml.settings+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{OFFICE}.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="{OFFICE}.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="{OFFICE}.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="{OFFICE}.extended-properties+xml"/>
</Types>"""

ROOT_RELS = f"""{DECL}<Relationships xmlns="{PKG_RELS}">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{R}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""{DECL}<Relationships xmlns="{PKG_RELS}">
<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{R}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{R}/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="{R}/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="{R}/footer" Target="footer1.xml"/>
</Relationships>"""

CORE = f"""{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title></dc:title><dc:language>da-DK</dc:language>
</cp:coreProperties>"""

APP = f"""{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>os2editor</Application>
</Properties>"""

# A4 (210 x 297 mm) with 2.5 cm margins; header and footer 1.25 cm from the edge.
DOCUMENT = f"""{DECL}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>
<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>
<w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>
</w:sectPr></w:body></w:document>"""

HEADER = f"""{DECL}<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>"""
FOOTER = f"""{DECL}<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>"""

NUMBERING = f"""{DECL}<w:numbering xmlns:w="{W}"/>"""

SETTINGS = f"""{DECL}<w:settings xmlns:w="{W}">
<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:hyphenationZone w:val="425"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="da-DK"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>
</w:settings>"""

FONT = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
# Headings in the body's face, which has a real bold (Calibri; Carlito where it is missing):
# Calibri Light has none, so Word faked one, and LibreOffice mixed in another family.
HEADING_FONT = FONT
ACCENT = "1F3864"
GREY = "404040"


def paragraph_style(style_id: str, name: str, ppr: str = "", rpr: str = "", extra: str = "") -> str:
    """A paragraph style based on Normal."""
    based = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' if style_id != "Normal" else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{based}'
        f"{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def heading_style(level: int, size: int, colour: str, bold: bool = True, italic: bool = False) -> str:
    """``heading N`` with its outline level, kept with the next paragraph."""
    spacing = {1: (360, 120), 2: (240, 80)}.get(level, (200, 40))
    ppr = (
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="{spacing[0]}" w:after="{spacing[1]}"/>'
        f'<w:outlineLvl w:val="{level - 1}"/>'
    )
    rpr = f'{HEADING_FONT}{"<w:b/>" if bold else ""}{"<w:i/>" if italic else ""}<w:color w:val="{colour}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return paragraph_style(
        f"Heading{level}", f"heading {level}", ppr, rpr, '<w:uiPriority w:val="9"/>'
    )


def styles_xml() -> str:
    """The style sheet: Normal, Title, headings 1-6, lists, quote, header, footer, link, table."""
    # A clear step between levels: size and colour down to level 3, then weight and slant.
    headings = [
        heading_style(1, 32, ACCENT),
        heading_style(2, 26, ACCENT),
        heading_style(3, 22, GREY),
        heading_style(4, 22, GREY, italic=True),
        heading_style(5, 22, GREY, bold=False, italic=True),
        heading_style(6, 20, GREY, bold=False, italic=True),
    ]
    small = '<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>'
    parts = [
        f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>{FONT}'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="da-DK" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>',
        paragraph_style(
            "Title",
            "Title",
            '<w:keepNext/><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
            f'{HEADING_FONT}<w:color w:val="{ACCENT}"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>',
        ),
        *headings,
        paragraph_style(
            "ListParagraph",
            "List Paragraph",
            '<w:spacing w:after="120"/><w:ind w:left="720"/><w:contextualSpacing/>',
        ),
        paragraph_style(
            "Quote",
            "Quote",
            '<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="A5A5A5"/></w:pBdr>'
            '<w:spacing w:before="120" w:after="120"/><w:ind w:left="567" w:right="567"/>',
            '<w:i/><w:color w:val="404040"/>',
        ),
        paragraph_style(
            "Header",
            "header",
            '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="A5A5A5"/></w:pBdr><w:spacing w:after="0"/>',
            small,
        ),
        paragraph_style("Footer", "footer", '<w:spacing w:after="0"/>', small),
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="A5A5A5"/></w:tblBorders></w:tblPr></w:style>',
        "</w:styles>",
    ]
    return DECL + "".join(parts)


def build(target: Path) -> None:
    """Write the template to ``target``, byte for byte the same on every run."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": DOCUMENT,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles_xml(),
        "word/settings.xml": SETTINGS,
        "word/numbering.xml": NUMBERING,
        "word/header1.xml": HEADER,
        "word/footer1.xml": FOOTER,
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, xml.encode("utf-8"))


if __name__ == "__main__":
    build(Path(__file__).resolve().parent / "default.docx")
