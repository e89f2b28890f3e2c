"""Whatever a person types into a field comes back as the same text in the same field.

Typed text that markdown would read as structure (a task typed as ``1. Første opgave``, a
heading's ``#``, a quote, a fence, a setext underline) is escaped in the lines the edit writes,
and read back without the escapes: the document keeps its shape and the field its text.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from os2editor.edits import SetValue
from os2editor.markdown import dumps, loads
from os2editor.markdown.escape import group_heading_text, item_lines, outro
from os2editor.model import (
    KINDS,
    FunctionDescription,
    PurposeSection,
    ResponsibilitiesSection,
    Role,
    TasksSection,
    TextSpot,
    fields,
    text_spots,
)
from tests.helpers import changed_lines, examples, fixture_text

STRUCTURE = [
    "1. Første opgave", "2) anden", "2024. Året", "> citat", "# Overskrift", "## Afsnit",
    "<div>", "</div>", "```", "~~~", "***", "---", "===", "<!--", "-->", "* stjerne", "+ plus",
    "- streg", "-", "*", "[ref]: https://example.org", "    kode", "|a|b|", "|-|-|", "\\",
    "\\- allerede", "\\# allerede", "1\\. allerede", "**fed** – tekst", "**Label:** tekst",
    "#", "Tekst #", "Tekst \\#", "<https://os2.eu>", "a  ", "\t- tab", "- [ ] boks",
    "Almindelig tekst med æøå – og ’.", "", " ", "MUST", "SHOULD – x", "WON'T",
]
LINE = st.sampled_from(STRUCTURE) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x0b\x0c"),
    max_size=12,
)
TEXT = st.lists(LINE, max_size=5).map("\n".join)

NAMES = ["reference.md", "program.md", "communication.md", "coordinator.md", "chief.md"]


def expected(spot: TextSpot, typed: str) -> str:
    """What the field holds after writing and reading back ``typed``."""
    field = spot.field
    if field is fields.GROUP_HEADING:
        return _group(spot, typed)
    if spot.role in (Role.HEADING, Role.TITLE, Role.LABEL) and field is not fields.FM_TITLE:
        return " ".join(item_lines(typed))
    if spot.role is Role.ITEM:
        return "\n".join(item_lines(typed))
    if field is fields.FM_TITLE:
        return typed
    if field is fields.OUTRO:
        return _prose(outro(typed))
    return _prose(typed)


def _group(spot: TextSpot, typed: str) -> str:
    assert spot.priority is not None
    return group_heading_text(spot.priority, typed)


def _prose(typed: str) -> str:
    lines = typed.split("\n")
    while lines and not lines[0].strip(" \t"):
        lines.pop(0)
    while lines and not lines[-1].strip(" \t"):
        lines.pop()
    return "\n".join(lines)


def _spots(doc: FunctionDescription) -> list[TextSpot]:
    return list(text_spots(doc))


def _same_spot(spots: list[TextSpot], number: int, others: list[TextSpot]) -> TextSpot:
    """The spot in ``others`` that is ``spots[number]``: same field, part and priority, and the
    same place among those (a group that gains text also gains a heading spot)."""
    spot = spots[number]

    def key(each: TextSpot) -> tuple[object, ...]:
        return (each.field, each.section, each.priority)

    ordinal = sum(1 for each in spots[:number] if key(each) == key(spot))
    return [each for each in others if key(each) == key(spot)][ordinal]


def _has_outro_place(spot: TextSpot) -> bool:
    """Prose after a part's list is its outro only when there is a list to stand after;
    without one, markdown cannot tell it from the intro (the form shows no outro then)."""
    node = spot.node
    if isinstance(node, ResponsibilitiesSection) and node.areas:
        return bool(node.areas[-1].items)
    if isinstance(node, PurposeSection):
        return bool(node.initiatives)
    return bool(getattr(node, "items", None))


def _typed_for(spot: TextSpot, typed: str, doc: FunctionDescription) -> str:
    """Section headings must keep naming their part (that is what makes the part a form)."""
    if spot.field is fields.HEADING and spot.section is not None:
        section = doc.sections[spot.section]
        standard = next((k.heading for k in KINDS if k.kind == section.kind), None)
        if standard is not None:
            return f"{standard} {typed}"
    return typed


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=examples(40))
@given(data=st.data())
def test_any_text_in_any_field_comes_back_in_that_field(name: str, data: st.DataObject) -> None:
    text = fixture_text(name)
    doc = loads(text)
    spots = _spots(doc)
    number = data.draw(st.integers(0, len(spots) - 1), label="field")
    spot = spots[number]
    assume(spot.field is not fields.OUTRO or _has_outro_place(spot))
    typed = _typed_for(spot, data.draw(TEXT, label="typed"), doc)
    edit = SetValue(spot.field, spot.node, typed)
    edit.apply()
    written = dumps(doc)
    again = loads(written)
    assert [type(s) for s in again.sections] == [type(s) for s in doc.sections]
    back = _same_spot(spots, number, _spots(again))
    assert back.field is spot.field
    assert back.text == expected(spot, spot.text), changed_lines(text, written)
    # Nothing else moved: with the field as written, the two documents are the same.
    spot.field.set(spot.node, back.text)
    # A group that gained text is written under its priority's name.
    for section in doc.sections:
        if isinstance(section, TasksSection):
            for priority, group in section.groups.items():
                if group.present and group.heading is None:
                    group.heading = priority.value
    assert again == doc, changed_lines(text, written)


@pytest.mark.parametrize("typed", [
    "1. Første opgave", "2) anden", "2024. Året", "> citat", "# Vigtigt", "<div>", "```",
    "***", "<!--", "* stjerne", "+ plus", "- streg", "[x]: https://example.org",
])
def test_a_task_typed_like_structure_keeps_the_board(typed: str) -> None:
    text = fixture_text("reference.md")
    doc = loads(text)
    assert doc.tasks is not None
    SetValue(fields.ITEM_TEXT, doc.tasks.must[0], typed).apply()
    written = dumps(doc)
    again = loads(written)
    assert again.tasks is not None, "the tasks section became free text"
    assert again.tasks.must[0].text == typed
    assert len(changed_lines(text, written)) == 2  # one line out, one line in


@pytest.mark.parametrize("typed", ["x\n\r~~~", "x\n\r\r```\nkode", "\r~~~ a", "\r&#126;~~ a"])
def test_a_carriage_return_before_a_fence_is_written_and_read_back(typed: str) -> None:
    """A script may set a text directly (edits turn ``\\r`` into a line end; a file may hold a
    lone ``\\r``, which the reader keeps and reads as a space): an opener after it is escaped
    where the reader sees it, not refused with an unexpected error."""
    doc = loads(fixture_text("reference.md"))
    fields.INTRO.set(doc.sections[0], typed)
    assert loads(dumps(doc)).sections[0].intro == typed
