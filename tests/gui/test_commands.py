"""Undo commands: each edit is one step, undo restores the same objects, merges follow typing."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from os2editor.gui.commands import (
    InsertItem,
    InsertSection,
    MoveItem,
    MoveSection,
    RemoveItem,
    RemoveSection,
    SetField,
)
from os2editor.gui.session import DocumentSession
from os2editor.model import (
    ConditionsSection,
    FreeSection,
    FunctionDescription,
    Item,
    PurposeSection,
    TasksSection,
)


@dataclass
class Parts:
    session: DocumentSession
    purpose: PurposeSection
    tasks: TasksSection
    conditions: ConditionsSection


def make_parts() -> Parts:
    tasks = TasksSection(
        heading="Arbejdsopgaver og prioritering",
        must=[Item(text="Vejlede kommuner"), Item(text="Holde møder")],
        should=[Item(text="Skrive nyhedsbrev"), Item(text="Planlægge temadag")],
    )
    purpose = PurposeSection(heading="Formål med stillingen", intro="Før.")
    conditions = ConditionsSection(
        heading="Øvrige forhold",
        items=[Item(text="Ingen personaleansvar."), Item(text="Timetal: 37 timer pr. uge.")],
    )
    doc = FunctionDescription(
        h1="Funktionsbeskrivelse – Tester i OS2",
        sections=[purpose, tasks, conditions],
    )
    return Parts(DocumentSession(doc), purpose, tasks, conditions)


def texts(items: list[Item]) -> list[str]:
    return [item.text for item in items]


def test_set_field_typing_merges_into_one_step(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    purpose = p.purpose
    seen: list[object] = []
    session.changed.connect(seen.append)
    for text in ("F", "Fo", "For", "Formål"):
        session.push(SetField(session, purpose, "intro", text))
    assert purpose.intro == "Formål"
    assert session.undo_stack.count() == 1
    assert seen == [purpose] * 4
    session.undo_stack.undo()
    assert purpose.intro == "Før."
    assert session.undo_stack.isClean()
    session.undo_stack.redo()
    assert purpose.intro == "Formål"


def test_set_field_on_other_field_or_owner_is_a_new_step(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    purpose = p.purpose
    tasks = p.tasks
    session.push(SetField(session, purpose, "intro", "A"))
    session.push(SetField(session, purpose, "outro", "B"))
    session.push(SetField(session, tasks, "intro", "C"))
    session.push(SetField(session, tasks, "intro", "CD"))
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert tasks.intro == ""
    assert purpose.outro == "B"


def test_typing_back_to_the_old_text_leaves_nothing_to_undo(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    purpose = p.purpose
    session.push(SetField(session, purpose, "intro", "Før!"))
    session.push(SetField(session, purpose, "intro", "Før."))
    assert session.undo_stack.count() == 0
    assert session.undo_stack.isClean()


def test_no_merge_across_a_save(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    purpose = p.purpose
    session.push(SetField(session, purpose, "intro", "A"))
    session.mark_saved()
    session.push(SetField(session, purpose, "intro", "AB"))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert purpose.intro == "A"
    assert session.undo_stack.isClean()


def test_set_property_weekly_hours_and_undo_restores_the_same_item(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    conditions = p.conditions
    hours_item = conditions.items[1]
    session.push(SetField(session, conditions, "weekly_hours", 30))
    assert hours_item.text == "Timetal: 30 timer pr. uge."
    session.push(SetField(session, conditions, "weekly_hours", None))
    assert texts(conditions.items) == ["Ingen personaleansvar."]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert conditions.items[1] is hours_item
    assert hours_item.text == "Timetal: 37 timer pr. uge."
    session.undo_stack.redo()
    assert texts(conditions.items) == ["Ingen personaleansvar."]


def test_insert_and_remove_item_round_trip(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    tasks = p.tasks
    new = Item(text="Ny opgave")
    session.push(InsertItem(session, tasks, "must", 1, new))
    assert texts(tasks.must) == ["Vejlede kommuner", "Ny opgave", "Holde møder"]
    removed = tasks.must[0]
    session.push(RemoveItem(session, tasks, "must", 0))
    assert texts(tasks.must) == ["Ny opgave", "Holde møder"]
    session.undo_stack.undo()
    assert tasks.must[0] is removed
    session.undo_stack.undo()
    assert texts(tasks.must) == ["Vejlede kommuner", "Holde møder"]
    session.undo_stack.redo()
    assert tasks.must[1] is new


def test_move_item_between_priorities_is_one_step(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    tasks = p.tasks
    moved = tasks.should[1]
    seen: list[object] = []
    session.changed.connect(seen.append)
    session.push(MoveItem(session, tasks, "should", 1, tasks, "must", 0))
    assert tasks.must[0] is moved
    assert texts(tasks.should) == ["Skrive nyhedsbrev"]
    assert session.undo_stack.count() == 1
    assert seen == [tasks]
    session.undo_stack.undo()
    assert tasks.should[1] is moved
    assert texts(tasks.must) == ["Vejlede kommuner", "Holde møder"]


def test_move_item_within_one_list_uses_the_final_index(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    tasks = p.tasks
    session.push(MoveItem(session, tasks, "must", 0, tasks, "must", 1))
    assert texts(tasks.must) == ["Holde møder", "Vejlede kommuner"]
    session.undo_stack.undo()
    assert texts(tasks.must) == ["Vejlede kommuner", "Holde møder"]


def test_move_item_across_owners_notifies_both(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    tasks = p.tasks
    conditions = p.conditions
    seen: list[object] = []
    session.changed.connect(seen.append)
    session.push(MoveItem(session, tasks, "must", 0, conditions, "items", 2))
    assert conditions.items[2].text == "Vejlede kommuner"
    assert seen == [tasks, conditions]


def test_section_commands_change_the_document(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    doc = session.doc
    free = FreeSection(heading="Ansvarsfordeling", body="Tekst.\n")
    seen: list[object] = []
    session.changed.connect(seen.append)
    session.push(InsertSection(session, 1, free))
    assert doc.sections[1] is free
    session.push(MoveSection(session, 1, 3))
    assert doc.sections[3] is free
    session.push(RemoveSection(session, 0))
    assert [s.heading for s in doc.sections] == [
        "Arbejdsopgaver og prioritering",
        "Øvrige forhold",
        "Ansvarsfordeling",
    ]
    assert seen == [doc, doc, doc]
    for _ in range(3):
        session.undo_stack.undo()
    assert len(doc.sections) == 3
    assert session.undo_stack.isClean()


def test_clean_state_tracks_saves(qtbot: QtBot) -> None:
    p = make_parts()
    session = p.session
    tasks = p.tasks
    assert not session.is_modified()
    session.push(RemoveItem(session, tasks, "must", 0))
    assert session.is_modified()
    session.mark_saved()
    assert not session.is_modified()
    session.undo_stack.undo()
    assert session.is_modified()
