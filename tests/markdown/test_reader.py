"""The reader turns each file shape into the typed parts a person would expect."""

from __future__ import annotations

import datetime as dt

import pytest

from os2editor import ReadError
from os2editor.markdown import load, loads
from os2editor.model import Priority, SectionKind
from tests.helpers import FIXTURES, fixture_text


def test_reference_shape_reads_every_part() -> None:
    doc = loads(fixture_text("reference.md"))
    assert doc.front_matter.title == "Datakoordinator"
    assert doc.front_matter.nav_order == 8
    assert doc.h1 == "Funktionsbeskrivelse – Datakoordinator i OS2"
    assert [s.kind for s in doc.sections] == [
        SectionKind.PURPOSE, SectionKind.RESPONSIBILITIES, SectionKind.TASKS,
        SectionKind.COLLABORATION, SectionKind.PROFESSIONAL, SectionKind.PERSONAL,
        SectionKind.CONDITIONS,
    ]
    purpose = doc.purpose
    assert purpose is not None
    assert purpose.intro.startswith("Formålet med stillingen")
    assert [(i.label, i.text) for i in purpose.initiatives] == [
        ("Bedre datagrundlag", "samle og rense data fra produkterne."),
        ("Åbne data", "gøre udvalgte data tilgængelige for medlemmerne."),
    ]
    assert purpose.outro == "Stillingen er vigtig for at gøre OS2’s arbejde målbart."
    areas = doc.responsibilities.areas  # type: ignore[union-attr]
    assert [a.title for a in areas] == ["Samle data fra produkterne", "Formidle resultater"]
    assert [i.text for i in areas[1].items] == ["Lave korte rapporter til bestyrelsen.",
                                                "Holde oplæg for medlemmerne."]
    assert doc.professional.items[-1].text == "Kendskab til åbne standarder"  # type: ignore[union-attr]
    assert doc.conditions.weekly_hours == 37  # type: ignore[union-attr]


def test_legend_bullets_are_prose_not_tasks() -> None:
    tasks = loads(fixture_text("reference.md")).tasks
    assert tasks is not None
    assert "- **MUST** – opgaver der altid skal løses." in tasks.intro
    assert [t.text for t in tasks.must] == ["Vedligeholde datakataloget.",
                                            "Levere kvartalsrapporten."]
    assert tasks.group(Priority.MUST).heading == "MUST (skal løses for at OS2 kan fungere)"
    could = tasks.heading_for(Priority.COULD)
    assert could == "COULD (nice-to-have, når der er ekstra tid)"
    assert all("**" not in t.text for t in tasks.must + tasks.should + tasks.could)


def test_program_shape_dash_headings_flat_areas_no_blank_lines() -> None:
    doc = loads(fixture_text("program.md"))
    tasks = doc.tasks
    assert tasks is not None
    assert [t.text for t in tasks.must] == ["Lægge roadmap for porteføljen.",
                                            "Følge op på fremdrift."]
    assert tasks.group(Priority.MUST).heading == "MUST – kerneopgaver"
    responsibilities = doc.responsibilities
    assert responsibilities is not None
    assert responsibilities.areas == []
    assert responsibilities.intro == "Porteføljelederen har ansvar for:"
    assert [i.text for i in responsibilities.items][-1] == \
        "Dialog med **styregruppen** og leverandører."
    collaboration = doc.collaboration
    assert collaboration is not None
    assert "Porteføljelederen samarbejder med:" in collaboration.intro
    assert [i.text for i in collaboration.items] == ["Styregrupperne.", "Leverandørerne."]


def test_h5_subsections_are_areas_with_lead_ins() -> None:
    doc = loads(fixture_text("communication.md"))
    areas = doc.responsibilities.areas  # type: ignore[union-attr]
    assert [a.title for a in areas] == ["Planlægge kommunikationen", "Støtte produktfællesskaberne"]
    assert all(a.lead_in == "Det kan f.eks. være:" for a in areas)
    assert doc.tasks.must[0].text.startswith("Nyhedsbrev: ")  # type: ignore[union-attr]
    assert doc.conditions.weekly_hours == 37  # type: ignore[union-attr]
    # a purpose list without bold labels: initiatives with an empty label
    assert doc.purpose.initiatives[0].label == ""  # type: ignore[union-attr]


