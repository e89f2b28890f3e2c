"""The board pack's cover, in every format: its fixed texts, the table of roles and what
changed, and the pack's language (:mod:`os2editor.library.pack` writes it in Word,
:mod:`os2editor.library.pack_pdf` as PDF). No python-docx and no Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from os2editor.docx.blocks import (
    Block,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
    Title,
    blocks_for,
)
from os2editor.docx.inline import parse_inline
from os2editor.docx.language import document_language, texts_for
from os2editor.docx.properties import DEFAULT_ORGANISATION, identity
from os2editor.library.approval import danish_date
from os2editor.library.baseline import BaselineKind, Resolved
from os2editor.library.rounds import RoleChanges, Round, Status
from os2editor.revision.changes import ChangeKind


@dataclass(frozen=True)
class PackTexts:
    """The fixed texts of a board pack in one language."""

    title: str
    header: str
    date: str  # {date}
    baseline: str  # {baseline}
    approval: str
    revision: str  # {revision} {sha} {date}
    day: str  # {date} {sha}
    overview: str
    columns: tuple[str, ...]
    status: dict[Status, str]
    task_counts: tuple[tuple[str, str], ...]  # added, removed, edited, moved: one, several
    no_tasks: str
    unchanged: str
    all_changed: str
    changed_follow: str  # in Word: tracked changes
    changed_follow_marked: str  # in PDF: the changes marked in colour
    none_changed: str


PACK_TEXTS = {
    "da": PackTexts(
        title="Funktionsbeskrivelser til bestyrelsen",
        header="Bestyrelsespakke",
        date="Dato: {date}",
        baseline="Ændringer siden: {baseline}",
        approval="hver funktionsbeskrivelses seneste godkendelse",
        revision="{revision} (commit {sha} fra {date})",
        day="{date} (commit {sha})",
        overview="Oversigt",
        columns=("Funktionsbeskrivelse", "Status", "Opgaver", "Timer pr. uge"),
        status={Status.CHANGED: "Ændret", Status.UNCHANGED: "Uændret", Status.NEW: "Ny",
                Status.REMOVED: "Fjernet"},
        task_counts=(("{n} ny", "{n} nye"), ("{n} fjernet", "{n} fjernede"),
                     ("{n} ændret", "{n} ændrede"), ("{n} flyttet", "{n} flyttede")),
        no_tasks="uændrede",
        unchanged="Uændrede funktionsbeskrivelser",
        all_changed="Alle funktionsbeskrivelser er ændret.",
        changed_follow="De ændrede funktionsbeskrivelser følger, hver på sin egen side, med "
        "ændringerne som sporede ændringer.",
        changed_follow_marked="De ændrede funktionsbeskrivelser følger, hver på sin egen side, "
        "med ændringerne markeret.",
        none_changed="Ingen funktionsbeskrivelser er ændret.",
    ),
    "en": PackTexts(
        title="Role descriptions for the board",
        header="Board pack",
        date="Date: {date}",
        baseline="Changes since: {baseline}",
        approval="each description's last approval",
        revision="{revision} (commit {sha} of {date})",
        day="{date} (commit {sha})",
        overview="Overview",
        columns=("Role description", "Status", "Tasks", "Hours a week"),
        status={Status.CHANGED: "Changed", Status.UNCHANGED: "Unchanged", Status.NEW: "New",
                Status.REMOVED: "Removed"},
        task_counts=(("{n} new", "{n} new"), ("{n} removed", "{n} removed"),
                     ("{n} edited", "{n} edited"), ("{n} moved", "{n} moved")),
        no_tasks="unchanged",
        unchanged="Unchanged role descriptions",
        all_changed="Every role description has changed.",
        changed_follow="The changed role descriptions follow, each on its own page, with the "
        "changes as tracked changes.",
        changed_follow_marked="The changed role descriptions follow, each on its own page, "
        "with the changes marked.",
        none_changed="No role description has changed.",
    ),
}


def pack_language(review: Round, language: str | None = None) -> tuple[str, str]:
    """The pack's language ("da" or "en": ``language``, else its first role's) and the
    organisation it is for (the first role's, else OS2)."""
    first = next((r.new or r.old for r in review.roles if r.new or r.old), None)
    if first is None:
        return language or "da", DEFAULT_ORGANISATION
    return language or document_language(first, blocks_for(first)), identity(first).organisation


def cover_blocks(review: Round, texts: PackTexts, day: dt.date, language: str, *,
                 tracked: bool = True) -> list[Block]:
    """The cover: title, date, baseline, the table of roles and the unchanged ones; the last
    line says how the changes are shown (``tracked``: as Word's tracked changes)."""
    blocks: list[Block] = [
        Title((Run(texts.title),)),
        Paragraph((Run(texts.date.format(date=_date(day, language))),)),
        Paragraph((Run(texts.baseline.format(baseline=baseline_label(review.baseline, texts,
                                                                         language))),)),
        Heading(1, (Run(texts.overview),)),
    ]
    header = tuple((Run(text),) for text in texts.columns)
    rows = tuple(_row(role, texts) for role in review.roles)
    blocks.append(Table((header, *rows), header_rows=1))
    blocks.append(Heading(1, (Run(texts.unchanged),)))
    unchanged = review.unchanged
    if unchanged:
        blocks += [ListItem(0, parse_inline(role.title), 1) for role in unchanged]
    else:
        blocks.append(Paragraph((Run(texts.all_changed),)))
    follow = texts.changed_follow if tracked else texts.changed_follow_marked
    changed_note = follow if review.changed else texts.none_changed
    blocks.append(Paragraph((Run(changed_note),)))
    return blocks


TASK_KINDS = (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.EDITED, ChangeKind.MOVED)


def _row(role: RoleChanges, texts: PackTexts) -> tuple[tuple[Run, ...], ...]:
    cells = [role.title, texts.status[role.status], task_summary(role, texts),
             _hours(*role.hours)]
    return tuple((Run(cell),) for cell in cells)


def task_summary(role: RoleChanges, texts: PackTexts) -> str:
    """The role's task changes in words: "2 nye, 1 flyttet", or "ingen ændringer"."""
    parts = []
    for kind, (one, several) in zip(TASK_KINDS, texts.task_counts, strict=True):
        count = role.tasks(kind)
        if count:
            parts.append((one if count == 1 else several).format(n=count))
    return ", ".join(parts) or texts.no_tasks


def _hours(old: float | None, new: float | None) -> str:
    def shown(value: float | None) -> str:
        return "–" if value is None else f"{value:g}".replace(".", ",")

    return shown(new) if old == new else f"{shown(old)} → {shown(new)}"


def _date(day: dt.date, language: str) -> str:
    if language == "da":
        return danish_date(day)
    return texts_for("en").format_date(day)


def baseline_label(resolved: Resolved, texts: PackTexts, language: str) -> str:
    """The baseline in words: "v2025 (commit 3de0c66 fra 26. januar 2026)"."""
    baseline, commit = resolved.baseline, resolved.commit
    if baseline.kind is BaselineKind.APPROVAL or commit is None:
        return texts.approval
    sha, when = commit.sha[:7], _date(commit.date.date(), language)
    if baseline.kind is BaselineKind.DATE and baseline.day is not None:
        return texts.day.format(date=_date(baseline.day, language), sha=sha)
    return texts.revision.format(revision=baseline.revision, sha=sha, date=when)
