"""Issue 15 point 15: one language at a time. Qt's own dialogs, key names in menus, dates and
quotation marks follow the window's language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from lxml import etree
from os2editor.resources import path as resource_path
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from os2editor.checks import MESSAGES as PROBLEMS
from os2editor.gui.controllers.recovery import offer_recovery
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import date_text, date_time_text
from os2editor.gui.views.dialogs import guide_da, guide_en, interaction
from os2editor.gui.views.dialogs.revision import CommitDialog
from os2editor.markdown import loads
from os2editor.messages import MESSAGES
from os2editor.revision import Commit
from os2editor.revision.labels import DANISH, ENGLISH
from os2editor.storage.recovery import list_recoverable, new_doc_id, write_autosave
from os2editor.storage.settings import Settings

from .role_sample import ROLE_MD

WHEN = dt.datetime(2026, 12, 5, 14, 41, 10, tzinfo=dt.UTC)
# A quotation in a text: straight or curly quotes around words, not an apostrophe (WON'T).
ENGLISH_QUOTES = re.compile(r"(?<![\w])'[^'\n]+'(?![\w])|\"[^\"\n]*\"|»|«|„")
DANISH_QUOTES = re.compile(r"(?<![\w])'[^'\n]+'(?![\w])|\"[^\"\n]*\"|“|”|„")


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    win = MainWindow(Settings(), DocumentSession(loads(ROLE_MD)))
    qtbot.addWidget(win)
    yield win


def shown_texts(widget: Any) -> set[str]:
    texts = {label.text() for label in widget.findChildren(QLabel)}
    texts |= {button.text() for button in widget.findChildren(QAbstractButton)}
    texts |= {box.title() for box in widget.findChildren(QGroupBox)}
    return {text.replace("&", "") for text in texts if text}


def test_qt_s_own_file_dialog_speaks_danish(
    qtbot: QtBot, language: Callable[[str], list[Any]]
) -> None:
    """Where the platform has no dialog of its own, Qt draws one: in Danish, all of it."""
    language("da")
    for saving in (False, True):
        dialog = interaction.file_dialog(None, "Sammenlign med en godkendt version", "",
                                         "Funktionsbeskrivelser (*.md)", saving=saving)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = shown_texts(dialog)
        assert {"Kig i:", "Filnavn:", "Filer af typen:"} <= texts
        assert not {"Look in:", "Files of type:", "File name:"} & texts


def test_the_file_dialogs_prefer_the_platform_s_own(qtbot: QtBot) -> None:
    dialog = interaction.file_dialog(None, "Open", "", "*.md")
    qtbot.addWidget(dialog)
    assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)


def test_qt_s_print_dialog_speaks_danish(
    qtbot: QtBot, language: Callable[[str], list[Any]]
) -> None:
    language("da")
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.printer_kept = printer  # type: ignore[attr-defined]  # the dialog only points at it
    qtbot.addWidget(dialog)
    dialog.show()
    texts = shown_texts(dialog)
    assert {"Dobbeltsidet udskrift", "Sidesæt:", "Fra"} <= texts
    assert not {"Double Sided Printing", "Page Set:", "Off", "Long side binding"} & texts


@pytest.mark.parametrize(("code", "next_part"), [("da", "Ctrl+Side ned"),
                                                 ("en", "Ctrl+PgDown")])
def test_menus_write_key_names_in_the_window_s_language(
    qtbot: QtBot, language: Callable[[str], list[Any]], code: str, next_part: str
) -> None:
    language(code)
    menu_window = MainWindow(Settings(), DocumentSession(loads(ROLE_MD)))
    qtbot.addWidget(menu_window)
    actions = menu_window.window_actions
    native = QKeySequence.SequenceFormat.NativeText
    assert actions.next_part.shortcut().toString(native) == next_part
    if code == "da":
        shown = [action.shortcut().toString(native)
                 for menu in menu_window.menuBar().actions() if menu.menu() is not None
                 for action in menu.menu().actions()]
        assert not [key for key in shown if re.search("PgDown|PgUp|Shift", key)]


def test_dates_follow_the_window_s_language(
    qtbot: QtBot, language: Callable[[str], list[Any]]
) -> None:
    local = WHEN.astimezone()
    language("da")
    danish = date_time_text(WHEN)
    assert danish.startswith(local.strftime("%d.%m.%Y "))
    language("en")
    english = date_time_text(WHEN)
    assert local.strftime("%d.%m.%Y") not in english  # never the Danish way
    assert english != danish and str(local.year)[2:] in english
    assert date_text(WHEN) == QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
    dialog = CommitDialog([Commit("a" * 40, WHEN, "Anne Andersen", "Godkendt af bestyrelsen")])
    qtbot.addWidget(dialog)
    item = dialog.list.item(0)
    assert item is not None
    assert item.text() == f"Godkendt af bestyrelsen\n{english} by Anne Andersen"
    assert "+00:00" not in item.text()


def test_the_restore_question_writes_its_date_in_english_in_english(
    window: MainWindow, language: Callable[[str], list[Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    language("en")
    write_autosave(new_doc_id(), None, ROLE_MD)
    records, _problems = list_recoverable()
    asked: list[str] = []
    monkeypatch.setattr(interaction, "ask_restore",
                        lambda _p, _n, when: asked.append(when) or False)
    offer_recovery(window, lambda _session: None)
    assert asked == [date_time_text(records[0].saved_at)]
    assert not re.search(r"\d\d\.\d\d\.\d{4}", asked[0])


def translations() -> list[tuple[str, str, str]]:
    """(context, English, Danish) of every string the window shows."""
    tree = etree.parse(str(resource_path("translations", "os2editor_da.ts")))
    found = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = [translation.text or ""] + [n.text or "" for n in translation]
            for text in texts:
                found.append((context.findtext("name") or "", message.findtext("source") or "",
                              text))
    return found


def test_quotation_marks_are_one_style_per_language() -> None:
    """Danish quotes »like this«, English “like this”, in every text of the window, in the
    core's messages and change lines, and in the user guide."""
    rows = translations()
    assert rows
    for context, english, danish in rows:
        assert not DANISH_QUOTES.search(danish), (context, danish)
        assert not ENGLISH_QUOTES.search(english), (context, english)
    for english in [*MESSAGES.values(), *PROBLEMS.values(), *ENGLISH.values(), guide_en.BODY]:
        assert not ENGLISH_QUOTES.search(english.replace('="', "=").replace('">', ">")), english
    for danish in [*DANISH.values(), guide_da.BODY]:
        assert not DANISH_QUOTES.search(danish.replace('="', "=").replace('">', ">")), danish
    assert "»" in DANISH["task.moved"] and "“" in ENGLISH["task.moved"]

