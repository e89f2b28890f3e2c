"""The semantic diff: what was added, removed, edited and moved, and where it is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from os2editor.model import (
    ConditionsSection,
    FreeSection,
    FunctionDescription,
    Item,
    PersonalSection,
    Priority,
    ProfessionalSection,
    ResponsibilitiesSection,
    TasksSection,
)
from os2editor.model import fields as f
from os2editor.revision import Change, ChangeKind, describe, diff
from os2editor.revision.changes import Derived, FrontMatterKey
from os2editor.revision.words import new_text, old_text
from tests.helpers import examples
from tests.revision.helpers import fixture, resolve, text_of

ADDED, REMOVED, EDITED, MOVED = (
    ChangeKind.ADDED,
    ChangeKind.REMOVED,
    ChangeKind.EDITED,
    ChangeKind.MOVED,
)


@pytest.fixture(scope="module")
def clerk() -> tuple[FunctionDescription, FunctionDescription, list[Change]]:
    old, new = fixture("clerk-old.md"), fixture("clerk-new.md")
    return old, new, diff(old, new)


def find(changes: list[Change], kind: ChangeKind, field: str, text: str = "") -> Change:
    found = [c for c in changes if c.kind is kind and c.field == field and text in c.text]
    assert len(found) == 1, (kind, field, text, changes)
    return found[0]


def test_identical_documents_have_no_changes() -> None:
    doc = fixture("clerk-new.md")
    assert diff(doc, fixture("clerk-new.md")) == []


def test_chief_older_version_to_newer_lists_every_change_in_danish() -> None:
    lines = [describe(c) for c in diff(fixture("chief-2024.md"), fixture("chief-2025.md"))]
    assert lines == [
        'Titel ændret: »Funktionsbeskrivelse – Foreningschef i Fællesskabet« → »Foreningschef«',
        'Afsnit omdøbt: »Arbejdsopgaver og prioritering (MUST, SHOULD, COULD)« → '
        '»Arbejdsopgaver og prioritering«',
        "Indledning tilføjet i Arbejdsopgaver og prioritering: "
        '»For at skabe klarhed bruges prioriteringsmodellen **MUST, SHOULD, ...«',
        'Overskrift for MUST ændret: »MUST« → »MUST (skal løses for at foreningen kan fungere)«',
        'Overskrift for SHOULD ændret: »SHOULD« → »SHOULD (bør løses, når der er ressourcer)«',
        'Overskrift for COULD ændret: »COULD« → »COULD (kan løses, når der er ekstra tid)«',
    ]


def test_task_moved_from_should_to_must(clerk: tuple[object, object, list[Change]]) -> None:
    change = find(clerk[2], MOVED, "task", "Afholde workshops")
    assert (change.source, change.target) == ("SHOULD", "MUST")
    assert change.path == (3, Priority.MUST, f.GROUP_ITEMS, 0)
    assert describe(change) == (
        'Opgave flyttet fra SHOULD til MUST: »Afholde workshops for nye medlemmer om '
        'foreningens værktøjer.«'
    )
    assert describe(change, "en").startswith("Task moved from SHOULD to MUST: ")


def test_task_moved_down_to_could(clerk: tuple[object, object, list[Change]]) -> None:
    change = find(clerk[2], MOVED, "task", "nyhedsbreve")
    assert (change.source, change.target) == ("SHOULD", "COULD")
    assert change.path == (3, Priority.COULD, f.GROUP_ITEMS, 1)


def test_edited_task_carries_its_word_diff(clerk: tuple[object, object, list[Change]]) -> None:
    change = find(clerk[2], EDITED, "task", "henvendelser")
    assert change.group == "MUST"
    assert ("delete", "to") in change.words and ("insert", "tre") in change.words
    assert old_text(change.words) == change.old and new_text(change.words) == change.new
    assert describe(change) == (
        'Opgave ændret under MUST: »... fra medlemmerne inden for [-to-]{+tre+} dage.«'
    )


def test_weekly_hours_is_one_change(clerk: tuple[object, object, list[Change]]) -> None:
    change = find(clerk[2], EDITED, "weekly_hours")
    assert (change.old, change.new, change.path) == ("37", "30", (6, Derived.WEEKLY_HOURS))
    assert describe(change) == "Timetal ændret: 37 → 30"
    assert describe(change, "en") == "Weekly hours changed: 37 → 30"
    # The hours item is not reported a second time as an edited condition.
    assert not [c for c in clerk[2] if c.part == "conditions" and c.field == "item"]


def test_section_added(clerk: tuple[object, object, list[Change]]) -> None:
    change = find(clerk[2], ADDED, "section")
    assert (change.part, change.path, change.new) == ("free", (1,), "Ansvarsfordeling")
    assert describe(change) == "Afsnit tilføjet: Ansvarsfordeling"


def test_qualifications_added_and_removed(clerk: tuple[object, object, list[Change]]) -> None:
    added = find(clerk[2], ADDED, "item", "mødeværktøjer")
    assert (added.part, added.path) == ("professional", (4, f.LIST_ITEMS, 2))
    assert (
        describe(added) == 'Faglig kvalifikation tilføjet: »Kendskab til digitale mødeværktøjer.«'
    )
    removed = find(clerk[2], REMOVED, "item", "Grundig")
    assert (removed.part, removed.path) == ("personal", (5, f.LIST_ITEMS, 1))
    assert describe(removed) == 'Personlig kvalifikation fjernet: »Grundig og pålidelig.«'


def test_areas_renamed_added_removed_and_items_moved_between_them(
    clerk: tuple[object, object, list[Change]],
) -> None:
    changes = clerk[2]
    renamed = find(changes, EDITED, "area")
    assert (renamed.old, renamed.new) == ("Administration", "Administration og medlemsservice")
    assert find(changes, ADDED, "area").new == "Kommunikation"
    assert find(changes, REMOVED, "area").old == "Arkiv"
    moved = find(changes, MOVED, "area_item", "Arkivere")
    assert (moved.source, moved.target) == ("Arkiv", "Administration og medlemsservice")
    reordered = find(changes, MOVED, "area_item", "invitationer")
    assert (reordered.source, reordered.target, reordered.reordered) == (2, 1, True)
    assert describe(reordered) == (
        'Ansvar flyttet fra plads 2 til 1 under »Arrangementer«: »Sende invitationer ud.«'
    )


def test_front_matter_h1_and_prose(clerk: tuple[object, object, list[Change]]) -> None:
    changes = clerk[2]
    nav_order = [c for c in changes if c.path == (FrontMatterKey("nav_order"),)]
    assert [(c.kind, c.old, c.new) for c in nav_order] == [(EDITED, "4", "5")]
    assert find(changes, ADDED, "key", "Bestyrelsen").path == (FrontMatterKey("approved_by"),)
    revised = find(changes, EDITED, "key", "2025")
    assert (revised.old, revised.new) == ("2024-05-01", "2025-05-01")
    assert find(changes, EDITED, "h1").new == "Funktionsbeskrivelse – Sekretær i OS2-fællesskabet"
    intro = find(changes, EDITED, "intro")
    assert ("insert", "og digitale ") in intro.words


def test_initiatives(clerk: tuple[object, object, list[Change]]) -> None:
    changes = clerk[2]
    assert find(changes, EDITED, "initiative", "service").words[-2] == ("insert", "alle ")
    assert (
        find(changes, REMOVED, "initiative").old == "Ordnede arkiver – dokumenter kan altid findes."
    )
    assert (
        find(changes, ADDED, "initiative").new == "Digitale arbejdsgange – færre papirblanketter."
    )


def test_every_path_leads_to_its_field_in_new_and_old(
    clerk: tuple[FunctionDescription, FunctionDescription, list[Change]],
) -> None:
    old, new, changes = clerk
    for change in changes:
        if change.kind is not ChangeKind.REMOVED:
            assert text_of(resolve(new, change.path)) == change.new, change
        if change.kind is ChangeKind.ADDED:
            assert change.old_path == ()
        else:
            assert text_of(resolve(old, change.old_path)) == change.old, change


def test_removed_item_path_is_its_list_in_new_with_its_index_in_old() -> None:
    old, new = fixture("clerk-old.md"), fixture("clerk-new.md")
    removed = find(diff(old, new), REMOVED, "item", "Grundig")
    assert removed.path == (5, f.LIST_ITEMS, 1)  # Personlige kvalifikationer is section 5 in NEW
    assert removed.old_path == (4, f.LIST_ITEMS, 1)  # and section 4 in OLD


def test_changes_are_frozen() -> None:
    change = Change(ChangeKind.ADDED, "tasks", "task", (0, "must", 0), new="x")
    with pytest.raises(AttributeError):
        change.new = "y"  # type: ignore[misc]


def tasks(**lists: list[str]) -> FunctionDescription:
    items = {name: [Item(text=t) for t in texts] for name, texts in lists.items()}
    return FunctionDescription(h1="X", sections=[TasksSection.of(**items)])


def test_reordering_within_a_priority_is_a_move_by_position() -> None:
    old = tasks(must=["Alfa opgave.", "Beta opgave.", "Gamma opgave."])
    new = tasks(must=["Gamma opgave.", "Alfa opgave.", "Beta opgave."])
    changes = diff(old, new)
    assert [(c.kind, c.text, c.source, c.target) for c in changes] == [
        (MOVED, "Gamma opgave.", 3, 1)
    ]
    assert describe(changes[0]) == 'Opgave flyttet fra plads 3 til 1 under MUST: »Gamma opgave.«'


def test_an_inserted_task_does_not_move_the_others() -> None:
    old = tasks(must=["Alfa opgave.", "Beta opgave."])
    new = tasks(must=["Ny opgave helt anderledes.", "Alfa opgave.", "Beta opgave."])
    assert [(c.kind, c.text) for c in diff(old, new)] == [(ADDED, "Ny opgave helt anderledes.")]


def test_moved_and_edited_task_is_reported_twice() -> None:
    old = tasks(should=["Afholde workshops for medlemmerne."])
    new = tasks(must=["Afholde workshops for alle medlemmerne."])
    kinds = [(c.kind, c.source, c.target) for c in diff(old, new)]
    assert (MOVED, "SHOULD", "MUST") in kinds and (EDITED, None, None) in kinds


def test_wont_keeps_its_apostrophe() -> None:
    change = diff(
        tasks(could=["Lave podcast om foreningen."]), tasks(wont=["Lave podcast om foreningen."])
    )[-1]
    assert describe(change) == "Opgave flyttet fra COULD til WON'T: »Lave podcast om foreningen.«"


def test_dissimilar_text_is_a_removal_and_an_addition() -> None:
    changes = diff(
        tasks(must=["Skrive referater."]), tasks(must=["Planlægge generalforsamlingen."])
    )
    assert [c.kind for c in changes] == [REMOVED, ADDED]


def test_nested_items_are_compared_under_their_parent() -> None:
    def conditions(children: list[str]) -> FunctionDescription:
        item = Item(text="Arbejdstid:", children=[Item(text=t) for t in children])
        return FunctionDescription(
            sections=[ConditionsSection(heading="Øvrige forhold", items=[item])]
        )

    changes = diff(conditions(["Fleksibel.", "Hjemmearbejde."]), conditions(["Fleksibel."]))
    assert [(c.kind, c.path, c.old) for c in changes] == [
        (REMOVED, (0, f.LIST_ITEMS, 0, f.CHILDREN, 1), "Hjemmearbejde.")
    ]


def test_hours_added_and_decimal_hours() -> None:
    def hours(items: list[str]) -> FunctionDescription:
        return FunctionDescription(
            sections=[
                ConditionsSection(heading="Øvrige forhold", items=[Item(text=t) for t in items])
            ]
        )

    added = diff(
        hours(["Refererer til chefen."]),
        hours(["Timetal: 18,5 timer pr. uge.", "Refererer til chefen."]),
    )
    assert [describe(c) for c in added] == ["Timetal tilføjet: 18,5"]
    same = diff(hours(["Timetal: 37 timer pr. uge."]), hours(["Timetal: 37 timer pr. uge"]))
    assert [c.field for c in same] == ["item"]


def test_free_section_body_and_section_moves() -> None:
    free = FreeSection(heading="Ansvarsfordeling", body="Chefen har ansvaret for budgettet.\n")
    edited = FreeSection(heading="Ansvarsfordeling", body="Chefen har ansvaret for økonomien.\n")
    personal = PersonalSection(heading="Personlige kvalifikationer", items=[Item(text="Rolig.")])
    professional = ProfessionalSection(heading="Faglige kvalifikationer")
    old = FunctionDescription(sections=[free, personal, professional])
    new = FunctionDescription(sections=[professional, edited, personal])
    lines = [describe(c) for c in diff(old, new)]
    assert lines == [
        "Afsnit flyttet fra plads 3 til 1: Faglige kvalifikationer",
        'Tekst ændret i Ansvarsfordeling: »Chefen har ansvaret for [-budgettet-]{+økonomien+}.«',
    ]


def test_removed_section_and_flat_responsibilities() -> None:
    flat = ResponsibilitiesSection(heading="Ansvarsområde", items=[Item(text="Drift af lokaler.")])
    grown = ResponsibilitiesSection(
        heading="Ansvarsområde", items=[Item(text="Drift af lokaler og udstyr.")]
    )
    free = FreeSection(heading="Forudsætninger for rollen", body="Kørekort.")
    lines = [
        describe(c, "en")
        for c in diff(
            FunctionDescription(sections=[free, flat]), FunctionDescription(sections=[grown])
        )
    ]
    assert lines == [
        "Section removed: Forudsætninger for rollen",
        'Responsibility changed: “Drift af lokaler{+ og udstyr+}.”',
    ]


WORDS = ["Lede", "holdet", "møder", "budget", "medlemmer", "nye", "og", "for", "alle"]
TASK = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(lambda w: " ".join(w) + ".")
LISTS = st.tuples(*(st.lists(TASK, max_size=4) for _ in range(4)))


@settings(max_examples=examples(60))
@given(LISTS, LISTS)
def test_any_task_lists_give_describable_changes_with_working_paths(
    old_lists: tuple[list[str], ...], new_lists: tuple[list[str], ...]
) -> None:
    names = ("must", "should", "could", "wont")
    old = tasks(**dict(zip(names, old_lists, strict=True)))
    new = tasks(**dict(zip(names, new_lists, strict=True)))
    changes = diff(old, new)
    for change in changes:
        assert describe(change) and describe(change, "en")
        if change.field == "task" and change.kind is not ChangeKind.REMOVED:
            assert text_of(resolve(new, change.path)) == change.new
        if change.field == "task" and change.kind is not ChangeKind.ADDED:
            assert text_of(resolve(old, change.old_path)) == change.old
    # Every task of OLD is accounted for: kept, moved, edited or removed.
    removed = sum(1 for c in changes if c.kind is REMOVED and c.field == "task")
    added = sum(1 for c in changes if c.kind is ADDED and c.field == "task")
    assert sum(map(len, old_lists)) - removed == sum(map(len, new_lists)) - added
    assert (changes == []) == (old == new)


def test_an_item_after_a_changed_hours_item_keeps_its_own_index() -> None:
    """The hours item is reported as the hours change and left out of the item matching; the
    items after it still point at themselves, in NEW and in OLD."""

    def conditions(texts: list[str]) -> FunctionDescription:
        items = [Item(text=text) for text in texts]
        return FunctionDescription(sections=[ConditionsSection(heading="Øvrige", items=items)])

    old = conditions(["Timetal: 37 timer pr. uge.", "Fleksibel arbejdstid.", "Ingen rejser."])
    new = conditions(["Timetal: 30 timer pr. uge.", "Fleksibel arbejdstid.", "Få rejser."])
    changes = diff(old, new)
    assert [c.field for c in changes] == ["weekly_hours", "item"]
    edited = changes[1]
    assert edited.path == (0, f.LIST_ITEMS, 2) and edited.old_path == (0, f.LIST_ITEMS, 2)
    assert text_of(resolve(new, edited.path)) == "Få rejser."
    assert text_of(resolve(old, edited.old_path)) == "Ingen rejser."
