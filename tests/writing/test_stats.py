"""Readability of parts and of whole descriptions, through the document walk."""

from __future__ import annotations

from os2editor.edits import DocumentEditor, SetValue
from os2editor.markdown import loads
from os2editor.model import (
    FunctionDescription,
    Initiative,
    Item,
    Priority,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    TasksSection,
)
from os2editor.model import fields as f
from os2editor.writing.lix import Readability, readability
from os2editor.writing.stats import (
    description_stats,
    document_readability,
    longest_sentences,
    part_long_words,
    section_readability,
)
from tests.helpers import fixture_text
from tests.writing.samples import TESTER, TESTER_SECTIONS


def test_a_description_counted_by_hand() -> None:
    stats = description_stats(loads(TESTER))
    assert stats.readability == Readability(words=15, sentences=5, long_words=7)
    assert stats.readability.shown == 49.7
    assert [(part.heading, part.readability.words, part.readability.sentences,
             part.readability.long_words, part.readability.shown) for part in stats.sections] == \
        [tuple(part.values()) for part in TESTER_SECTIONS]
    assert stats.tasks == {Priority.MUST: 1, Priority.SHOULD: 0, Priority.COULD: 1,
                           Priority.WONT: 0}


def test_headings_and_titles_are_not_counted() -> None:
    area = ResponsibilityArea(title="Et meget langt overskriftsagtigt ansvarsområde",
                              items=[Item(text="Lede mødet.")])
    tasks = TasksSection.of(must=[Item(text="Skrive referat.")],
                            headings={Priority.MUST: "MUST (skal løses uanset hvad)"})
    doc = FunctionDescription(h1="Funktionsbeskrivelse – Overskriftsrolle i OS2", sections=[
        ResponsibilitiesSection(heading="Ansvarsområde", areas=[area]), tasks])
    assert document_readability(doc) == Readability(words=4, sentences=2, long_words=1)
    assert section_readability(doc.sections[0]) == Readability(2, 1, 0)


def test_an_initiative_is_one_list_item() -> None:
    purpose = PurposeSection(heading="Formål med stillingen", initiatives=[
        Initiative(label="Forbedre tilbud", text="styrke onboarding")])
    # "Forbedre tilbud – styrke onboarding": one sentence, although neither part ends in "."
    assert section_readability(purpose) == Readability(words=4, sentences=1, long_words=2)


def test_the_whole_is_its_parts_and_the_text_before_them() -> None:
    doc = loads(fixture_text("appendix.md"))
    stats = description_stats(doc)
    before = readability(doc.preamble) + readability(doc.lead)
    total = before
    for index, part in enumerate(stats.sections):
        assert part.readability == section_readability(doc.sections[index])
        total += part.readability
    assert stats.readability == total == document_readability(doc)
    assert before.words > 0  # the fixture has text before its first part


def test_live_lix_follows_each_edit() -> None:
    doc = loads(fixture_text("reference.md"))
    tasks = doc.tasks
    assert tasks is not None
    editor = DocumentEditor(doc)
    before = section_readability(tasks)
    inverse = editor.apply(SetValue(f.ITEM_TEXT, tasks.must[0],
                                    "Vedligeholde datakataloget. Og nu ét ord mere"))
    assert section_readability(tasks) == before + Readability(words=5, sentences=1)
    editor.apply(inverse)
    assert section_readability(tasks) == before


def test_longest_sentences_first_then_in_reading_order() -> None:
    doc = loads(TESTER)
    marked = longest_sentences(doc.sections[0], count=3)
    assert [(m.spot.text[m.start:m.end], m.words) for m in marked] == [
        ("Rollen tester programmer.", 3), ("Den skriver rapporter!", 3),
        ("finde fejl tidligt.", 3)]  # the initiative's text; its label is a field of its own
    assert [m.spot.field for m in marked] == [f.INTRO, f.INTRO, f.INITIATIVE_TEXT]
    assert longest_sentences(doc.sections[1], count=1)[0].spot.text == "Teste nye versioner."


def test_the_long_words_of_a_part_point_into_their_fields() -> None:
    doc = loads(TESTER)
    marked = part_long_words(doc.sections[0])
    assert [m.spot.text[m.start:m.end] for m in marked] == [
        "programmer", "skriver", "rapporter", "Kvalitet", "tidligt"]
    assert [m.spot.field for m in marked][-2:] == [f.INITIATIVE_LABEL, f.INITIATIVE_TEXT]
