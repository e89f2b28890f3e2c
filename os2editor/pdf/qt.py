"""Qt for painting pages: started headless when no window runs, and the fonts it paints with.

The PDF output paints with QtGui (no widgets). In the window, Qt is already running and this
uses it. From the command line or a script nothing runs yet: then a QGuiApplication starts on
Qt's "offscreen" platform, so no display is needed, and Qt's own chatter (warnings about the
session, fonts or the runtime folder) is kept off the user's terminal.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING, Any

from os2editor.errors import RenderError

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QGuiApplication

# The application this module started; kept so that Python does not collect it.
_started: list[Any] = []


def gui_application() -> QGuiApplication:
    """The running QGuiApplication (or QApplication), started offscreen when there is none.

    Raises RenderError when Qt's graphics cannot be loaded (a missing system library) or a
    plain QCoreApplication runs, which cannot paint.
    """
    try:
        from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
        from PySide6.QtGui import QGuiApplication
    except ImportError as error:  # e.g. libEGL.so.1 missing on a bare Linux machine
        raise RenderError("pdf-qt-missing", reason=str(error)) from None
    app = QCoreApplication.instance()
    if app is None:
        qInstallMessageHandler(_quiet)
        # "-platform offscreen" wins over any QT_QPA_PLATFORM the user's session sets: an
        # export never needs a display, and must work over ssh and in CI.
        app = QGuiApplication([sys.argv[0] if sys.argv else "os2editor", "-platform", "offscreen"])
        _started.append(app)
    if not isinstance(app, QGuiApplication):
        raise RenderError("pdf-qt-missing", reason="a Qt core application without graphics runs")
    return app


def _quiet(*_message: object) -> None:
    """Qt's messages in a headless export are not for the user (see the module docstring)."""


class Fonts:
    """The fonts of the PDF: the first installed family of each preference list.

    Choosing an installed family up front matters twice: Qt substitutes a missing family only
    after listing every alias on the system (a tenth of a second, with a warning), and the
    chosen font is the one embedded. Ligatures are off, so that text copied or extracted from
    the PDF ("effektivt", "flere") has its letters, not a ligature glyph without a letter.
    """

    def __init__(self, body: tuple[str, ...], code: tuple[str, ...]) -> None:
        self.body = installed_family(body)
        self.code = installed_family(code, monospace=True)
        self._made: dict[tuple[float, bool, bool, bool], QFont] = {}

    def font(self, size: float, *, bold: bool = False, italic: bool = False,
             code: bool = False) -> QFont:
        """The font of ``size`` points, made once: callers copy it before changing it."""
        from PySide6.QtGui import QFont

        key = (size, bold, italic, code)
        font = self._made.get(key)
        if font is None:
            font = QFont(self.code if code else self.body)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            no_ligatures(font)
            self._made[key] = font
        return font


def no_ligatures(font: QFont) -> None:
    """Switch ligatures off in ``font`` (Qt 6.7 and later can; older Qt keeps them)."""
    from PySide6.QtGui import QFont

    if hasattr(font, "setFeature"):
        for tag in ("liga", "clig", "dlig"):
            font.setFeature(QFont.Tag(tag), 0)


@cache
def installed_family(preferred: tuple[str, ...], *, monospace: bool = False) -> str:
    """The first family of ``preferred`` that is installed, else the system's own choice.

    Raises RenderError when the system has no fonts at all: every word would be missing.
    """
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    if not families:
        raise RenderError("pdf-no-fonts")
    installed = set(families)
    for name in preferred:
        if name in installed:
            return name
    kind = QFontDatabase.SystemFont.FixedFont if monospace else QFontDatabase.SystemFont.GeneralFont
    return QFontDatabase.systemFont(kind).family()
