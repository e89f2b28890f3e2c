"""Reading PDFs back for the tests: text, words, annotations, outline, fonts, colours."""

from __future__ import annotations

import difflib
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from os2editor.docx.blocks import Block, Table, blocks_for
from os2editor.docx.inline import plain_text
from os2editor.model import FunctionDescription


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdftotext(path: Path) -> str:
    """The text poppler's pdftotext reads from ``path``, in reading order."""
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext (poppler-utils) is needed by the PDF tests"
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def words(text: str) -> list[str]:
    """Words of ``text``; a word a line break split after its hyphen or slash is joined."""
    return re.sub(r"(?<=[-/])\n(?=\w)", "", text).split()


def block_words(blocks: list[Block]) -> list[str]:
    """Every word the blocks hold, in order (tables row by row)."""
    found: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row:
                    found += plain_text(cell).split()
        else:
            found += plain_text(getattr(block, "runs", ())).split()
    return found


def document_words(doc: FunctionDescription) -> list[str]:
    return block_words(blocks_for(doc))


def missing_in_order(expected: list[str], actual: list[str]) -> list[str]:
    """The expected words not found in ``actual`` in the same order (header, footer and
    bullets may come between them). Hyphens are not compared: pdftotext joins a word broken
    at a line-end hyphen without it ("OS2-" + "fællesskabet" -> "OS2fællesskabet")."""
    def plain(word: str) -> str:
        return word.replace("-", "")

    matcher = difflib.SequenceMatcher(
        None, [plain(w) for w in expected], [plain(w) for w in actual], autojunk=False
    )
    found = {index for block in matcher.get_matching_blocks()
             for index in range(block.a, block.a + block.size)}
    return [word for index, word in enumerate(expected) if index not in found]


def link_annotations(page: Any) -> list[tuple[str, list[float]]]:
    """(URI, rectangle) of each link annotation of ``page``."""
    links = []
    for reference in page.get("/Annots") or []:
        annotation = reference.get_object()
        if annotation.get("/Subtype") == "/Link":
            action = annotation["/A"]
            links.append((str(action["/URI"]), [float(v) for v in annotation["/Rect"]]))
    return links


def outline_titles(pdf: PdfReader) -> list[Any]:
    """The outline as nested lists of titles: ["A", ["A.1", "A.2"], "B"]."""

    def walk(items: list[Any]) -> list[Any]:
        result: list[Any] = []
        for item in items:
            result.append(walk(item) if isinstance(item, list) else str(item.title))
        return result

    return walk(pdf.outline)


def font_names(pdf: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in pdf.pages:
        fonts = page["/Resources"].get_object().get("/Font") or {}
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def page_text(page: Any) -> str:
    """pypdf's text of ``page`` with its spacing made plain (Qt places words one by one,
    and pypdf reads the gaps between them as tabs)."""
    return " ".join(page.extract_text().split())


def colour_pixels(path: Path, colour: str, dpi: int = 50) -> int:
    """How many pixels of the first page, drawn at ``dpi``, have about ``colour``."""
    tool = shutil.which("pdftoppm")
    assert tool is not None, "pdftoppm (poppler-utils) is needed by the PDF tests"
    image = subprocess.run([tool, "-r", str(dpi), "-f", "1", "-l", "1", str(path)],
                           capture_output=True, check=True).stdout
    # Binary PPM: "P6\n<width> <height>\n255\n" then RGB bytes.
    header_end = 0
    for _ in range(3):
        header_end = image.index(b"\n", header_end) + 1
    pixels = image[header_end:]
    want = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(
        1 for i in range(0, len(pixels) - 2, 3)
        if all(abs(pixels[i + k] - want[k]) < 40 for k in range(3))
    )
