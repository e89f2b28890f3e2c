"""One line per change, in Danish or English, naming each item by its text."""

from __future__ import annotations

import re

from os2editor.revision.changes import Change, ChangeKind
from os2editor.revision.labels import LABELS
from os2editor.revision.words import WordDiff

SHORT = 70
"""Texts are cut to about this many characters in a description."""

CONTEXT_WORDS = 4
"""Unchanged words kept on each side of a change in a shown word diff."""

ELLIPSIS = "..."
_SPACE_RE = re.compile(r"\s+")


def describe(change: Change, language: str = "da") -> str:
    """A one-line description of ``change`` in ``language`` ("da" or "en")."""
    return sentence(change, language).format(**values(change))


def sentence(change: Change, language: str = "da") -> str:
    """The sentence that describes ``change``, with its placeholders still open (see
    :mod:`os2editor.revision.labels`): a view that shows the word diff in its own way (in
    colour, say) fills ``{diff}`` itself."""
    table = LABELS.get(language, LABELS["da"])
    variant = "reordered" if change.reordered else change.kind.value
    return (
        table.get(f"{change.part}.{change.field}.{variant}")
        or table.get(f"{change.field}.{variant}")
        or table["fallback"]
    )


def values(change: Change) -> dict[str, str]:
    """What fills the placeholders of :func:`sentence` for ``change``: texts shortened to one
    line, and ``diff`` the word diff written as ``[-deleted-]{+inserted+}``."""
    return {
        "old": shorten(change.old or ""),
        "new": shorten(change.new or ""),
        "text": shorten(change.text),
        "source": str(change.source or ""),
        "target": str(change.target or ""),
        "group": shorten(change.group),
        "section": change.section,
        "key": change.front_matter_key or "",
        "diff": show_words(change.words) if change.kind is ChangeKind.EDITED else "",
    }


def shorten(text: str, limit: int = SHORT) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` characters."""
    flat = _SPACE_RE.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return f"{cut} {ELLIPSIS}"


def show_words(words: WordDiff) -> str:
    """A word diff on one line, ``[-deleted-]{+inserted+}``, long unchanged runs elided."""
    parts: list[str] = []
    for k, (op, text) in enumerate(words):
        flat = _SPACE_RE.sub(" ", text)
        if op == "delete":
            parts.append(f"[-{flat}-]")
        elif op == "insert":
            parts.append(f"{{+{flat}+}}")
        else:
            parts.append(elide(flat, first=k == 0, last=k == len(words) - 1))
    return "".join(parts).strip()


def elide(text: str, *, first: bool, last: bool) -> str:
    """Keep a few words of unchanged text next to the changes around it."""
    words = text.split(" ")
    keep = CONTEXT_WORDS + 1  # split keeps the empty string next to a boundary space
    if first and last:
        return text
    if first and len(words) > keep:
        return f"{ELLIPSIS} " + " ".join(words[-keep:])
    if last and len(words) > keep:
        return " ".join(words[:keep]) + f" {ELLIPSIS}"
    if not first and not last and len(words) > 2 * keep:
        return " ".join(words[:keep]) + f" {ELLIPSIS} " + " ".join(words[-keep:])
    return text
