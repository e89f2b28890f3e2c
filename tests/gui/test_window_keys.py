"""Issue 15 point 10: the platform's undo keys, Cut/Copy/Paste/Select all, find across the whole
description, print, Export to PDF, the user guide (F1) and About."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import guide_da, guide_en, interaction
from os2editor.gui.views.dialogs.guide import UserGuide
from os2editor.gui.views.navigation import TITLES
from os2editor.model import fields as f
from os2editor.pdf import render_pdf
from os2editor.storage.settings import Settings

from .driving import focused_in

PURPOSE = 0


def purpose_text(win: MainWindow) -> QPlainTextEdit:
    win.navigation.select(PURPOSE)
    form = win.current_form()
    assert form is not None
    field = form.widget_at(win.session.doc.sections[PURPOSE], f.INTRO)
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    return field


def press(widget: Any, sequence: QKeySequence) -> None:
    """Press a one-chord key sequence on ``widget``."""
    combination = sequence[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_undo_and_redo_take_every_standard_key_of_the_platform(window: MainWindow) -> None:
    """Ctrl+Y where the platform has it (Windows, and Qt's X11 table), Ctrl+Shift+Z elsewhere:
    the window's actions carry Qt's standard keys, and each works in a field."""
    actions = window.window_actions
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert actions.redo.shortcuts() == redo_keys
    assert actions.undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    names = {key.toString() for key in redo_keys}
    assert "Ctrl+Shift+Z" in names or "Ctrl+Y" in names
    field = purpose_text(window)
    original = field.toPlainText()
    QTest.keyClicks(field, "Ny sætning. ")
    typed = window.session.doc.sections[PURPOSE].intro
    assert typed != original
    for key in redo_keys:
        if key.count() != 1 or key[0].key() in (Qt.Key.Key_Redo, Qt.Key.Key_unknown):
            continue  # the dedicated Redo key of some keyboards: not on a test keyboard
        press(field, QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0])
        assert window.session.doc.sections[PURPOSE].intro == original
        press(field, key)
        assert window.session.doc.sections[PURPOSE].intro == typed, key.toString()


def test_edit_menu_cuts_copies_pastes_and_selects_in_the_focused_field(
    window: MainWindow,
) -> None:
    actions = window.window_actions
    window.navigation.select(TITLES)
    form = window.current_form()
    assert form is not None
    title = form.widget_at(window.session.doc.front_matter, f.FM_TITLE)
    assert isinstance(title, QLineEdit)
    title.setFocus()
    assert actions.cut.isEnabled() and actions.paste.isEnabled()
    actions.select_all.trigger()
    assert title.selectedText() == "Testkoordinator"
    actions.copy.trigger()
    assert QApplication.clipboard().text() == "Testkoordinator"
    actions.cut.trigger()
    assert not window.session.doc.front_matter.title  # an edit, as if typed
    actions.paste.trigger()
    actions.paste.trigger()
    assert window.session.doc.front_matter.title == "TestkoordinatorTestkoordinator"
    window.navigation.tree.setFocus()  # no text field: nothing to cut or paste
    assert not actions.cut.isEnabled() and not actions.copy.isEnabled()
    labels = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
    assert {"Cu&t", "&Copy", "&Paste", "Select &All"} <= set(labels)


def selected_text() -> str:
    focused = QApplication.focusWidget()
    if isinstance(focused, QPlainTextEdit):
        return focused.textCursor().selectedText()
    assert isinstance(focused, QLineEdit)
    return focused.selectedText()


def test_ctrl_f_finds_across_every_part_and_selects_each_match(
    qtbot: QtBot, window: MainWindow
) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.finder.bar
    assert bar.isVisible() and bar.field.hasFocus()
    QTest.keyClicks(bar.field, "test")
    doc_text = "\n".join(spot_text for spot_text in _texts(window))
    total = len(re.findall("test", doc_text, re.IGNORECASE))
    assert total >= 5
    assert bar.count_label.text() == f"{total} matches"
    parts: list[int] = []
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # the first match
    for number in range(1, total + 1):
        assert bar.count_label.text() == f"{number} of {total}"
        assert selected_text().casefold() == "test"
        parts.append(window.navigation.current_key())
        QTest.keyClick(window, Qt.Key.Key_F3)  # the next one, from wherever the focus is
    assert bar.count_label.text() == f"1 of {total}"  # round the end
    assert len(set(parts)) >= 3  # titles, purpose, tasks, ...: every part is searched
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{total} of {total}"
    assert window.session.undo_stack.count() == 0  # finding changes nothing


def _texts(win: MainWindow) -> list[str]:
    from os2editor.model import text_spots

    return [spot.text for spot in text_spots(win.session.doc)]


def test_a_search_with_no_match_says_so(window: MainWindow) -> None:
    window.window_actions.find.trigger()
    QTest.keyClicks(window.finder.bar.field, "zzz-ingen")
    assert window.finder.bar.count_label.text() == "No matches"
    key = window.navigation.current_key()
    window.window_actions.find_next.trigger()
    assert window.navigation.current_key() == key


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def pdf_text(path: Path) -> str:
    """The words of a PDF, one space between them."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_ctrl_p_prints_the_pages_of_the_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(interaction, "ask_printer", printer)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.exists()
    exported = render_pdf(window.session.doc, organisation="OS2")
    assert pdf_pages(printed.read_bytes()) == pdf_pages(exported) >= 1
    assert "Gennemføre test før hver udgivelse." in pdf_text(printed)
    assert window.status.currentMessage().startswith("Sent ")


def test_export_to_pdf_writes_the_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rolle.pdf"
    chosen: list[Any] = []

    def ask(_parent: object, choices: Any) -> Any:
        chosen.append(choices)
        return replace(choices, target=str(target))

    monkeypatch.setattr(interaction, "ask_export", ask)
    window.window_actions.export_pdf.trigger()
    assert chosen[0].format == "pdf" and chosen[0].target.endswith(".pdf")
    text = pdf_text(target)
    assert "Testkoordinator" in text and "Gennemføre test før hver udgivelse." in text


@pytest.mark.parametrize(("code", "guide"), [("en", guide_en), ("da", guide_da)])
def test_f1_opens_the_guide_in_the_window_s_language(
    qtbot: QtBot, window: MainWindow, language: Callable[[str], list[Any]], code: str,
    guide: Any,
) -> None:
    language(code)
    QTest.keyClick(window, Qt.Key.Key_F1)
    shown = window.findChild(UserGuide)
    assert shown is not None and shown.isVisible() and not shown.isModal()
    assert shown.windowTitle() == guide.TITLE
    assert [shown.topics.item(row).text() for row in range(shown.topics.count())] == [
        title for _, title in guide.TOPICS]
    text = shown.text.toPlainText()
    for _, title in guide.TOPICS:
        assert title in text
    assert len(text) > 4000  # a few screens, not a line
    shown.topics.setCurrentRow(4)  # a topic jumps to its place
    assert shown.text.verticalScrollBar().value() > 0
    assert focused_in(shown) or shown.isVisible()


@pytest.mark.parametrize(("code", "guide"), [("en", guide_en), ("da", guide_da)])
def test_the_guide_names_menus_the_window_has(
    window: MainWindow, language: Callable[[str], list[Any]], code: str, guide: Any
) -> None:
    """Every "Menu > Item" the guide names is in the window's menus, as the user reads them."""
    language(code)
    shown = MainWindow(Settings(), DocumentSession(window.session.doc))
    menus = {plain(action.text()): [plain(a.text()) for a in action.menu().actions()]
             for action in shown.menuBar().actions() if action.menu() is not None}
    named = re.findall(r"<b>([^<>]+?) &gt; ([^<>]+?)</b>", guide.BODY)
    assert len(named) >= 8
    for menu, item in named:
        assert menu in menus, menu
        assert plain(item) in menus[menu], (menu, item)
    shown.deleteLater()


def plain(text: str) -> str:
    return text.replace("&", "").removesuffix("…")
