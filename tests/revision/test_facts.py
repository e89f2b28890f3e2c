"""Revision facts in the front matter: reading them and marking a version approved."""

from __future__ import annotations

import datetime as dt

from os2editor.markdown import dumps, loads
from os2editor.revision import mark_approved, revision_facts
from os2editor.revision.facts import RevisionFacts, as_date, one_year_after

DOC = """---
title: Sekretær
layout: default
last_revised: 2024-05-01
approved_by: Bestyrelsen
next_revision: "2025-05-01"
---

# Funktionsbeskrivelse – Sekretær

## Formål med stillingen

Tekst.
"""


def test_facts_are_read_from_yaml_dates_and_iso_strings() -> None:
    facts = revision_facts(loads(DOC))
    assert facts == RevisionFacts(dt.date(2024, 5, 1), "Bestyrelsen", dt.date(2025, 5, 1))


def test_missing_or_unreadable_facts_are_none() -> None:
    doc = loads("---\ntitle: X\nlast_revised: snart\n---\n\n# X\n")
    assert revision_facts(doc) == RevisionFacts(None, None, None)


def test_mark_approved_updates_keys_in_place() -> None:
    doc = loads(DOC)
    facts = mark_approved(doc, "Bestyrelsen 12.06.2025", dt.date(2025, 6, 12))
    assert facts == RevisionFacts(
        dt.date(2025, 6, 12), "Bestyrelsen 12.06.2025", dt.date(2026, 6, 12)
    )
    assert revision_facts(loads(dumps(doc))) == facts
    assert list(doc.front_matter.extra) == ["last_revised", "approved_by", "next_revision"]


def test_mark_approved_adds_new_keys_at_the_end_of_the_front_matter() -> None:
    doc = loads("---\ntitle: X\nlayout: default\n---\n\n# X\n")
    mark_approved(doc, "Bestyrelsen", dt.date(2025, 1, 31))
    text = dumps(doc)
    front = text.split("---")[1]
    assert front.strip().splitlines() == [
        "title: X",
        "layout: default",
        "last_revised: 2025-01-31",
        "approved_by: Bestyrelsen",
        "next_revision: 2026-01-31",
    ]
    assert revision_facts(loads(text)).next_revision == dt.date(2026, 1, 31)


def test_one_year_after_a_leap_day() -> None:
    assert one_year_after(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


def test_as_date_accepts_datetimes() -> None:
    assert as_date(dt.datetime(2025, 3, 4, 10, 0)) == dt.date(2025, 3, 4)
    assert as_date(20250304) is None
