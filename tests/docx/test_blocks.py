"""Model -> export blocks: structure, inline runs, free markdown, omit, bad characters."""

from __future__ import annotations

import pytest

from os2editor.docx.blocks import (
    PART_NAMES,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Table,
    Title,
    blocks_for,
    markdown_blocks,
    notes_for,
)
from os2editor.docx.inline import BREAK, Run, clean_text, parse_inline, plain_text
from os2editor.markdown import loads
from os2editor.model import (
    FreeSection,
    FrontMatter,
    FunctionDescription,
    Item,
    PurposeSection,
    SectionKind,
)

from .helpers import ROLE_MD, small_doc


def outline(doc: FunctionDescription, omit: tuple[str, ...] = ()) -> list[tuple[str, object, str]]:
    """(kind, level, text) for every block, for readable comparisons."""
    rows = []
    for block in blocks_for(doc, omit):
        runs = getattr(block, "runs", ())
        rows.append((type(block).__name__, getattr(block, "level", None), plain_text(runs)))
    return rows


def test_structure_of_a_description() -> None:
    rows = outline(loads(ROLE_MD))
    # The title's last two words are bound by a no-break space, so "OS2" never stands alone.
    assert rows[0] == ("Title", None, "Funktionsbeskrivelse – Dataansvarlig i\u00a0OS2")
    headings = [(level, text) for kind, level, text in rows if kind == "Heading"]
    assert headings == [
        (1, "Formål med stillingen"),
        (1, "Ansvarsområde"),
        (2, "1. Vedligeholde registre"),
        (2, "2. Rådgive medlemmer"),
        (1, "Arbejdsopgaver og prioritering"),
        (2, "MUST (skal løses for at OS2 kan fungere)"),
        (2, "SHOULD (bør løses, hvis ressourcerne er til stede)"),
        (1, "Personlige kvalifikationer"),
        (1, "Ansvarsfordeling"),
        (2, "Sekretariatet"),
        (1, "Øvrige forhold"),
    ]
    assert ("ListItem", 1, "Følge op hver måned.") in rows
    assert ("ListItem", 0, "Bedre datakvalitet – rydde op i fælles registre.") in rows


def test_areas_are_numbered_in_order_and_nested_items_share_a_list() -> None:
    blocks = blocks_for(small_doc())
    areas = [b for b in blocks if isinstance(b, Heading) and b.level == 2]
    assert [plain_text(b.runs) for b in areas][:2] == ["1. Drift", "2. Rådgivning"]
    items = [b for b in blocks if isinstance(b, ListItem)]
    parent, child = items[1], items[2]
    assert (parent.level, child.level) == (0, 1)
    assert parent.list_id == child.list_id
    # Each list of the document has its own id, in order.
    ids = [b.list_id for b in items]
    assert ids == sorted(ids)
    assert len(set(ids)) == 7


def test_item_newlines_are_hard_breaks_and_initiative_labels_bold() -> None:
    blocks = blocks_for(small_doc())
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert items[0].runs == (Run("Færre fejl", bold=True), Run(" – "), Run("styrke kvaliteten."))
    assert items[2].runs == (Run("Også"), BREAK, Run("natten"))


def test_tasks_group_headings_keep_their_wording_and_empty_groups_are_left_out() -> None:
    rows = outline(small_doc())
    group_headings = [text for kind, level, text in rows if kind == "Heading" and level == 2][2:4]
    assert group_headings == ["MUST – kerneopgaver", "COULD"]


def test_inline_runs() -> None:
    runs = parse_inline("Et **fedt** og *kursivt* [link](https://x.dk/a) `kode`  \nny linje")
    assert runs == (
        Run("Et "),
        Run("fedt", bold=True),
        Run(" og "),
        Run("kursivt", italic=True),
        Run(" "),
        Run("link", link="https://x.dk/a"),
        Run(" "),
        Run("kode", code=True),
        BREAK,
        Run("ny linje"),
    )
    assert parse_inline("***begge***") == (Run("begge", bold=True, italic=True),)
    assert parse_inline("a<br>b") == (Run("a"), BREAK, Run("b"))
    assert parse_inline("OS2’s – æøå") == (Run("OS2’s – æøå"),)


def test_prose_newline_is_a_space_but_item_newline_a_break() -> None:
    assert parse_inline("to\nlinjer") == (Run("to linjer"),)
    assert parse_inline("to\nlinjer", newline_breaks=True) == (Run("to"), BREAK, Run("linjer"))


