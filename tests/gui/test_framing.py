"""viewport_size: the viewport's size, without the slow first call to viewport()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from os2editor.gui.views.widgets.framing import viewport_size

Policy = Qt.ScrollBarPolicy


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextBrowser])
@pytest.mark.parametrize("lines", [1, 200])
@pytest.mark.parametrize("bars", [Policy.ScrollBarAsNeeded, Policy.ScrollBarAlwaysOff,
                                  Policy.ScrollBarAlwaysOn])
def test_viewport_size_is_the_viewports(
    qtbot: QtBot, kind: type[QAbstractScrollArea], lines: int, bars: Policy
) -> None:
    area = kind()
    qtbot.addWidget(area)
    area.setPlainText("a line that is long enough to need some room\n" * lines)  # type: ignore[attr-defined]
    area.setVerticalScrollBarPolicy(bars)
    area.setHorizontalScrollBarPolicy(bars)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    assert viewport_size(area) == area.viewport().size()


def test_viewport_size_with_margins(qtbot: QtBot) -> None:
    area = QTextBrowser()
    qtbot.addWidget(area)
    area.setViewportMargins(5, 7, 11, 13)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    assert viewport_size(area) == area.viewport().size()
