"""The facts a library row shows from a page's front matter, checked where they enter.

Front matter is whatever a person typed in YAML: ``last_revised: snart`` or ``approved_by: 2025``
happen. Each fact is checked here with pydantic; a value that is not what it should be is left
out of the row and becomes a warning on its line, and the other facts still show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictFloat, StrictInt, ValidationError

from os2editor.messages import Message
from os2editor.model import FrontMatter
from os2editor.revision.facts import APPROVED_BY, LAST_REVISED, NEXT_REVISION, as_date

FACT_KEYS = (LAST_REVISED, APPROVED_BY, NEXT_REVISION)


def _day(value: Any) -> Any:
    """A YAML date, a datetime (its day) or an ISO text; anything else fails."""
    day = as_date(value)
    if day is None:
        raise ValueError("not a date")  # pydantic reports it
    return day


def _name(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    raise ValueError("not a name")


Day = Annotated[dt.date, BeforeValidator(_day)]
Name = Annotated[str | None, BeforeValidator(_name)]


class PageFacts(BaseModel):
    """Title, place in the site and approval of one page."""

    model_config = ConfigDict(frozen=True, strict=True)

    title: str | None = None
    parent: str | None = None
    nav_order: StrictInt | StrictFloat | None = None
    last_revised: Day | None = None
    approved_by: Name = None
    next_revision: Day | None = None

    def due(self, today: dt.date) -> bool:
        """True when the next revision is today or earlier."""
        return self.next_revision is not None and self.next_revision <= today


@dataclass(frozen=True)
class FactProblem:
    """A front matter value that is not what its key needs."""

    key: str
    message: Message


def page_facts(front: FrontMatter) -> tuple[PageFacts, list[FactProblem]]:
    """The facts of ``front`` and a problem for each value left out."""
    nav_order = front.nav_order
    values: dict[str, Any] = {
        "title": front.title,
        "parent": front.parent,
        # checks.check already warns about a nav_order that is not a number.
        "nav_order": nav_order if _is_number(nav_order) else None,
    }
    for key in FACT_KEYS:
        if front.extra.get(key) is not None:
            values[key] = front.extra[key]
    problems: list[FactProblem] = []
    while True:
        try:
            return PageFacts.model_validate(values), problems
        except ValidationError as error:
            bad = {str(each["loc"][0]) for each in error.errors()}
            for key in sorted(bad):
                code = "fact-not-name" if key == APPROVED_BY else "fact-not-date"
                problems.append(FactProblem(key, Message.of(code, key=key, value=values[key])))
                values.pop(key)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
