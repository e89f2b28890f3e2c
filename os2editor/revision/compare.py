"""Semantic diff of two function descriptions: what was added, removed, edited and moved.

Sections pair up by kind (free sections by heading); inside a section, items pair up across
all its lists at once (the four priorities, all areas), identical text first and then similar
text, so a task that went from SHOULD to MUST is one move rather than a removal and an addition.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from os2editor.model import (
    FreeSection,
    FrontMatter,
    FunctionDescription,
    Section,
)
from os2editor.model import fields as f
from os2editor.revision.changes import Change, ChangeKind, FrontMatterKey, prose, text_change
from os2editor.revision.matching import Entry, match, out_of_order
from os2editor.revision.sections import section_changes
from os2editor.revision.words import similarity, word_diff

__all__ = ["Change", "ChangeKind", "diff"]


def diff(old: FunctionDescription, new: FunctionDescription) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order of the new document."""
    changes = _front_matter(old.front_matter, new.front_matter)
    changes += prose("preamble", "preamble", (f.PREAMBLE,), old.preamble, new.preamble)
    if old.h1 != new.h1:
        changes.append(text_change("h1", "h1", (f.H1,), old.h1, new.h1))
    changes += prose("lead", "lead", (f.LEAD,), old.lead, new.lead)
    # Outside the sections a field has the same path in both documents.
    changes = [c if c.kind is ChangeKind.ADDED else replace(c, old_path=c.path) for c in changes]
    return changes + _sections(old.sections, new.sections)


# -- small texts ------------------------------------------------------------------------------


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _front_matter(old: FrontMatter, new: FrontMatter) -> list[Change]:
    def values(front: FrontMatter) -> dict[str, str]:
        return {k: _value_text(v) for k, v in front.as_dict().items()}

    old_values, new_values = values(old), values(new)
    changes: list[Change] = []
    for key in [*new_values, *(k for k in old_values if k not in new_values)]:
        before, after = old_values.get(key), new_values.get(key)
        if before == after:
            continue
        field = "title" if key == "title" else "key"
        path = (FrontMatterKey(key),)
        if before is None:
            changes.append(Change(ChangeKind.ADDED, "front_matter", field, path, new=after))
        elif after is None:
            changes.append(Change(ChangeKind.REMOVED, "front_matter", field, path, old=before))
        else:
            words = word_diff(before, after)
            changes.append(
                Change(
                    ChangeKind.EDITED,
                    "front_matter",
                    field,
                    path,
                    old=before,
                    new=after,
                    words=words,
                )
            )
    return changes


# -- sections ---------------------------------------------------------------------------------


def _pair_sections(old: Sequence[Section], new: Sequence[Section]) -> list[tuple[int, int]]:
    """(old index, new index) of sections that correspond."""

    def known_keys(sections: Sequence[Section]) -> dict[str, int]:
        keys: dict[str, int] = {}
        for i, section in enumerate(sections):
            if not isinstance(section, FreeSection):
                count = sum(1 for key in keys if key.startswith(section.kind.value + "#"))
                keys[f"{section.kind.value}#{count}"] = i
        return keys

    old_known, new_known = known_keys(old), known_keys(new)
    pairs = [(old_known[key], i) for key, i in new_known.items() if key in old_known]

    def free(sections: Sequence[Section]) -> list[Entry[str]]:
        return [
            Entry("", i, s.heading, s.body)
            for i, s in enumerate(sections)
            if isinstance(s, FreeSection)
        ]

    matching = match(free(old), free(new), fallback=_body_similarity)
    pairs += [(o.index, n.index) for o, n in matching.pairs]
    return sorted(pairs, key=lambda pair: pair[1])


def _body_similarity(old: str, new: str) -> float:
    return similarity(old, new) if old.strip() and new.strip() else 0.0


def _sections(old: Sequence[Section], new: Sequence[Section]) -> list[Change]:
    pairs = _pair_sections(old, new)
    paired_old = {o for o, _ in pairs}
    moved = out_of_order(pairs)
    changes: list[Change] = []
    pending_removed = [i for i in range(len(old)) if i not in paired_old]
    new_to_old = {n: o for o, n in pairs}
    for k, section in enumerate(new):
        if k not in new_to_old:
            changes.append(
                Change(
                    ChangeKind.ADDED,
                    section.kind.value,
                    "section",
                    (k,),
                    section=section.heading,
                    new=section.heading,
                )
            )
            continue
        o = new_to_old[k]
        for r in [r for r in pending_removed if r < o]:
            changes.append(_removed_section(old[r], r))
            pending_removed.remove(r)
        if pairs.index((o, k)) in moved:
            changes.append(
                Change(
                    ChangeKind.MOVED,
                    section.kind.value,
                    "section",
                    (k,),
                    section=section.heading,
                    new=section.heading,
                    source=o + 1,
                    target=k + 1,
                    old_path=(o,),
                )
            )
        changes += section_changes(k, old[o], section, o)
    changes += [_removed_section(old[r], r) for r in pending_removed]
    return changes


def _removed_section(section: Section, index: int) -> Change:
    return Change(
        ChangeKind.REMOVED,
        section.kind.value,
        "section",
        (index,),
        section=section.heading,
        old=section.heading,
        old_path=(index,),
    )
