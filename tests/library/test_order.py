"""Site order: reordering roles rewrites nav_order in the files that moved, one line each."""

from __future__ import annotations

from pathlib import Path

from os2editor.library import (
    Library,
    Saving,
    apply_edits,
    order_edits,
    reorder,
    save_documents,
    site_groups,
)
from tests.helpers import changed_lines
from tests.library.helpers import edit, make_folder, role


def snapshot(folder: Path) -> dict[Path, str]:
    return {path: path.read_bytes().decode("utf-8") for path in sorted(folder.rglob("*.md"))}


def test_site_groups_lists_each_parents_pages_in_nav_order(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "coordinator.md"), "nav_order: 12\n", "")  # no place: last
    scan = Library(folder).scan()
    groups = site_groups(scan.roles + scan.pages)
    assert [row.name for row in groups["Organisation og Roller"]] == [
        "roles/chief.md", "roles/data.md", "roles/program.md", "roles/communication.md",
        "roles/coordinator.md"]
    assert [row.name for row in groups[None]] == ["organisation.md", "appendix.md"]


def test_moving_a_role_rewrites_nav_order_only_in_the_files_whose_place_changed(
        tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library = Library(folder)
    rows = site_groups(library.scan().roles)["Organisation og Roller"]
    before = snapshot(folder)
    # chief 1, data 8, program 9, communication 11, coordinator 12: program moves to first.
    new_order = [rows[2], rows[0], rows[1], rows[3], rows[4]]

    placements = reorder(new_order)
    plan = order_edits(placements, library.document)
    apply_edits(plan)
    written = save_documents([Saving(e.path, e.doc, library.fingerprint(e.path)) for e in plan])

    assert [(p.path.name, p.old, p.new) for p in placements] == [
        ("program.md", 9, 1), ("chief.md", 1, 8), ("data.md", 8, 9)]
    assert [path for path, _ in written] == [p.path for p in placements]
    after = snapshot(folder)
    assert changed_lines(before[role(folder, "program.md")], after[role(folder, "program.md")]) \
        == ["-nav_order: 9\n", "+nav_order: 1\n"]
    assert changed_lines(before[role(folder, "chief.md")], after[role(folder, "chief.md")]) == \
        ["-nav_order: 1\n", "+nav_order: 8\n"]
    unchanged = set(before) - {p.path for p in placements}
    assert all(before[path] == after[path] for path in unchanged)
    rows = site_groups(library.scan().roles)["Organisation og Roller"]
    assert [row.name for row in rows][:3] == ["roles/program.md", "roles/chief.md",
                                              "roles/data.md"]


def test_the_same_order_changes_nothing(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    rows = site_groups(Library(folder).scan().roles)["Organisation og Roller"]
    assert reorder(rows) == []


def test_shared_and_missing_numbers_get_places_after_the_highest(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "nav_order: 8", "nav_order: 1")
    edit(role(folder, "coordinator.md"), "nav_order: 12\n", "")
    library = Library(folder)
    rows = {row.path.name: row for row in library.scan().roles}
    order = [rows[name] for name in ("chief.md", "data.md", "program.md", "communication.md",
                                     "coordinator.md")]
    placements = reorder(order)
    assert [(p.path.name, p.old, p.new) for p in placements] == [
        ("data.md", 1, 9), ("program.md", 9, 11), ("communication.md", 11, 12),
        ("coordinator.md", None, 13)]
    before = role(folder, "coordinator.md").read_text(encoding="utf-8")
    plan = order_edits(placements, library.document)
    apply_edits(plan)
    save_documents([Saving(e.path, e.doc) for e in plan])
    after = role(folder, "coordinator.md").read_text(encoding="utf-8")
    assert changed_lines(before, after) == ["+nav_order: 13\n"]
