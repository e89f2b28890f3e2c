"""The git baseline: the commits of a file and its text then, and plain errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from os2editor.errors import Os2EditorError
from os2editor.revision import BaselineError, file_at, file_commits
from tests.revision.gitrepo import git, make_repo
from tests.revision.helpers import fixture_text


def test_commits_of_a_file_newest_first(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    commits = file_commits(repo.file)
    assert [c.sha for c in commits] == [repo.second, repo.first]
    assert [c.subject for c in commits] == ["Retter titler", "Første version"]
    assert commits[0].author == "Anne Sekretær"
    assert commits[0].date == dt.datetime(
        2026, 1, 26, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert commits[1].path == "docs/roles/chief.md"


def test_file_at_an_earlier_commit(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    assert file_at(repo.file, repo.first) == fixture_text("chief-2024.md").encode()
    assert file_at(repo.file, repo.first[:8]) == fixture_text("chief-2024.md").encode()
    assert file_at(repo.file, "HEAD~1") == fixture_text("chief-2024.md").encode()


def test_history_follows_a_renamed_file(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    git(repo.root, "mv", "docs/roles/chief.md", "docs/roles/sekretariatschef.md")
    git(repo.root, "commit", "-q", "-m", "Omdøber filen")
    renamed = repo.file.with_name("sekretariatschef.md")
    commits = file_commits(renamed)
    assert len(commits) == 3
    assert file_at(renamed, repo.first) == fixture_text("chief-2024.md").encode()


def test_a_file_never_committed_has_no_commits(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    new = repo.file.with_name("draft.md")
    new.write_text("# Udkast\n", encoding="utf-8")
    assert file_commits(new) == []
    with pytest.raises(BaselineError, match="did not exist in commit"):
        file_at(new, repo.first)


def test_file_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    lonely = tmp_path / "alone" / "role.md"
    lonely.parent.mkdir()
    lonely.write_text("# X\n", encoding="utf-8")
    with pytest.raises(BaselineError, match="is not in a git repository"):
        file_commits(lonely)
    with pytest.raises(Os2EditorError):
        file_at(lonely, "HEAD")


def test_unknown_or_malformed_commit(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    with pytest.raises(BaselineError, match="There is no commit deadbeef"):
        file_at(repo.file, "deadbeef")
    with pytest.raises(BaselineError, match="not a commit name"):
        file_at(repo.file, "--output=/tmp/x")


def test_missing_git_is_a_plain_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    with pytest.raises(BaselineError, match="git is not installed"):
        file_commits(repo.file)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="does not exist"):
        file_commits(tmp_path / "nowhere" / "role.md")
