"""Inline markdown -> runs, and the cleaning of characters Word cannot hold.

A :class:`Run` is the smallest piece of formatted text the exporter writes. Runs come from
markdown-it-py's inline tokens, so ``**bold**``, ``*italic*``, links and hard breaks mean what
they mean on the website.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from os2editor.links import is_web_link
from os2editor.markdown.parser import markdown_parser


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one formatting. ``line_break`` runs stand for a hard break.

    ``link`` is a web or e-mail address (:func:`os2editor.links.is_web_link`); any other link
    is left as its text. ``code`` is inline code (a fixed-width font), ``strike`` struck
    through. An ``image`` run stands for the picture at that address, ``text`` being its
    description (what is shown when the picture cannot be).
    """

    text: str = ""
    bold: bool = False
    italic: bool = False
    link: str | None = None
    line_break: bool = False
    code: bool = False
    strike: bool = False
    image: str | None = None

    @property
    def look(self) -> tuple[bool, bool, str | None, bool, bool]:
        """The formatting of the run: two runs with the same look can be one."""
        return (self.bold, self.italic, self.link, self.code, self.strike)


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
    # Open formatting: how deep each kind is nested; links as a stack (None for a link
    # that is written as its text, see os2editor.links).
    depth = {"strong": 0, "em": 0, "s": 0}
    links: list[str | None] = []

    def add(text: str, code: bool = False) -> None:
        if not text:
            return
        link = links[-1] if links else None
        bold, italic, strike = depth["strong"] > 0, depth["em"] > 0, depth["s"] > 0
        for index, piece in enumerate(text.split(_LINE_SEPARATOR)):
            if index:
                runs.append(BREAK)
            if piece:
                runs.append(Run(piece, bold, italic, link, code=code, strike=strike))

    for token in tokens:
        kind = token.type
        if kind == "text":
            add(token.content)
        elif kind == "code_inline":
            add(token.content, code=True)
        elif kind in ("strong_open", "em_open", "s_open"):
            depth[kind[:-5]] += 1
        elif kind in ("strong_close", "em_close", "s_close"):
            depth[kind[:-6]] -= 1
        elif kind == "link_open":
            href = str(token.attrGet("href") or "")
            links.append(href if is_web_link(href) else None)
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
            alt = clean_text(token.content)
            runs.append(Run(alt, image=str(token.attrGet("src") or "")))
    return merge_runs(runs)


def merge_runs(runs: list[Run]) -> tuple[Run, ...]:
    """Join neighbouring runs with the same formatting, so Word gets fewer, longer runs."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None
            and not (run.line_break or last.line_break or run.image or last.image)
            and last.look == run.look
        ):
            merged[-1] = replace(last, text=last.text + run.text)
        else:
            merged.append(run)
    return tuple(merged)


def plain_text(runs: tuple[Run, ...]) -> str:
    """The text of ``runs`` with breaks as newlines (for headers, properties and diffs);
    an image counts as its description."""
    return "".join("\n" if run.line_break else run.text for run in runs)
