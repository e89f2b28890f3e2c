"""File > New: the template's guidance shows as hints in empty fields and is never saved as text
(issue 15, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.checks import check
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.forms.responsibilities import ResponsibilitiesForm
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.forms.titles import TitlesForm
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.gui.views.widgets.text_field import TextField
from os2editor.markdown import load
from os2editor.model import Priority, SectionKind
from os2editor.model import fields as f
from os2editor.writing.template import GUIDANCE, hint, hint_for, sentences_of

from ..opening import show


def test_new_shows_the_guidance_as_hints_and_saves_only_what_was_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.window_actions.new.trigger()
    doc = window.session.doc
    titles = show(window, None)
    assert isinstance(titles, TitlesForm)
    assert titles.title_field.text() == ""
    assert titles.title_field.placeholderText() == hint_for(doc, f.FM_TITLE, doc.front_matter)
    assert titles.h1_field.placeholderText() == hint_for(doc, f.H1, doc)
    # The title, and the suggested main heading from it.
    QTest.mouseClick(titles.title_field, Qt.MouseButton.LeftButton)
    QTest.keyClicks(titles.title_field, "Driftskoordinator")
    QTest.mouseClick(titles.suggest_button, Qt.MouseButton.LeftButton)
    # The purpose: its field is empty and shows the hint.
    purpose = doc.purpose
    assert purpose is not None
    form = show(window, purpose)
    intro = form.widget_at(purpose, f.INTRO)
    assert isinstance(intro, TextField)
    assert intro.toPlainText() == "" and intro.placeholderText() == hint_for(doc, f.INTRO, purpose)
    outro = form.widget_at(purpose, f.OUTRO)
    assert outro is not None and not outro.isVisible()  # no initiatives: no text after them
    QTest.mouseClick(intro.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(intro, "Rollen holder driften stabil.")
    # One area of responsibility, with one item.
    responsibilities = doc.responsibilities
    assert responsibilities is not None
    areas_form = show(window, responsibilities)
    assert isinstance(areas_form, ResponsibilitiesForm) and areas_form.areas_editor is not None
    areas = areas_form.areas_editor
    assert hint(SectionKind.RESPONSIBILITIES, f.AREA_TITLE) in areas.view.placeholder
    QTest.mouseClick(areas.add_button, Qt.MouseButton.LeftButton)
    title = areas.view.indexWidget(areas.view.list_model.index(0))
    assert isinstance(title, ElementEditor)
    assert title.placeholderText() == hint(SectionKind.RESPONSIBILITIES, f.AREA_TITLE)
    QTest.keyClicks(title, "Drift")
    QTest.keyClick(title, Qt.Key.Key_Return)
    area = responsibilities.areas[0]
    items = areas_form.widget_at(area, f.AREA_ITEMS)
    assert items is not None
    QTest.mouseClick(items.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    item = items.view.indexWidget(items.view.list_model.index(0))  # type: ignore[attr-defined]
    assert isinstance(item, ElementEditor)
    assert item.placeholderText() == hint(SectionKind.RESPONSIBILITIES, f.ITEM_TEXT)
    QTest.keyClicks(item, "Overvåge servere.")
    QTest.keyClick(item, Qt.Key.Key_Return)
    # The tasks: empty columns that say what to write.
    tasks_form = show(window, doc.tasks)
    assert isinstance(tasks_form, TasksForm)
    must = tasks_form.board.column(Priority.MUST).editor
    assert must.count() == 0
    assert hint(SectionKind.TASKS, f.ITEM_TEXT, Priority.MUST) in must.view.placeholder
    # Save.
    target = tmp_path / "os2-driftskoordinator.md"
    monkeypatch.setattr(interaction, "ask_save_path", lambda _p, _s: str(target))
    window.window_actions.save.trigger()
    written = target.read_text(encoding="utf-8")
    for sentence in sentences_of(GUIDANCE):
        assert sentence.rstrip(".") not in written
    assert [line for line in written.splitlines() if line.startswith("#")] == [
        "# Funktionsbeskrivelse – Driftskoordinator i OS2",
        "## Formål med stillingen",
        "## Ansvarsområde",
        "### 1. Drift",
        "## Arbejdsopgaver og prioritering",
        "### MUST (skal altid løses)",
        "### SHOULD (bør løses, når der er ressourcer)",
        "### COULD (løses, når der er tid til overs)",
        "## Samarbejdsrelationer",
        "## Faglige kvalifikationer",
        "## Personlige kvalifikationer",
        "## Øvrige forhold",
    ]
    assert "Rollen holder driften stabil." in written and "- Overvåge servere." in written
    assert "title: Driftskoordinator" in written
    codes = {problem.code for problem in check(load(target))}
    assert "template-text" not in codes


def test_the_hints_are_only_placeholders_in_a_document_with_text(window: MainWindow) -> None:
    purpose = window.session.doc.purpose
    assert purpose is not None
    form = show(window, purpose)
    intro = form.widget_at(purpose, f.INTRO)
    assert isinstance(intro, TextField)
    assert intro.toPlainText() == purpose.intro != ""  # the text, not the hint
    assert intro.placeholderText() == hint(SectionKind.PURPOSE, f.INTRO)  # when emptied
