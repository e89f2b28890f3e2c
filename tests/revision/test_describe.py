"""One-line descriptions: every label exists in both languages and formats."""

from __future__ import annotations

import string

import pytest

from os2editor.revision import Change, ChangeKind, describe
from os2editor.revision.labels import DANISH, ENGLISH, LABELS
from os2editor.revision.wording import shorten, show_words
from os2editor.revision.words import WordDiff


def test_both_languages_have_the_same_labels() -> None:
    assert set(DANISH) == set(ENGLISH)
    assert set(LABELS) == {"da", "en"}


@pytest.mark.parametrize("table", [DANISH, ENGLISH])
def test_every_label_uses_only_known_placeholders(table: dict[str, str]) -> None:
    known = {"old", "new", "text", "source", "target", "group", "section", "key", "diff"}
    for key, template in table.items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert names <= known, key


def test_long_texts_are_cut_at_a_word() -> None:
    text = "Afholde workshops og webinarer for nye og gamle medlemmer om alle foreningens værktøjer"
    assert shorten(text, 40) == "Afholde workshops og webinarer for nye ..."
    assert shorten("kort\n  tekst") == "kort tekst"


def test_shown_word_diff_keeps_a_little_context() -> None:
    words: WordDiff = (
        ("equal", "En meget lang indledning med rigtig mange ord før ændringen "),
        ("delete", "gammel"),
        ("insert", "ny"),
        ("equal", " og derefter endnu flere ord til sidst i teksten her"),
    )
    assert show_words(words) == (
        "... mange ord før ændringen [-gammel-]{+ny+} og derefter endnu flere ..."
    )


def test_unknown_language_falls_back_to_danish() -> None:
    change = Change(
        ChangeKind.ADDED,
        "free",
        "section",
        (2,),
        section="Ansvarsfordeling",
        new="Ansvarsfordeling",
    )
    assert describe(change, "de") == describe(change) == "Afsnit tilføjet: Ansvarsfordeling"
    assert describe(change, "en") == "Section added: Ansvarsfordeling"


def test_unknown_field_uses_the_fallback_line() -> None:
    change = Change(ChangeKind.EDITED, "tasks", "something_new", (1,), section="Opgaver", new="x")
    assert describe(change) == "Ændring i Opgaver: x"
