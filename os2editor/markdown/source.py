"""Bytes to normalised lines and back, remembering BOM, line endings and the final newline."""

from __future__ import annotations

from dataclasses import dataclass

from os2editor.errors import ReadError
from os2editor.markdown.limits import MAX_BYTES
from os2editor.storage.regular import too_large

BOM = "\ufeff"


@dataclass(frozen=True)
class TextShape:
    """How the original text was laid out, so the writer can lay it out the same way."""

    bom: bool = False
    newline: str = "\n"
    final_newline: bool = True


def decode(data: bytes, path: str | None = None) -> str:
    """Decode file bytes as UTF-8, with errors a person can act on."""
    if len(data) > MAX_BYTES:
        raise too_large(path, len(data), MAX_BYTES)
    if b"\x00" in data[:8192]:
        raise ReadError("read-binary", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ReadError("read-not-utf8", path=path, line=line, offset=error.start,
                        byte=f"{data[error.start]:02x}") from None


def split(text: str) -> tuple[list[str], TextShape]:
    """Split text into lines that each end with ``\\n``; return them with the text's shape."""
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    newline = "\n"
    # Only a file that is CRLF throughout is treated as CRLF; a mixed file keeps its stray
    # carriage returns inside the lines, so they are written back as they were.
    crlf = text.count("\r\n")
    if crlf and crlf == text.count("\n"):
        newline = "\r\n"
        text = text.replace("\r\n", "\n")
    final_newline = text.endswith("\n") or not text
    if not final_newline:
        text += "\n"
    lines = [line + "\n" for line in text.split("\n")[:-1]]
    return lines, TextShape(bom=bom, newline=newline, final_newline=final_newline)


def join(text: str, shape: TextShape) -> str:
    """Undo :func:`split` on normalised text."""
    if not shape.final_newline and text.endswith("\n"):
        text = text[:-1]
    if shape.newline != "\n":
        text = text.replace("\n", shape.newline)
    return (BOM if shape.bom else "") + text


def is_blank(line: str) -> bool:
    """A markdown blank line: only spaces and tabs."""
    return not line.strip(" \t\n")
