"""Pictures of a description (``![Organisationsdiagram](diagram.png)``) in the PDF's body.

The same pictures as in the Word export, at the same size: read by
:func:`os2editor.docx.pictures.read_picture` (a local regular file within the size limit; a
web address is never fetched), measured as Word shows them
(:func:`~os2editor.docx.pictures.measure`) and made to fit the text's width and the page. A
picture that cannot be shown is left out with the Word export's notice, and its description
stands in its place.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from os2editor.docx import pictures
from os2editor.messages import Message

EMU_PER_POINT = 12700


class Picture:
    """A picture added to a text document: its resource name and size in points."""

    __slots__ = ("height", "name", "width")

    def __init__(self, name: str, width: float, height: float) -> None:
        self.name = name
        self.width = width
        self.height = height


class Pictures:
    """The pictures of one body: read from ``folder`` (relative addresses), added to
    ``document`` as resources, sized for a text ``room`` points wide."""

    def __init__(
        self, document: QTextDocument, folder: str | os.PathLike[str] | None, room: float
    ) -> None:
        self.document = document
        self.folder = Path(folder) if folder is not None else None
        self.room = room
        self.notices: list[Message] = []
        self._count = 0

    def add(self, address: str) -> Picture | None:
        """The picture at ``address`` as a resource of the document, or None after noting
        why it was left out."""
        found = pictures.read_picture(address, self.folder)
        if isinstance(found, Message):
            self.notices.append(found)
            return None
        data, _name = found
        size = pictures.measure(data)
        image = QImage.fromData(data) if size is not None else QImage()
        if size is None or image.isNull():
            self.notices.append(pictures.unusable(address))
            return None
        width, height = pictures.fitted(*size, int(self.room * EMU_PER_POINT))
        self._count += 1
        name = f"os2editor-picture:{self._count}"
        self.document.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name), _opaque(image)
        )
        return Picture(name, width / EMU_PER_POINT, height / EMU_PER_POINT)


def _opaque(image: QImage) -> QImage:
    """``image`` on white: PDF/A-1 allows no transparency, and a transparent picture's
    background is white on the page anyway."""
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat
