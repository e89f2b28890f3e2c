"""Revision facts kept in the front matter: when the description was last revised and approved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from os2editor.model import FunctionDescription

LAST_REVISED = "last_revised"
APPROVED_BY = "approved_by"
NEXT_REVISION = "next_revision"


@dataclass(frozen=True)
class RevisionFacts:
    """``last_revised`` and ``next_revision`` are dates, ``approved_by`` who approved it."""

    last_revised: dt.date | None
    approved_by: str | None
    next_revision: dt.date | None


def revision_facts(doc: FunctionDescription) -> RevisionFacts:
    """The revision facts from the front matter; a missing or unreadable date is None."""
    extra = doc.front_matter.extra
    approved_by = extra.get(APPROVED_BY)
    return RevisionFacts(
        last_revised=as_date(extra.get(LAST_REVISED)),
        approved_by=None if approved_by is None else str(approved_by).strip() or None,
        next_revision=as_date(extra.get(NEXT_REVISION)),
    )


def mark_approved(doc: FunctionDescription, approved_by: str, today: dt.date) -> RevisionFacts:
    """Record an approval today: revised today, approved by ``approved_by``, next in a year.

    Existing keys keep their place in the front matter; new ones go at its end.
    """
    extra = doc.front_matter.extra
    extra[LAST_REVISED] = today
    extra[APPROVED_BY] = approved_by
    extra[NEXT_REVISION] = one_year_after(today)
    return revision_facts(doc)


def one_year_after(day: dt.date) -> dt.date:
    """The same day next year; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def as_date(value: Any) -> dt.date | None:
    """A YAML date (``datetime.date``), a datetime, or an ISO date string; else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
