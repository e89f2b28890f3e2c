"""Compare exported XML parts with reference files, as novelWriter does for its DOCX writer.

Each part is pretty-printed and compared line by line; volatile lines (timestamps) are
skipped. After an intended change, regenerate the references with
``OS2EDITOR_UPDATE_REFERENCE=1 pytest tests/docx/test_reference.py`` and read the diff.
"""

from __future__ import annotations

import difflib
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from os2editor.docx import export_docx

from .helpers import small_doc

REFERENCE = Path(__file__).parent / "reference"
VOLATILE = re.compile(r"<dcterms:(created|modified)\b")


def pretty_lines(xml: bytes) -> list[str]:
    """The part as indented XML, one element per line, volatile lines left out."""
    parser = etree.XMLParser(remove_blank_text=True)
    text = etree.tostring(etree.fromstring(xml, parser), pretty_print=True, encoding="unicode")
    return [line for line in text.splitlines() if not VOLATILE.search(line)]


@pytest.mark.parametrize("part", ["word/document.xml", "word/footer1.xml", "docProps/core.xml"])
def test_part_matches_reference(tmp_path: Path, part: str) -> None:
    target = tmp_path / "small.docx"
    export_docx(small_doc(), target, author="Sekretariatet")
    with zipfile.ZipFile(target) as archive:
        actual = pretty_lines(archive.read(part))
    reference = REFERENCE / (part.replace("/", "_") + ".txt")
    if os.environ.get("OS2EDITOR_UPDATE_REFERENCE"):
        reference.write_text("\n".join(actual) + "\n", encoding="utf-8")
    expected = reference.read_text(encoding="utf-8").splitlines()
    diff = list(difflib.unified_diff(expected, actual, "reference", "export", lineterm=""))
    assert not diff, "\n".join(diff)
