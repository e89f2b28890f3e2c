"""A kramdown attribute list after a heading (``## Formål med stillingen {#formaal}``) names no
other part: the section is still the purpose, and its heading is written back byte for byte."""

from __future__ import annotations

import pytest

from os2editor.edits import SetValue
from os2editor.markdown import dumps, loads
from os2editor.model import SectionKind, fields, kind_of

IDS = """---
title: Tester
---

# Funktionsbeskrivelse – Tester i OS2 {#top}

## Formål med stillingen {#formaal}

Formålet er at teste.

- **Kvalitet** – færre fejl.

## Ansvarsområde {: .no_toc }

### 1. Test {#test}

- Teste alt.

## Arbejdsopgaver og prioritering {#opgaver}

### MUST {#must}

- Skrive tests.

## Øvrige forhold (intern) {:.note}{#oevrigt}

- Timetal: 37 timer pr. uge.
"""


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Formål med stillingen {#formaal}", SectionKind.PURPOSE),
        ("Formål med stillingen{: .no_toc }", SectionKind.PURPOSE),
        ("Ansvarsområde {.note}", SectionKind.RESPONSIBILITIES),
        ("Øvrige forhold (intern) {:.note}{#oevrigt}", SectionKind.CONDITIONS),
        ("Faglige kvalifikationer: {#faglige}", SectionKind.PROFESSIONAL),
        ("Noter {#formaal}", SectionKind.FREE),  # an id names nothing
        ("{#formaal}", SectionKind.FREE),
    ],
)
def test_a_trailing_attribute_list_is_not_part_of_the_name(heading: str, kind: SectionKind) -> None:
    assert kind_of(heading) is kind


def test_sections_with_ids_are_read_as_their_parts_and_written_back_byte_for_byte() -> None:
    doc = loads(IDS)
    assert [section.kind for section in doc.sections] == [
        SectionKind.PURPOSE, SectionKind.RESPONSIBILITIES, SectionKind.TASKS,
        SectionKind.CONDITIONS,
    ]
    assert dumps(doc) == IDS
    purpose = doc.sections[0]
    assert purpose.heading == "Formål med stillingen {#formaal}"  # the model keeps it as written
    initiative = doc.purpose.initiatives[0] if doc.purpose is not None else None
    assert initiative is not None
    SetValue(fields.INITIATIVE_TEXT, initiative, "langt færre fejl.").apply()
    item = doc.tasks.must[0] if doc.tasks is not None else None
    assert item is not None
    SetValue(fields.ITEM_TEXT, item, "Skrive flere tests.").apply()
    changed = dumps(doc).splitlines()
    before = IDS.splitlines()
    assert [i for i, (a, b) in enumerate(zip(before, changed, strict=True)) if a != b] == [
        before.index("- **Kvalitet** – færre fejl."), before.index("- Skrive tests."),
    ]
    # A heading renamed keeps what the person typed, the attribute list included.
    SetValue(fields.HEADING, purpose, "Formål med rollen {#formaal}").apply()
    assert "## Formål med rollen {#formaal}\n" in dumps(doc)
    assert loads(dumps(doc)).sections[0].kind is SectionKind.PURPOSE
