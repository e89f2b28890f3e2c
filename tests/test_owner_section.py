"""owner_section finds the section that holds any node of a document, by identity."""

from __future__ import annotations

from os2editor.markdown import loads
from os2editor.model import Item, TaskGroup, TasksSection, owner_section, section_spots
from tests.helpers import fixture_text


def test_every_node_of_a_section_is_owned_by_it() -> None:
    doc = loads(fixture_text("reference.md"))
    for index, section in enumerate(doc.sections):
        assert owner_section(doc, section) == index
        for spot in section_spots(section, index):
            assert owner_section(doc, spot.node) == index


def test_a_task_group_without_heading_or_tasks_is_owned_by_its_section() -> None:
    doc = loads(fixture_text("reference.md"))
    index, tasks = next((i, s) for i, s in enumerate(doc.sections) if isinstance(s, TasksSection))
    for group in tasks.groups.values():
        group.heading = None
        group.items.clear()
        assert owner_section(doc, group) == index


def test_a_node_outside_the_document_has_no_owner() -> None:
    doc = loads(fixture_text("reference.md"))
    assert owner_section(doc, TaskGroup()) is None
    assert owner_section(doc, Item(text="x")) is None