def test_kompetencer_and_extra_sections() -> None:
    doc = loads(fixture_text("chief.md"))
    kinds = [s.kind for s in doc.sections]
    assert kinds[1] == SectionKind.FREE and doc.sections[1].heading == "Ansvarsfordeling"
    assert doc.professional is not None
    assert doc.professional.heading == "Faglige kompetencer"
    assert doc.collaboration is None
    coordinator = loads(fixture_text("coordinator.md"))
    free = [s.heading for s in coordinator.sections if s.kind == SectionKind.FREE]
    assert free == ["Forudsætninger for rollen"]
    prof = coordinator.professional
    assert prof is not None and prof.intro == "En brugerkoordinator skal kunne:"
    assert prof.items[0].text == "**Facilitering:** Lede møder med brugerne."
    hours = coordinator.conditions.items[0]  # type: ignore[union-attr]
    assert [c.text for c in hours.children] == ["Færre timer betyder mere fokus på MUST."]
    assert coordinator.conditions.weekly_hours is None  # type: ignore[union-attr]


def test_older_version_bare_headings() -> None:
    doc = loads(fixture_text("chief-2025.md"))
    tasks = doc.tasks
    assert tasks is not None
    assert tasks.heading == "Arbejdsopgaver og prioritering (MUST, SHOULD, COULD)"
    assert tasks.intro == ""
    assert {p: g.heading for p, g in tasks.groups.items()} == {
        Priority.MUST: "MUST", Priority.SHOULD: "SHOULD", Priority.COULD: "COULD",
        Priority.WONT: None}
    assert list(tasks.groups) == list(Priority)


def test_unusual_files_keep_everything_as_free_sections() -> None:
    appendix = loads(fixture_text("appendix.md"))
    assert appendix.front_matter.parent is None
    assert appendix.front_matter.extra == {"status": "DRAFT"}
    assert appendix.preamble.startswith("> ⚠️ **UDKAST**")
    assert appendix.h1 == "Bilag C: Roller for vedligehold"
    assert appendix.lead == "Dette bilag beskriver to roller.\n\n---"
    assert all(s.kind == SectionKind.FREE for s in appendix.sections)
    only = loads(fixture_text("frontmatter-only.md"))
    assert only.sections == [] and only.h1 is None
    assert only.front_matter.extra["opens"] == dt.date(2024, 10, 31)
    assert only.front_matter.extra["external_url"] is None
    assert only.front_matter.extra["key_objectives"][0]["items"] == ["Own the roadmap.",
                                                                    "Coach the team."]
    liquid = loads(fixture_text("liquid.md"))
    assert "{% include job/status.html %}" in liquid.preamble
    assert [s.heading for s in liquid.sections] == ["Basic information", "Role summary"]


def test_a_known_section_with_an_unknown_shape_is_kept_as_markdown() -> None:
    text = ("# T\n\n## Øvrige forhold\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- item\n\n- other\n\n"
            "```\ncode\n```\n")
    doc = loads(text)
    # a list section tolerates prose around its list, so this one is typed
    assert doc.conditions is not None
    odd = loads("# T\n\n## Arbejdsopgaver og prioritering\n\n### Vigtigst\n\n- a\n")
    assert odd.tasks is None
    assert odd.sections[0].kind == SectionKind.FREE
    assert odd.sections[0].body == "### Vigtigst\n\n- a"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"# Titel\n\xff\xfe broken\n", "not valid UTF-8 text (byte offset 8"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"---\ntitle: [unclosed\n---\n", "not valid YAML"),
        (b"---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\n", "not allowed"),
        (b"---\n- just\n- a list\n---\n", "key: value"),
    ],
)
def test_bad_input_raises_read_error(data: bytes, fragment: str) -> None:
    with pytest.raises(ReadError) as caught:
        loads(data, "role.md")
    assert fragment in str(caught.value)
    assert str(caught.value).startswith("role.md")


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(ReadError) as caught:
        loads("---\ntitle: ok\nparent: [x\nlayout: y\n---\n", "r.md")
    assert caught.value.line is not None and 3 <= caught.value.line <= 5


def test_alias_bomb_is_refused() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        prev = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, "
                     f"*{prev}, *{prev}, *{prev}, *{prev}]")
    with pytest.raises(ReadError, match="too much data"):
        loads("---\n" + "\n".join(lines) + "\n---\n# T\n")


def test_load_errors_name_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReadError, match="no such file"):
        load(tmp_path / "missing.md")
    with pytest.raises(ReadError, match="folder"):
        load(tmp_path)
    big = tmp_path / "big.md"
    big.write_bytes(b"a" * (6 * 1024 * 1024))
    with pytest.raises(ReadError, match="a function description is at most"):
        load(big)


def test_reading_never_modifies_the_file() -> None:
    path = FIXTURES / "program.md"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
