"""LIX, the Danish readability measure (Björnsson): words per sentence plus the percentage of
long words, counted as issue 19 defines it.

- A word is a run of letters or digits. A hyphen inside a word keeps it whole
  ("OS2-fællesskabet"), and so do an apostrophe ("OS2’s"), a full stop ("f.eks", "1.200") and,
  between digits, a comma ("37,5"): a reader reads each as one word.
- A long word has more than 6 letters (digits and hyphens are not letters).
- A sentence ends at ".", "!", "?" or ":" followed by a space (a line break counts as one) or
  by the end of the text, and at the end of each paragraph, list item and table cell. Taken
  literally, an abbreviation that ends in a full stop before a space ends a sentence:
  "f.eks. en" and "bl.a. at" end one, "37 timer pr. uge." ends two, "Timetal: 37" ends one at
  the colon. Punctuation with no word since the last end ends nothing ("Hvad?! Nej" is one).
- Headings and titles are not counted, nor markup (see :mod:`os2editor.writing.text`).

Everything here is plain functions over strings, cached per text, so the window can ask for
the LIX of a part on every keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from os2editor.messages import MESSAGES
from os2editor.writing.text import Unit, units

LONG = 6  # a long word has more than this many letters
_WORD = r"[^\W_]+(?:(?:[-‐‑'’.]|(?<=[0-9]),(?=[0-9]))[^\W_]+)*"
# A word (group 1), or punctuation that ends a sentence.
_TOKEN = re.compile(rf"({_WORD})|[.!?:](?=\s|$)")


class Band(Enum):
    """The bands of LIX as Danish guidance names them; ``value`` is the Danish name."""

    VERY_EASY = "meget let"
    EASY = "let"
    MEDIUM = "middel"
    HARD = "svær"
    VERY_HARD = "meget svær"

    @property
    def danish(self) -> str:
        return self.value

    @property
    def english(self) -> str:
        """The English name (the window translates it back to the Danish one)."""
        return MESSAGES[f"lix-{self.name.lower().replace('_', '-')}"]

    @property
    def lowest(self) -> float:
        """The lowest LIX of the band."""
        return _BOUNDS[self]


_BOUNDS = {Band.VERY_EASY: 0.0, Band.EASY: 25.0, Band.MEDIUM: 35.0, Band.HARD: 45.0,
           Band.VERY_HARD: 55.0}


def band_of(lix: float) -> Band:
    """The band of ``lix``: under 25 very easy, 25–34 easy, 35–44 medium, 45–54 hard, 55 and
    over very hard. The band is read from the LIX rounded to one decimal, as it is shown, so
    34.96 shows as 35.0 and is medium."""
    shown = round(lix, 1)
    result = Band.VERY_EASY
    for band, lowest in _BOUNDS.items():
        if shown >= lowest:
            result = band
    return result


def meets(lix: float, target: Band) -> bool:
    """Whether ``lix`` is in the ``target`` band or an easier one (the window's target, from
    the settings' ``lix_target``; the default is "middel")."""
    order = list(Band)
    return order.index(band_of(lix)) <= order.index(target)


@dataclass(frozen=True, slots=True)
class Readability:
    """The counts LIX is made of, for a text, a part or a whole description."""

    words: int = 0
    sentences: int = 0
    long_words: int = 0

    def __add__(self, other: Readability) -> Readability:
        return Readability(self.words + other.words, self.sentences + other.sentences,
                           self.long_words + other.long_words)

    @property
    def lix(self) -> float | None:
        """Words per sentence plus 100 × long words per word; None for a text with no words."""
        if not self.words:
            return None
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def shown(self) -> float | None:
        """LIX rounded to one decimal, as it is shown and written to JSON."""
        lix = self.lix
        return None if lix is None else round(lix, 1)

    @property
    def band(self) -> Band | None:
        lix = self.lix
        return None if lix is None else band_of(lix)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text: its span in the text as written, and its counts."""

    start: int
    end: int
    words: int
    long_words: int


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: its span in the text as written, and its letters."""

    start: int
    end: int
    letters: int


def letters(word: str) -> int:
    return len(word) if word.isalpha() else sum(1 for char in word if char.isalpha())


def readability(text: str, prose: bool = True) -> Readability:
    """The counts of one text: markdown with paragraphs and lists when ``prose``, else one list
    item (a task, an area's item, a qualification) that ends a sentence as a whole."""
    words = sentences = long_words = 0
    for unit in units(text, prose):
        counts = _unit_counts(unit.text)
        words += counts[0]
        sentences += counts[1]
        long_words += counts[2]
    return Readability(words, sentences, long_words)


@lru_cache(maxsize=1 << 15)  # texts; a 300 KB description has about 9,000
def _unit_counts(text: str) -> tuple[int, int, int]:
    words = sentences = long_words = 0
    open_words = 0  # words since the last end of a sentence
    for match in _TOKEN.finditer(text):
        word = match.group(1)
        if word is None:
            if open_words:
                sentences += 1
                open_words = 0
            continue
        words += 1
        open_words += 1
        if len(word) > LONG and letters(word) > LONG:
            long_words += 1
    return words, sentences + (open_words > 0), long_words


def sentences(text: str, prose: bool = True) -> list[Sentence]:
    """The sentences of ``text`` in order, with their spans in ``text`` (for marking them)."""
    return [sentence for unit in units(text, prose) for sentence in _unit_sentences(unit)]


def _unit_sentences(unit: Unit) -> list[Sentence]:
    found: list[Sentence] = []
    first = last = -1  # span of the open sentence in the unit's text
    words = long_words = 0
    for match in _TOKEN.finditer(unit.text):
        word = match.group(1)
        if word is None:
            if words:
                found.append(Sentence(*unit.source_span(first, match.end()), words, long_words))
                words = long_words = 0
            continue
        if not words:
            first = match.start()
        last = match.end()
        words += 1
        long_words += letters(word) > LONG
    if words:
        found.append(Sentence(*unit.source_span(first, last), words, long_words))
    return found


def long_words(text: str, prose: bool = True) -> list[Word]:
    """The long words of ``text`` in order, with their spans in ``text``."""
    found = []
    for unit in units(text, prose):
        for match in _TOKEN.finditer(unit.text):
            word = match.group(1)
            if word is not None and len(word) > LONG and (count := letters(word)) > LONG:
                found.append(Word(*unit.source_span(match.start(), match.end()), count))
    return found
