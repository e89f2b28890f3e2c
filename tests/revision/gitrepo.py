"""A throwaway git repository with two commits of one role file, for the baseline tests."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.revision.helpers import fixture_text


@dataclass(frozen=True)
class Repo:
    root: Path
    file: Path
    first: str
    second: str


def git(root: Path, *args: str, date: str = "2025-10-31T12:00:00+01:00") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    command = [
        "git",
        "-c",
        "user.name=Anne Sekretær",
        "-c",
        "user.email=anne@example.org",
        "-c",
        "init.defaultBranch=main",
        "-c",
        "commit.gpgsign=false",
        *args,
    ]
    result = subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, check=True, timeout=30
    )
    return result.stdout.strip()


def make_repo(tmp_path: Path) -> Repo:
    """docs/roles/chief.md: the 2024 version, then the 2025 version."""
    root = tmp_path / "handbook"
    folder = root / "docs" / "roles"
    folder.mkdir(parents=True)
    git(root, "init", "-q")
    file = folder / "chief.md"
    file.write_text(fixture_text("chief-2024.md"), encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Første version")
    first = git(root, "rev-parse", "HEAD")
    file.write_text(fixture_text("chief-2025.md"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "Retter titler", date="2026-01-26T09:30:00+01:00")
    second = git(root, "rev-parse", "HEAD")
    return Repo(root, file, first, second)
