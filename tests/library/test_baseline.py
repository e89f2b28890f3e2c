"""Baselines from git: a revision, a date, or each file's own last approval; few git calls."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from os2editor.git import BaselineError
from os2editor.library import Baseline, Library
from os2editor.library.baseline import content
from tests.library.helpers import commit_all, edit, make_folder, make_repo, role
from tests.revision.gitrepo import git

APPROVED = "nav_order: {n}\nlast_revised: 2025-11-01\napproved_by: Bestyrelsen\n" \
    "next_revision: 2026-11-01\n"


def changed(folder: Path, baseline: Baseline) -> dict[str, bool | None]:
    scan = Library(folder).scan(baseline, strict_git=True)
    return {row.name: row.changed for row in scan.roles}


def test_changed_since_a_tag(tmp_path: Path) -> None:
    folder = make_repo(tmp_path / "handbook")
    edit(role(folder, "data.md"), "- Levere kvartalsrapporten.", "- Levere årsrapporten.")
    (role(folder, "new.md")).write_bytes(role(folder, "chief.md").read_bytes())

    assert changed(folder, Baseline.of_revision("v2025")) == {
        "roles/chief.md": False, "roles/communication.md": False, "roles/coordinator.md": False,
        "roles/data.md": True, "roles/new.md": None, "roles/program.md": False}


def test_the_text_at_the_baseline_and_removed_files(tmp_path: Path) -> None:
    folder = make_repo(tmp_path / "handbook")
    before = role(folder, "data.md").read_bytes()
    program = role(folder, "program.md").read_bytes()
    edit(role(folder, "data.md"), "- Levere kvartalsrapporten.", "- Levere årsrapporten.")
    role(folder, "program.md").unlink()

    scan = Library(folder).scan(Baseline.of_revision("v2025"), strict_git=True)

    assert scan.baseline is not None
    versus = scan.baseline.files[role(folder, "data.md")]
    assert versus.old == before and versus.existed
    assert scan.baseline.files[role(folder, "chief.md")].old is None  # unchanged: not fetched
    assert scan.baseline.removed == {role(folder, "program.md"): program}


def test_only_approval_facts_changed_is_unchanged(tmp_path: Path) -> None:
    folder = make_repo(tmp_path / "handbook")
    edit(role(folder, "chief.md"), "nav_order: 1\n", APPROVED.format(n=1))
    assert changed(folder, Baseline.of_revision("v2025"))["roles/chief.md"] is False
    assert content(role(folder, "chief.md").read_bytes()).count("last_revised") == 0


def test_crlf_in_the_work_tree_is_no_change(tmp_path: Path) -> None:
    folder = make_repo(tmp_path / "handbook")
    path = role(folder, "data.md")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert changed(folder, Baseline.of_revision("v2025"))["roles/data.md"] is False


def test_each_file_against_its_last_approval(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)
    edit(role(folder, "chief.md"), "nav_order: 1\n", APPROVED.format(n=1))
    edit(role(folder, "data.md"), "nav_order: 8\n", APPROVED.format(n=8))
    commit_all(root, "Godkendt af bestyrelsen 1. november 2025", "2025-11-01T12:00:00+01:00")
    # After the approval: data.md is edited and committed, program.md edited (not approved).
    edit(role(folder, "data.md"), "- Levere kvartalsrapporten.", "- Levere årsrapporten.")
    commit_all(root, "Retter opgaver", "2025-11-15T12:00:00+01:00")
    edit(role(folder, "program.md"), "title: Porteføljeleder", "title: Programleder")
    # chief.md is approved again, not yet committed: only its facts differ.
    edit(role(folder, "chief.md"), "last_revised: 2025-11-01", "last_revised: 2025-12-05")

    assert changed(folder, Baseline.approval()) == {
        "roles/chief.md": False, "roles/communication.md": None, "roles/coordinator.md": None,
        "roles/data.md": True, "roles/program.md": None}


def test_a_date_means_the_last_commit_before_that_day(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)  # 2025-10-31
    edit(role(folder, "data.md"), "- Levere kvartalsrapporten.", "- Levere årsrapporten.")
    commit_all(root, "Retter opgaver", "2025-12-15T12:00:00+01:00")
    edit(role(folder, "chief.md"), "Foreningschef", "Direktør")

    assert changed(folder, Baseline.of_revision("2025-12-01"))["roles/data.md"] is True
    assert changed(folder, Baseline.of_revision("2025-12-20")) == {
        "roles/chief.md": True, "roles/communication.md": False, "roles/coordinator.md": False,
        "roles/data.md": False, "roles/program.md": False}
    with pytest.raises(BaselineError, match="has no commit from before 2025-01-01"):
        changed(folder, Baseline.of_revision("2025-01-01"))


@pytest.mark.parametrize("revision", ["v2099", "--output=x", "-p", "HEAD~5", "", "a b"])
def test_a_revision_git_does_not_know_is_one_clear_error(tmp_path: Path, revision: str) -> None:
    folder = make_repo(tmp_path / "handbook")
    with pytest.raises(BaselineError) as raised:
        changed(folder, Baseline.of_revision(revision))
    assert str(raised.value) == f"There is no revision “{revision}” in the git repository " \
        f"of {folder}."
    assert not (folder / "x").exists() and not (tmp_path / "handbook" / "x").exists()


def test_without_a_work_tree_the_column_is_empty_and_says_why(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    scan = Library(folder).scan(Baseline.approval())
    assert {row.changed for row in scan.roles} == {None}
    assert scan.git_problem is not None and scan.git_problem.code == "git-not-repository"
    with pytest.raises(BaselineError):
        Library(folder).scan(Baseline.of_revision("HEAD"), strict_git=True)


def test_without_git_installed_the_column_is_empty(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_repo(tmp_path / "handbook")
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    scan = Library(folder).scan(Baseline.approval())
    assert {row.changed for row in scan.roles} == {None}
    assert scan.git_problem is not None and scan.git_problem.code == "git-missing"
    assert len(scan.roles) == 5


def test_a_scan_asks_git_a_fixed_number_of_questions(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_repo(tmp_path / "handbook")
    for name in ("chief.md", "data.md", "program.md"):
        edit(role(folder, name), "## Formål med stillingen", "## Formål med stillingen 2026")
    calls: list[list[str]] = []
    real_run = subprocess.run

    def counted(command: list[str], **kwargs: object) -> object:
        if command[0] == "git":
            calls.append(command)
        return real_run(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", counted)
    Library(folder).scan(Baseline.of_revision("v2025"), strict_git=True)
    assert len(calls) == 4  # work tree, the revision, its tree, the changed blobs
    calls.clear()
    Library(folder).scan(Baseline.approval(), strict_git=True)
    assert len(calls) <= 3


def test_the_revision_reaches_git_after_end_of_options(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_repo(tmp_path / "handbook")
    calls: list[list[str]] = []
    real_run = subprocess.run

    def recorded(command: list[str], **kwargs: object) -> object:
        calls.append(command)
        assert "shell" not in kwargs
        return real_run(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", recorded)
    with pytest.raises(BaselineError):
        changed(folder, Baseline.of_revision("--upload-pack=touch x"))
    [log] = [c for c in calls if "log" in c]
    assert log[log.index("--end-of-options") + 1] == "--upload-pack=touch x^{commit}"
    assert git(tmp_path / "handbook", "status", "--porcelain") == ""


def test_files_the_library_does_not_list_are_not_removed_ones(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)
    for hidden in (".github", "_site"):
        (folder / hidden).mkdir()
        (folder / hidden / "page.md").write_text("# Side\n", encoding="utf-8")
    commit_all(root, "Skjulte sider")
    scan = Library(folder).scan(Baseline.of_revision("HEAD"), strict_git=True)
    assert scan.baseline is not None and scan.baseline.removed == {}
