"""The Word redline: real tracked changes; accept all gives NEW's export, reject all OLD's."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from os2editor.docx import export_docx
from os2editor.docx.blocks import Run
from os2editor.model import (
    FreeSection,
    FunctionDescription,
    Item,
    ProfessionalSection,
    TasksSection,
)
from os2editor.revision import export_redline
from os2editor.revision.redline import merged_runs
from tests.helpers import examples
from tests.revision.helpers import fixture
from tests.revision.wordxml import W, body_paragraphs, document_xml, tracked

WHEN = dt.datetime(2025, 6, 12, 14, 30, tzinfo=dt.UTC)


def export(doc: FunctionDescription) -> bytes:
    buffer = io.BytesIO()
    export_docx(doc, buffer)
    return buffer.getvalue()


def redline(old: FunctionDescription, new: FunctionDescription) -> bytes:
    buffer = io.BytesIO()
    export_redline(old, new, buffer, author="Anne Sekretær", date=WHEN)
    return buffer.getvalue()


def with_short_title(paragraphs: list[str], old: FunctionDescription, new: FunctionDescription,
                     title: str | None) -> list[str]:
    """The export's paragraphs with the redline's tracked line for a changed front matter
    title, which follows the document's title."""
    if (old.front_matter.title or "") == (new.front_matter.title or "") or not title:
        return paragraphs
    return [*paragraphs[:1], f"Kort titel: {title}", *paragraphs[1:]]


def assert_accept_and_reject(old: FunctionDescription, new: FunctionDescription) -> bytes:
    data = redline(old, new)
    accepted = with_short_title(body_paragraphs(export(new)), old, new, new.front_matter.title)
    rejected = with_short_title(body_paragraphs(export(old)), old, new, old.front_matter.title)
    assert body_paragraphs(data, "accept") == accepted
    assert body_paragraphs(data, "reject") == rejected
    return data


@pytest.mark.parametrize(
    ("old", "new"), [("chief-2024.md", "chief-2025.md"), ("clerk-old.md", "clerk-new.md")]
)
def test_accept_all_gives_new_and_reject_all_gives_old(old: str, new: str) -> None:
    data = assert_accept_and_reject(fixture(old), fixture(new))
    assert tracked(data, "ins") and tracked(data, "del")


def test_every_change_has_author_date_and_its_own_id() -> None:
    data = redline(fixture("clerk-old.md"), fixture("clerk-new.md"))
    marks = tracked(data, "ins") + tracked(data, "del")
    assert {m.get(f"{W}author") for m in marks} == {"Anne Sekretær"}
    assert {m.get(f"{W}date") for m in marks} == {"2025-06-12T14:30:00Z"}
    ids = Counter(m.get(f"{W}id") for m in marks)
    assert max(ids.values()) == 1


def test_deleted_text_is_del_text_and_only_there() -> None:
    root = document_xml(redline(fixture("clerk-old.md"), fixture("clerk-new.md")))
    for deleted in root.iter(f"{W}del"):
        assert not list(deleted.iter(f"{W}t"))
    for text in root.iter(f"{W}delText"):
        assert any(a.tag == f"{W}del" for a in text.iterancestors())


def paragraph_text(paragraph: object, *tags: str) -> str:
    return "".join(t.text or "" for t in paragraph.iter(*(f"{W}{tag}" for tag in tags)))  # type: ignore[attr-defined]


def test_whole_paragraphs_carry_a_tracked_paragraph_mark() -> None:
    root = document_xml(redline(fixture("clerk-old.md"), fixture("clerk-new.md")))
    marks = {}
    for paragraph in root.iter(f"{W}p"):
        for mark in ("ins", "del"):
            if paragraph.find(f"{W}pPr/{W}rPr/{W}{mark}") is not None:
                marks[paragraph_text(paragraph, "t", "delText")] = mark
    assert marks["Kendskab til digitale mødeværktøjer."] == "ins"
    assert marks["Grundig og pålidelig."] == "del"
    assert marks["Ansvarsfordeling"] == "ins"
    # An edited item is one paragraph whose mark stays.
    assert not any("henvendelser" in text for text in marks)


