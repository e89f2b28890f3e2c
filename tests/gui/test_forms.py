"""Every form over a fixture in the shape of the OS2 files: fields edit the model through the
session's edits as a user types, labels and accessible names are there, and saves change only
edited lines."""

from __future__ import annotations

import difflib
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms import form_for
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.forms.collaboration import CollaborationForm
from os2editor.gui.views.forms.conditions import ConditionsForm
from os2editor.gui.views.forms.free_section import FreeSectionForm
from os2editor.gui.views.forms.purpose import PurposeForm
from os2editor.gui.views.forms.qualifications import PersonalForm, ProfessionalForm
from os2editor.gui.views.forms.responsibilities import ResponsibilitiesForm
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.forms.titles import TitlesForm
from os2editor.gui.views.places import WEEKLY_HOURS, Place
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.markdown import dumps, loads
from os2editor.model import FunctionDescription, Item, Node, Priority, ResponsibilitiesSection
from os2editor.model import fields as f
from os2editor.model.fields import Field, ListField

SOURCE = """\
---
title: Testkoordinator
layout: default
parent: Organisation og Roller
nav_order: 4
grand_parent: Om OS2
---

# Funktionsbeskrivelse – Testkoordinator i OS2

## Formål med stillingen

Stillingen skal samle trådene i testarbejdet på tværs af fællesskabet.

For tiden er fokus særligt:

- **Bedre testdata** – fælles data, der kan genbruges i alle produkter.
- **Automatisering** – flere test kører af sig selv.

Rollen gør det lettere at levere stabile produkter.

## Ansvarsområde

Testkoordinatoren har ansvar for at:

### 1. Planlægge test

- Lægge testplaner for hver udgivelse.
- Aftale testmiljøer med leverandører.

### 2. Dele viden

Kort indledning til området.

- Skrive vejledninger om test.
  - Med eksempler.

## Arbejdsopgaver og prioritering

Opgaverne prioriteres efter **MUST, SHOULD, COULD**:

- **MUST** – det der skal ske.
- **SHOULD** – det der bør ske.

### MUST (skal løses for at testen kan gennemføres)

- Koordinere testforløb.
- Følge op på fejl.

### SHOULD (bør løses, hvis der er tid)

- Afholde testdage.
- Opdatere testdata.

### COULD (kan løses, hvis der er ekstra tid)

- Afprøve nye testværktøjer.

## Samarbejdsrelationer

- Sekretariatet.
- Leverandører.

## Faglige kvalifikationer

- Erfaring med test.

## Personlige kvalifikationer

- Omhyggelig.

## Øvrige forhold

- Timetal: 37 timer pr. uge.
- Ingen personaleansvar.

## Ansvarsfordeling

Tekst i et frit afsnit.
"""

PURPOSE, AREAS, TASKS, COLLABORATION, PROFESSIONAL, PERSONAL, CONDITIONS, FREE = range(8)
KINDS: list[tuple[int | None, type[Form]]] = [
    (None, TitlesForm),
    (PURPOSE, PurposeForm),
    (AREAS, ResponsibilitiesForm),
    (TASKS, TasksForm),
    (COLLABORATION, CollaborationForm),
    (PROFESSIONAL, ProfessionalForm),
    (PERSONAL, PersonalForm),
    (CONDITIONS, ConditionsForm),
    (FREE, FreeSectionForm),
]


def diff(before: str, after: str) -> list[str]:
    """Only the changed lines, as ``-line`` / ``+line``."""
    lines = difflib.ndiff(before.splitlines(), after.splitlines())
    return [line[0] + line[2:] for line in lines if line[:1] in "+-"]


@pytest.fixture
def session() -> DocumentSession:
    return DocumentSession(loads(SOURCE))


def open_form(qtbot: QtBot, session: DocumentSession, index: int | None) -> Form:
    form = form_for(session, None if index is None else session.doc.sections[index])
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    return form


