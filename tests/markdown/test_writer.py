"""The writer's two promises: untouched is byte-identical; an edit changes only its lines."""

from __future__ import annotations

import pytest

from os2editor.edits import set_weekly_hours
from os2editor.markdown import dumps, load, loads, save
from os2editor.model import (
    FunctionDescription,
    Item,
    Priority,
    ResponsibilityArea,
    TasksSection,
    text_spots,
)
from tests.helpers import FIXTURES, changed_lines, fixture_text

NAMES = sorted(p.name for p in FIXTURES.glob("*.md"))


def variants(text: str) -> dict[str, str]:
    """The same document with CRLF, a BOM, and with and without a final newline."""
    bare = text.rstrip("\n")
    return {
        "as-is": text,
        "final-newline": bare + "\n",
        "no-final-newline": bare,
        "crlf": bare.replace("\n", "\r\n") + "\r\n",
        "crlf-no-final": bare.replace("\n", "\r\n"),
        "bom": "\ufeff" + text,
        "bom-crlf": "\ufeff" + bare.replace("\n", "\r\n") + "\r\n",
    }


@pytest.mark.parametrize("name", NAMES)
def test_untouched_documents_are_written_back_byte_for_byte(name: str) -> None:
    for label, text in variants(fixture_text(name)).items():
        assert dumps(loads(text)) == text, label
        assert dumps(loads(text.encode("utf-8"))) == text, label


@pytest.mark.parametrize("name", NAMES)
def test_an_edit_anywhere_changes_only_the_lines_of_that_text(name: str) -> None:
    """Every text of every fixture, edited in turn: the diff holds that text's lines only,
    whatever part, gap or layout surrounds it."""
    text = fixture_text(name)
    count = len(list(text_spots(loads(text))))
    for number in range(count):
        doc = loads(text)
        spot = list(text_spots(doc))[number]
        old = spot.text
        if not old.strip() or "\n" in old.strip():
            continue
        spot.field.set(spot.node, old.strip() + " rettet")
        diff = changed_lines(text, dumps(doc))
        removed = [line for line in diff if line.startswith("-")]
        added = [line for line in diff if line.startswith("+")]
        assert len(removed) == len(added) == 1, (spot, diff)
        assert old.strip() in removed[0] and old.strip() + " rettet" in added[0], (spot, diff)
        assert loads(dumps(doc)) == doc


@pytest.mark.parametrize("name", ["reference.md", "program.md", "communication.md"])
def test_editing_one_task_changes_that_line(name: str) -> None:
    text = fixture_text(name)
    doc = loads(text)
    assert doc.tasks is not None
    old = doc.tasks.must[0].text
    doc.tasks.must[0].text = old + " Nu rettet."
    diff = changed_lines(text, dumps(doc))
    assert len(diff) == 2
    assert diff[0].startswith("-- " + old)
    assert diff[1].startswith("+- " + old + " Nu rettet.")


def test_edited_item_keeps_its_trailing_spaces() -> None:
    text = fixture_text("program.md")
    doc = loads(text)
    doc.tasks.should[0].text = "Skrive gode business cases."  # type: ignore[union-attr]
    assert changed_lines(text, dumps(doc)) == ["-- Skrive business cases.  \n",
                                               "+- Skrive gode business cases.  \n"]


@pytest.mark.parametrize("name", ["reference.md", "program.md"])
def test_moving_a_task_from_could_to_should_deletes_one_line_and_inserts_one(name: str) -> None:
    text = fixture_text(name)
    doc = loads(text)
    tasks = doc.tasks
    assert tasks is not None
    moved = tasks.could.pop(0)
    tasks.should.insert(1, moved)
    diff = changed_lines(text, dumps(doc))
    assert sorted(line[0] for line in diff) == ["+", "-"]
    assert all(line[1:].lstrip("- ").startswith(moved.text) for line in diff)
    again = loads(dumps(doc))
    assert [t.text for t in again.tasks.should][1] == moved.text  # type: ignore[union-attr]


def test_moving_the_last_task_out_of_a_group_leaves_its_heading() -> None:
    text = fixture_text("program.md")
    doc = loads(text)
    tasks = doc.tasks
    assert tasks is not None
    tasks.must.append(tasks.could.pop())
    out = dumps(doc)
    assert "### COULD – bidrag efter behov\n" in out
    assert loads(out).tasks.could == []  # type: ignore[union-attr]
    assert loads(out).tasks.must[-1].text == "Holde oplæg på konferencer."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "hashes"), [("reference.md", "###"), ("communication.md", "#####")]
)
def test_adding_an_area_appends_its_heading_and_items(name: str, hashes: str) -> None:
    text = fixture_text(name)
    doc = loads(text)
    areas = doc.responsibilities.areas  # type: ignore[union-attr]
    items = [Item(text="Første."), Item(text="Anden.")]
    areas.append(ResponsibilityArea(title="Ny opgave", items=items))
    diff = changed_lines(text, dumps(doc))
    assert [line for line in diff if line.strip() not in ("+", "")] == [
        f"+{hashes} 3. Ny opgave\n", "+- Første.\n", "+- Anden.\n"]
    assert all(line.startswith("+") for line in diff)


