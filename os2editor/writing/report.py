"""The JSON of ``os2editor stats --json``: its shape, checked by pydantic as the data leaves.

Only the ``stats`` command imports this module.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from os2editor.model import Priority
from os2editor.writing.lix import Readability
from os2editor.writing.stats import DescriptionStats


class SectionReport(BaseModel):
    """One part, by its heading."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    heading: str
    words: int
    sentences: int
    long_words: int
    lix: float | None  # one decimal; None for a part with no words


class TaskCounts(BaseModel):
    """How many tasks stand under each priority; the keys are the priorities' own names."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    must: int = Field(alias="MUST")
    should: int = Field(alias="SHOULD")
    could: int = Field(alias="COULD")
    wont: int = Field(alias="WON'T")


class DescriptionReport(BaseModel):
    """One description."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    words: int
    sentences: int
    long_words: int
    lix: float | None
    band: str | None  # the Danish name of the band ("middel"); None when there are no words
    sections: list[SectionReport]
    tasks: TaskCounts


def _counts(readability: Readability) -> dict[str, int | float | None]:
    return {"words": readability.words, "sentences": readability.sentences,
            "long_words": readability.long_words, "lix": readability.shown}


def report(path: str, stats: DescriptionStats) -> DescriptionReport:
    whole = stats.readability
    return DescriptionReport.model_validate({
        "path": path,
        **_counts(whole),
        "band": None if whole.band is None else whole.band.danish,
        "sections": [{"heading": part.heading, **_counts(part.readability)}
                     for part in stats.sections],
        "tasks": {priority.value: stats.tasks.get(priority, 0) for priority in Priority},
    })


_REPORTS = TypeAdapter(list[DescriptionReport])


def dump(reports: list[DescriptionReport]) -> str:
    """The reports as a JSON array (UTF-8 text, not escaped), indented for people."""
    return _REPORTS.dump_json(reports, by_alias=True, indent=2).decode("utf-8")
