"""Fuzz the reader: any bytes or markdown-ish text gives a document or a ReadError, nothing else.

Whatever the reader accepts, the writer must give back unchanged (principle 1: never lose a byte).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from os2editor.errors import ReadError
from os2editor.markdown import dumps, loads
from os2editor.model import FunctionDescription
from tests.helpers import examples

FUZZ = settings(
    max_examples=examples(300),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORDS = st.sampled_from(
    [
        "Koordinere", "møder", "på", "tværs", "af", "OS2’s", "produkter", "–", "MUST", "SHOULD",
        "COULD", "WON'T", "Timetal:", "37", "timer", "pr.", "uge.", "æøå", "ÆØÅ", "[link](x.md)",
        "`kode`", "*kursiv*", "_", "\\", "|", ":", "#", "{% include note.html %}",
        "{{ page.title }}", "<br>", "&amp;", "…", "\t", "  ", "1.", "-", "**", "---",
    ]
)
PHRASE = st.lists(WORDS, min_size=0, max_size=6).map(" ".join)
FREE_TEXT = st.text(st.characters(codec="utf-8"), max_size=20)
INLINE = st.one_of(PHRASE, PHRASE, FREE_TEXT)

KNOWN_HEADINGS = st.sampled_from(
    [
        "Funktionsbeskrivelse – Koordinator i OS2", "Formål med stillingen", "Ansvarsområde",
        "Arbejdsopgaver og prioritering", "MUST (skal løses for at OS2 kan fungere)",
        "SHOULD (bør løses)", "COULD", "WON'T (løses ikke)", "Samarbejdsrelationer",
        "Faglige kvalifikationer", "Faglige kompetencer", "Personlige kvalifikationer",
        "Øvrige forhold", "1. Planlægge og koordinere", "2. Kommunikation", "Noter",
    ]
)


@st.composite
def heading(draw: st.DrawFn) -> str:
    level = draw(st.integers(min_value=1, max_value=7))
    text = draw(st.one_of(KNOWN_HEADINGS, INLINE))
    space = draw(st.sampled_from([" ", "  ", "", " \t"]))
    return "#" * level + space + text + draw(st.sampled_from(["", " ", " ##"]))


@st.composite
def bullet(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from(["", "", "  ", "    ", "\t"]))
    marker = draw(st.sampled_from(["- ", "* ", "+ ", "1. ", "2) ", "-"]))
    label = draw(st.sampled_from(["", "", "**MUST** – ", "**Forbedre tilbud** – ", "**", "**x**"]))
    return indent + marker + label + draw(INLINE)


@st.composite
def table(draw: st.DrawFn) -> str:
    columns = draw(st.integers(min_value=1, max_value=3))
    rows = draw(st.lists(st.lists(PHRASE, min_size=columns, max_size=columns), max_size=3))
    lines = ["| " + " | ".join(["Opgave"] * columns) + " |", "|" + "---|" * columns]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


GOOD_YAML = st.sampled_from(
    [
        "title: Koordinator", "layout: default", "parent: Organisation og Roller",
        "nav_order: 3", "nav_order: 2.5", "title: 'Citeret: titel'", "# en kommentar",
        "tags:", "  - a", "title:", "title: ~", "title: 12", "nøgle: værdi # kommentar",
        "grand_parent: Om OS2", "has_children: true", "  indrykket: ja",
    ]
)
ODD_YAML = st.sampled_from(
    [
        'title: "uafsluttet', "- løs", "key: [1, 2", ": tom nøgle", "&anker x", "*alias",
        "!!binary abc", "\tfaneblad: x", "...",
    ]
)
YAML_LINES = st.one_of(GOOD_YAML, GOOD_YAML, GOOD_YAML, ODD_YAML, PHRASE.map("extra: {}".format))


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    lines = draw(st.lists(YAML_LINES, max_size=6))
    closing = draw(st.sampled_from(["---", "---", "---", "...", "--- ", ""]))
    return "\n".join(["---", *lines, closing])


BLOCK = st.one_of(
    heading(),
    heading(),
    bullet(),
    bullet(),
    bullet(),
    INLINE,
    table(),
    INLINE.map(lambda text: "> " + text),
    st.just(""),
    st.just(""),
    st.sampled_from(["```", "```yaml", "<div>", "</div>", "<!-- note -->", "{% raw %}", "***"]),
)


SECTION_HEADINGS = st.sampled_from(
    [
        "Formål med stillingen",
        "Ansvarsområde",
        "Arbejdsopgaver og prioritering",
        "Samarbejdsrelationer",
        "Faglige kvalifikationer",
        "Personlige kvalifikationer",
        "Øvrige forhold",
        "Noter til revision",
    ]
)
SUBHEADINGS = st.sampled_from(
    [
        "### MUST (skal løses for at OS2 kan fungere)",
        "### SHOULD (bør løses, hvis ressourcerne er til stede)",
        "### COULD (nice-to-have)",
        "### WON'T",
        "### 1. Planlægge og koordinere",
        "### 2. Kommunikation og formidling",
        "#### Noter",
    ]
)
SECTION_LINE = st.one_of(bullet(), bullet(), bullet(), INLINE, st.just(""), SUBHEADINGS)


@st.composite
def structured_body(draw: st.DrawFn) -> list[str]:
    """The usual skeleton: an H1, a lead, and ## sections with bullets and ### groups."""
    lines = [draw(st.sampled_from(["# Funktionsbeskrivelse – Koordinator", "# Koordinator"])), ""]
    if draw(st.booleans()):
        lines += [draw(INLINE), ""]
    for _ in range(draw(st.integers(min_value=0, max_value=7))):
        lines += ["## " + draw(SECTION_HEADINGS), ""]
        lines += draw(st.lists(SECTION_LINE, max_size=8))
        lines.append("")
    return lines


@st.composite
def markdownish(draw: st.DrawFn) -> str:
    """A text in the rough shape of a funktionsbeskrivelse, with the usual oddities."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(front_matter()))
    lines += draw(st.one_of(structured_body(), st.lists(BLOCK, max_size=25)))
    lines = [line + draw(st.sampled_from(["", "", "", " ", "  ", "\t"])) for line in lines]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text += "\n"
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r\n", "\r"]))
    text = text.replace("\n", newline)
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        # A file edited on two systems: one CRLF somewhere in an LF file, or the reverse.
        old, new = ("\r\n", "\n") if "\r\n" in text else ("\n", "\r\n")
        text = text.replace(old, new, 1)
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        text = "\ufeff" + text
    return text


def _check_text(text: str) -> None:
    try:
        doc = loads(text)
    except ReadError:
        return
    assert isinstance(doc, FunctionDescription)
    assert dumps(doc) == text


def _check_bytes(data: bytes) -> None:
    try:
        doc = loads(data)
    except ReadError:
        return
    assert isinstance(doc, FunctionDescription)
    assert dumps(doc) == data.decode("utf-8")


@FUZZ
@given(markdownish())
def test_markdownish_text_reads_and_round_trips(text: str) -> None:
    _check_text(text)


@FUZZ
@given(st.text())
def test_arbitrary_text_reads_and_round_trips(text: str) -> None:
    _check_text(text)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_read_or_raise_read_error(data: bytes) -> None:
    _check_bytes(data)


@settings(FUZZ, max_examples=examples(150))
@given(markdownish(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_markdownish_bytes_read_or_raise_read_error(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _check_bytes(data)
