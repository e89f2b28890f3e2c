"""Folder-wide checks: the site's order, parents, and roles named as collaborators."""

from __future__ import annotations

from pathlib import Path

import pytest

from os2editor.cli import main
from os2editor.library import Library
from tests.library.helpers import PARENT_PAGE, edit, make_folder, role


def warnings(folder: Path, name: str) -> list[tuple[int, str]]:
    row = Library(folder).scan().row(role(folder, name))
    assert row is not None
    return [(f.line, f.text) for f in row.findings if not f.note]


def test_two_roles_with_the_same_nav_order_under_one_parent_warn_on_both(
        tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "nav_order: 8", "nav_order: 1")
    assert warnings(folder, "data.md") == [
        (5, "nav_order 1 is also the place of roles/chief.md under the same parent")]
    assert warnings(folder, "chief.md") == [
        (5, "nav_order 1 is also the place of roles/data.md under the same parent")]


def test_the_same_nav_order_under_different_parents_is_fine(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    # The appendix is at the top level with nav_order 10; a role under the parent may be 10.
    edit(role(folder, "data.md"), "nav_order: 8", "nav_order: 10")
    assert warnings(folder, "data.md") == []


def test_a_parent_no_page_has_as_title_is_a_warning(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "parent: Organisation og Roller", "parent: Organisation")
    assert warnings(folder, "data.md") == [
        (4, "the parent “Organisation” is the title of no page in the folder")]
    (folder / "organisation.md").unlink()
    assert (4, "the parent “Organisation og Roller” is the title of no page in the folder") \
        in warnings(folder, "chief.md")


def test_the_parent_page_may_sit_above_the_folder_in_the_same_site(tmp_path: Path) -> None:
    site = tmp_path / "handbook"
    docs = site / "docs"
    folder = make_folder(docs.parent / "tmp").rename(docs)  # docs/roles/..., docs/*.md
    (folder / "organisation.md").rename(site / "organisation.md")
    roles_only = folder / "roles"
    assert warnings_of(roles_only, "chief.md")  # no site: the parent is unknown
    (site / "_config.yml").write_text("title: Håndbog\n", encoding="utf-8")
    assert warnings_of(roles_only, "chief.md") == []


def warnings_of(folder: Path, name: str) -> list[str]:
    row = Library(folder).scan().row(folder / name)
    assert row is not None
    return [f.text for f in row.findings if not f.note]


def test_a_collaborator_the_folder_describes_is_no_note(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "- Sekretariatschefen (primær reference).",
         "- Foreningschefen (primær reference) og porteføljelederne.")
    row = Library(folder).scan().row(role(folder, "data.md"))
    assert row is not None
    assert [f for f in row.findings if f.note] == []


def test_check_folder_prints_warnings_and_notes_and_exits_1_for_warnings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "nav_order: 8", "nav_order: 1")

    assert main(["check", str(folder)]) == 1

    out = capsys.readouterr().out.splitlines()
    data, chief = role(folder, "data.md"), role(folder, "chief.md")
    assert f"{data}:5: nav_order 1 is also the place of roles/chief.md under the same parent" \
        in out
    assert f"{chief}:5: nav_order 1 is also the place of roles/data.md under the same parent" \
        in out
    assert f"{data}:60: note: “Sekretariatschefen” is named as a collaborator, but the folder " \
        "has no description of that role" in out


def test_check_folder_with_notes_only_exits_0(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    (folder / "organisation.md").write_text(PARENT_PAGE, encoding="utf-8")
    (folder / "data.md").write_bytes(
        (make_folder(tmp_path / "source") / "roles" / "data.md").read_bytes())

    assert main(["check", str(folder)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{folder / 'data.md'}:60: note: “Sekretariatschefen” is named as a collaborator, but "
        "the folder has no description of that role"]


def test_check_folder_with_an_unreadable_file_exits_2(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    (folder / "roles" / "broken.md").write_bytes(b"\x00\x01binary")
    assert main(["check", str(folder)]) == 2
    assert f"{folder / 'roles' / 'broken.md'}: this is a binary file" in capsys.readouterr().err
