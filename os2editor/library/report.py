"""JSON out of the library's commands, through pydantic models (loaded by these commands only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, TypeAdapter

if TYPE_CHECKING:
    from os2editor.library.catalog import Row


class StatusRow(BaseModel):
    """One description in ``os2editor status --json``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str  # relative to DIR, with "/"
    title: str | None
    last_revised: dt.date | None
    approved_by: str | None
    next_revision: dt.date | None
    due: bool
    changed: bool | None
    warnings: int
    error: str | None

    @classmethod
    def of(cls, row: Row) -> StatusRow:
        facts = row.facts
        return cls(
            path=row.name,
            title=row.title if row.error is None else None,
            last_revised=facts.last_revised if facts is not None else None,
            approved_by=facts.approved_by if facts is not None else None,
            next_revision=facts.next_revision if facts is not None else None,
            due=row.due,
            changed=row.changed,
            warnings=row.warnings,
            error=row.error.reason if row.error is not None else None,
        )


_ROWS = TypeAdapter(list[StatusRow])


def status_json(rows: Sequence[Row]) -> str:
    """The rows as a JSON array (dates as ISO text, UTF-8 as it is)."""
    return _ROWS.dump_json([StatusRow.of(row) for row in rows], indent=2).decode("utf-8")
