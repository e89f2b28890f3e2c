"""Inline markdown -> runs, and the cleaning of characters Word cannot hold.

A :class:`Run` is the smallest piece of formatted text the exporter writes. Runs come from
markdown-it-py's inline tokens, so ``**bold**``, ``*italic*``, links and hard breaks mean what
they mean on the website.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one formatting. ``line_break`` runs stand for a hard break."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    link: str | None = None
    line_break: bool = False


BREAK = Run(line_break=True)

# \x0b (vertical tab) and \x0c (form feed) are what Word puts on the clipboard for a soft line
# break and a page break. They become line breaks; U+2028 carries them through markdown-it.
_LINE_SEPARATOR = "\u2028"
# The C0 controls XML cannot hold. The other characters it cannot hold (lone surrogates,
# U+FFFE, U+FFFF) are looked for without a regex: a character class beyond Latin-1 takes
# a millisecond to compile, in every export's process.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DROP = dict.fromkeys([*range(9), *range(14, 32), 65534, 65535])
_DROP.update({0x0B: _LINE_SEPARATOR, 0x0C: _LINE_SEPARATOR})
_SURROGATES = "[\ud800-\udfff]"  # compiled (by re) only for text that has bad characters

# Text without any of these characters cannot hold inline markdown: skip the parser.
# (U+2028 is looked for apart, like the bad characters above.)
_MARKUP = re.compile(r"[*_\[\]`<>&!\\~\n]|  $")


def clean_text(text: str) -> str:
    """Drop what XML cannot hold: NULs and C0 controls go, lone surrogates become U+FFFD.

    \\x0b and \\x0c become U+2028, which :func:`parse_inline` turns into a line break.
    """
    if not _has_bad_characters(text):
        return text
    return re.sub(_SURROGATES, "\ufffd", text.translate(_DROP))


def _has_bad_characters(text: str) -> bool:
    if _CONTROLS.search(text) or "\ufffe" in text or "\uffff" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # fails on a lone surrogate, and only then
    except UnicodeEncodeError:
        return True
    return False


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The one markdown-it-py parser: CommonMark plus GFM tables and strikethrough."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def parse_inline(text: str, *, newline_breaks: bool = False) -> tuple[Run, ...]:
    """Runs for one piece of inline markdown.

    ``newline_breaks`` makes every newline a hard break, as in list items, whose model text
    stores hard breaks as ``\\n``. Otherwise a single newline is a space, as in markdown prose.
    """
    text = clean_text(text)
    if not _MARKUP.search(text) and _LINE_SEPARATOR not in text:
        return (Run(text),) if text else ()
    tokens = markdown_parser().parseInline(text, {})
    children = (tokens[0].children or []) if tokens else []
    return runs_from_tokens(children, newline_breaks=newline_breaks)


def runs_from_tokens(tokens: list[Any], *, newline_breaks: bool = False) -> tuple[Run, ...]:
    """Runs for markdown-it inline tokens (the ``children`` of an ``inline`` token)."""
    runs: list[Run] = []
    bold = italic = 0
    links: list[str] = []

    def add(text: str) -> None:
        if not text:
            return
        link = links[-1] if links else None
        for index, piece in enumerate(text.split(_LINE_SEPARATOR)):
            if index:
                runs.append(BREAK)
            if piece:
                runs.append(Run(piece, bold > 0, italic > 0, link))

    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline"):
            add(token.content)
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            links.append(str(token.attrGet("href") or ""))
        elif kind == "link_close" and links:
            links.pop()
        elif kind == "hardbreak" or (kind == "softbreak" and newline_breaks):
            runs.append(BREAK)
        elif kind == "softbreak":
            add(" ")
        elif kind == "html_inline":
            if re.fullmatch(r"<br\s*/?>", token.content, re.IGNORECASE):
                runs.append(BREAK)
            elif not token.content.startswith("<!--"):
                add(token.content)
        elif kind == "image":
            add(token.content)
    return merge_runs(runs)


def merge_runs(runs: list[Run]) -> tuple[Run, ...]:
    """Join neighbouring runs with the same formatting, so Word gets fewer, longer runs."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not run.line_break
            and not last.line_break
            and (last.bold, last.italic, last.link) == (run.bold, run.italic, run.link)
        ):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(run)
    return tuple(merged)


def plain_text(runs: tuple[Run, ...]) -> str:
    """The text of ``runs`` with breaks as newlines (for headers, properties and diffs)."""
    return "".join("\n" if run.line_break else run.text for run in runs)
