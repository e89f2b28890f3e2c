"""``os2editor stats``: the JSON keys, the human output, the exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from os2editor.cli import main
from tests.helpers import FIXTURES
from tests.writing.samples import TESTER, TESTER_SECTIONS


@pytest.fixture
def tester(tmp_path: Path) -> Path:
    path = tmp_path / "tester.md"
    path.write_text(TESTER, encoding="utf-8")
    return path


def test_json_has_exactly_the_keys_of_the_issue(tester: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--json", str(tester)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert json.loads(captured.out) == [{
        "path": str(tester),
        "words": 15,
        "sentences": 5,
        "long_words": 7,
        "lix": 49.7,
        "band": "svær",
        "sections": TESTER_SECTIONS,
        "tasks": {"MUST": 1, "SHOULD": 0, "COULD": 1, "WON'T": 0},
    }]
    assert '"lix": 42.5' in captured.out and "Formål" in captured.out  # one decimal, UTF-8


def test_lix_has_one_decimal_and_no_words_has_none(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    even = tmp_path / "even.md"
    even.write_text("# Rolle\n\n## Formål med stillingen\n\nEt to tre fire.\n", encoding="utf-8")
    assert main(["stats", "--json", str(even), str(FIXTURES / "frontmatter-only.md")]) == 0
    out = capsys.readouterr().out
    assert '"lix": 4.0,' in out
    reports = json.loads(out)
    assert [r["lix"] for r in reports] == [4.0, None]
    assert [r["band"] for r in reports] == ["meget let", None]


def test_human_output(tester: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(tester)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tester}: LIX 49.7 (hard), 15 words, 5 sentences, 7 long words",
        "  Formål med stillingen: LIX 53.3, 10 words, 3 sentences, 5 long words",
        "  Arbejdsopgaver og prioritering: LIX 42.5, 5 words, 2 sentences, 2 long words",
        "  tasks: MUST 1, SHOULD 0, COULD 1, WON'T 0",
    ]


@pytest.mark.parametrize("as_json", [False, True])
def test_an_unreadable_file_is_one_line_and_exit_2_and_the_rest_is_reported(
        tester: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], as_json: bool) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"# ok\n\xff\n")
    missing = tmp_path / "missing.md"
    args = ["stats", *(["--json"] if as_json else []), str(bad), str(tester), str(missing)]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{bad}:2: the file is not valid UTF-8 text (byte offset 5, byte 0xff)",
        f"{missing}: there is no such file",
    ]
    if as_json:
        assert [report["path"] for report in json.loads(captured.out)] == [str(tester)]
    else:
        assert captured.out.startswith(f"{tester}: LIX 49.7")


def test_a_folder_is_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_pydantic_report_loads_only_for_stats() -> None:
    code = ("import sys; from os2editor.cli import main; main(sys.argv[1:]); "
            "print('os2editor.writing.report' in sys.modules, "
            "any(m.startswith('PySide6') for m in sys.modules))")
    reference = str(FIXTURES / "reference.md")
    for args, loaded in ((["stats", "--json", reference], "True"), (["check", reference], "False"),
                         (["convert", reference, "-o", "/dev/null"], "False")):
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                                text=True, timeout=60, check=False)
        assert result.stdout.strip().splitlines()[-1] == f"{loaded} False", args


def test_stats_in_a_fresh_process(tester: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "os2editor.cli", "stats", "--json",
                             str(tester)], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["lix"] == 49.7
