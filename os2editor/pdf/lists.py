"""List markers: bullets and numbers, counted as the Word export's lists count.

The Word export (:mod:`os2editor.docx.wordml`) gives each list one numbering whose levels
cycle through three bullets and three number formats (1. / a. / i.); a level restarts under
each item of a shallower level, and level 0 of an ordered list starts where the markdown
said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from os2editor.docx.wordml import BULLETS

if TYPE_CHECKING:
    from os2editor.docx.blocks import ListItem


class _Open(NamedTuple):
    """An open list level and its count so far."""

    list_id: int
    level: int
    ordered: bool
    number: int


def number_text(count: int, level: int) -> str:
    """``count`` as level ``level`` writes it: 1, 2 / a, b / i, ii (Word's decimal,
    lowerLetter and lowerRoman)."""
    kind = level % 3
    if kind == 0 or count < 1:
        return str(count)
    if kind == 1:
        letters = ""
        while count:
            count, rest = divmod(count - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters
    numerals = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90),
                ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
    roman = ""
    for numeral, value in numerals:
        while count >= value:
            roman, count = roman + numeral, count - value
    return roman


class ListCounter:
    """The open lists of one document, outermost first, and their counts."""

    def __init__(self) -> None:
        self.open: list[_Open] = []

    def marker(self, block: ListItem) -> str:
        """The bullet or number of ``block``, counted as Word counts one list: a deeper
        list starts again under each item of a shallower level."""
        counters = self.open
        while counters and (counters[-1].list_id != block.list_id
                            or counters[-1].level > block.level):
            counters.pop()
        if counters and counters[-1].level == block.level and counters[-1].ordered != block.ordered:
            counters.pop()
        if counters and counters[-1].level == block.level:
            count = counters[-1].number + 1
            counters[-1] = counters[-1]._replace(number=count)
        else:
            count = block.start if block.ordered and block.level == 0 else 1
            counters.append(_Open(block.list_id, block.level, block.ordered, count))
        if not block.ordered:
            return BULLETS[block.level % len(BULLETS)]
        return f"{number_text(count, block.level)}."
