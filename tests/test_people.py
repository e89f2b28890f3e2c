"""Issue 15 point 14: tracked changes are signed by a person, by default the name the operating
system has for the user (one core function, used by the window and the CLI)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from os2editor import people
from os2editor.cli import main
from tests.helpers import fixture_text


@pytest.mark.parametrize(("gecos", "name"), [
    ("Mette Hansen,,,", "Mette Hansen"),
    ("Mette Hansen,Lokale 12,+45 1234,", "Mette Hansen"),
    ("  Bo Berg ", "Bo Berg"),
    ("", ""),
    (",,,", ""),
])
def test_the_full_name_is_the_first_field_of_gecos(gecos: str, name: str) -> None:
    assert people.gecos_full_name(gecos) == name


def test_an_ampersand_stands_for_the_login_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people, "login_name", lambda: "mette")
    assert people.gecos_full_name("& Hansen,,,") == "Mette Hansen"


@pytest.mark.skipif(sys.platform == "win32", reason="the password database is POSIX")
def test_full_name_on_posix_reads_the_password_database(monkeypatch: pytest.MonkeyPatch) -> None:
    pwd = pytest.importorskip("pwd")
    entry = SimpleNamespace(pw_gecos="Mette Hansen,,,", pw_name="mha")
    monkeypatch.setattr(pwd, "getpwuid", lambda _uid: entry)
    assert people.full_name() == "Mette Hansen"
    entry.pw_gecos = ""  # a container user, say: the login name stands in
    monkeypatch.setattr(people, "login_name", lambda: "mha")
    assert people.full_name() == "mha"


def test_windows_takes_the_account_s_display_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(people, "_windows_display_name", lambda: "Mette Hansen")
    assert people.full_name() == "Mette Hansen"
    monkeypatch.setattr(people, "_windows_display_name", lambda: "")
    monkeypatch.setattr(people, "login_name", lambda: "mha")
    assert people.full_name() == "mha"


def test_no_name_at_all_still_signs(monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    def nobody() -> str:
        raise KeyError("no such user")

    monkeypatch.setattr(getpass, "getuser", nobody)
    monkeypatch.delenv("USERNAME", raising=False)
    assert people.login_name() == people.FALLBACK


def test_the_cli_redline_is_signed_with_the_full_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(people, "full_name", lambda: "Mette Hansen")
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(fixture_text("chief-2025.md"), encoding="utf-8")
    new.write_text(fixture_text("chief.md"), encoding="utf-8")
    target = tmp_path / "rettelser.docx"
    assert main(["diff", str(old), str(new), "-o", str(target)]) == 0
    capsys.readouterr()
    body = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert 'w:author="Mette Hansen"' in body
