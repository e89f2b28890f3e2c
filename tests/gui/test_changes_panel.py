"""Issue 15 points 6 and 7: changes are said in words and shown in colour, never as diff markup,
in the Changes panel and in the comparison with a file changed on disk."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers import file_watch
from os2editor.gui.controllers.revision_mode import RevisionController
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs.difference import DifferenceDialog
from os2editor.gui.views.panels.change_html import ADDED_COLOUR, REMOVED_COLOUR, HtmlRole
from os2editor.markdown import load
from os2editor.model import Priority
from os2editor.storage.settings import Settings
from tests.bounded import python
from tests.helpers import fixture_text

from .driving import activate, column, retype_row

MARKUP = ("[-", "-]", "{+", "+}", "@@", "--- ", "+++ ")


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    approved, current = tmp_path / "godkendt.md", tmp_path / "foreningschef.md"
    approved.write_text(fixture_text("chief-2025.md"), encoding="utf-8")
    current.write_text(fixture_text("chief.md"), encoding="utf-8")
    return approved, current


@pytest.fixture
def window(qtbot: QtBot, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    monkeypatch.setattr(interaction, "ask_open_path", lambda _p, _s, _t="": str(files[0]))
    win = MainWindow(Settings(), DocumentSession(load(files[1]), files[1]))
    qtbot.addWidget(win)
    win.resize(1024, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.undo_stack.setClean()


def rows(view: QListWidget) -> list[tuple[str, str]]:
    """(plain text, rich text) of every row."""
    items = [view.item(row) for row in range(view.count())]
    return [(item.text(), str(item.data(HtmlRole))) for item in items if item is not None]


def compare_and_edit(qtbot: QtBot, win: MainWindow) -> QListWidget:
    """Revision > Compare with file, then move a SHOULD task to MUST with the keyboard and add
    words to a MUST task, as a user does; the panel's list once it shows the edits."""
    revision = win.findChild(RevisionController)
    assert revision is not None
    revision.compare_file.trigger()
    activate(qtbot, win)
    should = column(win, Priority.SHOULD)
    should.select_row(0)
    should.view.setFocus()
    QTest.keyClick(should.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    retype_row(column(win, Priority.MUST), 1, "Lede sekretariatet og budgettet.")
    view = revision.panel.list
    qtbot.waitUntil(lambda: any("budgettet" in text for text, _ in rows(view)), timeout=3000)
    return view


def coloured_pixels(image: QImage, colour: str) -> int:
    """How many pixels of ``image`` are close to ``colour`` (text is anti-aliased)."""
    want = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - want.red()) + abs(pixel.green() - want.green())
                    + abs(pixel.blue() - want.blue())) < 60:
                count += 1
    return count


def test_danish_panel_says_what_changed_in_words_and_in_colour(
    qtbot: QtBot, window: MainWindow, language: Callable[[str], list[Any]]
) -> None:
    language("da")
    view = compare_and_edit(qtbot, window)
    shown = rows(view)
    texts = [text for text, _ in shown]
    assert "Opgave flyttet fra SHOULD til MUST: »Drive strategiske indsatser.«" in texts
    edited = next(row for row in shown if "budgettet" in row[0])
    assert edited[0] == "Opgave ændret under MUST: »Lede sekretariatet (tilføjet: og budgettet).«"
    assert f"color:{ADDED_COLOUR}; text-decoration:underline\"> og budgettet</span>" in edited[1]
    removed = next(row for row in shown if "Holde oplæg" in row[0])
    assert removed[0] == "Opgave fjernet fra SHOULD: »Holde oplæg på konferencer.«"
    assert (f"color:{REMOVED_COLOUR}; text-decoration:line-through\">Holde oplæg på "
            "konferencer.</span>") in removed[1]
    for text, rich in shown:
        assert not any(mark in text or mark in rich for mark in MARKUP), text
    # What is painted: the struck-out words in red and the added ones in green.
    image = view.viewport().grab().toImage()
    assert coloured_pixels(image, REMOVED_COLOUR) > 20
    assert coloured_pixels(image, ADDED_COLOUR) > 20


