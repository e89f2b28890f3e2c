"""Revision facts kept in the front matter: when the description was last revised and approved.

The keys, the next revision's default day, and the dates read from YAML. The library reads
them (:mod:`os2editor.library.facts`) and records an approval
(:mod:`os2editor.library.approval`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

LAST_REVISED = "last_revised"
APPROVED_BY = "approved_by"
NEXT_REVISION = "next_revision"


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
