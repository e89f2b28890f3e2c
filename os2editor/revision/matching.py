"""Pairing old and new entries of lists: identical text first, then similar text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from os2editor.revision.words import SIMILAR, similarity

T = TypeVar("T")


@dataclass(frozen=True)
class Entry(Generic[T]):
    """One thing in one of several lists: ``group`` names the list, ``index`` is its place there.

    Old and new entries use the same ``group`` for lists that correspond (the same priority, or
    two areas already paired), so an entry that changes group has moved.
    """

    group: str
    index: int
    text: str
    value: T


@dataclass(frozen=True)
class Matching(Generic[T]):
    """The result of pairing: pairs (old, new), old entries left over, new entries left over."""

    pairs: list[tuple[Entry[T], Entry[T]]]
    removed: list[Entry[T]]
    added: list[Entry[T]]


def match(
    old: Sequence[Entry[T]],
    new: Sequence[Entry[T]],
    fallback: Callable[[T, T], float] | None = None,
) -> Matching[T]:
    """Pair entries: identical text first, then text at least :data:`SIMILAR` alike.

    Ties go to an entry in the same group, then to the nearest index. ``fallback`` scores
    what is still unpaired by other means (e.g. the overlap of two areas' items).
    """
    pairs = _match_identical(old, new)
    used_old = {id(o) for o, _ in pairs}
    used_new = {id(n) for _, n in pairs}
    rest_old = [o for o in old if id(o) not in used_old]
    rest_new = [n for n in new if id(n) not in used_new]
    pairs += _match_best(rest_old, rest_new, lambda o, n: similarity(o.text, n.text))
    if fallback is not None:
        used_old = {id(o) for o, _ in pairs}
        used_new = {id(n) for _, n in pairs}
        rest_old = [o for o in old if id(o) not in used_old]
        rest_new = [n for n in new if id(n) not in used_new]
        pairs += _match_best(rest_old, rest_new, lambda o, n: fallback(o.value, n.value))
    used_old = {id(o) for o, _ in pairs}
    used_new = {id(n) for _, n in pairs}
    return Matching(
        pairs=sorted(pairs, key=lambda p: (p[1].group, p[1].index)),
        removed=[o for o in old if id(o) not in used_old],
        added=[n for n in new if id(n) not in used_new],
    )


def _match_identical(
    old: Sequence[Entry[T]], new: Sequence[Entry[T]]
) -> list[tuple[Entry[T], Entry[T]]]:
    by_text: dict[str, list[Entry[T]]] = {}
    for entry in old:
        by_text.setdefault(entry.text, []).append(entry)
    pairs: list[tuple[Entry[T], Entry[T]]] = []
    for entry in new:
        candidates = by_text.get(entry.text)
        if not candidates:
            continue
        best = min(candidates, key=lambda o: _closeness(o, entry))
        candidates.remove(best)
        pairs.append((best, entry))
    return pairs


def _match_best(
    old: Sequence[Entry[T]],
    new: Sequence[Entry[T]],
    score: Callable[[Entry[T], Entry[T]], float],
) -> list[tuple[Entry[T], Entry[T]]]:
    """Greedy pairing by descending score, keeping only scores of at least SIMILAR."""
    scored = []
    for o in old:
        for n in new:
            ratio = score(o, n)
            if ratio >= SIMILAR:
                scored.append((-ratio, _closeness(o, n), id(o), id(n), o, n))
    scored.sort(key=lambda row: row[:4])
    used: set[int] = set()
    pairs: list[tuple[Entry[T], Entry[T]]] = []
    for _, _, old_id, new_id, o, n in scored:
        if old_id in used or new_id in used:
            continue
        used |= {old_id, new_id}
        pairs.append((o, n))
    return pairs


def _closeness(old: Entry[T], new: Entry[T]) -> tuple[bool, int]:
    return (old.group != new.group, abs(old.index - new.index))


def out_of_order(pairs: Sequence[tuple[int, int]]) -> set[int]:
    """Positions in ``pairs`` (old index, new index) that left the longest run kept in order.

    These are the entries the user moved; the others only shifted because something was
    added or removed around them.
    """
    ordered = sorted(range(len(pairs)), key=lambda k: pairs[k][0])
    # Longest increasing subsequence of new indices, O(n^2) is plenty for lists of a few dozen.
    best: list[int] = [1] * len(ordered)
    back: list[int] = [-1] * len(ordered)
    for i in range(len(ordered)):
        for j in range(i):
            if pairs[ordered[j]][1] < pairs[ordered[i]][1] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    keep: set[int] = set()
    i = max(range(len(ordered)), key=lambda k: best[k], default=-1)
    while i >= 0:
        keep.add(ordered[i])
        i = back[i]
    return set(range(len(pairs))) - keep