def test_english_panel_says_the_move_in_english(
    qtbot: QtBot, window: MainWindow, language: Callable[[str], list[Any]]
) -> None:
    language("en")
    view = compare_and_edit(qtbot, window)
    texts = [text for text, _ in rows(view)]
    assert "Task moved from SHOULD to MUST: “Drive strategiske indsatser.”" in texts
    assert "Task changed under MUST: “Lede sekretariatet (added: og budgettet).”" in texts


def test_outside_change_compare_shows_the_document_s_terms_in_colour(
    qtbot: QtBot, window: MainWindow, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    language: Callable[[str], list[Any]],
) -> None:
    language("da")
    monkeypatch.setattr(file_watch, "SETTLE_MS", 20)
    asked = [interaction.COMPARE, interaction.CANCEL]
    monkeypatch.setattr(interaction, "ask_external_change", lambda _p, _n: asked.pop(0))
    dialogs: list[DifferenceDialog] = []

    def show(parent: Any, name: str, changes: list[Any], problem: str = "") -> None:
        dialog = DifferenceDialog(name, changes, problem, parent)  # the real dialog, not run
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)

    monkeypatch.setattr(interaction, "show_difference", show)
    activate(qtbot, window)
    retype_row(column(window, Priority.MUST), 0, "Lede sekretariatet godt.")
    theirs = fixture_text("chief.md").replace("- Forberede bestyrelsesmøder.",
                                              "- Forberede og lede bestyrelsesmøder.")
    files[1].write_text(theirs, encoding="utf-8")
    qtbot.waitUntil(lambda: not asked, timeout=5000)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() == "Forskelle i »foreningschef.md«"
    shown = rows(dialog.list)
    assert [text for text, _ in shown] == [
        "Opgave ændret under MUST: »Lede sekretariatet (tilføjet: godt).«",
        "Opgave ændret under MUST: »Forberede (fjernet: og lede) bestyrelsesmøder.«",
    ]
    assert REMOVED_COLOUR in shown[1][1] and ADDED_COLOUR in shown[0][1]
    assert "2 steder" in dialog.summary.text()
    for text, rich in shown:
        assert not any(mark in text or mark in rich for mark in MARKUP)


def test_compare_reads_the_changed_file_bounded(tmp_path: Path) -> None:
    """A watched file replaced by a pipe or by /dev/zero: Compare says it cannot read it, at
    once, instead of hanging the window (run in a child, killed if it hangs)."""
    role = tmp_path / "rolle.md"
    role.write_text(fixture_text("chief.md"), encoding="utf-8")
    code = textwrap.dedent("""
        import os, sys
        from pathlib import Path
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from os2editor.errors import ReadError
        from os2editor.gui.main_window import MainWindow
        from os2editor.gui.session import DocumentSession
        from os2editor.markdown import load
        from os2editor.storage.settings import Settings
        role = Path(sys.argv[1])
        win = MainWindow(Settings(), DocumentSession(load(role), role))
        print("readable", len(win.file_watch.difference()))
        for replace in ("fifo", "zero"):
            role.unlink()
            if replace == "fifo":
                os.mkfifo(role)
            else:
                role.symlink_to("/dev/zero")
            try:
                win.file_watch.difference()
                print(replace, "read")
            except ReadError as error:
                print(replace, error.message.code)
    """)
    outcome = python(code, str(role), timeout=60,
                     env={**os.environ, "OS2EDITOR_HOME": str(tmp_path / "home")})
    assert not outcome.timed_out, outcome.stderr
    assert outcome.stdout.split("\n")[:3] == ["readable 0", "fifo read-not-regular",
                                              "zero read-not-regular"], outcome.stderr
    assert outcome.seconds < 30
