"""Word-level diffs and text similarity, shared by the semantic diff and the redline."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import Literal, TypeVar

WordOp = Literal["equal", "insert", "delete"]
WordDiff = tuple[tuple[WordOp, str], ...]
T = TypeVar("T")

# Words, whitespace runs and single punctuation marks are separate tokens, so a changed number
# or a dropped comma is one small change and joining the tokens gives back the text exactly.
TOKEN_RE = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)

SIMILAR = 0.6
"""Texts at least this alike count as one edited text, not a removal and an addition."""


def tokens(text: str) -> list[str]:
    """Split ``text`` into word, whitespace and punctuation tokens; ``"".join`` gives it back."""
    return TOKEN_RE.findall(text)


def similarity(old: str, new: str) -> float:
    """How alike two texts are, 0..1, ignoring case."""
    if old == new:
        return 1.0
    matcher = SequenceMatcher(None, old.casefold(), new.casefold(), autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return matcher.quick_ratio()
    return matcher.ratio()


def word_diff(old: str, new: str) -> WordDiff:
    """The word-level changes from ``old`` to ``new``.

    Joining the ``equal`` and ``delete`` parts gives ``old``; joining ``equal`` and ``insert``
    gives ``new``. Within a run of changes the deletion comes before the insertion.
    """
    changes = token_diff(tokens(old), tokens(new), str.isspace)
    return tuple((op, "".join(parts)) for op, parts in changes)


def token_diff(
    old: Sequence[T], new: Sequence[T], is_blank: Callable[[T], bool]
) -> list[tuple[WordOp, list[T]]]:
    """The changes from ``old`` to ``new`` tokens, in order, as (op, tokens).

    A lone blank token between two changes is folded into both, so "a b" -> "c d" reads as one
    change rather than two; each run of changes is one deletion followed by one insertion.
    """
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    raw: list[tuple[WordOp, list[T]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append(("equal", list(old[i1:i2])))
            continue
        if i2 > i1:
            raw.append(("delete", list(old[i1:i2])))
        if j2 > j1:
            raw.append(("insert", list(new[j1:j2])))
    result: list[tuple[WordOp, list[T]]] = []
    deleted: list[T] = []
    inserted: list[T] = []
    for k, (op, parts) in enumerate(raw):
        between = 0 < k < len(raw) - 1 and raw[k - 1][0] != "equal" != raw[k + 1][0]
        if op == "equal" and not (between and all(is_blank(part) for part in parts)):
            if deleted:
                result.append(("delete", deleted))
            if inserted:
                result.append(("insert", inserted))
            deleted, inserted = [], []
            result.append((op, parts))
            continue
        if op != "insert":
            deleted = deleted + parts
        if op != "delete":
            inserted = inserted + parts
    if deleted:
        result.append(("delete", deleted))
    if inserted:
        result.append(("insert", inserted))
    return result


def old_text(words: WordDiff) -> str:
    """The old text of a word diff."""
    return "".join(text for op, text in words if op != "insert")


def new_text(words: WordDiff) -> str:
    """The new text of a word diff."""
    return "".join(text for op, text in words if op != "delete")