def test_edited_item_gets_word_level_changes() -> None:
    root = document_xml(redline(fixture("clerk-old.md"), fixture("clerk-new.md")))
    [item] = [p for p in root.iter(f"{W}p") if "henvendelser" in paragraph_text(p, "t", "delText")]
    assert paragraph_text(item, "delText") == "to"
    assert "".join(paragraph_text(i, "t") for i in item.iter(f"{W}ins")) == "tre"
    assert "Besvare henvendelser fra medlemmerne inden for " in paragraph_text(item, "t")


def test_no_changes_means_no_tracked_changes() -> None:
    doc = fixture("clerk-new.md")
    data = redline(doc, fixture("clerk-new.md"))
    assert tracked(data, "ins") == [] and tracked(data, "del") == []
    assert body_paragraphs(data) == body_paragraphs(export(doc))


def test_markdown_bodies_links_tables_and_formatting() -> None:
    old = FunctionDescription(
        h1="Funktionsbeskrivelse – Koordinator",
        sections=[
            FreeSection(
                heading="Forudsætninger for rollen",
                body=(
                    "Se [håndbogen](https://example.org/a) og **vigtige** regler.\n\n"
                    "| Rolle | Ansvar |\n|---|---|\n| Chef | Budget |\n\n"
                    "> Bemærk: gælder fra 2025.\n\n---\n\nSidste linje bliver slettet.\n"
                ),
            ),
        ],
    )
    new = FunctionDescription(
        h1="Funktionsbeskrivelse – Koordinator i OS2",
        sections=[
            FreeSection(
                heading="Forudsætninger for rollen",
                body=(
                    "Se [håndbogen](https://example.org/b) og vigtige regler.\n\n"
                    "| Rolle | Ansvar |\n|---|---|\n| Chef | Budget og plan |\n\n"
                    "> Bemærk: gælder fra 2026.\n\n```\nkode  med mellemrum\n```\n"
                ),
            ),
        ],
    )
    assert_accept_and_reject(old, new)


def test_a_word_that_only_turned_bold_is_deleted_plain_and_inserted_bold() -> None:
    runs, ops = merged_runs(
        [Run("meget vigtige regler")], [Run("meget "), Run("vigtige", bold=True), Run(" regler")]
    )
    assert list(zip(runs, ops, strict=True)) == [
        (Run("meget "), "equal"),
        (Run("vigtige"), "delete"),
        (Run("vigtige", bold=True), "insert"),
        (Run(" regler"), "equal"),
    ]


def test_date_without_time_and_a_file_target(tmp_path: Path) -> None:
    target = tmp_path / "redline.docx"
    export_redline(
        fixture("chief-2024.md"),
        fixture("chief-2025.md"),
        target,
        author="A",
        date=dt.date(2025, 1, 2),
    )
    marks = tracked(target.read_bytes(), "ins")
    assert {m.get(f"{W}date") for m in marks} == {"2025-01-02T00:00:00Z"}


WORDS = ["Lede", "holdet", "møder", "budget", "medlemmer", "nye", "og", "for", "alle", "hurtigt"]
TASK = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(lambda w: " ".join(w) + ".")
TASKS = st.lists(TASK, max_size=5)


def role(must: list[str], should: list[str], skills: list[str]) -> FunctionDescription:
    return FunctionDescription(
        h1="Funktionsbeskrivelse – Rolle",
        sections=[
            TasksSection.of(
                must=[Item(text=t) for t in must],
                should=[Item(text=t) for t in should],
            ),
            ProfessionalSection(
                heading="Faglige kvalifikationer", items=[Item(text=t) for t in skills]
            ),
        ],
    )


LISTS = st.tuples(TASKS, TASKS, TASKS)


@settings(max_examples=examples(25))
@given(LISTS, LISTS)
def test_any_edit_of_the_lists_accepts_to_new_and_rejects_to_old(
    old: tuple[list[str], list[str], list[str]], new: tuple[list[str], list[str], list[str]]
) -> None:
    assert_accept_and_reject(role(*old), role(*new))


