"""The markdown-it-py parser the outputs read prose with: CommonMark plus GFM tables and
strikethrough, as the website shows them. The Word and PDF exports and the check for links an
output cannot follow (:mod:`os2editor.links`) share it, so they read a text alike.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The one markdown-it-py parser: CommonMark plus GFM tables and strikethrough.

    (Links and images go through markdown-it's own address check, which turns
    ``javascript:``, ``vbscript:``, ``file:`` and non-image ``data:`` addresses into text.)
    """
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])
