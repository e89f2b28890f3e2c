"""Word-level diffs: exact round trips, readable runs of changes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from os2editor.revision.words import new_text, old_text, similarity, tokens, word_diff

DANISH = st.text(alphabet=st.sampled_from(list("abcæøå ÆØÅ.,–:\n\t37")), max_size=40)


@given(DANISH, DANISH)
def test_joining_the_word_diff_gives_back_both_texts(old: str, new: str) -> None:
    words = word_diff(old, new)
    assert old_text(words) == old
    assert new_text(words) == new
    assert all(text for _, text in words)


@given(DANISH)
def test_tokens_keep_every_character(text: str) -> None:
    assert "".join(tokens(text)) == text


def test_a_changed_number_is_one_small_change() -> None:
    assert word_diff("Timetal: 37 timer pr. uge.", "Timetal: 30 timer pr. uge.") == (
        ("equal", "Timetal: "),
        ("delete", "37"),
        ("insert", "30"),
        ("equal", " timer pr. uge."),
    )


def test_neighbouring_changed_words_read_as_one_change() -> None:
    assert word_diff("Afholde workshops for alle.", "Holde møder for alle.") == (
        ("delete", "Afholde workshops"),
        ("insert", "Holde møder"),
        ("equal", " for alle."),
    )


def test_similarity_ignores_case_and_is_symmetric_enough() -> None:
    assert similarity("Lede Holdet.", "lede holdet.") == 1.0
    assert similarity("Skrive referater.", "Planlægge generalforsamlingen.") < 0.6
    assert similarity("Forberede møder.", "Forberede bestyrelsesmøder.") >= 0.6
