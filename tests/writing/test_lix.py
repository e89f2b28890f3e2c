"""LIX as issue 19 defines it, pinned on texts counted by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from os2editor.storage.settings import LIX_BANDS, Settings
from os2editor.writing.lix import (
    Band,
    Readability,
    band_of,
    letters,
    long_words,
    meets,
    readability,
    sentences,
)
from tests.helpers import examples


def test_a_short_text_counted_by_hand() -> None:
    # Sekretariatschefen(18) leder sekretariatet(13). Hun refererer(9) til bestyrelsen(11)!
    counts = readability("Sekretariatschefen leder sekretariatet. Hun refererer til bestyrelsen!")
    assert counts == Readability(words=7, sentences=2, long_words=4)
    assert counts.lix == pytest.approx(7 / 2 + 100 * 4 / 7)  # 60.64...
    assert counts.shown == 60.6
    assert counts.band is Band.VERY_HARD


def test_a_list_counted_by_hand() -> None:
    # The lead-in ends at its colon; each item ends a sentence without punctuation.
    text = "Rollen har ansvar for:\n\n- planlægning\n- kommunikation med medlemmer\n- drift"
    counts = readability(text)
    # words: Rollen har ansvar for | planlægning | kommunikation med medlemmer | drift
    # long: planlægning, kommunikation, medlemmer ("Rollen" and "ansvar" have 6 letters)
    assert counts == Readability(words=9, sentences=4, long_words=3)
    assert counts.shown == 35.6  # 9/4 + 100*3/9 = 35.58
    assert counts.band is Band.MEDIUM


def test_abbreviations_follow_the_rule_literally() -> None:
    """A "." followed by a space ends a sentence, so "bl.a. " and "f.eks. " each end one and
    "37 timer pr. uge." ends two. The dots inside keep an abbreviation one word ("bl.a")."""
    text = "Rollen deltager bl.a. i netværk, f.eks. OS2-fællesskabet. Timetal: 37 timer pr. uge."
    counts = readability(text, prose=False)
    # sentences: "Rollen deltager bl.a." | "i netværk, f.eks." | "OS2-fællesskabet." |
    #            "Timetal:" | "37 timer pr." | "uge."
    # long: deltager(8) netværk(7) OS2-fællesskabet(14 letters) Timetal(7)
    assert counts == Readability(words=12, sentences=6, long_words=4)
    assert counts.shown == 35.3  # 12/6 + 100*4/12
    words = [text[s.start:s.end] for s in sentences(text, prose=False)]
    assert words == ["Rollen deltager bl.a.", "i netværk, f.eks.", "OS2-fællesskabet.",
                     "Timetal:", "37 timer pr.", "uge."]


def test_a_full_stop_inside_a_word_or_number_ends_nothing() -> None:
    assert readability("Prisen er 1.200 kr/time i 2026") == Readability(7, 1, 0)
    assert readability("Arbejdstiden er 37,5 timer") == Readability(4, 1, 1)


def test_hyphens_and_apostrophes_keep_a_word_whole() -> None:
    counts = readability("OS2’s styre- og koordinationsgrupper.", prose=False)
    # OS2’s | styre | og | koordinationsgrupper: the dangling hyphen is not part of a word
    assert counts == Readability(words=4, sentences=1, long_words=1)
    assert letters("OS2-fællesskabet") == 14


def test_punctuation_with_no_word_since_the_last_end_ends_nothing() -> None:
    assert readability("Hvad?! Nej... Jo. . Godt") == Readability(words=4, sentences=4)


def test_a_colon_or_mark_not_followed_by_a_space_ends_nothing() -> None:
    assert readability("Mødet kl. 10:30 er aflyst") == Readability(words=6, sentences=2)


def test_headings_and_markup_are_not_text() -> None:
    text = ("### En overskrift med mange meget lange overskriftsord\n\n"
            "**Fed** tekst med [et link](https://example.org/en-meget-lang-adresse_(x)) og "
            "`kode`.\n\n<!-- en kommentar med ord -->\n\n```\nkodeblok med ord\n```\n\n"
            "{% include job/info.html %} Slut &amp; <b>færdig</b>.")
    counts = readability(text)
    # "Fed tekst med et link og kode." and "Slut færdig."
    assert counts == Readability(words=9, sentences=2, long_words=0)


def test_a_setext_heading_is_not_counted() -> None:
    assert readability("Overskrift her\n---\n\nEn sætning.") == Readability(2, 1, 1)


def test_each_table_cell_ends_a_sentence() -> None:
    text = "| Område | Beskrivelse |\n|---|---|\n| **Roadmap** | Definere planen |"
    assert readability(text) == Readability(words=5, sentences=4, long_words=3)


def test_a_quote_and_a_paragraph_are_two_paragraphs() -> None:
    assert readability("> **Bemærk**: en note\nEfter noten") == Readability(5, 3, 0)


def test_a_hard_break_is_a_space_not_an_end() -> None:
    assert readability("Første linje  \nanden linje") == Readability(4, 1, 0)
    assert readability("Første linje.  \nAnden linje") == Readability(4, 2, 0)


@pytest.mark.parametrize(
    ("lix", "band"),
    [(0.0, Band.VERY_EASY), (24.9, Band.VERY_EASY), (24.96, Band.EASY), (25.0, Band.EASY),
     (34.94, Band.EASY), (34.96, Band.MEDIUM), (44.9, Band.MEDIUM), (45.0, Band.HARD),
     (54.9, Band.HARD), (55.0, Band.VERY_HARD), (90.0, Band.VERY_HARD)],
)
def test_bands_as_shown(lix: float, band: Band) -> None:
    """Bands follow the LIX as shown (one decimal), so the figure and the band agree."""
    assert band_of(lix) is band


def test_bands_have_danish_and_english_names() -> None:
    assert [band.danish for band in Band] == ["meget let", "let", "middel", "svær", "meget svær"]
    assert [band.english for band in Band] == ["very easy", "easy", "medium", "hard",
                                               "very hard"]


def test_no_words_has_no_lix() -> None:
    assert readability("") == Readability()
    assert readability("---\n\n### Kun en overskrift").lix is None
    assert Readability().band is None


def test_sentence_and_word_spans_point_into_the_text_as_written() -> None:
    text = "Første **sætning** her. Anden og [længere](https://x.dk) sætning med flere ord."
    found = sentences(text)
    assert [text[s.start:s.end] for s in found] == [
        "Første **sætning** her.",
        "Anden og [længere](https://x.dk) sætning med flere ord.",
    ]
    assert [s.words for s in found] == [3, 7]
    assert [text[w.start:w.end] for w in long_words(text)] == ["sætning", "længere", "sætning"]


# -- properties ----------------------------------------------------------------------------

_TEXTS = st.lists(st.sampled_from([*"abcæøåXYZ019 .,:!?-’*_[]()#>|`\n", "  \n", "\n\n", "- ",
                                    "1. ", "**", "lang"]), max_size=80).map("".join)
_PLAIN = st.lists(st.sampled_from([*"abcæøåXYZ019 .,:!?’\n-", "\n\n"]),
                  max_size=80).map("".join)


@settings(max_examples=examples(300))
@given(_TEXTS, st.booleans())
def test_counts_and_spans_agree(text: str, prose: bool) -> None:
    counts = readability(text, prose)
    found = sentences(text, prose)
    assert counts.sentences == len(found)
    assert counts.words == sum(s.words for s in found)
    assert counts.long_words == sum(s.long_words for s in found) == len(long_words(text, prose))
    assert counts.long_words <= counts.words and counts.sentences <= counts.words
    if counts.words:
        assert counts.sentences >= 1 and counts.lix is not None and counts.lix >= 1
    previous = 0
    for sentence in found:
        assert previous <= sentence.start < sentence.end <= len(text)
        previous = sentence.end


@settings(max_examples=examples(300))
@given(_PLAIN, _PLAIN)
def test_paragraphs_add_up(first: str, second: str) -> None:
    """A blank line ends a paragraph: two texts read apart count as the two read together."""
    joined = readability(f"{first}\n\n{second}")
    assert joined == readability(first) + readability(second)


@settings(max_examples=examples(200))
@given(_PLAIN)
def test_long_words_have_more_than_six_letters(text: str) -> None:
    for word in long_words(text):
        assert letters(text[word.start:word.end]) == word.letters > 6


def test_a_target_band_is_met_by_it_and_every_easier_band() -> None:
    assert meets(44.9, Band.MEDIUM) and meets(10.0, Band.MEDIUM)
    assert not meets(45.0, Band.MEDIUM)
    assert meets(80.0, Band.VERY_HARD) and not meets(25.0, Band.VERY_EASY)


def test_the_settings_know_the_bands_and_default_to_middel() -> None:
    assert tuple(band.danish for band in Band) == LIX_BANDS
    assert Band(Settings().lix_target) is Band.MEDIUM
    assert Settings.from_json({"lix_target": "let"}).lix_target == "let"
    with pytest.raises(ValueError, match="lix_target"):
        Settings.from_json({"lix_target": "nem"})
