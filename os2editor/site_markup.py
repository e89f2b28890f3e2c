"""The website's machinery taken out of markdown, for readers of a page outside the site.

OS2's handbook is a Jekyll site (the Just the Docs theme, kramdown). Its pages carry markup
that only the site build understands: kramdown attribute lists (``{: .note }``, ``{:toc}``,
``[Læs mere](…){: .btn }``), Liquid (``{% comment %}…{% endcomment %}``, ``{% include … %}``,
``{% link … %}``, ``{{ page.title }}``) and HTML (``<details>``, ``<summary>``). A Word file,
a PDF or the preview must show none of it. :func:`clean` returns the markdown a reader
should see, and what could not be carried over (an include, a table of contents) so that
``os2editor check`` can say so. The markdown file itself is never changed.

What happens to each form:

- attribute lists, heading ids (``{#roller}``) and kramdown options are dropped;
- comment blocks (Liquid and kramdown, and HTML comments) are dropped;
- ``{{ page.X }}`` is filled in from the front matter (a few text filters apply);
- a markdown link to ``{% link … %}`` (or any Liquid address) becomes its link text;
- ``{% highlight %}`` becomes a code block, ``{% raw %}`` keeps its content as it is;
- HTML is reduced to its text: ``<b>``/``<i>``/``<code>``/``<s>`` become markdown, a web
  ``<a href>`` a markdown link, ``<summary>`` a bold line; ``<br>`` stays, since every
  output reads it as a line break;
- what has no text to show (an include, another Liquid tag or variable, a script, an
  ``<img>``, a table of contents) is dropped and reported.

Liquid is read everywhere (Jekyll runs it before markdown, in code too); attribute lists
and HTML only outside code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from os2editor.links import is_web_link

__all__ = ["Cleaned", "clean"]


class Cleaned(NamedTuple):
    """The text to show, and the markup that could not be carried over (as written, short)."""

    text: str
    lost: tuple[str, ...]


def clean(text: str, page: Mapping[str, object] | None = None) -> Cleaned:
    """``text`` without the site's machinery; ``page`` is the front matter (for ``{{ page.x }}``).

    Fast for text without ``{`` or ``<``, which is most of a description.
    """
    if "{" not in text and "<" not in text:
        return Cleaned(text, ())
    lost: list[str] = []
    if "{%" in text or "{{" in text:
        text = _Liquid(page or {}, lost).render(text)
    if "{" in text or "<" in text:
        text = _outside_code(text, lambda prose: _prose(prose, lost))
    return Cleaned(text, tuple(lost))


class _Lazy:
    """A pattern compiled on first use: most text holds no site markup, and compiling all of
    them would cost every export's process two milliseconds."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def search(self, text: str, position: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, position)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text)


def _short(markup: str) -> str:
    """One line of at most 60 characters, for a warning."""
    line = " ".join(markup.split())
    return line if len(line) <= 60 else line[:59] + "…"


# -- Liquid ---------------------------------------------------------------------------------

# A tag {% name args %} or an output {{ expression }}, with Liquid's optional "-" trimming.
_LIQUID = _Lazy(r"\{%-?\s*(\w*)(.*?)-?%\}|\{\{-?(.*?)-?\}\}", re.S)
# A markdown link whose address is Liquid ({% link x.md %}, {{ site.baseurl }}/x): the
# address only means something on the site, so the link becomes its text.
_SITE_LINK = _Lazy(r"(!?)\[([^\]\n]*)\]\(\s*<?[^()\s]*?(?:\{%[^%]*%\}|\{\{[^}]*\}\})[^()]*\)")
_VARIABLE = _Lazy(r"\s*page\.([\w-]+)\s*(.*)", re.S)
_FILTERS: dict[str, Callable[[str], str]] = {
    "upcase": str.upper,
    "downcase": str.lower,
    "capitalize": str.capitalize,
    "strip": str.strip,
    "escape": str,
    "xml_escape": str,
    "smartify": str,
    "markdownify": str,
}
# Block tags that end at a tag of their own: what happens to their content.
_ENDS = {"comment": "endcomment", "raw": "endraw", "highlight": "endhighlight"}


class _Liquid:
    """Renders the Liquid that a reader outside the site can be given, and notes the rest."""

    def __init__(self, page: Mapping[str, object], lost: list[str]) -> None:
        self.page = page
        self.lost = lost

    def render(self, text: str) -> str:
        text = _SITE_LINK.sub(self._site_link, text)
        out: list[str] = []
        position = 0
        while True:
            found = _LIQUID.search(text, position)
            if found is None:
                break
            out.append(text[position : found.start()])
            position = found.end()
            name = found.group(1)
            if found.group(3) is not None:
                out.append(self._output(found.group(0), found.group(3)))
            elif name in _ENDS:
                content, position = self._block(text, position, name, found.group(0))
                if name == "raw":
                    out.append(content)
                elif name == "highlight":
                    language = found.group(2).split()[0] if found.group(2).split() else ""
                    # A fence of its own: it must start a line and end one.
                    before = "\n" if out and out[-1] and not out[-1].endswith("\n") else ""
                    out.append(f"{before}```{language}\n{content.strip(chr(10))}\n```\n")
            else:
                self.lost.append(_short(found.group(0)))
        out.append(text[position:])
        return "".join(out)

    def _block(self, text: str, start: int, name: str, opening: str) -> tuple[str, int]:
        """The content of a block tag and where it ends; to the end of the text if unclosed."""
        end = re.compile(r"\{%-?\s*" + _ENDS[name] + r"\b.*?%\}", re.S).search(text, start)
        if end is None:
            self.lost.append(_short(opening))
            return text[start:], len(text)
        return text[start : end.start()], end.end()

    def _output(self, markup: str, expression: str) -> str:
        variable = _VARIABLE.fullmatch(expression)
        if variable is None:
            self.lost.append(_short(markup))
            return ""
        value = self.page.get(variable.group(1))
        text = "" if value is None else str(value)
        for piece in variable.group(2).split("|")[1:]:
            name = piece.split(":")[0].strip()
            apply = _FILTERS.get(name)
            if apply is None:
                self.lost.append(_short(markup))
                break
            text = apply(text)
        return text

    def _site_link(self, found: re.Match[str]) -> str:
        if found.group(1):  # an image at a site address cannot be fetched
            self.lost.append(_short(found.group(0)))
            return found.group(2)
        return found.group(2)


# -- kramdown and HTML, outside code ------------------------------------------------------

_FENCE = _Lazy(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = _Lazy(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


def _outside_code(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` applied to every stretch outside fenced code and code spans."""
    out: list[str] = []
    start = 0  # where the current stretch, prose or code, starts
    offset = 0
    fence = ""
    for line in text.splitlines(keepends=True):
        marker = _FENCE.match(line)
        if not fence:
            if marker is not None:  # a fence opens: the prose before it is changed
                out.append(_prose_spans(text[start:offset], change))
                start, fence = offset, marker.group(1)
        elif (
            marker is not None
            and marker.group(1)[0] == fence[0]
            and len(marker.group(1)) >= len(fence)
            and not line[marker.end() :].strip()
        ):
            out.append(text[start : offset + len(line)])  # the code, as it is
            start, fence = offset + len(line), ""
        offset += len(line)
    rest = text[start:]
    out.append(rest if fence else _prose_spans(rest, change))  # an open fence runs to the end
    return "".join(out)


def _prose_spans(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied around the code spans of ``text``."""
    if "`" not in text:
        return change(text)
    out: list[str] = []
    position = 0
    for span in _CODE_SPAN.finditer(text):
        out.append(change(text[position : span.start()]))
        out.append(span.group(0))
        position = span.end()
    out.append(change(text[position:]))
    return "".join(out)


# kramdown: a block attribute list or definition alone on its line ({: .no_toc }, {:toc},
# {:refdef: .x}); the list item "TOC" (or any one item) a {:toc} turns into a table of
# contents; an attribute list after a span ([a](b){: .btn }); a heading id ({#roller}).
_BLOCK_IAL = _Lazy(r"^ {0,3}\{:(?!:)[^}\n]*\}[ \t]*(?:\n|$)", re.M)
_TOC = _Lazy(r"^ {0,3}(?:[-*+]|\d+[.)])[ \t]+[^\n]*\n {0,3}\{:\s*toc\s*\}[ \t]*(?:\n|$)", re.M)
_SPAN_IAL = _Lazy(r"\{:(?!:)[^}\n]*\}")
_HEADING_ID = _Lazy(r"[ \t]+\{#[A-Za-z][\w:.-]*\}[ \t]*$", re.M)
# kramdown extensions: {::comment}…{:/comment}, {::nomarkdown}…{:/nomarkdown}, {::options …/}.
_EXTENSION = _Lazy(r"\{::(\w+)([^}]*?)(/)?\}(?:(.*?)\{:/(?:\1)?\})?", re.S)

_HTML_COMMENT = _Lazy(r"<!--.*?(?:-->|\Z)", re.S)
# Elements whose content is no text for a reader (or cannot be shown outside a browser).
_DROPPED = (
    "script|style|iframe|object|embed|video|audio|canvas|svg|noscript|template|form|button|"
    "select|textarea|map"
)
_DROPPED_ELEMENT = _Lazy(rf"<({_DROPPED})\b[^>]*>.*?</\1\s*>", re.S | re.I)
_DROPPED_TAG = _Lazy(rf"</?(?:{_DROPPED}|img|input|source|track|area|param)\b[^>]*>", re.I)
_ANCHOR = _Lazy(
    r"""<a\b[^>]*?\bhref\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)[^>]*>(.*?)</a\s*>""", re.S | re.I
)
_IMAGE_ALT = _Lazy(r"""\balt\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_INLINE = {
    "b": "**", "strong": "**", "i": "*", "em": "*", "code": "`", "s": "~~", "del": "~~",
    "strike": "~~",
}  # fmt: skip
_BLOCK_TAGS = (
    "address|article|aside|blockquote|center|dd|details|div|dl|dt|figcaption|figure|footer|"
    "h[1-6]|header|hr|li|main|nav|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul"
)
_BLOCK_CLOSE = _Lazy(rf"[ \t]*</(?:{_BLOCK_TAGS})\s*>[ \t]*", re.I)
_TAG = _Lazy(r"</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>")
_BREAK = _Lazy(r"<br\s*/?>", re.I)


def _prose(text: str, lost: list[str]) -> str:
    if "{" in text:
        text = _kramdown(text, lost)
    if "<" in text:
        text = _html(text, lost)
    return text


def _kramdown(text: str, lost: list[str]) -> str:
    if "{::" in text:
        text = _EXTENSION.sub(lambda found: _extension(found, lost), text)
    if "{:" in text:
        for toc in _TOC.finditer(text):
            lost.append(_short(toc.group(0)))
        text = _TOC.sub("", text)
        text = _BLOCK_IAL.sub("", text)
        text = _SPAN_IAL.sub("", text)
    if "{#" in text:
        text = _HEADING_ID.sub("", text)
    return text


def _extension(found: re.Match[str], lost: list[str]) -> str:
    name, content = found.group(1), found.group(4)
    if name == "nomarkdown":
        return content or ""  # raw HTML: reduced to its text with the rest
    if name not in ("comment", "options"):
        lost.append(_short(found.group(0)))
    return ""


def _html(text: str, lost: list[str]) -> str:
    text = _HTML_COMMENT.sub("", text)
    if "<" not in text:
        return text
    for element in _DROPPED_ELEMENT.finditer(text):
        lost.append(_short(element.group(0)))
    text = _DROPPED_ELEMENT.sub("", text)
    text = _ANCHOR.sub(_anchor, text)
    text = _BREAK.sub("<br>", text)
    text = _BLOCK_CLOSE.sub("\n", text)  # the end of a block element ends its line
    return _TAG.sub(lambda found: _tag(found, lost), text)


def _anchor(found: re.Match[str]) -> str:
    target = found.group(1).strip("\"'")
    label = found.group(2)
    return f"[{label}]({target})" if is_web_link(target) and label.strip() else label


def _tag(found: re.Match[str], lost: list[str]) -> str:
    tag = found.group(0)
    name = found.group(1).lower()
    if name == "br":
        return tag
    if name == "summary":  # the line that opens a <details>: a bold line of its own
        return "**\n\n" if tag.startswith("</") else "**"
    if name in _INLINE:
        return _INLINE[name]
    if name == "img":
        alt = _IMAGE_ALT.search(tag)
        lost.append(_short(tag))
        return alt.group(1).strip("\"'") if alt else ""
    if _DROPPED_TAG.fullmatch(tag):
        lost.append(_short(tag))
    return ""
