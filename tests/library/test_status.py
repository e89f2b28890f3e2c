"""``os2editor status DIR [--since REV] [--json]``: keys, values and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from os2editor.cli import main
from tests.library.helpers import edit, make_folder, make_repo, role

KEYS = ["path", "title", "last_revised", "approved_by", "next_revision", "due", "changed",
        "warnings", "error"]


def status_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["status", *args, "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_json_has_one_object_per_description_with_exactly_the_keys(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    edit(role(folder, "data.md"), "nav_order: 8\n", "nav_order: 8\nlast_revised: 2025-06-12\n"
         "approved_by: Bestyrelsen\nnext_revision: 2026-06-12\n")
    (folder / "roles" / "broken.md").write_bytes(b"\xff\xfe")

    rows = status_json(capsys, str(folder))

    assert [row["path"] for row in rows] == [
        "roles/broken.md", "roles/chief.md", "roles/communication.md", "roles/coordinator.md",
        "roles/data.md", "roles/program.md"]  # descriptions only: no parent page, no appendix
    assert all(list(row) == KEYS for row in rows)
    data = rows[4]
    assert data == {"path": "roles/data.md", "title": "Datakoordinator",
                    "last_revised": "2025-06-12", "approved_by": "Bestyrelsen",
                    "next_revision": "2026-06-12",
                    "due": dt.date(2026, 6, 12) <= dt.date.today(), "changed": None,
                    "warnings": 0, "error": None}
    broken = rows[0]
    assert broken["error"] == "the file is not valid UTF-8 text (byte offset 0, byte 0xff)"
    assert (broken["title"], broken["due"], broken["warnings"]) == (None, False, 0)
    chief = rows[1]
    assert (chief["last_revised"], chief["approved_by"], chief["next_revision"]) == \
        (None, None, None)


def test_json_says_changed_since_a_revision(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_repo(tmp_path / "handbook")
    edit(role(folder, "data.md"), "- Levere kvartalsrapporten.", "- Levere årsrapporten.")
    rows = status_json(capsys, str(folder), "--since", "v2025")
    assert {row["path"]: row["changed"] for row in rows} == {
        "roles/chief.md": False, "roles/communication.md": False, "roles/coordinator.md": False,
        "roles/data.md": True, "roles/program.md": False}


def test_text_is_one_line_per_description(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_repo(tmp_path / "handbook")
    edit(role(folder, "chief.md"), "nav_order: 1\n", "nav_order: 1\nlast_revised: 2024-01-01\n"
         "approved_by: Bestyrelsen\nnext_revision: 2025-01-01\n")
    assert main(["status", str(folder), "--since", "v2025"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert lines[0] == "roles/chief.md: Foreningschef | last revised 2024-01-01 | approved by " \
        "Bestyrelsen | next revision 2025-01-01 (due) | unchanged | 1 warning"


@pytest.mark.parametrize("since", ["v2099", "--help"])
def test_an_unknown_revision_is_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], since: str) -> None:
    folder = make_repo(tmp_path / "handbook")
    assert main(["status", str(folder), f"--since={since}"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"os2editor status: There is no revision “{since}” in the git " \
        f"repository of {folder}.\n"


def test_a_folder_that_cannot_be_read_is_exit_2(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err == f"os2editor status: {tmp_path / 'missing'} is not a " \
        "folder.\n"


def test_no_git_work_tree_works_without_the_changed_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    rows = status_json(capsys, str(folder))
    assert {row["changed"] for row in rows} == {None}
    assert main(["status", str(folder), "--since", "HEAD"]) == 2
    assert "is not in a git repository" in capsys.readouterr().err


def test_status_as_a_real_process_without_traceback(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = subprocess.run([sys.executable, "-m", "os2editor.cli", "status", str(folder),
                             "--json"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    missing = subprocess.run([sys.executable, "-m", "os2editor.cli", "status",
                              str(tmp_path / "nope")], capture_output=True, text=True,
                             timeout=60, check=False)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr and len(missing.stderr.splitlines()) == 1
