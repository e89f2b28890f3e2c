"""``os2editor diff OLD NEW``: one line per change, exit 0; bad input, one line and exit 2."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.helpers import run_diff
from tests.revision.gitrepo import make_repo
from tests.revision.helpers import FIXTURES

run = run_diff


def test_lists_changes_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(str(FIXTURES / "clerk-old.md"), str(FIXTURES / "clerk-new.md"))
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert "Timetal ændret: 37 → 30" in lines
    assert "Afsnit tilføjet: Ansvarsfordeling" in lines
    assert len(lines) == 21


def test_lists_changes_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--lang", "en", str(FIXTURES / "clerk-old.md"), str(FIXTURES / "clerk-new.md")) == 0
    assert "Weekly hours changed: 37 → 30" in capsys.readouterr().out.splitlines()


def test_no_changes_prints_nothing_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    same = str(FIXTURES / "clerk-new.md")
    assert run(same, same) == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("old", "message"),
    [
        ("missing.md", "there is no such file"),
        ("git:", "git: needs a commit"),
        ("git:deadbeef", "There is no commit deadbeef"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    old: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path)
    code = run(str(tmp_path / old) if old.endswith(".md") else old, str(repo.file))
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_git_baseline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo(tmp_path)
    assert run(f"git:{repo.first[:10]}", str(repo.file)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        'Titel ændret: »Funktionsbeskrivelse – Foreningschef i Fællesskabet« → »Foreningschef«'
    )
    assert len(lines) == 6


def test_not_a_function_description(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.md"
    folder.mkdir()
    assert run(str(folder), str(FIXTURES / "clerk-new.md")) == 2
    assert "folder" in capsys.readouterr().err


def test_writes_a_redline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "redline.docx"
    code = run(
        str(FIXTURES / "clerk-old.md"),
        str(FIXTURES / "clerk-new.md"),
        "-o",
        str(target),
        "--author",
        "Anne",
    )
    assert code == 0
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert 'w:author="Anne"' in body and "<w:delText" in body
    assert len(capsys.readouterr().out.splitlines()) == 21


def test_redline_to_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "redline.docx"
    assert (
        run(str(FIXTURES / "clerk-old.md"), str(FIXTURES / "clerk-new.md"), "-o", str(target)) == 2
    )
    err = capsys.readouterr().err
    assert "redline.docx" in err and len(err.strip().splitlines()) == 1


def test_the_redlines_author_defaults_to_the_full_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pwd

    entry = pwd.struct_passwd(("anne", "x", 1000, 1000, "Anne Sekretær,,,", "/", "/bin/sh"))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: entry)
    target = tmp_path / "redline.docx"
    old, new = str(FIXTURES / "clerk-old.md"), str(FIXTURES / "clerk-new.md")
    assert run(old, new, "-o", str(target)) == 0
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert 'w:author="Anne Sekretær"' in body
    assert "Ændringer i forhold til clerk-old.md, " in body
