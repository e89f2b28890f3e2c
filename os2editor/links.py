"""Which links an output may make clickable, and the links a piece of markdown holds.

A link in a Word file (or a PDF) is followed by a click, and a scheme such as ``ms-msdt:``,
``search-ms:``, ``ms-word:`` or ``smb://`` starts a program on the reader's machine. So only
web and e-mail addresses become links (:func:`is_web_link`); every other link is written as
its text, and ``os2editor check`` names it (:func:`plain_links`). A link without a scheme
(``role_descriptions/x``, ``#roller``) points into the website, where a Word file cannot
follow it, so it is written as text too.
"""

from __future__ import annotations

import re
from functools import lru_cache

WEB_SCHEMES = frozenset({"http", "https", "mailto"})

# RFC 3986: a scheme is a letter, then letters, digits, "+", "-" or ".", then ":".
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Cheap signs of a link, looked for before asking the markdown parser: inline links and
# images, autolinks and reference definitions. (A reference use needs a definition.)
_MAYBE_LINK = re.compile(r"\]\(|\]:|<[A-Za-z][A-Za-z0-9+.-]*:")


def scheme(url: str) -> str | None:
    """The scheme of ``url`` in lower case ("https"), or None when it has none."""
    found = _SCHEME.match(url.strip())
    return found.group(1).lower() if found else None


def is_web_link(url: str) -> bool:
    """Whether ``url`` may become a clickable link: http, https or mailto, and nothing else."""
    return scheme(url) in WEB_SCHEMES


def plain_links(markdown: str) -> list[str]:
    """The targets of the links in ``markdown`` that are not web or e-mail addresses, in order.

    These are the links an output writes as their text. Images are not links (their source is
    never followed by a click). Links are read as markdown-it-py reads them, so the answer is
    the same as the Word export's.
    """
    if not _MAYBE_LINK.search(markdown):
        return []
    return list(_plain_links(markdown))


@lru_cache(maxsize=512)
def _plain_links(markdown: str) -> tuple[str, ...]:
    # Cached: the same prose (the MoSCoW legend and its link) recurs in every description.
    from os2editor.markdown.parser import markdown_parser

    found: list[str] = []
    for token in markdown_parser().parse(markdown, {}):
        for child in token.children or ():
            if child.type == "link_open":
                target = str(child.attrGet("href") or "")
                if not is_web_link(target):
                    found.append(target)
    return tuple(found)
