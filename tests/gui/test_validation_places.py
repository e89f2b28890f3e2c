"""Issue 15 point 9: the validation panel names the part and the field of each warning, never a
line number, and a click goes there; issue 19's writing warnings are listed like the others."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.navigation import TITLES
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.model import Priority
from os2editor.model import fields as f

from .driving import focused_in, tasks_of
from .opening import open_window

# MUST holds 4 of 5 tasks, COULD is empty, one task stands under MUST and SHOULD, the purpose
# ends with a sentence of the New template, and the short title disagrees with the heading.
ROLE = """\
---
title: Mødekoordinator
---

# Funktionsbeskrivelse – Datakoordinator i OS2

## Formål med stillingen

Rollen samler fællesskabets møder.

- **Mødekultur** – korte og gode møder.

Afslut gerne med, hvad rollen betyder for fællesskabet som helhed.

## Ansvarsområde

### 1. Møder

- Planlægge møderne.

## Arbejdsopgaver og prioritering

### MUST

- Planlægge møder.
- Skrive referater.
- Booke lokaler.
- Sende dagsordener.

### SHOULD

- Skrive referater.

## Samarbejdsrelationer

- Sekretariatet.

## Faglige kvalifikationer

- Erfaring med mødeledelse.

## Personlige kvalifikationer

- Struktureret.

## Øvrige forhold

- Timetal: 37 timer pr. uge.
"""
TASKS = 2


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    path = tmp_path / "moedekoordinator.md"
    path.write_text(ROLE, encoding="utf-8")
    win = open_window(qtbot, path, size=None)
    win.validation.check_now()
    win.show_validation_panel()
    yield win


def lines(win: MainWindow) -> list[str]:
    view = win.validation.list
    return [item.text() for item in map(view.item, range(view.count())) if item is not None]


def click(win: MainWindow, starting: str) -> None:
    """Click the warning whose line starts with ``starting``, as a user does."""
    view = win.validation.list
    row = next(r for r, text in enumerate(lines(win)) if text.startswith(starting))
    item = view.item(row)
    assert item is not None
    view.scrollToItem(item)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualItemRect(item).center())


def test_danish_lines_name_the_part_and_the_field(
    window: MainWindow, language: Callable[[str], list[Any]]
) -> None:
    language("da")
    window.validation.check_now()
    shown = lines(window)
    assert shown == [
        "Titel og metadata › Kort titel: titlen »Mødekoordinator« i metadata og overskriften "
        "»Funktionsbeskrivelse – Datakoordinator i OS2« stemmer ikke overens",
        "Formål med stillingen › Tekst efter indsatserne: skabelonens vejledning »Afslut gerne "
        "med, hvad rollen betyder for fællesskabet som helhed.« står stadig i teksten; skriv "
        "jeres egen tekst i stedet",
        # COULD has no heading in the file: it is placed where the tasks part starts.
        "Arbejdsopgaver og prioritering › COULD: der er ingen COULD-opgaver; et par stykker "
        "giver luft til at prioritere, når tiden er knap",
        "Arbejdsopgaver og prioritering › MUST: MUST rummer 80 % af opgaverne (4 af 5); højst "
        "60 % giver luft til at prioritere, når tiden er knap",
        "Arbejdsopgaver og prioritering › SHOULD, opgave 1: opgaven »Skrive referater.« står "
        "under både MUST og SHOULD; giv den én prioritet",
    ]
    assert not any(line.startswith(("Line", "Linje")) for line in shown)


def test_english_lines_name_the_part_and_the_field(
    window: MainWindow, language: Callable[[str], list[Any]]
) -> None:
    language("en")
    window.validation.check_now()
    shown = lines(window)
    assert shown[1].startswith("Formål med stillingen › Text after the initiatives: the "
                               "template's guidance ")
    assert shown[4].startswith("Arbejdsopgaver og prioritering › SHOULD, task 1: the task "
                               "“Skrive referater.” stands under both MUST and SHOULD")


def test_a_click_on_a_task_under_two_priorities_selects_it_on_the_board(
    window: MainWindow,
) -> None:
    click(window, "Arbejdsopgaver og prioritering › SHOULD, task 1")
    assert window.navigation.current_key() == TASKS
    form = window.current_form()
    assert form is not None
    should = form.widget_at(tasks_of(window).group(Priority.SHOULD), f.GROUP_ITEMS)
    assert isinstance(should, ListEditor)
    assert focused_in(should) and should.current_row() == 0


def test_a_click_on_an_empty_could_goes_to_its_column(window: MainWindow) -> None:
    window.navigation.select(TITLES)
    click(window, "Arbejdsopgaver og prioritering › COULD")
    form = window.current_form()
    assert form is not None and window.navigation.current_key() == TASKS
    could = form.widget_at(tasks_of(window).group(Priority.COULD), f.GROUP_ITEMS)
    assert could is not None and focused_in(could)


def test_a_click_on_template_text_goes_to_the_field_that_holds_it(window: MainWindow) -> None:
    click(window, "Formål med stillingen › Text after the initiatives")
    assert window.navigation.current_key() == 0
    field = QApplication.focusWidget()
    assert isinstance(field, QPlainTextEdit)
    assert field.toPlainText().startswith("Afslut gerne med")
    form = window.current_form()
    assert form is not None and form.widget_at(window.session.doc.sections[0], f.OUTRO) is field


def test_a_click_on_the_title_warning_goes_to_the_short_title(window: MainWindow) -> None:
    window.navigation.select(TASKS)
    click(window, "Title and metadata › Short title")
    form = window.current_form()
    assert window.navigation.current_key() == TITLES and form is not None
    title = form.widget_at(window.session.doc.front_matter, f.FM_TITLE)
    assert title is not None and focused_in(title)
