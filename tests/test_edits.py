"""Typed edits: each undoes itself, text is cleaned where it enters, and what the editor holds
it can always write and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from os2editor.edits import (
    MAX_FIELD_CHARS,
    Batch,
    Change,
    DocumentEditor,
    EditError,
    InsertElement,
    MoveElement,
    RemoveElement,
    SetEntry,
    SetValue,
    move_task,
    set_weekly_hours,
)
from os2editor.markdown import dumps, load, loads, save
from os2editor.model import Initiative, Item, Priority, fields
from tests.helpers import changed_lines, fixture_text


@pytest.fixture
def editor() -> DocumentEditor:
    return DocumentEditor(loads(fixture_text("reference.md")))


def test_every_edit_returns_the_edit_that_undoes_it(editor: DocumentEditor) -> None:
    doc = editor.doc
    assert doc.tasks is not None
    before = dumps(doc)
    task = doc.tasks.must[0]
    edits = [
        SetValue(fields.ITEM_TEXT, task, "Ny tekst."),
        InsertElement(fields.GROUP_ITEMS, doc.tasks.group(Priority.COULD), 0, Item(text="Ny.")),
        RemoveElement(fields.GROUP_ITEMS, doc.tasks.group(Priority.SHOULD), 0),
        move_task(doc.tasks, Priority.MUST, 1, Priority.WONT, 0),
        SetEntry(doc.front_matter, "approved_by", "Bestyrelsen"),
        Batch((SetValue(fields.HEADING, doc.sections[0], "Formål"),
               RemoveElement(fields.SECTIONS, doc, 3))),
    ]
    undos = [editor.apply(edit) for edit in edits]
    assert dumps(doc) != before
    for undo in reversed(undos):
        editor.apply(undo)
    assert dumps(doc) == before  # byte for byte: the very nodes came back
    assert doc.tasks.must[0] is task


def test_observers_hear_each_edit_once_with_the_nodes_it_changed(editor: DocumentEditor) -> None:
    heard: list[Change] = []
    stop = editor.observe(heard.append)
    tasks = editor.doc.tasks
    assert tasks is not None
    editor.apply(move_task(tasks, Priority.SHOULD, 0, Priority.MUST, 0))
    assert len(heard) == 1
    assert heard[0].touches(tasks.group(Priority.SHOULD))
    assert heard[0].touches(tasks.group(Priority.MUST))
    assert not heard[0].touches(tasks.group(Priority.COULD))
    stop()
    editor.apply(SetValue(fields.ITEM_TEXT, tasks.must[0], "x"))
    assert len(heard) == 1


def test_typing_in_one_field_merges_and_two_fields_do_not(editor: DocumentEditor) -> None:
    tasks = editor.doc.tasks
    assert tasks is not None
    must, should = tasks.group(Priority.MUST), tasks.group(Priority.SHOULD)
    first = SetValue(fields.GROUP_HEADING, must, "MUST a")
    assert first.merged(SetValue(fields.GROUP_HEADING, must, "MUST ab")) is not None
    assert first.merged(SetValue(fields.GROUP_HEADING, should, "SHOULD a")) is None
    assert first.merged(SetValue(fields.GROUP_NOTES, must, "a")) is None


def test_a_field_of_another_node_type_is_refused() -> None:
    with pytest.raises(EditError):
        SetValue(fields.ITEM_TEXT, Initiative(label="x"), "x")  # type: ignore[arg-type]


def test_pasted_control_characters_are_dropped_and_the_file_reads_back(
    editor: DocumentEditor, tmp_path: Path
) -> None:
    tasks = editor.doc.tasks
    assert tasks is not None
    editor.apply(SetValue(fields.ITEM_TEXT, tasks.must[0], "Ny\x00 op\x07gave\r\nto\x1b."))
    assert tasks.must[0].text == "Ny opgave\nto."
    path = tmp_path / "rolle.md"
    save(editor.doc, path)
    assert load(path).tasks.must[0].text == "Ny opgave\nto."  # type: ignore[union-attr]


def test_a_paste_of_five_megabytes_is_refused_and_nothing_changes(
    editor: DocumentEditor, tmp_path: Path
) -> None:
    tasks = editor.doc.tasks
    assert tasks is not None
    before = dumps(editor.doc)
    with pytest.raises(EditError) as caught:
        editor.apply(SetValue(fields.TASKS_INTRO, tasks, "x" * (5 * 1024 * 1024)))
    assert caught.value.message.code == "edit-too-long"
    assert dumps(editor.doc) == before


def test_many_longest_fields_are_refused_before_the_reader_would_refuse_the_file(
    editor: DocumentEditor, tmp_path: Path
) -> None:
    tasks = editor.doc.tasks
    assert tasks is not None
    heard: list[Change] = []
    editor.observe(heard.append)
    had = len(tasks.could)
    text = "ord " * (MAX_FIELD_CHARS // 4 - 1)
    refused = None
    for number in range(40):
        try:
            editor.apply(InsertElement(fields.GROUP_ITEMS, tasks.group(Priority.COULD), 0,
                                       Item(text=text)))
        except EditError as error:
            refused = (number, error.message.code)
            break
    assert refused is not None and refused[1] == "edit-over-limits"
    assert len(heard) == refused[0]  # the refused edit was not announced, nor kept
    path = tmp_path / "rolle.md"
    save(editor.doc, path)
    assert len(load(path).tasks.could) == had + refused[0]  # type: ignore[union-attr]


def test_weekly_hours_rewrite_insert_and_remove_one_line() -> None:
    text = fixture_text("communication.md")
    editor = DocumentEditor(loads(text))
    conditions = editor.doc.conditions
    assert conditions is not None
    undo = editor.apply(set_weekly_hours(conditions, 30))
    assert changed_lines(text, dumps(editor.doc)) == ["-- 37 timer pr. uge.\n",
                                                      "+- 30 timer pr. uge.\n"]
    editor.apply(undo)
    assert dumps(editor.doc) == text
    editor.apply(set_weekly_hours(conditions, None))
    assert conditions.weekly_hours is None
    editor.apply(set_weekly_hours(conditions, 32.5))
    assert conditions.items[0].text == "Timetal: 32,5 timer pr. uge."


def test_a_batch_is_all_or_nothing(editor: DocumentEditor) -> None:
    before = dumps(editor.doc)
    with pytest.raises(EditError):
        editor.apply(Batch((SetValue(fields.HEADING, editor.doc.sections[0], "Andet"),
                            RemoveElement(fields.SECTIONS, editor.doc, 99))))
    assert dumps(editor.doc) == before


def test_moving_within_a_list_and_out_of_range(editor: DocumentEditor) -> None:
    tasks = editor.doc.tasks
    assert tasks is not None
    group = tasks.group(Priority.MUST)
    first, second = group.items
    editor.apply(MoveElement(fields.GROUP_ITEMS, group, 0, fields.GROUP_ITEMS, group, 1))
    assert group.items == [second, first]
    with pytest.raises(EditError):
        editor.apply(MoveElement(fields.GROUP_ITEMS, group, 0, fields.GROUP_ITEMS, group, 2))