def test_reordering_areas_renumbers_them() -> None:
    doc = loads(fixture_text("reference.md"))
    areas = doc.responsibilities.areas  # type: ignore[union-attr]
    areas.reverse()
    out = dumps(doc)
    assert out.index("### 1. Formidle resultater") < out.index("### 2. Samle data fra produkterne")


def test_weekly_hours_edit_changes_one_line() -> None:
    text = fixture_text("communication.md")
    doc = loads(text)
    assert doc.conditions is not None
    set_weekly_hours(doc.conditions, 30).apply()
    assert changed_lines(text, dumps(doc)) == ["-- 37 timer pr. uge.\n", "+- 30 timer pr. uge.\n"]


def test_front_matter_edit_changes_one_line_and_keeps_comments() -> None:
    text = fixture_text("frontmatter-only.md")
    doc = loads(text)
    doc.front_matter.title = "Team: Lead of Data"
    assert changed_lines(text, dumps(doc)) == ['-title: "Team: Data Lead"\n',
                                               "+title: 'Team: Lead of Data'\n"]
    doc = loads(fixture_text("reference.md"))
    doc.front_matter.extra["last_revised"] = __import__("datetime").date(2026, 11, 28)
    diff = changed_lines(fixture_text("reference.md"), dumps(doc))
    assert diff == ["+last_revised: 2026-11-28\n"]


def test_crlf_file_stays_crlf_after_an_edit() -> None:
    text = fixture_text("reference.md").replace("\n", "\r\n")
    doc = loads(text)
    doc.tasks.must[1].text = "Levere rapporten hvert kvartal."  # type: ignore[union-attr]
    out = dumps(doc)
    assert out.count("\n") == out.count("\r\n")
    assert "- Levere rapporten hvert kvartal.\r\n" in out
    assert not out.endswith("\n")


def test_h1_and_section_heading_edits() -> None:
    text = fixture_text("reference.md")
    doc = loads(text)
    doc.h1 = "Funktionsbeskrivelse – Dataansvarlig i OS2"
    doc.sections[3].heading = "Samarbejde"
    assert changed_lines(text, dumps(doc)) == [
        "-# Funktionsbeskrivelse – Datakoordinator i OS2\n",
        "+# Funktionsbeskrivelse – Dataansvarlig i OS2\n",
        "-## Samarbejdsrelationer\n",
        "+## Samarbejde\n",
    ]


def test_removing_and_moving_sections() -> None:
    text = fixture_text("chief.md")
    doc = loads(text)
    free = doc.sections.pop(1)
    doc.sections.append(free)
    out = dumps(doc)
    again = loads(out)
    assert again.sections[-1].heading == "Ansvarsfordeling"
    assert again.sections[-1].body == free.body  # type: ignore[union-attr]
    assert "- Har personaleansvar.\n\n## Ansvarsfordeling" in out


def test_new_document_is_written_in_house_style() -> None:
    doc = FunctionDescription(h1="Funktionsbeskrivelse – Tester i OS2")
    doc.front_matter.title = "Tester"
    doc.front_matter.layout = "default"
    doc.sections.append(TasksSection.of(headings={Priority.MUST: "MUST (skal løses)"},
                                        must=[Item(text="Teste.")], could=[Item(text="Lege.")]))
    assert dumps(doc) == (
        "---\ntitle: Tester\nlayout: default\n---\n\n"
        "# Funktionsbeskrivelse – Tester i OS2\n\n"
        "## Arbejdsopgaver og prioritering\n\n"
        "### MUST (skal løses)\n\n- Teste.\n\n"
        "### COULD\n\n- Lege.\n"
    )
    again = loads(dumps(doc))
    assert again.tasks is not None and doc.tasks is not None
    headings = {p: g.heading for p, g in again.tasks.groups.items()}
    assert headings == {Priority.MUST: "MUST (skal løses)", Priority.COULD: "COULD",
                        Priority.SHOULD: None, Priority.WONT: None}
    doc.tasks.group(Priority.COULD).heading = "COULD"
    assert again == doc


def test_save_writes_the_exact_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = fixture_text("reference.md").replace("\n", "\r\n")
    path = tmp_path / "role.md"
    path.write_bytes(text.encode("utf-8"))
    doc = load(path)
    save(doc, path)
    assert path.read_bytes() == text.encode("utf-8")
    doc.tasks.tasks(Priority.MUST).append(Item(text="Ny opgave."))  # type: ignore[union-attr]
    save(doc, path)
    assert "- Ny opgave.\r\n" in path.read_bytes().decode("utf-8")
