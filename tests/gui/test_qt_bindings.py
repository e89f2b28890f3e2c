"""The Qt bindings this project installs can carry a whole day's editing session.

PySide6 6.12 on Python 3.11 dropped a reference to None on every call to a Qt method that
returns nothing, so the editor aborted ("none_dealloc") a few thousand calls into a session,
about 230 keystrokes into a task. pyproject.toml keeps that version out; this test notices a
binding that brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot


def test_calls_to_qt_methods_keep_none_alive(qtbot: QtBot) -> None:
    label, editor = QLabel(), QPlainTextEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Planlægge test.")  # each returns nothing
        editor.setPlainText("Planlægge test.")
    # With the bug the count falls by 4000; other Python objects move it by a handful at most.
    assert sys.getrefcount(None) - before > -100
