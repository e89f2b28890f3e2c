"""Text a person typed, written so that it reads back as the same text in the same field.

A task typed as ``1. Første opgave`` or ``# Vigtigt`` would otherwise be read back as a
numbered list or a heading, and the document's structure would change under the user. The
writer escapes, in the lines it writes, what markdown would read as structure in that place;
the reader removes exactly the escapes the writer would have written. So
``unescape(escape(text)) == text`` for any text, and ``escape(unescape(source)) == source`` for
any source the reader accepts.

Two kinds of escape, each decided line by line so that reading can undo it line by line:

- a line that would start a block the place does not allow (a heading in a part's intro, a
  bullet list where the part's own list belongs, anything but text in a bullet) gets a
  backslash before the character that starts the block (``\\# Vigtigt``, ``1\\. Første``);
- a code fence or HTML comment left open would run on over the parts that follow: its first
  character is written as an HTML entity (``&#96;``\\```, ``&lt;!--``), which shows the same.

Lines inside a closed fence or an HTML block are code, and are written as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from markdown_it.token import Token

from os2editor.markdown.blocks import parser
from os2editor.model import Priority


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

_ORDERED = re.compile(r"^( {0,3})(\d{1,9})(?=\\*[.)])")
_ORDERED_ESCAPED = re.compile(r"^( {0,3})(\d{1,9})\\(?=\\*[.)])")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_DELIMITER_ROW = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_CLOSING_HASHES = re.compile(r"(^|[ \t])(\\*)(#+)$")
_PRIORITY_RE = re.compile(r"^\s*(MUST|SHOULD|COULD|WON['’]?T|WOULD)\b", re.IGNORECASE)
_STARS_FIRST = re.compile(r"^\\*\*\*")
# The entity forms of an opener's first character, and what they stand for.
_ENTITIES = {"#96;": "`", "#126;": "~", "lt;": "<"}
_ENTITY_LINE = re.compile(r"^([ \r]{0,3})&((?:amp;)*)(#96;(?=``)|#126;(?=~~)|lt;(?=[!?]|"
                          r"(?i:script|pre|style|textarea)\b))")


def _top_level(text: str) -> list[Token]:
    tokens = parser().parse(text.replace("\r", " "))
    return [t for t in tokens if t.level == 0 and t.nesting != -1]


# -- the line rule ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _starts_block(line: str, context: Context, first: bool, after_text: bool) -> bool:
    """Whether ``line`` would start structure ``context`` forbids: ``first`` in the text, or
    ``after_text`` (a non-blank line before it, which it might continue or underline)."""
    if not line.strip(" \t"):
        return False
    if context.front_fence and first and line.rstrip() == "---":
        return True
    if context.only_paragraph:
        if _DELIMITER_ROW.match(line):
            return True
        prefix = "x\n" if not first else ""
        tokens = _top_level(prefix + line + "\n")
        return [t.type for t in tokens] != ["paragraph_open"]
    alone = _top_level(line + "\n")
    if not alone:
        return True  # a link reference definition: no block at all, the reader would lose it
    # After a text line, the line may continue a paragraph (and underline it) or follow a
    # list item (and start a list of its own): both readings count.
    tokens = alone + (_top_level("x\n" + line + "\n") if after_text else [])
    for token in tokens:
        if token.type == "heading_open" and int(token.tag[1]) in context.headings:
            return True
        if token.type == "bullet_list_open" and context.bullets:
            return True
    return False


def _escaped(line: str) -> str:
    """``line`` with a backslash before the character that starts its block."""
    ordered = _ORDERED.match(line)
    if ordered is not None:
        return line[: ordered.end(2)] + "\\" + line[ordered.end(2) :]
    indent = len(line) - len(line.lstrip(" "))
    return line[:indent] + "\\" + line[indent:]


def _unescaped(line: str) -> str | None:
    """``line`` without the backslash :func:`_escaped` would have put there, or None."""
    ordered = _ORDERED_ESCAPED.match(line)
    if ordered is not None:
        return line[: ordered.end(2)] + line[ordered.end(2) + 1 :]
    indent = len(line) - len(line.lstrip(" "))
    if indent <= 3 and line[indent : indent + 1] == "\\" \
            and line[indent + 1 : indent + 2] in _ASCII_PUNCTUATION:
        return line[:indent] + line[indent + 1 :]
    return None


def _write_line(line: str, context: Context, first: bool, after_text: bool) -> str:
    """One line as written: escaped when it would start a forbidden block, and also when it
    looks like such an escape already (so that reading gives the backslash back)."""
    if _starts_block(line, context, first, after_text):
        return _escaped(line)
    plain = _unescaped(line)
    if plain is not None and _write_line(plain, context, first, after_text) == line:
        return _escaped(line)
    return line


def _read_line(line: str, context: Context, first: bool, after_text: bool) -> str:
    plain = _unescaped(line)
    if plain is not None and _write_line(plain, context, first, after_text) == line:
        return plain
    return line


# -- openers left open -----------------------------------------------------------------------


def _code_lines(lines: list[str]) -> tuple[set[int], int | None]:
    """The lines inside fences and HTML blocks, and the first fence or HTML block that runs to
    the end of the text without being closed (None when there is none)."""
    code: set[int] = set()
    for token in _top_level("\n".join(lines) + "\n"):
        if token.map is None or token.type not in ("fence", "html_block", "code_block"):
            continue
        first, end = token.map
        if end >= len(lines) and _unclosed(token, lines):
            return code, first
        code.update(range(first, end))
    return code, None


@cache
def _html_ends() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The HTML blocks that a closing string ends, each as (opener, closer): compiled on
    first use, not by every start-up."""
    return [
        (re.compile(r"^ {0,3}<(script|pre|style|textarea)(\s|>|$)", re.IGNORECASE),
         re.compile(r"</(script|pre|style|textarea)>", re.IGNORECASE)),
        (re.compile(r"^ {0,3}<!--"), re.compile(r"-->")),
        (re.compile(r"^ {0,3}<\?"), re.compile(r"\?>")),
        (re.compile(r"^ {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
        (re.compile(r"^ {0,3}<![A-Za-z]"), re.compile(r">")),
    ]


def _unclosed(token: Token, lines: list[str]) -> bool:
    assert token.map is not None
    first, end = token.map
    if token.type == "fence":
        if end - first < 2:
            return True
        closing = lines[end - 1].strip()
        marker = token.markup[0]
        return not (closing and set(closing) == {marker} and len(closing) >= len(token.markup))
    if token.type == "html_block":
        text = "\n".join(lines[first:end])
        for opener, closer in _html_ends():
            opened = opener.match(text)
            if opened is not None:
                return closer.search(text, opened.end()) is None
    return False


def ends_in_open_html(text: str) -> bool:
    """Whether ``text`` ends in an HTML block that only a blank line ends (``<div>``...)."""
    if "<" not in text:
        return False
    tokens = [t for t in _top_level(text) if t.map is not None]
    if not tokens or tokens[-1].type != "html_block":
        return False
    lines = text.split("\n")
    first = tokens[-1].map[0] if tokens[-1].map else 0
    return not any(opener.match(lines[first]) for opener, _ in _html_ends())


def _entity_escaped(line: str) -> str:
    # A carriage return is read as a space (blocks.parse_blocks), so it indents like one.
    indent = len(line) - len(line.lstrip(" \r"))
    first = line[indent]
    entity = next(name for name, char in _ENTITIES.items() if char == first)
    return f"{line[:indent]}&{entity}{line[indent + 1 :]}"


def _protect_entity(line: str) -> str:
    """A typed line that looks like an entity escape gets one more ``amp;``."""
    match = _ENTITY_LINE.match(line)
    if match is None:
        return line
    return line[: match.start(2)] + "amp;" + line[match.start(2) :]


def _read_entity(line: str) -> str:
    match = _ENTITY_LINE.match(line)
    if match is None:
        return line
    if match.group(2):
        return line[: match.start(2)] + line[match.start(2) + 4 :]
    return line[: match.start(0) + len(match.group(1))] + _ENTITIES[match.group(3)] + \
        line[match.end(3) :]


# -- whole texts -----------------------------------------------------------------------------


def _escape_lines(lines: list[str], context: Context) -> list[str]:
    lines = list(lines)
    code: set[int] = set()
    if not context.only_paragraph:
        code, opener = _code_lines(lines)
        protected = [line if i in code else _protect_entity(line) for i, line in enumerate(lines)]
        if protected != lines:  # parse again only when an entity was protected
            lines = protected
            code, opener = _code_lines(lines)
        for attempt in range(len(lines)):
            if attempt:
                code, opener = _code_lines(lines)
            if opener is None:
                break
            lines[opener] = _entity_escaped(lines[opener])
    return [
        line if index in code else _write_line(line, context, index == 0, _after_text(lines, index))
        for index, line in enumerate(lines)
    ]


def _after_text(lines: list[str], index: int) -> bool:
    return index > 0 and bool(lines[index - 1].strip(" \t"))


def _unescape_lines(lines: list[str], context: Context) -> list[str]:
    code: set[int] = set()
    if not context.only_paragraph:
        code, _ = _code_lines(lines)
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in code:
            out.append(line)
            continue
        plain = _read_line(line, context, index == 0, _after_text(lines, index))
        out.append(plain if context.only_paragraph else _read_entity(plain))
    return out


def _may_hold_escape(text: str) -> bool:
    return "\\" in text or "&" in text


# -- the fields ------------------------------------------------------------------------------


def prose(text: str, context: Context) -> str:
    """Prose as the writer writes it in ``context``."""
    return "\n".join(_escape_lines(text.split("\n"), context))


def unprose(text: str, context: Context) -> str:
    """Prose as read from the file, for the form."""
    if not _may_hold_escape(text):
        return text
    return "\n".join(_unescape_lines(text.split("\n"), context))


def outro(text: str) -> str:
    """Prose after a list as it will read back: its first line starts at the margin, since an
    indented line right after a list would be read as part of the list's last item."""
    lines = text.split("\n")
    while len(lines) > 1 and not lines[0].strip(" \t"):
        lines.pop(0)
    lines[0] = lines[0].lstrip(" \t")
    return "\n".join(lines)


def item_lines(text: str) -> list[str]:
    """A bullet's text as the lines it is written on: no blank lines, no edge spaces (the
    reader would not give them back)."""
    # markdown-it strips all white space, a no-break space included, from a paragraph's ends.
    return [line.strip() for line in text.split("\n") if line.strip()]


def item(text: str) -> str:
    """A bullet's text as written after its marker."""
    return "\n".join(_escape_lines(item_lines(text), ITEM))


def unitem(text: str) -> str:
    """A bullet's text as read, for the form."""
    if "\\" not in text:
        return text
    return "\n".join(_unescape_lines(text.split("\n"), ITEM))


def heading(text: str) -> str:
    """A heading's text as written after its ``#`` marks."""
    line = " ".join(item_lines(text))
    match = _CLOSING_HASHES.search(line)
    if match is not None:
        # A closing sequence of #s (or a heading of #s alone) would be dropped by markdown;
        # one that is already escaped gets one more backslash, so reading gives it back.
        return line[: match.start(2)] + "\\" + line[match.start(2) :]
    return line


def unheading(text: str) -> str:
    """A heading's text as read, for the form."""
    match = _CLOSING_HASHES.search(text)
    if match is None or not match.group(2):
        return text
    plain = text[: match.start(2)] + text[match.start(2) + 1 :]
    return plain if heading(plain) == text else text


def area_title(text: str, numbered: bool) -> str:
    """An area's title after its ``###`` marks (and its number, when the areas are numbered)."""
    line = heading(text)
    if numbered:
        return line
    if re.match(r"^\d+\.(\s|$)", line) or (_unescaped(line) is not None
                                       and area_title(_unescaped(line) or "", False) == line):
        return _escaped(line)
    return line


def unarea_title(text: str, numbered: bool) -> str:
    plain = _unescaped(text) if not numbered else None
    if plain is not None and area_title(unheading(plain), numbered) == text:
        return unheading(plain)
    return unheading(text)


def priority_of(heading: str) -> Priority | None:
    """The MoSCoW priority a ``###`` heading names, if any."""
    match = _PRIORITY_RE.match(heading)
    if match is None:
        return None
    word = match.group(1).upper().replace("’", "'")
    if word in ("WONT", "WON'T", "WOULD"):
        return Priority.WONT
    return Priority(word)


def group_heading(priority: Priority, text: str) -> str:
    """A MoSCoW group's heading as written after its ``###`` marks."""
    return heading(group_heading_text(priority, text))


def group_heading_text(priority: Priority, text: str) -> str:
    """A MoSCoW group's heading as it will read back: it must name its priority, or the group
    would be lost, so a heading that does not is written after the priority's name."""
    line = " ".join(item_lines(text))
    if priority_of(line) == priority:
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
    if not colon_inside and label.endswith(":"):
        label = label[:-1] + "\\:"  # "**Mål:**" would be read as a label "Mål" and a colon
    prefix = f"**{label}:**" if colon_inside else f"**{label}**"
    lines = item_lines(text) or [""]
    lines[0] = f"{prefix}{separator}{lines[0]}".rstrip(" \t")
    return "\n".join(_escape_lines(lines, ITEM))


def uninitiative_label(label: str) -> str:
    """A label as read: the writer escapes its stars and backslashes."""
    return re.sub(r"\\(.)", r"\1", label) if "\\" in label else label


def uninitiative_text(text: str) -> str:
    """An unlabelled initiative's text as read."""
    return text[1:] if _STARS_FIRST.match(text) and text.startswith("\\") else text
