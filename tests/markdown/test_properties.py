"""Property tests: any text round-trips; any generated document survives dumps -> loads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from os2editor import ReadError
from os2editor.markdown import dumps, loads
from os2editor.model import (
    CollaborationSection,
    ConditionsSection,
    FreeSection,
    FunctionDescription,
    Initiative,
    Item,
    Priority,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    TasksSection,
)
from os2editor.model.validation import validate
from tests.helpers import FIXTURES, examples, fixture_text

LINES = st.sampled_from([
    "", "", "# Titel", "## Formål med stillingen", "## Arbejdsopgaver og prioritering",
    "## Øvrige forhold", "## Andet", "### MUST (skal løses)", "### SHOULD – vigtigt",
    "### 1. Område",
    "##### 2. Område", "- punkt", "- **Label** – tekst", "  - under", "* stjerne", "1. nummer",
    "Almindelig tekst med æøå – og ’.", "tekst med to mellemrum  ", "> citat", "| a | b |",
    "|---|---|", "---", "```", "{% include x.html %}", "<div>", "- Timetal: 37 timer pr. uge.",
    "    kode", "[ref]: https://example.org", "\t- tab", " ",
])


@st.composite
def markdown_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINES | st.text(max_size=20), max_size=40))
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = "---\ntitle: " + draw(st.sampled_from(["X", "'y'", "[z"])) + "\n---\n" + text
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.booleans()):
        text = "\ufeff" + text
    return text


@settings(max_examples=examples(300))
@given(markdown_texts())
def test_any_markdown_round_trips(text: str) -> None:
    try:
        doc = loads(text)
    except ReadError:
        return
    assert dumps(doc) == text
    assert_valid(doc)


def assert_valid(doc: FunctionDescription) -> None:
    """The reader builds nodes from text it typed itself; they must pass pydantic's check."""
    validate(doc)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.md")))
def test_every_fixture_reads_into_valid_nodes(name: str) -> None:
    assert_valid(loads(fixture_text(name)))


@settings(max_examples=examples(200))
@given(st.binary(max_size=200))
def test_any_bytes_read_or_raise_read_error(data: bytes) -> None:
    try:
        doc = loads(data)
    except ReadError:
        return
    assert dumps(doc) == data.decode("utf-8")


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ", min_size=1, max_size=8)
SENTENCE = st.lists(WORD, min_size=1, max_size=6).map(" ".join).map(lambda s: s + ".")
ITEMS = st.lists(SENTENCE.map(lambda s: Item(text=s)), max_size=4)


@st.composite
def documents(draw: st.DrawFn) -> FunctionDescription:
    title = draw(WORD)
    doc = FunctionDescription(h1=f"Funktionsbeskrivelse – {title} i OS2")
    doc.front_matter.title = title
    doc.front_matter.nav_order = draw(st.integers(0, 99))
    doc.sections.append(PurposeSection(
        heading="Formål med stillingen", intro=draw(SENTENCE),
        initiatives=draw(st.lists(st.builds(Initiative, label=WORD, text=SENTENCE), max_size=3))))
    doc.sections.append(ResponsibilitiesSection(heading="Ansvarsområde", areas=draw(st.lists(
        st.builds(ResponsibilityArea, title=WORD, items=ITEMS.filter(bool)), max_size=3))))
    tasks = TasksSection(heading="Arbejdsopgaver og prioritering", intro=draw(SENTENCE))
    for priority in (Priority.MUST, Priority.SHOULD, Priority.COULD):
        group = tasks.group(priority)
        group.items = draw(ITEMS.filter(bool))
        # a read document records every group's heading as written
        name = priority.value
        group.heading = draw(st.sampled_from([name, f"{name} (x)"]))
    doc.sections.append(tasks)
    doc.sections.append(CollaborationSection(heading="Samarbejdsrelationer", items=draw(ITEMS)))
    doc.sections.append(FreeSection(heading=draw(WORD), body=draw(SENTENCE)))
    doc.sections.append(ConditionsSection(heading="Øvrige forhold", items=draw(ITEMS)))
    return doc


@settings(max_examples=examples(150))
@given(documents())
def test_generated_documents_survive_a_round_trip(doc: FunctionDescription) -> None:
    assert loads(dumps(doc)) == doc


@settings(max_examples=examples(100))
@given(documents(), st.data())
def test_edits_to_a_read_document_survive_a_round_trip(doc: FunctionDescription,
                                                        data: st.DataObject) -> None:
    again = loads(dumps(doc))
    tasks = again.tasks
    assert tasks is not None
    if tasks.should:
        tasks.must.insert(0, tasks.should.pop(data.draw(st.integers(0, len(tasks.should) - 1))))
    tasks.could.append(Item(text=data.draw(SENTENCE)))
    assert loads(dumps(again)) == again
