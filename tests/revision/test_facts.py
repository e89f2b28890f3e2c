"""Revision facts in the front matter: their dates, and the next revision's default day."""

from __future__ import annotations

import datetime as dt

from os2editor.markdown import loads
from os2editor.revision.facts import as_date, one_year_after

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


def test_dates_are_read_from_yaml_dates_and_iso_strings() -> None:
    extra = loads(DOC).front_matter.extra
    assert as_date(extra["last_revised"]) == dt.date(2024, 5, 1)
    assert as_date(extra["next_revision"]) == dt.date(2025, 5, 1)


def test_missing_or_unreadable_dates_are_none() -> None:
    extra = loads("---\ntitle: X\nlast_revised: snart\n---\n\n# X\n").front_matter.extra
    assert as_date(extra["last_revised"]) is None
    assert as_date(extra.get("next_revision")) is None


def test_one_year_after_a_leap_day() -> None:
    assert one_year_after(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


def test_as_date_accepts_datetimes() -> None:
    assert as_date(dt.datetime(2025, 3, 4, 10, 0)) == dt.date(2025, 3, 4)
    assert as_date(20250304) is None
