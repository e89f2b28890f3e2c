"""Readability and task counts of a description and of each of its parts.

Built on the document walk (:func:`os2editor.model.text_spots`): every text a person wrote is
counted, in reading order; headings and titles are not. An initiative's label and text are one
list item ("**label** – text"), so they are read as one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from os2editor.model import (
    FunctionDescription,
    Priority,
    Role,
    Section,
    TextSpot,
    section_spots,
    text_spots,
)
from os2editor.writing.balance import task_counts
from os2editor.writing.lix import Readability, Sentence, Word, long_words, readability, sentences

_NOT_COUNTED = (Role.HEADING, Role.TITLE)


def _texts(spots: Iterable[TextSpot]) -> Iterator[tuple[str, bool]]:
    """(text, is prose) for each counted text of ``spots``; a label joins its initiative."""
    label: TextSpot | None = None
    for spot in spots:
        role = spot.role
        if role in _NOT_COUNTED:
            continue
        if role is Role.LABEL:
            label = spot
            continue
        text = spot.text
        if label is not None and label.node is spot.node:
            text = f"{label.text} – {text}"
        label = None
        if text:
            yield text, role is Role.PROSE


def _total(spots: Iterable[TextSpot]) -> Readability:
    words = count = long = 0
    for text, prose in _texts(spots):
        counts = readability(text, prose)
        words += counts.words
        count += counts.sentences
        long += counts.long_words
    return Readability(words, count, long)


def section_readability(section: Section) -> Readability:
    """The counts of one part (its heading not counted): the window's live LIX of the part
    being edited. Texts not edited since the last call are not read again."""
    return _total(section_spots(section))


def document_readability(doc: FunctionDescription) -> Readability:
    """The counts of the whole description: every part, and the text before the first."""
    return _total(text_spots(doc))


@dataclass(frozen=True, slots=True)
class Marked:
    """A sentence or a word to mark: the text that holds it (``spot.field`` of ``spot.node``)
    and its span in that text."""

    spot: TextSpot
    start: int
    end: int
    words: int = 0  # for a sentence: its words; for a word: its letters


def _spots(section: Section) -> Iterator[TextSpot]:
    return (spot for spot in section_spots(section) if spot.role not in _NOT_COUNTED)


def longest_sentences(section: Section, count: int = 3) -> list[Marked]:
    """The ``count`` longest sentences of a part (most words first; the earlier one first among
    equals), each with the text that holds it and its span there."""
    found: list[tuple[TextSpot, Sentence]] = [
        (spot, sentence)
        for spot in _spots(section)
        for sentence in sentences(spot.text, spot.role is Role.PROSE)
    ]
    ranked = sorted(range(len(found)), key=lambda index: (-found[index][1].words, index))
    return [Marked(found[i][0], found[i][1].start, found[i][1].end, found[i][1].words)
            for i in ranked[:count]]


def part_long_words(section: Section) -> list[Marked]:
    """Every long word of a part, in reading order, with the text that holds it."""
    found: list[tuple[TextSpot, Word]] = [
        (spot, word)
        for spot in _spots(section)
        for word in long_words(spot.text, spot.role is Role.PROSE)
    ]
    return [Marked(spot, word.start, word.end, word.letters) for spot, word in found]


@dataclass(frozen=True, slots=True)
class SectionStats:
    heading: str
    readability: Readability


@dataclass(frozen=True, slots=True)
class DescriptionStats:
    """What ``os2editor stats`` reports for one description."""

    readability: Readability
    sections: tuple[SectionStats, ...]
    tasks: dict[Priority, int] = field(default_factory=dict)


def description_stats(doc: FunctionDescription) -> DescriptionStats:
    """Readability of the whole and of each part (by heading), and the tasks per priority."""
    by_section: dict[int | None, list[TextSpot]] = {}
    for spot in text_spots(doc):
        by_section.setdefault(spot.section, []).append(spot)
    parts = tuple(
        SectionStats(section.heading, _total(by_section.get(index, ())))
        for index, section in enumerate(doc.sections)
    )
    whole = _total(by_section.get(None, ()))
    for part in parts:
        whole += part.readability
    return DescriptionStats(whole, parts, task_counts(doc.tasks))