def skill_lists(*texts: str, dropped: bool = False) -> FunctionDescription:
    dropped_list = ProfessionalSection(heading="Gammel liste", items=[Item(text="Væk.")])
    first = ProfessionalSection(heading="Faglige kvalifikationer", items=[Item(text="Første.")])
    second = ProfessionalSection(
        heading="Flere kvalifikationer", items=[Item(text=t) for t in texts]
    )
    return FunctionDescription(sections=[*([dropped_list] if dropped else []), first, second])


def test_a_deleted_item_stays_in_its_list() -> None:
    # OLD numbers its lists from the dropped one, so its list ids differ from NEW's.
    old = skill_lists("Alfa.", "Beta gamma delta.", "Gamma.", dropped=True)
    data = assert_accept_and_reject(old, skill_lists("Alfa.", "Gamma."))
    num_ids = {
        paragraph_text(p, "t", "delText"): p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        for p in document_xml(data).iter(f"{W}p")
        if p.find(f"{W}pPr/{W}numPr") is not None
    }
    assert num_ids["Beta gamma delta."] == num_ids["Alfa."] == num_ids["Gamma."]
    assert len({num_ids["Væk."], num_ids["Første."], num_ids["Alfa."]}) == 3


# -- issue 16 point 13 ---------------------------------------------------------------------


def test_a_changed_title_is_a_tracked_change_under_the_documents_title() -> None:
    """diff lists 'Titel ændret' for the front matter's title, which the body never shows."""
    old, new = fixture("chief-2024.md"), fixture("chief-2025.md")
    data = redline(old, new)
    assert body_paragraphs(data, "accept")[1] == "Kort titel: Foreningschef"
    assert body_paragraphs(data, "reject")[1] == (
        "Kort titel: Funktionsbeskrivelse – Foreningschef i Fællesskabet"
    )
    line = next(p for p in document_xml(data).iter(f"{W}p")
                if "Kort titel:" in paragraph_text(p, "t"))
    assert "Fællesskabet" in paragraph_text(line, "delText")
    assert body_paragraphs(redline(new, new)) == body_paragraphs(export(new))  # none unchanged


def test_the_redline_states_its_baseline_on_the_first_page() -> None:
    buffer = io.BytesIO()
    doc = fixture("clerk-new.md")
    export_redline(fixture("clerk-old.md"), doc, buffer, author="A", date=WHEN,
                   baseline="git 3de0c66, 2026-01-26")
    paragraphs = body_paragraphs(buffer.getvalue(), "accept")
    assert paragraphs[1] == "Ændringer i forhold til git 3de0c66, 2026-01-26"
    assert paragraphs[0] == body_paragraphs(export(doc))[0]  # below the title


def test_baseline_labels(tmp_path: Path) -> None:
    from os2editor.revision.redline import baseline_label
    from tests.revision.gitrepo import make_repo

    old = tmp_path / "rolle-2025.md"
    old.write_text("# Rolle\n", encoding="utf-8")
    os.utime(old, (1_760_000_000, 1_760_000_000))  # 2025-10-09
    assert baseline_label(str(old), "ny.md") == "rolle-2025.md, 2025-10-09"
    repo = make_repo(tmp_path)
    assert baseline_label(f"git:{repo.first[:9]}", repo.file) == f"git {repo.first[:7]}, 2025-10-31"
    assert baseline_label("git:HEAD~1", repo.file) == "git HEAD~1"


def test_the_author_is_the_users_full_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    from os2editor.people import full_name

    entry = pwd.struct_passwd(("anne", "x", 1000, 1000, "Anne Sekretær,Kontor 2,,", "/", "/bin/sh"))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: entry)
    assert full_name() == "Anne Sekretær"
    empty = pwd.struct_passwd(("anne", "x", 1000, 1000, ",,,", "/", "/bin/sh"))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: empty)
    monkeypatch.setattr("getpass.getuser", lambda: "anne")
    assert full_name() == "anne"