def test_free_markdown_blocks() -> None:
    body = (
        "### Under\n\nTekst\nfortsat.\n\n#### Dybere\n\n"
        "- a\n    - b\n\n3. tre\n4. fire\n\n> citat\n\n| A | B |\n|---|---|\n| **x** |\n\n---\n\n"
        "```\nkode\n  linje\n```\n\n<!-- skjult -->\n"
    )
    blocks = markdown_blocks(body)
    assert blocks[0] == Heading(2, (Run("Under"),))
    assert blocks[1] == Paragraph((Run("Tekst fortsat."),))
    assert blocks[2] == Heading(3, (Run("Dybere"),))
    a, b, three, four = blocks[3:7]
    assert isinstance(a, ListItem) and isinstance(b, ListItem)
    assert (a.level, b.level, a.list_id == b.list_id) == (0, 1, True)
    assert isinstance(four, ListItem) and isinstance(three, ListItem)
    assert three == ListItem(0, (Run("tre"),), three.list_id, ordered=True, start=3)
    assert four.list_id == three.list_id != a.list_id
    assert blocks[7] == Quote((Run("citat"),))
    table = blocks[8]
    assert isinstance(table, Table)
    assert table.header_rows == 1
    assert table.rows[1][0] == (Run("x", bold=True),)
    assert blocks[9] == Rule()
    assert blocks[10] == Paragraph((Run("kode"), BREAK, Run("  linje")), code=True)
    assert len(blocks) == 11  # the HTML comment is not shown


def test_liquid_comments_are_left_out_like_on_the_website() -> None:
    body = (
        "Før.\n\n{% comment %}\nSkjult note\n{% endcomment %}\n\n"
        "Efter {%- comment -%}x{%- endcomment -%}.\n\n{% include job/alert.html %}\n"
    )
    doc = FunctionDescription(h1="X", sections=[FreeSection(heading="Fri", body=body)])
    assert blocks_for(doc)[2:] == [Paragraph((Run("Før."),)), Paragraph((Run("Efter ."),))]
    assert [note.args for note in notes_for(doc)] == [{"markup": "{% include job/alert.html %}"}]
    assert notes_for(doc)[0].section == 0


def test_repeated_prose_gets_fresh_list_ids() -> None:
    """Parsed markdown is cached; the lists in it must still be numbered per document.
    (Free sections: a part's intro holds no bullet list, the writer escapes one.)"""
    legend = "- **MUST** – skal.\n- **SHOULD** – bør."
    doc = FunctionDescription(
        h1="X",
        sections=[
            FreeSection(heading="A", body=legend),
            FreeSection(heading="B", body=legend),
        ],
    )
    items = [b for b in blocks_for(doc) if isinstance(b, ListItem)]
    assert [b.list_id for b in items] == [1, 1, 2, 2]
    again = [b for b in blocks_for(doc) if isinstance(b, ListItem)]
    assert again == items


def test_omit_parts() -> None:
    doc = small_doc()
    kinds = {kind for kind, _, _ in outline(doc, ("tasks", "free", "purpose"))}
    text = " ".join(text for _, _, text in outline(doc, ("tasks", "free", "purpose")))
    assert "Arbejdsopgaver" not in text and "Noter" not in text and "Formål" not in text
    assert "Ansvarsområde" in text and "Øvrige forhold" in text
    assert "Title" in kinds
    assert tuple(kind.value for kind in SectionKind) == PART_NAMES


def test_unknown_part_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"Unknown part to omit: opgaver\. Known parts: purpose, "):
        blocks_for(small_doc(), ["opgaver"])


def test_characters_xml_cannot_hold_are_cleaned() -> None:
    assert clean_text("a\x00b\x01c\x1fd\ufffe") == "abcd"
    assert clean_text("tab\there\nline\r") == "tab\there\nline\r"
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert parse_inline("før\x0befter\x0cside") == (
        Run("før"),
        BREAK,
        Run("efter"),
        BREAK,
        Run("side"),
    )
    doc = FunctionDescription(
        h1="Titel\x00",
        sections=[FreeSection(heading="Fri", body="Linje\x0bto **fed\x07**\n")],
    )
    blocks = blocks_for(doc)
    assert blocks[0] == Title((Run("Titel"),))
    assert blocks[2] == Paragraph((Run("Linje"), BREAK, Run("to "), Run("fed", bold=True)))