def activate(qtbot: QtBot, form: QWidget) -> None:
    """Make ``form`` the active window, so focus and Tab behave as on a desktop."""
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)


def widget(form: Form, node: Node, address: Field[Any, Any] | ListField[Any, Any]) -> Any:
    found = form.widget_at(node, address)
    assert found is not None, address
    return found


def section(session: DocumentSession, index: int) -> Any:
    return session.doc.sections[index]


def edit_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Type ``text`` into a table cell as a user does: F2, select all, type, Enter."""
    activate(qtbot, table.window())
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Qt commits at its next turn
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


@pytest.mark.parametrize(("index", "kind"), KINDS)
def test_every_form_opens_and_labels_every_field(
    qtbot: QtBot, session: DocumentSession, index: int | None, kind: type[Form]
) -> None:
    form = open_form(qtbot, session, index)
    assert type(form) is kind
    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    for entry in form.entries:
        if entry.label is not None:
            assert (entry.widget.focusProxy() or entry.widget) in buddies, entry.address
    inputs = (QLineEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox)
    for child in form.findChildren(QWidget):
        if child.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # headers, frames: nothing the keyboard lands on
        if isinstance(child.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit; the spin box carries the name
        if isinstance(child, inputs):
            assert child.accessibleName(), type(child).__name__
        if isinstance(child, QPushButton):
            assert child.accessibleName() or child.text()
    assert dumps(session.doc) == SOURCE


def test_form_for_a_flat_responsibility_list_shows_one_list(qtbot: QtBot) -> None:
    flat = ResponsibilitiesSection(heading="Ansvarsområde", items=[Item(text="Lede.")])
    session = DocumentSession(FunctionDescription(h1="Rolle", sections=[flat]))
    form = open_form(qtbot, session, 0)
    assert isinstance(form, ResponsibilitiesForm)
    assert form.areas_editor is None
    assert form.items_editor is not None
    assert form.items_editor.count() == 1


def test_typing_in_a_text_field_is_one_step_with_a_minimal_diff(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, COLLABORATION)
    collaboration = section(session, COLLABORATION)
    intro = widget(form, collaboration, f.INTRO)
    assert isinstance(intro, QPlainTextEdit)
    QTest.keyClicks(intro, "Rollen samarbejder med:")
    assert collaboration.intro == "Rollen samarbejder med:"
    assert session.undo_stack.count() == 1
    position = intro.textCursor().position()
    heading = widget(form, collaboration, f.HEADING)
    heading.end(False)
    QTest.keyClicks(heading, "!")  # another field of the same node changes: no jump here
    assert intro.textCursor().position() == position
    session.undo_stack.undo()
    assert diff(SOURCE, dumps(session.doc)) == ["+Rollen samarbejder med:", "+"]
    session.undo_stack.undo()
    assert intro.toPlainText() == ""
    assert dumps(session.doc) == SOURCE


def test_ctrl_z_in_a_field_undoes_in_the_document(qtbot: QtBot, session: DocumentSession) -> None:
    form = open_form(qtbot, session, PROFESSIONAL)
    professional = section(session, PROFESSIONAL)
    heading = widget(form, professional, f.HEADING)
    assert isinstance(heading, QLineEdit)
    heading.end(False)
    QTest.keyClicks(heading, " og erfaring")
    assert professional.heading == "Faglige kvalifikationer og erfaring"
    assert diff(SOURCE, dumps(session.doc)) == [
        "-## Faglige kvalifikationer",
        "+## Faglige kvalifikationer og erfaring",
    ]
    QTest.keyClick(heading, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert professional.heading == "Faglige kvalifikationer"
    assert heading.text() == "Faglige kvalifikationer"


def test_two_group_headings_are_two_undo_steps(qtbot: QtBot, session: DocumentSession) -> None:
    """Type in the MUST group heading, then in the SHOULD one, press Ctrl+Z once: only the
    SHOULD edit is undone."""
    form = open_form(qtbot, session, TASKS)
    assert isinstance(form, TasksForm)
    must, should = form.heading_field(Priority.MUST), form.heading_field(Priority.SHOULD)
    assert must is not None and should is not None
    must.end(False)
    QTest.keyClicks(must, " altid")
    should.end(False)
    QTest.keyClicks(should, " gerne")
    tasks = section(session, TASKS)
    assert tasks.heading_for(Priority.MUST).endswith("gennemføres) altid")
    QTest.keyClick(should, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tasks.heading_for(Priority.SHOULD) == "SHOULD (bør løses, hvis der er tid)"
    assert tasks.heading_for(Priority.MUST).endswith("gennemføres) altid")
    assert must.text().endswith(" altid") and not should.text().endswith(" gerne")
    assert diff(SOURCE, dumps(session.doc)) == [
        "-### MUST (skal løses for at testen kan gennemføres)",
        "+### MUST (skal løses for at testen kan gennemføres) altid",
    ]


def test_ctrl_z_in_a_text_box_and_the_hours_box_undoes_in_the_document(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, PROFESSIONAL)
    professional = section(session, PROFESSIONAL)
    intro = widget(form, professional, f.INTRO)
    QTest.keyClicks(intro, "Vi forventer:")
    assert professional.intro == "Vi forventer:"
    QTest.keyClick(intro, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert professional.intro == ""
    assert dumps(session.doc) == SOURCE
    hours_form = open_form(qtbot, session, CONDITIONS)
    assert isinstance(hours_form, ConditionsForm)
    QTest.keyClick(hours_form.hours, Qt.Key.Key_Up)
    assert dumps(session.doc) != SOURCE
    QTest.keyClick(hours_form.hours, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert hours_form.hours.value() == 37
    assert dumps(session.doc) == SOURCE


def test_weekly_hours_spin_box_rewrites_the_timetal_item(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, CONDITIONS)
    assert isinstance(form, ConditionsForm)
    conditions = session.doc.conditions
    assert conditions is not None
    assert form.hours.value() == 37
    QTest.keyClick(form.hours, Qt.Key.Key_Up)
    assert conditions.items[0].text == "Timetal: 37,5 timer pr. uge."
    assert form.items_editor.view.list_model.index(0).data() == "Timetal: 37,5 timer pr. uge."
    QTest.keyClick(form.hours, Qt.Key.Key_Up)
    assert conditions.weekly_hours == 38
    assert session.undo_stack.count() == 1  # stepping merges into one change
    assert diff(SOURCE, dumps(session.doc)) == [
        "-- Timetal: 37 timer pr. uge.",
        "+- Timetal: 38 timer pr. uge.",
    ]
    form.hours.lineEdit().selectAll()
    QTest.keyClick(form.hours, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    form.hours.setValue(0)  # "Not stated": the line goes (a step of its own)
    assert form.hours.text() == "Not stated"
    assert [item.text for item in conditions.items] == ["Ingen personaleansvar."]
    session.undo_stack.undo()
    assert conditions.weekly_hours == 38
    session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
    assert form.hours.value() == 37


def test_areas_reorder_by_keyboard_and_renumber(qtbot: QtBot, session: DocumentSession) -> None:
    form = open_form(qtbot, session, AREAS)
    assert isinstance(form, ResponsibilitiesForm)
    areas = form.areas_editor
    assert areas is not None and form.details is not None
    responsibilities = section(session, AREAS)
    areas.select_row(1)
    assert form.details.title() == "Area 2"
    second = responsibilities.areas[1]
    title = widget(form, second, f.AREA_TITLE)
    assert isinstance(title, QLineEdit)
    assert title.text() == "Dele viden"
    items = widget(form, second, f.AREA_ITEMS)
    assert isinstance(items, ListEditor)
    assert items.count() == 1
    QTest.keyClick(areas.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in responsibilities.areas] == ["Dele viden", "Planlægge test"]
    assert areas.view.list_model.index(0).data() == "1. Dele viden"
    assert areas.view.list_model.index(1).data() == "2. Planlægge test"
    assert form.details.title() == "Area 1"
    assert session.undo_stack.count() == 1
    text = dumps(session.doc)
    assert text.index("### 1. Dele viden") < text.index("### 2. Planlægge test")
    session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE


def test_area_title_lead_in_and_items_edit_the_chosen_area(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, AREAS)
    assert isinstance(form, ResponsibilitiesForm) and form.areas_editor is not None
    form.areas_editor.select_row(0)
    first = section(session, AREAS).areas[0]
    lead_in = widget(form, first, f.AREA_LEAD_IN)
    QTest.keyClicks(lead_in, "Om planer.")
    assert first.lead_in == "Om planer."
    title = widget(form, first, f.AREA_TITLE)
    title.end(False)
    QTest.keyClicks(title, "en")
    assert form.areas_editor.view.list_model.index(0).data() == "1. Planlægge testen"


def test_adding_an_area_opens_its_title_for_editing(qtbot: QtBot, session: DocumentSession) -> None:
    form = open_form(qtbot, session, AREAS)
    assert isinstance(form, ResponsibilitiesForm) and form.areas_editor is not None
    QTest.mouseClick(form.areas_editor.add_button, Qt.MouseButton.LeftButton)
    editor = form.areas_editor.view.indexWidget(form.areas_editor.view.list_model.index(2))
    assert editor is not None
    QTest.keyClicks(editor, "Fejlrapporter")
    assert section(session, AREAS).areas[2].title == "Fejlrapporter"
    assert form.details is not None and form.details.title() == "Area 3"


def test_titles_form_keeps_nav_order_a_number_and_suggests_the_h1(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, None)
    assert isinstance(form, TitlesForm)
    front = session.doc.front_matter
    form.nav_field.selectAll()
    QTest.keyClicks(form.nav_field, "12")
    assert front.nav_order == 12
    assert diff(SOURCE, dumps(session.doc)) == ["-nav_order: 4", "+nav_order: 12"]
    assert not form.suggest_button.isEnabled()  # the H1 already follows the pattern
    form.title_field.selectAll()
    QTest.keyClicks(form.title_field, "Testleder")
    assert form.h1_field.placeholderText() == "Funktionsbeskrivelse – Testleder i OS2"
    assert form.suggest_button.isEnabled()
    QTest.mouseClick(form.suggest_button, Qt.MouseButton.LeftButton)
    assert session.doc.h1 == "Funktionsbeskrivelse – Testleder i OS2"
    assert form.h1_field.text() == session.doc.h1
    assert not form.suggest_button.isEnabled()


def test_other_front_matter_keys_are_an_editable_table(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, None)
    assert isinstance(form, TitlesForm)
    table = form.extra_table.table
    assert table.rowCount() == 1
    value = table.item(0, 1)
    assert value is not None and value.text() == "Om OS2"
    edit_cell(qtbot, table, 0, 1, "Om foreningen")
    assert session.doc.front_matter.extra == {"grand_parent": "Om foreningen"}
    assert diff(SOURCE, dumps(session.doc)) == [
        "-grand_parent: Om OS2",
        "+grand_parent: Om foreningen",
    ]
    QTest.mouseClick(form.extra_table.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new key's name, open for typing
    editor.selectAll()
    QTest.keyClicks(editor, "has_children")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "has_children" in session.doc.front_matter.extra)
    edit_cell(qtbot, table, 1, 1, "true")
    assert session.doc.front_matter.extra == {"grand_parent": "Om foreningen", "has_children": True}
    edit_cell(qtbot, table, 0, 0, "has_children")  # a key is named once: refused
    assert list(session.doc.front_matter.extra) == ["grand_parent", "has_children"]
    first = table.item(0, 0)
    assert first is not None and first.text() == "grand_parent"
    edit_cell(qtbot, table, 0, 0, "forfader")  # renamed in place
    assert list(session.doc.front_matter.extra) == ["forfader", "has_children"]
    table.setCurrentCell(1, 0)
    QTest.mouseClick(form.extra_table.remove_button, Qt.MouseButton.LeftButton)
    assert session.doc.front_matter.extra == {"forfader": "Om foreningen"}
    assert table.rowCount() == 1
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
    assert table.rowCount() == 1
    cell = table.item(0, 0)
    assert cell is not None and cell.text() == "grand_parent"


def test_initiatives_table_edits_adds_removes_and_reorders(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, PURPOSE)
    assert isinstance(form, PurposeForm)
    purpose = section(session, PURPOSE)
    grid = form.initiatives.grid
    label = grid.item(1, 0)
    assert label is not None and label.text() == "Automatisering"
    edit_cell(qtbot, grid, 1, 0, "Mere automatisering")
    assert purpose.initiatives[1].label == "Mere automatisering"
    assert session.undo_stack.count() == 1
    grid.setCurrentCell(1, 0)
    QTest.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.label for i in purpose.initiatives] == ["Mere automatisering", "Bedre testdata"]
    assert grid.currentRow() == 0
    first = grid.item(0, 0)
    assert first is not None and first.text() == "Mere automatisering"
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert [i.label for i in purpose.initiatives] == ["Bedre testdata"]
    assert grid.rowCount() == 1
    grid.setCurrentCell(0, 0)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert len(purpose.initiatives) == 2
    assert grid.rowCount() == 2
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
    first = grid.item(0, 0)
    assert first is not None and first.text() == "Bedre testdata"
    assert grid.rowCount() == 2


def test_free_section_body_is_edited_as_text(qtbot: QtBot, session: DocumentSession) -> None:
    form = open_form(qtbot, session, FREE)
    body = widget(form, section(session, FREE), f.FREE_BODY)
    assert isinstance(body, QPlainTextEdit)
    body.moveCursor(body.textCursor().MoveOperation.End)
    QTest.keyClicks(body, " Mere tekst.")
    assert diff(SOURCE, dumps(session.doc)) == [
        "-Tekst i et frit afsnit.",
        "+Tekst i et frit afsnit. Mere tekst.",
    ]


def test_focus_goes_to_a_task_an_area_item_and_the_hours(
    qtbot: QtBot, session: DocumentSession
) -> None:
    tasks_form = open_form(qtbot, session, TASKS)
    activate(qtbot, tasks_form)
    should = section(session, TASKS).group(Priority.SHOULD)
    assert tasks_form.focus(Place(should, f.GROUP_ITEMS, 1))
    editor = widget(tasks_form, should, f.GROUP_ITEMS)
    assert editor.current_row() == 1
    assert QApplication.focusWidget() is editor.view
    areas_form = open_form(qtbot, session, AREAS)
    activate(qtbot, areas_form)
    second = section(session, AREAS).areas[1]
    assert areas_form.focus_node(second.items[0].children[0])  # a nested item of area 2
    items = widget(areas_form, second, f.AREA_ITEMS)
    assert QApplication.focusWidget() is items.view and items.current_row() == 0
    conditions = open_form(qtbot, session, CONDITIONS)
    activate(qtbot, conditions)
    assert conditions.focus(Place(section(session, CONDITIONS), WEEKLY_HOURS))
    focused = QApplication.focusWidget()
    assert focused is not None
    hours = widget(conditions, section(session, CONDITIONS), WEEKLY_HOURS)
    assert focused is hours or hours.isAncestorOf(focused)


def test_tab_walks_the_list_form_in_reading_order(qtbot: QtBot, session: DocumentSession) -> None:
    form = open_form(qtbot, session, COLLABORATION)
    activate(qtbot, form)
    collaboration = section(session, COLLABORATION)
    widget(form, collaboration, f.HEADING).setFocus()
    seen = []
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    items = widget(form, collaboration, f.LIST_ITEMS)
    assert seen == [
        widget(form, collaboration, f.HEADING),
        widget(form, collaboration, f.INTRO),
        items.view,
        items.add_button,
        items.remove_button,
        widget(form, collaboration, f.OUTRO),
    ]


def test_group_headings_are_edited_as_written(qtbot: QtBot, session: DocumentSession) -> None:
    form = open_form(qtbot, session, TASKS)
    assert isinstance(form, TasksForm)
    heading = form.heading_field(Priority.COULD)
    assert isinstance(heading, QLineEdit)
    assert heading.text() == "COULD (kan løses, hvis der er ekstra tid)"
    assert form.heading_field(Priority.WONT) is None  # no WON'T group in this document
    heading.end(False)
    QTest.keyClick(heading, Qt.Key.Key_Backspace)
    QTest.keyClicks(heading, " og lyst)")
    assert diff(SOURCE, dumps(session.doc)) == [
        "-### COULD (kan løses, hvis der er ekstra tid)",
        "+### COULD (kan løses, hvis der er ekstra tid og lyst)",
    ]
    assert "ekstra tid og lyst)<br>" in form.board.column(Priority.COULD).title.toolTip()
    session.undo_stack.undo()
    assert dumps(session.doc) == SOURCE
    assert "ekstra tid)<br>" in form.board.column(Priority.COULD).title.toolTip()


class FakeDanish(QTranslator):
    """Knows a few strings, each only under the class whose code contains it (as lupdate)."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("Form", "&Heading"): "&Overskrift",
        ("ListSectionForm", "Text before the list"): "Tekst før listen",
        ("ProfessionalForm", "Professional qualifications"): "Faglige kvalifikationer",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get((context, source))  # None: not known here, as a .qm says


