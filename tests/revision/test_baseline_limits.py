"""A git baseline goes through the same reader and limits as a file (issue 14 point 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from os2editor.errors import ReadError
from os2editor.markdown import loads
from os2editor.revision import file_at
from tests.bounded import GIB, cli
from tests.revision.gitrepo import git
from tests.revision.helpers import fixture_text

VERSIONS = {
    "nul": b"# Funktionsbeskrivelse\n" + b"\x00" * 4096,
    "latin1": "# Funktionsbeskrivelse\n\n## Øvrige forhold\n\n- Timetal: 37.\n".encode("latin-1"),
    "huge": b"- a\n" * (10 * 1024 * 1024),  # 40 MB
}


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A repository where rolle.md was, in turn, each bad version, and is now a good one."""
    root = tmp_path_factory.mktemp("handbook")
    git(root, "init", "-q")
    role = root / "rolle.md"
    commits: dict[str, str] = {}
    for name, data in VERSIONS.items():
        role.write_bytes(data)
        git(root, "add", "rolle.md")
        git(root, "commit", "-q", "-m", name)
        commits[name] = git(root, "rev-parse", "HEAD")
    role.write_text(fixture_text("chief-2025.md"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "good")
    return role, commits


@pytest.mark.parametrize(("version", "says"), [
    ("nul", "this is a binary file, not a markdown text file"),
    ("latin1", "the file is not valid UTF-8 text"),
    ("huge", "the file is 40960 KB; a function description is at most 512 KB"),
])
def test_a_bad_baseline_is_refused_as_a_file_would_be(
    history: tuple[Path, dict[str, str]], version: str, says: str
) -> None:
    role, commits = history
    done = cli("diff", f"git:{commits[version]}", str(role), timeout=60, address_space=GIB)
    assert not done.timed_out
    assert done.returncode == 2
    assert done.stderr.startswith("os2editor diff: ")
    assert says in done.stderr
    assert f"rolle.md@{commits[version]}" in done.stderr
    assert "�" not in done.stdout + done.stderr
    assert done.peak_mb < 200  # the 40 MB version is refused before git hands it over


def test_the_api_refuses_the_same_way(history: tuple[Path, dict[str, str]]) -> None:
    role, commits = history
    with pytest.raises(ReadError) as caught:
        loads(file_at(role, commits["latin1"]), f"rolle.md@{commits['latin1']}")
    assert caught.value.message.code == "read-not-utf8"
    with pytest.raises(ReadError) as caught:
        file_at(role, commits["huge"])
    assert caught.value.message.code == "read-too-large"


def test_a_good_baseline_is_the_committed_bytes(history: tuple[Path, dict[str, str]]) -> None:
    role, _commits = history
    assert file_at(role, "HEAD") == fixture_text("chief-2025.md").encode()
