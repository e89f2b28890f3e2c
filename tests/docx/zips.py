"""Hostile templates: zip archives written member by member, with any sizes they claim."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from .helpers import W

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT = f'<w:document xmlns:w="{W}"><w:body><w:sectPr/></w:body></w:document>'


class Member:
    """A zip member: its deflated data, and the sizes and checksum it declares."""

    def __init__(self, name: str, data: bytes = b"", *, deflated: bytes | None = None,
                 size: int | None = None, crc: int | None = None) -> None:
        self.name = name
        if deflated is None:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            deflated = packer.compress(data) + packer.flush()
        self.deflated = deflated
        self.size = len(data) if size is None else size
        self.crc = zlib.crc32(data) if crc is None else crc


def write_zip(target: Path, members: list[Member]) -> Path:
    """A zip archive of ``members``, exactly as they declare themselves."""
    out = io.BytesIO()
    directory = []
    for member in members:
        name = member.name.encode()
        offset = out.tell()
        fields = (20, 0, 8, 0, 0x21, member.crc, len(member.deflated), member.size, len(name), 0)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name + member.deflated)
        directory.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, offset) + name
        )
    start = out.tell()
    out.write(b"".join(directory))
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                      out.tell() - start, start, 0)
    out.write(end)
    target.write_bytes(out.getvalue())
    return target


# CRC-32 of 2 GiB of zero bytes, worked out once (it takes seconds).
_ZERO_CRC = {2 << 30: 0x4DBDF21C}


def zeros_deflated(size: int) -> tuple[bytes, int]:
    """Deflated data of ``size`` zero bytes (a whole number of megabytes), and their CRC-32.

    A megabyte of zeros deflated and flushed in full is the same bytes every time, so the
    stream is that piece repeated: a 2 GiB member is made in milliseconds.
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1 << 20)
    piece = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = _ZERO_CRC.get(size)
    if crc is None:
        crc = 0
        for _ in range(size >> 20):
            crc = zlib.crc32(block, crc)
    return piece * (size >> 20) + packer.flush(), crc


def bomb(target: Path, size: int, name: str = "word/media/image1.png") -> Path:
    """A small .docx-shaped zip with one member that unpacks to ``size`` zero bytes."""
    deflated, crc = zeros_deflated(size)
    return write_zip(
        target,
        [
            Member("[Content_Types].xml", CONTENT_TYPES.encode()),
            Member("_rels/.rels", PACKAGE_RELS.encode()),
            Member("word/document.xml", DOCUMENT.encode()),
            Member(name, deflated=deflated, size=size, crc=crc),
        ],
    )
