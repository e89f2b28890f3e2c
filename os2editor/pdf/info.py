"""The PDF's document information, its XMP metadata, outline and language.

Qt writes PDF/A-1b with the XMP metadata it is given, but its document information has only a
title, an author and a creator, and it writes no outline and no language. So the XMP is
written here, and the written PDF is finished by an incremental update
(:mod:`os2editor.pdf.update`): subject, keywords and dates into the document information
(equal to the XMP, as PDF/A requires), the bookmarks, and ``/Lang``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from os2editor import __version__
from os2editor.docx.language import Texts
from os2editor.docx.properties import Identity, document_properties
from os2editor.docx.wordml import xml_text
from os2editor.pdf.pages import OutlineEntry
from os2editor.pdf.style import MARGIN_PT
from os2editor.pdf.update import Bookmark, update

CREATOR = f"os2editor {__version__}"


class DocumentInfo(NamedTuple):
    """What a reader's File > Properties shows: the same values as the Word export's."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str  # a tag such as "da-DK"
    created: dt.datetime  # UTC, whole seconds

    @classmethod
    def of(cls, who: Identity, texts: Texts, author: str | None, now: dt.datetime
           ) -> DocumentInfo:
        """The Word export's core properties of the same document (one function gives both:
        :func:`os2editor.docx.properties.document_properties`), created ``now``."""
        described = document_properties(who, texts, author)
        return cls(described.title, described.author, described.subject, described.keywords,
                   described.language, now)


def xmp(info: DocumentInfo, producer: str) -> bytes:
    """The XMP packet: the information, the creating tool, and the PDF/A-1b identification."""
    stamp = _xmp_date(info.created)
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title>{_alternative(info.title)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>{xml_text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>{_alternative(info.subject)}</dc:description>
   <dc:language><rdf:Bag><rdf:li>{xml_text(info.language)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{xml_text(producer)}</pdf:Producer>
   <pdf:Keywords>{xml_text(info.keywords)}</pdf:Keywords>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{xml_text(CREATOR)}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>1</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


def finish(
    data: bytes, info: DocumentInfo, producer: str, outline: Sequence[OutlineEntry],
    page_height: float,
) -> bytes:
    """``data`` (Qt's PDF) with the full document information, the outline and the language,
    appended as an incremental update (:mod:`os2editor.pdf.update`).

    ``page_height`` is in points; outline entries measure from the top, PDF from the bottom.
    """
    stamp = _pdf_date(info.created)
    # The information is replaced whole, so no key of Qt's (Trapped) lacks its XMP twin.
    fields = {
        "Title": info.title,
        "Author": info.author,
        "Subject": info.subject,
        "Keywords": info.keywords,
        "Creator": CREATOR,
        "Producer": producer,
        "CreationDate": stamp,
        "ModDate": stamp,
    }
    bookmarks = [
        Bookmark(entry.level, entry.title, entry.page, max(page_height - entry.top, 0.0))
        for entry in outline
    ]
    # Links are never in the margins: any there is a stray one of Qt's (see update).
    band = (MARGIN_PT, page_height - MARGIN_PT)
    return update(data, fields, bookmarks, info.language, band)


def _alternative(text: str) -> str:
    """An XMP language alternative holding ``text`` as the default."""
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{xml_text(text)}</rdf:li></rdf:Alt>'


def _xmp_date(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _pdf_date(moment: dt.datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")
