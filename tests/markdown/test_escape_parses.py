"""Escaping prose parses the whole text once, and again only when the escapes change it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from os2editor.markdown import escape
from os2editor.markdown.blocks import parser


def _whole_text_parses(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    escape.prose(text, escape.LIST_PROSE)  # warm: the line rule's parses are cached
    lines = text.count("\n") + 1
    calls: list[str] = []
    parse: Callable[..., Any] = parser().parse

    def counting(source: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(source)
        return parse(source, *args, **kwargs)

    monkeypatch.setattr(parser(), "parse", counting)
    escape.prose(text, escape.LIST_PROSE)
    monkeypatch.undo()
    return sum(source.count("\n") == lines for source in calls)  # the text's, not a line's


def test_plain_prose_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Et afsnit\nover to linjer\n\n```\nkode\n```\n\n- en punkt"
    assert _whole_text_parses(monkeypatch, text) == 1


def test_a_protected_entity_parses_the_changed_text_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Et afsnit\n\n&#96;``ligner en escape"
    assert _whole_text_parses(monkeypatch, text) == 2
    assert escape.prose(text, escape.LIST_PROSE) == "Et afsnit\n\n&amp;#96;``ligner en escape"


def test_an_open_fence_is_parsed_again_after_its_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Et afsnit\n\n```\nkode uden slutning"
    assert _whole_text_parses(monkeypatch, text) == 2
    assert escape.prose(text, escape.LIST_PROSE) == "Et afsnit\n\n&#96;``\nkode uden slutning"
