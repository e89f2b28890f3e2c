"""The log file: in the user's log folder, rotated, and never holding a document's text."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from os2editor import logfile
from os2editor.cli import main
from os2editor.markdown import load, loads, save
from os2editor.model import Item

SECRET = "Hemmelig formulering om lønforhandling"
ROLE = f"""\
---
title: Logkoordinator
---

# Funktionsbeskrivelse – Logkoordinator i OS2

## Arbejdsopgaver og prioritering

### MUST

- {SECRET}.
"""


def log_text() -> str:
    for handler in logging.getLogger("os2editor").handlers:
        handler.flush()
    return logfile.log_file().read_text(encoding="utf-8")


def test_the_log_lives_in_the_app_home_and_says_what_happened(
    app_dirs: Path, tmp_path: Path
) -> None:
    path = logfile.setup_logging()
    assert path == app_dirs / "log" / "os2editor.log" == logfile.log_file()
    role = tmp_path / "rolle.md"
    role.write_text(ROLE, encoding="utf-8")
    doc = load(role)
    assert doc.tasks is not None
    doc.tasks.must.append(Item(text=f"{SECRET} igen"))
    save(doc, tmp_path / "kopi.md")
    with pytest.raises(Exception):  # noqa: B017 - any ReadError; the log is the point
        load(tmp_path / "mangler.md")
    text = log_text()
    assert f"opened {role} ({len(ROLE.encode())} bytes" in text
    assert f"saved {tmp_path / 'kopi.md'} (" in text
    assert f"could not open {tmp_path / 'mangler.md'}: read-missing" in text
    assert "os2editor 0.1.0 on Python" in text
    assert SECRET not in text  # paths, sizes and codes, never the document's words


def test_setting_up_twice_keeps_one_file_and_a_new_home_moves_it(
    app_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = logfile.setup_logging()
    assert logfile.setup_logging() == first
    handlers = logging.getLogger("os2editor").handlers
    assert sum(isinstance(h, logging.FileHandler) for h in handlers) == 1
    monkeypatch.setenv("OS2EDITOR_HOME", str(tmp_path / "andet"))
    second = logfile.setup_logging()
    assert second == tmp_path / "andet" / "log" / "os2editor.log" != first
    assert sum(isinstance(h, logging.FileHandler) for h in handlers) == 1
    logging.getLogger("os2editor.test").info("efter flytningen")
    assert "efter flytningen" in log_text()
    assert first is not None and "efter flytningen" not in first.read_text(encoding="utf-8")


def test_the_log_is_rotated(app_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)
    logfile.setup_logging()
    log = logging.getLogger("os2editor.test")
    for number in range(200):
        log.info("linje %d med lidt fyld for at nå grænsen", number)
    names = sorted(p.name for p in (app_dirs / "log").iterdir())
    assert names == ["os2editor.log", "os2editor.log.1", "os2editor.log.2", "os2editor.log.3"]
    assert all(p.stat().st_size <= 2_100 for p in (app_dirs / "log").iterdir())
    assert "linje 199" in log_text()


def test_a_log_folder_that_cannot_be_made_is_no_reason_to_stop(app_dirs: Path) -> None:
    (app_dirs / "log").write_text("en fil, hvor mappen skulle være", encoding="utf-8")
    assert logfile.setup_logging() is None
    logging.getLogger("os2editor.test").warning("ingen steder at skrive")  # and nothing breaks


def test_without_a_log_file_nothing_reaches_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "mangler.md")]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1  # the CLI's one line, no log record beside it
    assert "read-missing" not in captured.err


def test_the_package_logs_nowhere_until_asked(tmp_path: Path) -> None:
    script = (
        "import logging, os2editor.markdown as m\n"
        "m.loads('# X\\n')\n"
        "logging.getLogger('os2editor.test').warning('advarsel')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stderr == ""


def test_loads_of_text_is_not_logged(app_dirs: Path) -> None:
    logfile.setup_logging()
    loads(ROLE)
    assert SECRET not in log_text()
