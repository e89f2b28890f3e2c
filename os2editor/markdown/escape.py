"""Text a person typed, written so that it reads back as the same text in the same field.

A task typed as ``1. Første opgave`` or ``# Vigtigt`` would otherwise be read back as a
numbered list or a heading, and the document's structure would change under the user. The
writer escapes, in the lines it writes, exactly what markdown would read as structure in that
place (a backslash before the character that starts the block); the reader removes exactly the
escapes the writer would have written. So ``unescape(escape(text)) == text`` for any text, and
``escape(unescape(source)) == source`` for any source the reader accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from os2editor.model import Priority

_LINE_START = re.compile(r"^( {0,3})(\\?)")
_ORDERED = re.compile(r"^( {0,3})(\d{1,9})(\\?)([.)])")
_REFERENCE = re.compile(r"^ {0,3}\\?\[")
_CLOSING_HASHES = re.compile(r"(^|[ \t])(\\?)(#+)$")
_PRIORITY = re.compile(r"^\s*(MUST|SHOULD|COULD|WON['’]?T|WOULD)\b", re.IGNORECASE)
_STARS_FIRST = re.compile(r"^\\*\*\*")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


@dataclass(frozen=True)
class Context:
    """Where a text stands: which blocks in it would change the document's structure."""

    headings: frozenset[int]  # heading levels that would start a new part
    bullets: bool  # a bullet list would be read as the part's own list
    only_paragraph: bool = False  # one paragraph and nothing else (a bullet's text)
    front_fence: bool = False  # a first line "---" would open front matter


_ALL_LEVELS = frozenset(range(1, 7))
ITEM = Context(_ALL_LEVELS, bullets=True, only_paragraph=True)
LIST_PROSE = Context(_ALL_LEVELS, bullets=True)  # intro, outro, notes, lead-in
TASKS_INTRO = Context(_ALL_LEVELS, bullets=False)  # holds the MoSCoW legend list
FREE_BODY = Context(frozenset({2}), bullets=False)
LEAD = Context(frozenset({2}), bullets=False)
PREAMBLE = Context(frozenset({1, 2}), bullets=False, front_fence=True)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


# -- finding what needs an escape ------------------------------------------------------------


def _offending_line(lines: list[str], context: Context) -> int | None:
    """The first line that starts structure ``context`` forbids, or None."""
    text = "\n".join(lines) + "\n"
    if context.front_fence and lines and lines[0].rstrip() == "---":
        return 0
    env: dict[str, object] = {}
    tokens = _parser().parse(text.replace("\r", " "), env)
    covered: set[int] = set()
    paragraphs = 0
    for token in tokens:
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        covered.update(range(*token.map))
        line = _forbidden(token, context)
        if line is not None:
            return line
        if token.type == "paragraph_open":
            paragraphs += 1
            if context.only_paragraph and paragraphs > 1:
                return token.map[0]
    if env.get("references"):
        # A link reference definition is no block at all: the reader would lose it.
        for index, line_text in enumerate(lines):
            if index not in covered and _REFERENCE.match(line_text) and line_text.strip():
                return index
    return None


def _forbidden(token: Token, context: Context) -> int | None:
    assert token.map is not None
    first, end = token.map
    kind = token.type
    if kind == "heading_open":
        if int(token.tag[1]) not in context.headings:
            return None
        return end - 1 if token.markup in ("=", "-") else first  # setext: its underline
    if kind == "bullet_list_open" and context.bullets:
        return first
    if not context.only_paragraph or kind == "paragraph_open":
        return None
    if kind == "table_open":
        return first + 1  # the delimiter row: the header cells may begin with a letter
    return first


# -- one line --------------------------------------------------------------------------------


def _escaped(line: str) -> str:
    """``line`` with a backslash before the character that starts its block."""
    ordered = _ORDERED.match(line)
    if ordered is not None:
        return line[: ordered.end(2)] + "\\" + line[ordered.end(2) :]
    indent = len(line) - len(line.lstrip(" "))
    return line[:indent] + "\\" + line[indent:]


def _unescaped(line: str) -> str | None:
    """``line`` without the backslash :func:`_escaped` would have put there, or None."""
    ordered = _ORDERED.match(line)
    if ordered is not None and ordered.group(3):
        return line[: ordered.end(2)] + line[ordered.end(3) :]
    indent = len(line) - len(line.lstrip(" "))
    if indent <= 3 and line[indent : indent + 1] == "\\" \
            and line[indent + 1 : indent + 2] in _ASCII_PUNCTUATION:
        return line[:indent] + line[indent + 1 :]
    return None


def _escape_lines(lines: list[str], context: Context) -> list[str]:
    lines = list(lines)
    # A line that looks like one of our escapes must keep its backslash: give it another.
    for index, line in enumerate(lines):
        plain = _unescaped(line)
        if plain is not None and _needs(lines, index, plain, context):
            lines[index] = _escaped(line)
    for _ in range(len(lines) + 1):
        offending = _offending_line(lines, context)
        if offending is None:
            break
        lines[offending] = _escaped(lines[offending])
    return lines


