"""The command line on what a tester fed it (issue 14 points 16, 17 and the sweep): one bad file
never stops the others, a name too long is said so, and "unexpected error" never appears."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from os2editor import checks
from os2editor.cli import main
from tests.bounded import GIB, cli
from tests.helpers import FIXTURES, fixture_text

BODY = "\n# Funktionsbeskrivelse – X i OS2\n\n## Formål med stillingen\n\nTekst.\n"


def test_escaped_surrogates_in_a_title_are_printed_and_the_next_file_checked(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "surrogat.md"
    bad.write_text('---\ntitle: "\\ud800x"\n---\n' + BODY, encoding="utf-8")
    done = cli("check", str(bad), str(FIXTURES / "reference.md"), timeout=60)
    assert "unexpected error" not in done.stderr
    assert done.returncode == 1
    assert f"{bad}:2: the front matter title “\\ud800x” and the heading" in done.stdout
    assert f"{bad}:1: the section “Ansvarsområde” is missing" in done.stdout


def test_a_bug_met_in_one_file_never_stops_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("---\ntitle: A\n---\n" + BODY, encoding="utf-8")
    second.write_text("---\ntitle: B\n---\n" + BODY, encoding="utf-8")
    real = checks.check
    monkeypatch.delenv("OS2EDITOR_DEBUG", raising=False)

    def broken_for_a(doc: object) -> list[checks.Problem]:
        if getattr(getattr(doc, "front_matter", None), "title", None) == "A":
            raise RuntimeError("a bug")
        return real(doc)  # type: ignore[arg-type]

    monkeypatch.setattr(checks, "check", broken_for_a)
    assert main(["check", str(first), str(second)]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"{first}: unexpected error (RuntimeError: a bug)")
    assert f"{second}:1: the section “Ansvarsområde” is missing" in out


@pytest.mark.parametrize("command", ["convert", "export", "diff"])
def test_an_output_name_too_long_is_said_in_plain_words(command: str, tmp_path: Path) -> None:
    role = tmp_path / "rolle.md"
    role.write_text(fixture_text("reference.md"), encoding="utf-8")
    suffix = ".md" if command == "convert" else ".docx"
    output = tmp_path / ("a" * 300 + suffix)
    argv = {"convert": ["convert", str(role), "-o", str(output)],
            "export": ["export", str(role), "-o", str(output)],
            "diff": ["diff", str(role), str(role), "-o", str(output)]}[command]
    done = cli(*argv, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().endswith(f"Cannot save {output}: the file name is too long.")
    assert len(done.stderr.strip().splitlines()) == 1
    assert sorted(os.listdir(tmp_path)) == ["rolle.md"]


def test_an_input_name_too_long_is_a_read_error(tmp_path: Path) -> None:
    done = cli("check", str(tmp_path / ("a" * 300 + ".md")), timeout=60)
    assert done.returncode == 2
    assert "the file cannot be read (File name too long)" in done.stderr


HOSTILE = {
    "directive.md": "---\n%YAML 1.2\ntitle: X\n---\n" + BODY,
    "tag.md": "---\n%TAG ! tag:example.com,2000:\ntitle: X\n---\n" + BODY,
    "surrogate.md": '---\ntitle: "\\udc80"\n---\n' + BODY,
    "anchors.md": "---\ntitle: &a X\nparent: &a Y\n---\n" + BODY,
    "list-title.md": "---\ntitle: [a, b]\n---\n" + BODY,
    "deep-yaml.md": "---\nx: " + "[" * 1000 + "]" * 1000 + "\n---\n" + BODY,
    "deep-markdown.md": BODY + "> " * 5000 + "a\n",
    "many-items.md": BODY + "- a\n" * 19_000,
    "nul.md": BODY + "\x00\n",
}


def test_no_hostile_input_gives_an_unexpected_error(tmp_path: Path) -> None:
    names = []
    for name, text in HOSTILE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        names.append(str(tmp_path / name))
    os.mkfifo(tmp_path / "fifo.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    names += [str(tmp_path / "fifo.md"), str(tmp_path / "zero.md"), "/dev/zero", str(tmp_path)]
    done = cli("check", *names, timeout=60, address_space=GIB)
    assert not done.timed_out
    assert done.returncode == 2
    assert "unexpected error" not in done.stderr
    assert "Traceback" not in done.stderr
    for name in names:  # every file got its answer
        assert name in done.stdout + done.stderr
    for name in ("directive.md", "deep-yaml.md", "nul.md", "fifo.md", "zero.md"):
        assert name in done.stderr