def test_strings_from_base_classes_are_translated(qtbot: QtBot, session: DocumentSession) -> None:
    translator = FakeDanish()
    QApplication.installTranslator(translator)
    try:
        form = open_form(qtbot, session, PROFESSIONAL)
    finally:
        QApplication.removeTranslator(translator)
    texts = {label.text() for label in form.findChildren(QLabel)}
    assert {"&Overskrift", "Tekst før listen", "Faglige kvalifikationer"} <= texts
    assert widget(form, section(session, PROFESSIONAL), f.HEADING).accessibleName() == "Overskrift"


def test_pasted_control_characters_are_dropped_and_the_file_reads_back(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, COLLABORATION)
    activate(qtbot, form)
    collaboration = section(session, COLLABORATION)
    intro = widget(form, collaboration, f.INTRO)
    intro.setFocus()
    QApplication.clipboard().setText("Vi\x00 samarbejder\x07 med\r\nalle.")
    QTest.keyClick(intro, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert collaboration.intro == "Vi samarbejder med\nalle."
    assert intro.toPlainText() == collaboration.intro  # the field shows what the document holds
    again = loads(dumps(session.doc))
    assert again.collaboration is not None
    assert again.collaboration.intro == "Vi samarbejder med\nalle."


def test_pasting_five_megabytes_into_a_list_adds_nothing(
    qtbot: QtBot, session: DocumentSession
) -> None:
    form = open_form(qtbot, session, COLLABORATION)
    collaboration = section(session, COLLABORATION)
    items = widget(form, collaboration, f.LIST_ITEMS)
    refused: list[object] = []
    session.refused.connect(refused.append)
    QApplication.clipboard().setText("- En samarbejdspartner mere.\n" * 180_000)
    items.select_row(0)
    QTest.keyClick(items.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().clear()
    assert len(refused) == 1
    assert [item.text for item in collaboration.items] == ["Sekretariatet.", "Leverandører."]
    assert items.count() == 2 and session.undo_stack.count() == 0
