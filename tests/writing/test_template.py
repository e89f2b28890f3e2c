"""The New template's guidance: hints for empty fields, a new description with no text, and a
warning for guidance left in a file."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from os2editor.checks import check
from os2editor.cli import main
from os2editor.edits import DocumentEditor, InsertElement
from os2editor.markdown import dumps, loads
from os2editor.model import (
    KINDS,
    FunctionDescription,
    Initiative,
    Item,
    Priority,
    PurposeSection,
    ResponsibilityArea,
    SectionKind,
    TasksSection,
    text_spots,
)
from os2editor.model import fields as f
from os2editor.writing.template import (
    GUIDANCE,
    Guidance,
    hint,
    hint_for,
    leftovers,
    new_description,
    sentences_of,
)
from tests.helpers import FIXTURES, fixture_text

TEMPLATE = Path(importlib.import_module("os2editor.resources").path("new_description.md"))


def test_a_new_description_holds_only_the_standard_headings() -> None:
    doc = new_description()
    assert [section.heading for section in doc.sections] == [known.heading for known in KINDS]
    assert all(not spot.text for spot in text_spots(doc)
               if spot.field not in (f.HEADING, f.GROUP_HEADING, f.FM_LAYOUT))
    tasks = doc.tasks
    assert tasks is not None
    assert [tasks.heading_for(p) for p in (Priority.MUST, Priority.SHOULD, Priority.COULD)] == [
        "MUST (skal altid løses)", "SHOULD (bør løses, når der er ressourcer)",
        "COULD (løses, når der er tid til overs)"]
    text = dumps(doc)
    body = text.split("---\n", 2)[2]
    assert [line for line in body.splitlines() if line.strip()] == [
        "# ", "## Formål med stillingen", "## Ansvarsområde", "## Arbejdsopgaver og prioritering",
        "### MUST (skal altid løses)", "### SHOULD (bør løses, når der er ressourcer)",
        "### COULD (løses, når der er tid til overs)", "## Samarbejdsrelationer",
        "## Faglige kvalifikationer", "## Personlige kvalifikationer", "## Øvrige forhold"]
    assert "layout: default\nparent: Organisation og Roller\n" in text
    assert loads(text) == doc
    assert not [p for p in check(doc) if p.code == "template-text"]


def test_every_field_of_new_has_a_hint_and_none_is_saved() -> None:
    doc = new_description()
    tasks = doc.tasks
    assert tasks is not None
    assert hint_for(doc, f.FM_TITLE, doc.front_matter) == "Rollens navn, fx Produktkonsulent"
    assert hint_for(doc, f.H1, doc) == "Funktionsbeskrivelse – rollens navn i OS2"
    purpose = doc.purpose
    assert purpose is not None
    assert hint_for(doc, f.INTRO, purpose) == hint(SectionKind.PURPOSE, f.INTRO)
    assert hint_for(doc, f.OUTRO, purpose) == \
        "Afslut gerne med, hvad rollen betyder for fællesskabet som helhed."
    assert hint_for(doc, f.TASKS_INTRO, tasks) is not None
    for kind in (SectionKind.COLLABORATION, SectionKind.PROFESSIONAL, SectionKind.PERSONAL,
                 SectionKind.CONDITIONS):
        assert hint(kind, f.ITEM_TEXT) is not None
    assert "timer" not in dumps(doc)


def test_a_row_added_later_gets_the_hint_of_its_place() -> None:
    doc = new_description()
    tasks, purpose = doc.tasks, doc.purpose
    responsibilities = doc.responsibilities
    assert tasks is not None and purpose is not None and responsibilities is not None
    editor = DocumentEditor(doc)
    must, could, initiative, area = Item(), Item(), Initiative(), ResponsibilityArea()
    editor.apply(InsertElement(f.GROUP_ITEMS, tasks.group(Priority.MUST), 0, must))
    editor.apply(InsertElement(f.GROUP_ITEMS, tasks.group(Priority.COULD), 0, could))
    editor.apply(InsertElement(f.INITIATIVES, purpose, 0, initiative))
    editor.apply(InsertElement(f.AREAS, responsibilities, 0, area))
    assert hint_for(doc, f.ITEM_TEXT, must) == "Skriv den vigtigste kerneopgave her."
    assert hint_for(doc, f.ITEM_TEXT, could) == \
        "Skriv en ønskelig opgave, der løses, hvis der er tid."
    assert hint_for(doc, f.INITIATIVE_LABEL, initiative) == "Indsatsens navn"
    assert hint_for(doc, f.AREA_TITLE, area) == "Ansvarsområdets navn"
    assert hint_for(doc, f.ITEM_TEXT, Item()) is None  # not in the document
    assert hint(SectionKind.FREE, f.FREE_BODY) is None


def test_the_bundled_template_is_all_guidance_to_the_check(capsys: pytest.CaptureFixture[str]) \
        -> None:
    assert main(["check", str(TEMPLATE)]) == 1
    out = capsys.readouterr().out.splitlines()
    warned = [line for line in out if "the template's guidance" in line]
    assert f"{TEMPLATE}:2: the template's guidance “Ny rolle” is still in the text; write your " \
           "own words instead" in out
    assert any(line.startswith(f"{TEMPLATE}:45: the template's guidance “Skriv den vigtigste "
                               "kerneopgave her.”") for line in warned)
    # Every placeholder and instruction of the template, and nothing the real files also say
    # (the MoSCoW legend, "Sekretariatschefen (primær reference).", the hours).
    assert len(warned) == 21
    assert not any("primær reference" in line or "Timetal" in line or "MoSCoW" in line
                   for line in warned)


def test_files_in_the_shape_of_the_real_ones_have_no_leftovers() -> None:
    for path in sorted(FIXTURES.glob("*.md")):
        assert leftovers(loads(fixture_text(path.name))) == [], path.name


def _holding(part: SectionKind | None, field: f.Field[Any, Any], priority: Priority | None,
             text: str) -> FunctionDescription:
    """A description with ``text`` in ``field`` of ``part``."""
    doc = new_description()
    if part is None:
        field.set(doc.front_matter if field is f.FM_TITLE else doc, text)
        return doc
    section = doc.section(part)
    assert section is not None
    if field is f.ITEM_TEXT:
        place = section.tasks(priority or Priority.MUST) if isinstance(section, TasksSection) \
            else section.items  # type: ignore[union-attr]
        if part is SectionKind.RESPONSIBILITIES:
            area = ResponsibilityArea(title="Ledelse")
            section.areas.append(area)  # type: ignore[union-attr]
            place = area.items
        place.append(Item(text=text))
    elif field in (f.INITIATIVE_LABEL, f.INITIATIVE_TEXT):
        initiative = Initiative(label="Indsats", text="noget")
        field.set(initiative, text)
        assert isinstance(section, PurposeSection)
        section.initiatives.append(initiative)
    elif field in (f.AREA_TITLE, f.AREA_LEAD_IN):
        area = ResponsibilityArea(title="Ledelse")
        field.set(area, text)
        section.areas.append(area)  # type: ignore[union-attr]
    else:
        field.set(section, text)
    return doc


@pytest.mark.parametrize(
    ("guidance", "wording"),
    [(g, wording) for g in GUIDANCE for wording in (g.hint, *g.older)],
    ids=lambda value: value[:30] if isinstance(value, str) else "",
)
def test_every_wording_left_in_its_field_is_found(guidance: Guidance, wording: str) -> None:
    doc = _holding(guidance.part, guidance.field, guidance.priority, wording)
    found = leftovers(doc)
    assert [(x.spot.field, x.spot.text[x.start:x.end]) for x in found] == \
        [(guidance.field, wording)]
    assert [p.code for p in check(doc)].count("template-text") == 1


def test_a_guidance_sentence_inside_a_paragraph_is_found() -> None:
    intro = ("Rollen findes for medlemmerne. BESKRIV med et par  sætninger, hvorfor rollen "
             "findes, og hvordan den understøtter OS2's strategiske indsatser, som bestyrelsen "
             "fastlægger. Det er alt.")
    doc = _holding(SectionKind.PURPOSE, f.INTRO, None, intro)
    [found] = leftovers(doc)
    assert intro[found.start:found.end].startswith("BESKRIV med et par  sætninger")
    assert intro[found.end - 11:found.end] == "fastlægger."  # case, spaces, apostrophe differ


def test_a_sentence_that_only_begins_like_guidance_is_not_found() -> None:
    for text in ("Skriv den vigtigste kerneopgave her og nu.", "Vi: skriv den vigtigste",
                 "Ny rollefordeling"):
        doc = _holding(SectionKind.TASKS, f.ITEM_TEXT, Priority.MUST, text)
        assert leftovers(doc) == [], text


def test_older_wordings_can_be_added_to_the_catalogue() -> None:
    older = "Beskriv her, hvad rollen skal."
    doc = _holding(SectionKind.PURPOSE, f.INTRO, None, older)
    assert leftovers(doc) == []
    catalogue = (*GUIDANCE, Guidance(SectionKind.PURPOSE, f.INTRO, "Et tip.", older=(older,)))
    assert [x.guidance for x in leftovers(doc, catalogue)] == [older]
    assert older in sentences_of(catalogue)


def test_export_writes_the_file_and_warns_of_leftovers(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "rolle.md"
    text = fixture_text("reference.md").replace("- Vedligeholde datakataloget.",
                                                "- Skriv den vigtigste kerneopgave her.")
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "rolle.docx"
    assert main(["export", str(source), "-o", str(target)]) == 0
    assert target.stat().st_size > 0
    err = capsys.readouterr().err
    assert f"Warning: {source}:45: the template's guidance “Skriv den vigtigste kerneopgave " \
           "her.” is still in the text; write your own words instead" in err.splitlines()
    assert main(["export", str(FIXTURES / "reference.md"), "-o", str(tmp_path / "ok.docx")]) == 0
    assert "template" not in capsys.readouterr().err


def test_new_survives_a_round_trip_with_text_typed() -> None:
    doc = new_description()
    purpose = doc.purpose
    assert purpose is not None
    purpose.intro = "Rollen samler data."
    doc.front_matter.title = "Datakoordinator"
    out = dumps(doc)
    assert "title: Datakoordinator" in out
    assert "\n## Formål med stillingen\n\nRollen samler data.\n" in out
    assert loads(out) == doc
    assert not leftovers(doc)