def _needs(lines: list[str], index: int, candidate: str, context: Context) -> bool:
    """Whether ``candidate`` in place of line ``index`` would be escaped by the writer."""
    trial = [*lines[:index], candidate, *lines[index + 1 :]]
    return _escape_lines_plain(trial, context)[index] != candidate


def _escape_lines_plain(lines: list[str], context: Context) -> list[str]:
    lines = list(lines)
    for _ in range(len(lines) + 1):
        offending = _offending_line(lines, context)
        if offending is None:
            break
        lines[offending] = _escaped(lines[offending])
    return lines


def _may_hold_escape(text: str) -> bool:
    return "\\" in text


def _unescape_lines(lines: list[str], context: Context) -> list[str]:
    """Undo :func:`_escape_lines`: drop each backslash the writer would have written."""
    written = list(lines)
    current = list(lines)
    for index, line in enumerate(lines):
        plain = _unescaped(line)
        if plain is None:
            continue
        trial = [*current[:index], plain, *current[index + 1 :]]
        if _escape_lines(trial, context) == written:
            current = trial
    return current


# -- the fields ------------------------------------------------------------------------------


def prose(text: str, context: Context) -> str:
    """Prose as the writer writes it in ``context``."""
    lines = text.split("\n")
    return "\n".join(_escape_lines(lines, context))


def unprose(text: str, context: Context) -> str:
    """Prose as read from the file, for the form."""
    if not _may_hold_escape(text):
        return text
    return "\n".join(_unescape_lines(text.split("\n"), context))


def item_lines(text: str) -> list[str]:
    """A bullet's text as the lines it is written on: no blank lines, no edge spaces (the
    reader would not give them back)."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def item(text: str) -> str:
    """A bullet's text as written after its marker."""
    return "\n".join(_escape_lines(item_lines(text), ITEM))


def unitem(text: str) -> str:
    """A bullet's text as read, for the form."""
    if not _may_hold_escape(text):
        return text
    return "\n".join(_unescape_lines(text.split("\n"), ITEM))


def heading(text: str) -> str:
    """A heading's text as written after its ``#`` marks."""
    line = " ".join(item_lines(text))
    match = _CLOSING_HASHES.search(line)
    if match is not None and (match.group(2) or match.group(1) or line == match.group(3)):
        # A closing sequence of #s (or a heading of #s alone) would be dropped by markdown.
        return line[: match.start(2)] + "\\" + line[match.start(2) :]
    return line


def unheading(text: str) -> str:
    """A heading's text as read, for the form."""
    match = _CLOSING_HASHES.search(text)
    if match is None or not match.group(2):
        return text
    plain = text[: match.start(2)] + text[match.end(2) :]
    return plain if heading(plain) == text else text


def area_title(text: str, numbered: bool) -> str:
    """An area's title after its ``###`` marks (and its number, when the areas are numbered)."""
    line = heading(text)
    if not numbered and re.match(r"^\d+\.\s", line):
        return _escaped(line)
    return line


def unarea_title(text: str, numbered: bool) -> str:
    plain = _unescaped(text) if not numbered else None
    if plain is not None and area_title(unheading(plain), numbered) == text:
        return unheading(plain)
    return unheading(text)


def group_heading(priority: Priority, text: str) -> str:
    """A MoSCoW group's heading: it must name its priority, or the group would be lost."""
    line = heading(text)
    match = _PRIORITY.match(line)
    named = match.group(1).upper().replace("’", "'") if match else ""
    if named in ("WONT", "WOULD"):
        named = Priority.WONT.value
    if named == priority.value:
        return line
    return f"{priority.value} – {line}" if line else priority.value


def initiative(label: str, text: str, style: tuple[bool, str] | None) -> str:
    """An initiative's bullet text: ``**label** – text``, in the style it was read in
    (``style``: whether the colon sits inside the bold, and the separator)."""
    label = " ".join(item_lines(label)).replace("\\", "\\\\").replace("*", "\\*")
    if not label:
        body = item(text)
        # Text without a label that starts like one would be read back with a label.
        return "\\" + body if _STARS_FIRST.match(body) else body
    colon_inside, separator = style if style is not None else (False, " – ")
    prefix = f"**{label}:**" if colon_inside else f"**{label}**"
    lines = item_lines(text) or [""]
    lines[0] = f"{prefix}{separator}{lines[0]}".rstrip()
    return "\n".join(_escape_lines(lines, ITEM))


def uninitiative_label(label: str) -> str:
    """A label as read: the writer escapes its stars and backslashes."""
    return re.sub(r"\\(.)", r"\1", label) if "\\" in label else label


def uninitiative_text(text: str) -> str:
    """An unlabelled initiative's text as read."""
    return text[1:] if _STARS_FIRST.match(text) and text.startswith("\\") else text
