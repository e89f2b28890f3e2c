"""The preview never reads a file an image names (issue 14 point 9): not a device, not a pipe,
not even an ordinary picture. Images show as a small placeholder; the alt text stays in the
markdown."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QTextDocument, QTextFormat
from pytestqt.qtbot import QtBot

from os2editor.gui.views.preview import PreviewPane
from os2editor.gui.views.preview_parts import image_placeholder
from os2editor.markdown import dumps, loads
from tests.bounded import run_bounded

BODY = "---\ntitle: X\n---\n\n# Funktionsbeskrivelse – X i OS2\n\n## Andet\n\n"
WINDOW = str(Path(__file__).parent.parent / "window_child.py")


def test_images_naming_a_device_or_a_pipe_neither_hang_nor_balloon(tmp_path: Path) -> None:
    fifo = tmp_path / "billede.png"
    os.mkfifo(fifo)
    role = tmp_path / "rolle.md"
    role.write_text(BODY + "![z](/dev/zero)\n\n![f](billede.png)\n\n"
                    f"![f]({fifo})\n\n<img src=\"/dev/zero\" width=\"40\">\n\n"
                    f"<link rel=\"stylesheet\" href=\"{fifo}\">\n\n![u](/dev/urandom)\n",
                    encoding="utf-8")
    done = run_bounded([sys.executable, WINDOW, str(role), "--form"], timeout=60)
    assert not done.timed_out, "the preview hung"  # the FIFO blocked for ever before
    assert done.returncode == 0, done.stderr[-500:]
    assert done.peak_mb < 400  # 8.6 GB in 25 s before
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["shown"] == []


def _images(page: QTextDocument) -> list[str]:
    names = []
    block = page.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.objectType() == QTextFormat.ObjectTypes.ImageObject:
                names.append(char_format.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def test_even_a_real_picture_is_not_read_and_shows_as_the_placeholder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    picture = tmp_path / "logo.png"
    red = QImage(200, 100, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    assert red.save(str(picture))
    doc = loads(BODY + f"Før ![logo]({picture}) efter.\n")
    preview = PreviewPane(dumps)
    qtbot.addWidget(preview)
    preview.show()
    preview.set_document(doc)
    preview.render_now()
    page = preview.document()
    assert _images(page) == [str(picture)]
    preview.viewport().grab()  # laid out and painted
    shown = page.resource(QTextDocument.ResourceType.ImageResource.value, str(picture))
    assert isinstance(shown, QImage)
    assert shown.size() == image_placeholder().size() != red.size()
    assert "Før" in page.toPlainText() and "efter" in page.toPlainText()


def test_a_part_rendered_apart_does_not_read_files_either(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    # Measured in a child: a part page that read the pipe would block for ever.
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from os2editor.gui.views.preview_parts import PartPage\n"
        "app = QApplication([])\n"
        "part = PartPage(f'### Billede\\n\\n![p]({sys.argv[1]}) ![z](/dev/zero)\\n', False)\n"
        "part.page.documentLayout().documentSize()\n"
        "print(part.count, part.usable)\n"
    )
    done = run_bounded([sys.executable, "-c", code, str(fifo)], timeout=60,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert not done.timed_out
    assert done.returncode == 0, done.stderr[-500:]
    assert done.peak_mb < 400
    assert done.stdout.split()[0] != "0"  # the part was rendered
