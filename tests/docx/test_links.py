"""Issue 14 point 14: only web and e-mail addresses become Word hyperlinks."""

from __future__ import annotations

from os2editor.checks import check
from os2editor.markdown import loads

from .helpers import exported, texts, xpath

LINKS = """\
# Rolle

## Formål med stillingen

Se [håndbogen](https://os2.eu/haandbog), skriv til [sekretariatet](mailto:info@os2.eu),
kør [diagnosen](ms-msdt:/id%20PCWDiagnostic), søg [her](search-ms:query=x),
åbn [skabelonen](ms-word:ofe|u|https://evil/x.docx), [drevet](smb://evil/share)
og <search-ms:crumb=location:evil>.

- Læs [rollebeskrivelsen](role_descriptions/chief) på hjemmesiden.
"""


def test_only_http_https_and_mailto_are_hyperlinks() -> None:
    parts, _ = exported(LINKS)
    document = parts["word/document.xml"]
    assert [texts(link) for link in xpath(document, "//w:hyperlink")] == [
        "håndbogen",
        "sekretariatet",
    ]
    targets = xpath(
        parts["word/_rels/document.xml.rels"], "//rel:Relationship[@TargetMode='External']/@Target"
    )
    assert sorted(targets) == ["https://os2.eu/haandbog", "mailto:info@os2.eu"]
    body = texts(document)
    for text in ("diagnosen", "her", "skabelonen", "drevet", "search-ms:crumb=location:evil",
                 "rollebeskrivelsen"):
        assert text in body
    for scheme in ("ms-msdt", "ms-word", "smb:"):
        assert scheme not in body  # the address is not shown, only the link's text


def test_check_warns_of_every_link_written_as_text() -> None:
    problems = [p for p in check(loads(LINKS)) if p.code == "link-not-web"]
    assert [p.args["target"] for p in problems] == [
        "ms-msdt:/id%20PCWDiagnostic",
        "search-ms:query=x",
        "ms-word:ofe%7Cu%7Chttps://evil/x.docx",
        "smb://evil/share",
        "search-ms:crumb=location:evil",
        "role_descriptions/chief",
    ]
    assert problems[0].section_index == 0 and problems[0].line == 3
    assert problems[0].message == (
        "the link to “ms-msdt:/id%20PCWDiagnostic” is not a web or e-mail address, so the Word "
        "document shows only its text"
    )
