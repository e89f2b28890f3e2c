"""Which links become clickable (issue 14 point 14): http, https and mailto, nothing else."""

from __future__ import annotations

import pytest

from os2editor.links import is_web_link, plain_links, scheme


@pytest.mark.parametrize(
    "url",
    ["http://os2.eu", "https://os2.eu/a?b=1#c", "HTTPS://OS2.EU", "mailto:info@os2.eu", " https://x.dk"],
)
def test_web_and_mail_addresses_are_links(url: str) -> None:
    assert is_web_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "ms-msdt:/id PCWDiagnostic /skip force",
        "search-ms:query=faktura&crumb=location:\\\\evil\\share",
        "ms-word:ofe|u|https://evil/x.docx",
        "smb://evil/share/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://x.dk/a",
        "tel:+4512345678",
        "role_descriptions/product_advisor",
        "#roller",
        "",
    ],
)
def test_anything_else_is_not(url: str) -> None:
    assert not is_web_link(url)


def test_scheme() -> None:
    assert scheme("MS-MSDT:x") == "ms-msdt"
    assert scheme("relative/path") is None
    assert scheme("C:\\billeder\\logo.png") == "c"  # callers tell drive letters apart


def test_plain_links_are_the_links_an_output_writes_as_text() -> None:
    markdown = (
        "Se [håndbogen](https://os2.eu), [diagnose](<ms-msdt:/id x>), <search-ms:query=x>, "
        "[rolle](role_descriptions/chief) og [post](mailto:a@os2.eu).\n\n"
        "[ref]: smb://evil/share\n\nOg [reference][ref].\n\n![logo](smb://evil/logo.png)"
    )
    assert plain_links(markdown) == [
        "ms-msdt:/id%20x",
        "search-ms:query=x",
        "role_descriptions/chief",
        "smb://evil/share",
    ]
    assert plain_links("Ingen links her.") == []
