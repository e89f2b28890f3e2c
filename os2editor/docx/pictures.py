"""Pictures of a description (``![Organisationsdiagram](diagram.png)``) put into the document.

Only a local picture is read: a regular file (never a device or a pipe, which could block or
never end) of at most :data:`MAX_PICTURE` bytes, in a format Word shows (PNG, JPEG, GIF, BMP,
TIFF). A relative address is read from the description's own folder. A web address is not
fetched: the export works offline. A picture that cannot be put in is left out with a notice,
and its description stands in its place.
"""

from __future__ import annotations

import io
import os
import stat
import struct
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

from os2editor.docx.wordml import EMU_PER_TWIP, xml_attr
from os2editor.links import scheme
from os2editor.messages import Message

MAX_PICTURE = 10 * 1024 * 1024
_MAX_HEIGHT = 9 * 914400  # EMU: 9 inches, most of an A4 page between the margins


class Picture(NamedTuple):
    """A picture related to the document: its relationship id, size (EMU) and number."""

    rel_id: str
    width: int
    height: int
    number: int
    name: str

    def xml(self, description: str) -> str:
        """The ``w:r`` that shows the picture in the text, ``description`` as its alt text."""
        cx, cy = self.width, self.height
        return (
            '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{self.number}" name="Picture {self.number}" '
            f'descr={xml_attr(description)}/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/>'
            "</wp:cNvGraphicFramePr><a:graphic>"
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name={xml_attr(self.name)}/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{self.rel_id}"/><a:stretch>'
            '<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>"
            "</w:drawing></w:r>"
        )


class Pictures:
    """The pictures of one document: ``part`` is its python-docx main part, ``folder`` the
    folder relative addresses are read from (None when the description has no file)."""

    def __init__(self, part: Any, folder: str | os.PathLike[str] | None) -> None:
        self.part = part
        self.folder = Path(folder) if folder is not None else None
        self._number = 0

    def embed(self, address: str, text_width: int) -> Picture | Message:
        """The picture at ``address`` related to the document, sized to fit ``text_width``
        (twips), or the notice saying why it was left out."""
        found = read_picture(address, self.folder)
        if isinstance(found, Message):
            return found
        data, name = found
        try:
            rel_id, image = self.part.get_or_add_image(io.BytesIO(data))
        except picture_errors():
            return unusable(address)
        width, height = fitted(int(image.width), int(image.height), text_width * EMU_PER_TWIP)
        if not self._number:
            self._number = int(self.part.next_id)
        number, self._number = self._number, self._number + 1
        return Picture(rel_id, width, height, number, name)


def read_picture(address: str, folder: Path | None) -> tuple[bytes, str] | Message:
    """The bytes and file name of the local picture at ``address`` (relative addresses in
    ``folder``), or the notice saying why it cannot be read: a web address (never fetched),
    no such regular file, or more than :data:`MAX_PICTURE` bytes. Every export reads pictures
    here, so the Word and the PDF export leave out the same ones with the same words."""
    if scheme(address) is not None and not _is_drive(address):
        return Message.of("picture-remote", image=address)
    path = Path(unquote(address))
    if not path.is_absolute():
        if folder is None:
            return Message.of("picture-missing", image=address)
        path = folder / path
    data = _read(path)
    if data is None:
        return Message.of("picture-missing", image=address)
    if len(data) > MAX_PICTURE:
        return unusable(address)
    return data, path.name


def measure(data: bytes) -> tuple[int, int] | None:
    """The size (EMU) at which Word shows the picture ``data``, as python-docx reads it from
    the picture's pixels and resolution; None when python-docx does not know it as a picture.
    (python-docx loads here, for a description with pictures only.)"""
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
        return int(image.width), int(image.height)
    except picture_errors():
        return None


def fitted(width: int, height: int, room: int) -> tuple[int, int]:
    """A picture of ``width`` x ``height`` (EMU) made small enough for a text ``room`` wide
    (EMU) and most of an A4 page high; never larger than its own size."""
    scale = min(1.0, room / max(width, 1), _MAX_HEIGHT / max(height, 1))
    return int(width * scale), int(height * scale)


def unusable(address: str) -> Message:
    """The notice for a picture that is too large or in no format Word shows."""
    return Message.of("picture-unusable", image=address, limit=MAX_PICTURE // 1048576)


def picture_errors() -> tuple[type[BaseException], ...]:
    """What python-docx (and the libraries under it) raise for bytes that are no picture."""
    from docx.image import exceptions

    return (
        exceptions.UnrecognizedImageError,
        exceptions.UnexpectedEndOfFileError,
        exceptions.InvalidImageStreamError,
        ValueError, IndexError, KeyError, OSError, struct.error, ZeroDivisionError,
    )  # fmt: skip


def _is_drive(address: str) -> bool:
    """A Windows path such as ``C:\\billeder\\logo.png`` is no scheme."""
    return len(address) > 2 and address[1] == ":" and address[2] in "\\/"


def _read(path: Path) -> bytes | None:
    """The bytes of a regular file, at most one more than the limit; None when it cannot
    be read or is not a regular file. Opened without blocking, so a pipe cannot hang us."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        with os.fdopen(handle, "rb", closefd=False) as file:
            return file.read(MAX_PICTURE + 1)
    except OSError:
        return None
    finally:
        os.close(handle)