def test_blocks_are_frozen_and_compare_by_value() -> None:
    first, second = blocks_for(small_doc()), blocks_for(small_doc())
    assert first == second
    title = first[0]
    assert isinstance(title, Title)
    with pytest.raises(AttributeError):
        title.runs = ()  # type: ignore[misc]
    changed = small_doc()
    changed.sections[0].initiatives[0].text = "noget andet."  # type: ignore[union-attr]
    assert blocks_for(changed) != first


def test_empty_document() -> None:
    assert blocks_for(FunctionDescription()) == []
    assert blocks_for(FunctionDescription(h1="Kun titel", sections=[])) == [
        Title((Run("Kun\u00a0titel"),))
    ]
    assert markdown_blocks("  \n\n") == []
    only_front_matter = FunctionDescription(front_matter=FrontMatter(title="Produktchef"))
    assert blocks_for(only_front_matter) == [Title((Run("Produktchef"),))]  # one word: no bind
    assert Item().text == ""


# -- prose is shown as the file says it, escapes and all (issue 13 point 2) ---------------


def test_an_escaped_bullet_in_an_intro_stays_a_paragraph() -> None:
    """The model holds "- ikke en liste" (the reader removes the writer's escape); the file
    says "\\- ikke en liste", which markdown shows as a paragraph, and so must the export."""
    doc = loads(
        "# R\n\n## Formål med stillingen\n\n\\- ikke en liste\n\n- **Mål** – en indsats.\n\n"
        "## Øvrige forhold\n\nFør listen.\n\n- Et punkt.\n\n1\\. ikke nummereret\n"
    )
    purpose, _conditions = doc.sections
    assert isinstance(purpose, PurposeSection) and purpose.intro == "- ikke en liste"
    assert outline(doc)[1:4] == [
        ("Heading", 1, "Formål med stillingen"),
        ("Paragraph", None, "- ikke en liste"),
        ("ListItem", 0, "Mål – en indsats."),
    ]
    assert outline(doc)[-1] == ("Paragraph", None, "1. ikke nummereret")
    assert sum(isinstance(block, ListItem) for block in blocks_for(doc)) == 2
    # A typed text that starts like a bullet shows as it reads on the website: a paragraph.
    typed = FunctionDescription(h1="R", sections=[PurposeSection(heading="Formål",
                                                                  intro="- skrevet i feltet")])
    assert ("Paragraph", None, "- skrevet i feltet") in outline(typed)


def test_every_prose_field_is_read_in_the_writers_context() -> None:
    """Preamble, lead, intro, lead-in, notes, outro and a free section's body each show what
    the file says; a heading in a part's intro is escaped by the writer, so it is text."""
    doc = FunctionDescription(
        preamble="# ikke titlen",
        h1="R",
        lead="## ikke en del",
        sections=[
            PurposeSection(heading="Formål med stillingen", intro="### ikke et område",
                           outro="- ikke et punkt"),
            FreeSection(heading="Andet", body="### Et afsnit\n\n- et rigtigt punkt"),
        ],
    )
    rows = outline(doc)
    assert ("Paragraph", None, "# ikke titlen") in rows
    assert ("Paragraph", None, "## ikke en del") in rows
    assert ("Paragraph", None, "### ikke et område") in rows
    assert ("Paragraph", None, "- ikke et punkt") in rows
    # A free section may hold its own subheadings and lists: the writer leaves them be.
    assert ("Heading", 2, "Et afsnit") in rows and ("ListItem", 0, "et rigtigt punkt") in rows


def test_the_notes_alone_are_the_notes_of_the_export() -> None:
    """``check`` asks for the notes without building the blocks (a large file's markdown is
    costly to parse); it must note exactly what an export notes, in every kind of field."""
    from os2editor.docx.blocks import _build

    marks = "{% include job/alert.html %} [intranet](file:///srv/x) {{ site.title }}"
    doc = loads(ROLE_MD)
    for section in doc.sections:
        section.heading += " [lokal](../a.md)"
        for field in ("intro", "outro", "body"):
            if isinstance(getattr(section, field, None), str):
                setattr(section, field, getattr(section, field) + "\n\n" + marks + "\n")
        for item in getattr(section, "items", ()):
            item.text += " [noter](notes.txt)"
    full = _build(doc, frozenset()).notes
    assert notes_for(doc) == full
    assert {note.code for note in full} == {"site-markup", "link-not-web"}
    assert len(full) > 2 * len(doc.sections)
