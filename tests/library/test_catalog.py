"""The library: a folder read into rows, kept by fingerprint, re-read when a file changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from os2editor.checks import check
from os2editor.library import Kind, Library, LibraryError
from os2editor.markdown import load
from tests.library.helpers import edit, make_folder, role

TODAY = dt.date(2026, 12, 5)


def test_roles_pages_and_unreadable_files_are_listed_apart(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (folder / "roles" / "broken.md").write_bytes(b"# Rolle\n\xff\n")
    (folder / "roles" / "deeper").mkdir()
    (folder / "roles" / "program.md").rename(folder / "roles" / "deeper" / "program.md")
    for skipped in (".git", "_site", "node_modules"):
        (folder / skipped).mkdir()
        (folder / skipped / "role.md").write_bytes((folder / "roles" / "data.md").read_bytes())

    scan = Library(folder).scan(today=TODAY)

    assert [row.name for row in scan.roles] == [
        "roles/chief.md", "roles/communication.md", "roles/coordinator.md", "roles/data.md",
        "roles/deeper/program.md",
    ]
    assert [row.name for row in scan.pages] == ["appendix.md", "organisation.md"]
    assert {row.kind for row in scan.pages} == {Kind.PAGE}
    [broken] = scan.unreadable
    assert broken.name == "roles/broken.md"
    assert broken.error is not None
    assert broken.error.reason.startswith("the file is not valid UTF-8 text")


def test_a_row_shows_title_place_hours_approval_and_warnings(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "nav_order: 8\n",
         "nav_order: 8\nlast_revised: 2025-12-01\napproved_by: Bestyrelsen\n"
         "next_revision: 2026-12-05\n")
    edit(role(folder, "data.md"), "- Levere kvartalsrapporten.", "- Vedligeholde datakataloget.")

    row = Library(folder).scan(today=TODAY).row(role(folder, "data.md"))

    assert row is not None and row.facts is not None
    assert (row.title, row.facts.parent, row.facts.nav_order) == \
        ("Datakoordinator", "Organisation og Roller", 8)
    assert row.weekly_hours == 37
    assert (row.facts.last_revised, row.facts.approved_by, row.facts.next_revision) == \
        (dt.date(2025, 12, 1), "Bestyrelsen", dt.date(2026, 12, 5))
    assert row.due  # due today
    assert row.changed is None  # no baseline asked for
    assert [p.code for p in row.problems] == [p.code for p in check(load(row.path))]
    assert [p.code for p in row.problems] == ["duplicate-task"]
    # The collaboration line names "Sekretariatschefen", a role the folder lacks: a note.
    assert [(f.note, f.text) for f in row.findings] == [
        (True, "“Sekretariatschefen” is named as a collaborator, but the folder has no "
               "description of that role")]
    assert row.warnings == 1


def test_next_revision_in_the_future_is_not_due(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "chief.md"), "nav_order: 1\n", "nav_order: 1\nnext_revision: 2026-12-06\n")
    row = Library(folder).scan(today=TODAY).row(role(folder, "chief.md"))
    assert row is not None and row.facts is not None
    assert row.facts.next_revision == dt.date(2026, 12, 6)
    assert not row.due


def test_a_fact_that_is_not_a_date_is_a_warning_on_its_line(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "chief.md"), "nav_order: 1\n",
         "nav_order: 1\nlast_revised: snart\napproved_by: 2025\nnext_revision: 2027-01-31\n")

    row = Library(folder).scan(today=TODAY).row(role(folder, "chief.md"))

    assert row is not None and row.facts is not None
    assert row.facts.last_revised is None and row.facts.approved_by is None
    assert row.facts.next_revision == dt.date(2027, 1, 31)  # the good fact still shows
    found = [(f.line, f.text) for f in row.findings if not f.note]
    assert found == [
        (7, "approved_by should be a name, not “2025”"),
        (6, "last_revised should be a date written YYYY-MM-DD, not “snart”"),
    ]


def test_a_second_scan_reuses_unchanged_documents_and_rereads_changed_ones(
        tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library = Library(folder)
    library.scan()
    chief, data = library.document(role(folder, "chief.md")), library.document(role(folder,
                                                                                    "data.md"))
    edit(role(folder, "data.md"), "title: Datakoordinator", "title: Dataansvarlig")

    scan = library.scan()

    assert library.document(role(folder, "chief.md")) is chief  # not parsed again
    assert library.document(role(folder, "data.md")) is not data
    row = scan.row(role(folder, "data.md"))
    assert row is not None and row.title == "Dataansvarlig"


def test_a_file_changed_on_disk_is_reread_when_its_document_is_asked_for(
        tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library = Library(folder)
    library.scan()
    edit(role(folder, "chief.md"), "title: Foreningschef", "title: Direktør")
    assert library.document(role(folder, "chief.md")).front_matter.title == "Direktør"


def test_take_hands_over_the_parsed_document_and_the_rows_keep_showing_the_file(
        tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library = Library(folder)
    scan = library.scan()
    path = role(folder, "chief.md")
    doc, fingerprint = library.take(path)
    assert fingerprint == scan.entries[path].fingerprint
    doc.front_matter.title = "Ulagret titel"  # an unsaved edit in the window

    row = library.scan().row(path)

    assert row is not None and row.title == "Foreningschef"
    assert library.document(path) is not doc


@pytest.mark.parametrize("make", ["missing", "file"])
def test_a_folder_that_cannot_be_read_is_an_error(tmp_path: Path, make: str) -> None:
    target = tmp_path / "roles"
    if make == "file":
        target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(LibraryError, match="is not a folder"):
        Library(target).scan()


def test_a_pipe_named_like_a_description_is_unreadable_and_does_not_hang(
        tmp_path: Path) -> None:
    import os

    folder = make_folder(tmp_path)
    os.mkfifo(folder / "roles" / "pipe.md")
    scan = Library(folder).scan()
    [row] = scan.unreadable
    assert row.error is not None
    assert row.error.reason == "this is a device, pipe or socket, not a function description file"


def test_a_folder_far_too_large_is_refused(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from os2editor.library import files

    folder = make_folder(tmp_path)
    monkeypatch.setattr(files, "MAX_ENTRIES", 5)
    with pytest.raises(LibraryError, match="holds more than 5 files and folders"):
        Library(folder).scan()
