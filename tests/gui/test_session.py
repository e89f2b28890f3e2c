"""The document session: typed edits through one thin undo adapter. Each edit is one step,
typing in one field merges, undo puts back the very same objects, and every view hears of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from os2editor.edits import (
    Batch,
    Change,
    EditError,
    InsertElement,
    MoveElement,
    RemoveElement,
    SetEntry,
    SetValue,
    move_task,
    set_weekly_hours,
)
from os2editor.gui.session import DocumentSession
from os2editor.gui.session.undo import edit_label
from os2editor.model import (
    ConditionsSection,
    FreeSection,
    FunctionDescription,
    Item,
    Priority,
    PurposeSection,
    TasksSection,
)
from os2editor.model import fields as f


@dataclass
class Parts:
    session: DocumentSession
    purpose: PurposeSection
    tasks: TasksSection
    conditions: ConditionsSection


@pytest.fixture
def parts(qtbot: QtBot) -> Parts:
    tasks = TasksSection.of(
        must=[Item(text="Vejlede kommuner"), Item(text="Holde møder")],
        should=[Item(text="Skrive nyhedsbrev"), Item(text="Planlægge temadag")],
        headings={Priority.MUST: "MUST", Priority.SHOULD: "SHOULD"},
    )
    purpose = PurposeSection(heading="Formål med stillingen", intro="Før.")
    conditions = ConditionsSection(
        heading="Øvrige forhold",
        items=[Item(text="Ingen personaleansvar."), Item(text="Timetal: 37 timer pr. uge.")],
    )
    doc = FunctionDescription(
        h1="Funktionsbeskrivelse – Tester i OS2", sections=[purpose, tasks, conditions]
    )
    return Parts(DocumentSession(doc), purpose, tasks, conditions)


def texts(items: list[Item]) -> list[str]:
    return [item.text for item in items]


def heard(session: DocumentSession) -> list[Change]:
    seen: list[Change] = []
    session.changed.connect(seen.append)
    return seen


def test_typing_in_one_field_merges_into_one_step(parts: Parts) -> None:
    session, purpose = parts.session, parts.purpose
    seen = heard(session)
    for text in ("F", "Fo", "For", "Formål"):
        assert session.set_value(f.INTRO, purpose, text)
    assert purpose.intro == "Formål"
    assert session.undo_stack.count() == 1
    assert [change.nodes for change in seen] == [(purpose,)] * 4
    session.undo_stack.undo()
    assert purpose.intro == "Før."
    assert session.undo_stack.isClean()
    session.undo_stack.redo()
    assert purpose.intro == "Formål"


def test_two_fields_are_two_steps_even_of_the_same_kind(parts: Parts) -> None:
    session, tasks = parts.session, parts.tasks
    must, should = tasks.group(Priority.MUST), tasks.group(Priority.SHOULD)
    session.set_value(f.GROUP_HEADING, must, "MUST (skal)")
    session.set_value(f.GROUP_HEADING, should, "SHOULD (bør)")
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert (must.heading, should.heading) == ("MUST (skal)", "SHOULD")


def test_typing_back_to_the_old_text_leaves_nothing_to_undo(parts: Parts) -> None:
    session, purpose = parts.session, parts.purpose
    session.set_value(f.INTRO, purpose, "Før!")
    session.set_value(f.INTRO, purpose, "Før.")
    assert session.undo_stack.count() == 0
    assert session.undo_stack.isClean()


def test_no_merge_across_a_save(parts: Parts) -> None:
    session, purpose = parts.session, parts.purpose
    session.set_value(f.INTRO, purpose, "A")
    session.mark_saved()
    session.set_value(f.INTRO, purpose, "AB")
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert purpose.intro == "A"
    assert session.undo_stack.isClean()


def test_weekly_hours_and_undo_restores_the_same_item(parts: Parts) -> None:
    session, conditions = parts.session, parts.conditions
    hours_item = conditions.items[1]
    session.apply(set_weekly_hours(conditions, 30))
    assert hours_item.text == "Timetal: 30 timer pr. uge."
    session.apply(set_weekly_hours(conditions, None))
    assert texts(conditions.items) == ["Ingen personaleansvar."]
    session.undo_stack.undo()
    assert conditions.items[1] is hours_item
    session.undo_stack.undo()
    assert hours_item.text == "Timetal: 37 timer pr. uge."
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert texts(conditions.items) == ["Ingen personaleansvar."]


def test_insert_and_remove_round_trip_the_same_objects(parts: Parts) -> None:
    session, must = parts.session, parts.tasks.group(Priority.MUST)
    new = Item(text="Ny opgave")
    session.apply(InsertElement(f.GROUP_ITEMS, must, 1, new))
    assert texts(must.items) == ["Vejlede kommuner", "Ny opgave", "Holde møder"]
    removed = must.items[0]
    session.apply(RemoveElement(f.GROUP_ITEMS, must, 0))
    session.undo_stack.undo()
    assert must.items[0] is removed
    session.undo_stack.undo()
    assert texts(must.items) == ["Vejlede kommuner", "Holde møder"]
    session.undo_stack.redo()
    assert must.items[1] is new


def test_moving_a_task_between_priorities_is_one_step_heard_by_both_groups(parts: Parts) -> None:
    session, tasks = parts.session, parts.tasks
    moved = tasks.should[1]
    seen = heard(session)
    session.apply(move_task(tasks, Priority.SHOULD, 1, Priority.MUST, 0))
    assert tasks.must[0] is moved
    assert texts(tasks.should) == ["Skrive nyhedsbrev"]
    assert session.undo_stack.count() == 1
    assert [change.nodes for change in seen] == [
        (tasks.group(Priority.SHOULD), tasks.group(Priority.MUST))
    ]
    session.undo_stack.undo()
    assert tasks.should[1] is moved
    assert texts(tasks.must) == ["Vejlede kommuner", "Holde møder"]


def test_undo_and_redo_are_heard_as_replayed(parts: Parts) -> None:
    session, purpose = parts.session, parts.purpose
    replayed: list[Change] = []
    session.replayed.connect(replayed.append)
    session.set_value(f.OUTRO, purpose, "Efter.")
    assert replayed == []  # the edit itself is no replay
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert [change.nodes for change in replayed] == [(purpose,), (purpose,)]


def test_section_edits_change_the_document(parts: Parts) -> None:
    session = parts.session
    doc = session.doc
    free = FreeSection(heading="Ansvarsfordeling", body="Tekst.\n")
    seen = heard(session)
    session.apply(InsertElement(f.SECTIONS, doc, 1, free))
    session.apply(MoveElement(f.SECTIONS, doc, 1, f.SECTIONS, doc, 3))
    assert doc.sections[3] is free
    session.apply(RemoveElement(f.SECTIONS, doc, 0))
    assert [s.heading for s in doc.sections] == [
        "Arbejdsopgaver og prioritering", "Øvrige forhold", "Ansvarsfordeling",
    ]
    assert [change.nodes for change in seen] == [(doc,)] * 3
    for _ in range(3):
        session.undo_stack.undo()
    assert len(doc.sections) == 3
    assert session.undo_stack.isClean()


def test_a_refused_edit_changes_nothing_and_says_why(parts: Parts) -> None:
    session, purpose = parts.session, parts.purpose
    refused: list[EditError] = []
    session.refused.connect(refused.append)
    assert not session.set_value(f.INTRO, purpose, "x" * 200_000)
    assert not session.apply(RemoveElement(f.LIST_ITEMS, parts.conditions, 7))
    assert [error.message.code for error in refused] == ["edit-too-long", "edit-no-place"]
    assert purpose.intro == "Før." and len(parts.conditions.items) == 2
    assert session.undo_stack.count() == 0


def test_an_empty_batch_is_no_step(parts: Parts) -> None:
    assert parts.session.apply(set_weekly_hours(parts.conditions, 37))
    assert parts.session.undo_stack.count() == 0


def test_clean_state_tracks_saves(parts: Parts) -> None:
    session, must = parts.session, parts.tasks.group(Priority.MUST)
    assert not session.is_modified()
    session.apply(RemoveElement(f.GROUP_ITEMS, must, 0))
    assert session.is_modified()
    session.mark_saved()
    assert not session.is_modified()
    session.undo_stack.undo()
    assert session.is_modified()


def test_each_step_is_named_after_its_kind_of_edit(parts: Parts) -> None:
    tasks, doc = parts.tasks, parts.session.doc
    front = doc.front_matter
    must = tasks.group(Priority.MUST)
    assert edit_label(SetValue(f.GROUP_HEADING, must, "MUST")) == "Edit heading"
    assert edit_label(SetValue(f.INTRO, parts.purpose, "x")) == "Edit text"
    assert edit_label(SetEntry(front, "owner", "OS2")) == "Edit front matter"
    assert edit_label(InsertElement(f.GROUP_ITEMS, must, 0, Item())) == "Add item"
    assert edit_label(RemoveElement(f.SECTIONS, doc, 0)) == "Remove section"
    assert edit_label(move_task(tasks, Priority.MUST, 0, Priority.SHOULD, 0)) == "Move task"
    assert edit_label(Batch((InsertElement(f.GROUP_ITEMS, must, 0, Item()),) * 2)) == "Add items"
    session = parts.session
    session.apply(move_task(tasks, Priority.MUST, 0, Priority.SHOULD, 0))
    assert session.undo_stack.undoText() == "Move task"


def test_the_step_names_read_in_the_interface_language(
    parts: Parts, language: Callable[[str], list[Any]]
) -> None:
    language("da")
    tasks = parts.tasks
    assert edit_label(move_task(tasks, Priority.MUST, 0, Priority.SHOULD, 0)) == "Flyt opgave"
    assert edit_label(SetValue(f.GROUP_HEADING, tasks.group(Priority.MUST), "x")) == (
        "Rediger overskrift"
    )


def test_adding_an_element_and_typing_its_text_is_one_step(parts: Parts) -> None:
    session, must = parts.session, parts.tasks.group(Priority.MUST)
    new = Item(text="")
    session.apply(InsertElement(f.GROUP_ITEMS, must, 2, new))
    for typed in ("H", "Ho", "Holde kursus"):
        session.set_value(f.ITEM_TEXT, new, typed)
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Add item"
    session.undo_stack.undo()
    assert texts(must.items) == ["Vejlede kommuner", "Holde møder"]
    session.undo_stack.redo()
    assert must.items[2] is new and new.text == "Holde kursus"
    session.set_value(f.ITEM_TEXT, must.items[0], "Vejlede")  # another element: a new step
    assert session.undo_stack.count() == 2


def test_removing_an_element_just_added_leaves_nothing_to_undo_or_redo(parts: Parts) -> None:
    session, must = parts.session, parts.tasks.group(Priority.MUST)
    session.set_value(f.ITEM_TEXT, must.items[0], "Vejlede alle kommuner")
    new = Item(text="")
    session.apply(InsertElement(f.GROUP_ITEMS, must, 1, new))
    session.set_value(f.ITEM_TEXT, new, "Halvt")
    session.apply(RemoveElement(f.GROUP_ITEMS, must, 1))
    assert session.undo_stack.count() == 1  # only the first edit is left
    assert not session.undo_stack.canRedo()
    assert session.undo_stack.undoText() == "Edit text"
    assert texts(must.items) == ["Vejlede alle kommuner", "Holde møder"]


def test_removing_another_element_after_an_addition_is_its_own_step(parts: Parts) -> None:
    session, must = parts.session, parts.tasks.group(Priority.MUST)
    session.apply(InsertElement(f.GROUP_ITEMS, must, 2, Item(text="Ny")))
    session.apply(RemoveElement(f.GROUP_ITEMS, must, 0))
    assert session.undo_stack.count() == 2
    assert texts(must.items) == ["Holde møder", "Ny"]


def test_a_step_alone_merges_with_nothing(parts: Parts) -> None:
    session, purpose = parts.session, parts.purpose
    session.set_value(f.INTRO, purpose, "Før, nu.")
    session.set_value(f.INTRO, purpose, "**Før**, nu.", alone=True)  # made bold: its own step
    session.set_value(f.INTRO, purpose, "**Før**, nu og da.")
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert purpose.intro == "**Før**, nu."
