"""Issue 19 point 1 in the window: live LIX of the description and of the part being edited, with
its band, coloured against the target of the settings; on request the part's longest sentences
and long words marked in its fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs.preferences import PreferencesDialog
from os2editor.gui.views.highlight import SENTENCE_COLOUR, WORD_COLOUR
from os2editor.gui.views.status_bar import MET_COLOUR, MISSED_COLOUR
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.model import Priority
from os2editor.model import fields as f
from os2editor.writing.stats import (
    document_readability,
    longest_sentences,
    part_long_words,
    section_readability,
)

from .driving import column

PURPOSE, TASKS = 0, 2


def shown(win: MainWindow) -> str:
    return win.status.readability_label.accessibleName()


def expected(win: MainWindow, key: int, whole: str = "LIX", part: str = "this part") -> str:
    doc = win.session.doc
    lines = []
    for name, counts in ((whole, document_readability(doc)),
                         (part, section_readability(doc.sections[key]))):
        assert counts.shown is not None and counts.band is not None
        lines.append(f"{name} {counts.shown:.1f} {counts.band.english}")
    return "; ".join(lines)


def test_lix_of_the_whole_and_of_the_part_follow_the_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.select(PURPOSE)
    qtbot.waitUntil(lambda: shown(window) == expected(window, PURPOSE), timeout=2000)
    form = window.current_form()
    assert form is not None
    field = form.widget_at(window.session.doc.sections[PURPOSE], f.INTRO)
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    before = shown(window)
    QTest.keyClicks(field, " Koordinatoren udarbejder omfattende dokumentation, "
                           "vedligeholder testmiljøer og kommunikerer resultaterne "
                           "systematisk til produktgrupperne")
    qtbot.waitUntil(lambda: shown(window) != before, timeout=2000)
    assert shown(window) == expected(window, PURPOSE)
    window.navigation.select(TASKS)  # another part: its own figure
    qtbot.waitUntil(lambda: shown(window) == expected(window, TASKS), timeout=2000)


def test_the_colour_follows_the_target_band(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigation.select(PURPOSE)
    window.readability.update_now()
    whole = document_readability(window.session.doc)
    assert whole.band is not None
    text = window.status.readability_label.text()
    colour = MET_COLOUR if whole.band.name in ("VERY_EASY", "EASY", "MEDIUM") else MISSED_COLOUR
    assert colour in text

    def choose_very_easy(dialog: PreferencesDialog) -> int:
        dialog.lix_target.setCurrentIndex(dialog.lix_target.findData("meget let"))
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose_very_easy)
    monkeypatch.setattr("os2editor.gui.main_window.save_settings", lambda _s: None)
    window.window_actions.preferences.trigger()
    assert window.settings.lix_target == "meget let"
    assert MET_COLOUR not in window.status.readability_label.text()  # nothing is that easy
    assert "your target: very easy or easier" in window.status.readability_label.toolTip().lower()


def test_band_names_are_danish_in_the_danish_window(
    window: MainWindow, language: Callable[[str], list[Any]]
) -> None:
    language("da")
    window.navigation.select(PURPOSE)
    window.readability.update_now()
    danish = expected(window, PURPOSE, "LIX", "denne del")
    for english, band in (("very easy", "meget let"), ("very hard", "meget svær"),
                          ("easy", "let"), ("medium", "middel"), ("hard", "svær")):
        danish = danish.replace(f" {english}", f" {band}")
    assert shown(window) == danish.replace(".", ",")


def test_marks_show_the_longest_sentences_and_long_words_of_the_part(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.select(PURPOSE)
    form = window.current_form()
    assert form is not None
    section = window.session.doc.sections[PURPOSE]
    field = form.widget_at(section, f.INTRO)
    assert isinstance(field, QPlainTextEdit)
    assert field.extraSelections() == []
    window.window_actions.readability_marks.trigger()  # View > Mark Long Sentences and Words
    marked = {(s.cursor.selectionStart(), s.cursor.selectionEnd(),
               s.format.background().color() == SENTENCE_COLOUR,
               s.format.underlineColor() == QColor(WORD_COLOUR))
              for s in field.extraSelections()}
    wanted = {(m.start, m.end, True, False) for m in longest_sentences(section, 3)
              if m.spot.node is section and m.spot.field is f.INTRO}
    wanted |= {(m.start, m.end, False, True) for m in part_long_words(section)
               if m.spot.node is section and m.spot.field is f.INTRO}
    assert wanted and marked == wanted
    window.navigation.select(TASKS)  # the board's rows are marked too
    board = column(window, Priority.MUST)
    assert isinstance(board, ListEditor)
    qtbot.waitUntil(lambda: bool(board.view.delegate.marks), timeout=2000)
    tasks = window.session.doc.tasks
    assert tasks is not None
    first = tasks.must[0]
    words = [m for m in part_long_words(tasks) if m.spot.node is first]
    assert {(mark.start, mark.end) for mark in board.view.delegate.marks[0]} >= {
        (m.start, m.end) for m in words}
    window.window_actions.readability_marks.trigger()  # off again: every mark goes
    assert board.view.delegate.marks == {}
    window.navigation.select(PURPOSE)
    assert field.extraSelections() == []


def test_marks_reach_the_cells_of_the_initiatives_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The purpose's initiatives are part of the part's text: their long words and long
    sentences are marked in the table's cells, drawn over the text."""
    from os2editor.gui.views.forms.purpose import PurposeForm

    window.navigation.select(PURPOSE)
    form = window.current_form()
    assert isinstance(form, PurposeForm)
    table = form.initiatives
    section = window.session.doc.sections[PURPOSE]
    initiatives = section.initiatives  # type: ignore[attr-defined]
    window.window_actions.readability_marks.trigger()
    wanted = {(row, column): {(m.start, m.end) for m in part_long_words(section)
                              if m.spot.node is initiative and m.spot.field is field}
              for row, initiative in enumerate(initiatives)
              for column, field in enumerate((f.INITIATIVE_LABEL, f.INITIATIVE_TEXT))}
    wanted = {cell: spans for cell, spans in wanted.items() if spans}
    assert (1, 1) in wanted  # "feedback", "rettelse": the second initiative's text
    marked = {cell: {(m.start, m.end) for m in marks if m.kind.value == "word"}
              for cell, marks in table.cells.marks.items()}
    assert {cell: spans for cell, spans in marked.items() if spans} == wanted
    image = table.grid.viewport().grab().toImage()
    cell = table.grid.visualRect(table.grid.model().index(1, 1))
    underline = QColor(WORD_COLOUR)
    assert any(image.pixelColor(x, y) == underline
               for x in range(cell.left(), cell.right()) for y in range(cell.top(), cell.bottom()))
    window.window_actions.readability_marks.trigger()
    assert table.cells.marks == {}
