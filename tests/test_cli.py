"""The headless CLI: exit codes, messages, and no traceback ever."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from os2editor.cli import SUBCOMMANDS, _parser, main
from tests.helpers import FIXTURES, fixture_text


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "os2editor.cli", *args], capture_output=True,
                          text=True, timeout=60, check=False)


def test_check_clean_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(FIXTURES / "reference.md")]) == 0
    assert capsys.readouterr().out == ""


def test_check_warnings_exit_1_with_file_and_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = fixture_text("reference.md").replace("title: Datakoordinator", "title: Analytiker")
    text = text.replace("nav_order: 8", "nav_order: otte")
    text = text.replace("- Levere kvartalsrapporten.", "- Vedligeholde datakataloget.")
    path = tmp_path / "role.md"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{path}:2: the front matter title “Analytiker” and the heading " \
           "“Funktionsbeskrivelse – Datakoordinator i OS2” disagree" in out
    assert f"{path}:2: nav_order should be a number, not “otte”" in out
    assert any("the task “Vedligeholde datakataloget.” appears more than once (MUST)" in line
               for line in out)


def test_check_reports_missing_sections_and_empty_must(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "short.md"
    path.write_text("# Funktionsbeskrivelse – X i OS2\n\n## Arbejdsopgaver og prioritering\n\n"
                    "### SHOULD\n\n- Noget.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "there are no MUST tasks" in out
    assert "the section “Øvrige forhold” is missing" in out


def test_check_unreadable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"# ok\n\xff\n")
    assert main(["check", str(bad), str(FIXTURES / "reference.md")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2: the file is not valid UTF-8 text (byte offset 5" in err


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.md")))
def test_convert_gives_back_the_same_bytes(name: str, tmp_path: Path) -> None:
    out = tmp_path / name
    assert main(["convert", str(FIXTURES / name), "-o", str(out)]) == 0
    assert out.read_bytes() == (FIXTURES / name).read_bytes()


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [
        (lambda p: p.write_bytes(b"\x00\x01binary"), "binary file"),
        (lambda p: p.write_bytes(b"---\nx: [\n---\n"), "not valid YAML"),
        (lambda p: p.write_bytes(b"---\nx: !!python/name:os.system\n---\n"), "not allowed"),
        (lambda p: p.mkdir(), "folder"),
        (lambda p: None, "no such file"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(tmp_path: Path, setup, fragment: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "input.md"
    setup(path)
    result = run("convert", str(path), "-o", str(tmp_path / "out.md"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and str(path) in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.md").exists()


def test_convert_to_an_unwritable_place_is_exit_2(tmp_path: Path) -> None:
    result = run("convert", str(FIXTURES / "reference.md"), "-o", str(tmp_path / "no" / "x.md"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_headless_commands_do_not_import_qt() -> None:
    code = ("import sys; from os2editor.cli import main; main(['check', sys.argv[1]]); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "reference.md")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.strip() == "False"


def test_a_command_builds_only_its_own_parser() -> None:
    """argparse takes about a millisecond per subcommand, and a command needs only its own."""
    code = ("import sys; from os2editor.cli import main; main(['check', sys.argv[1]]); "
            "print(sorted(m for m in ('os2editor.docx.cli', 'os2editor.revision.cli') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "reference.md")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.strip() == "[]"


def test_help_and_errors_still_see_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert all(f"\n    {name} " in _parser().format_help() for name in SUBCOMMANDS)
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("usage: os2editor export [-h] -o OUT")
    with pytest.raises(SystemExit) as exited:
        main(["export", "in.md", "-o", "out.docx", "--bogus"])
    assert exited.value.code == 2
    assert capsys.readouterr().err == ("usage: os2editor [-h] [--version] COMMAND ...\n"
                                       "os2editor: error: unrecognized arguments: --bogus\n")


def test_a_folder_opens_the_window_on_its_library(tmp_path: Path) -> None:
    """``os2editor DIR``: the window reads the folder as its library (its log says so), and
    closes cleanly when the smoke hook closes it."""
    import os

    from tests.library.helpers import make_folder

    folder = make_folder(tmp_path / "handbook")
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OS2EDITOR_HOME": str(home),
           "OS2EDITOR_SMOKE_QUIT_MS": "1500"}
    result = subprocess.run([sys.executable, "-m", "os2editor.cli", str(folder), "--lang", "en"],
                            capture_output=True, text=True, timeout=60, check=False, env=env)
    assert result.returncode == 0, result.stderr
    log = (home / "log" / "os2editor.log").read_text("utf-8")
    assert f"library {folder.resolve()} read: 5 descriptions, 2 pages, 0 unreadable" in log
