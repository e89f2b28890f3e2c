"""Settings and autosaves that are damaged, hostile or not files at all (issue 14 point 7):
each is set aside with a message, nothing hangs, and every other autosave is still offered.

What could hang (a FIFO) or flood memory runs in a bounded child process.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from os2editor.storage.paths import autosave_dir, settings_file
from os2editor.storage.recovery import autosave_file, list_recoverable, new_doc_id, write_autosave
from os2editor.storage.settings import Settings, load_settings
from tests.bounded import GIB, python, run_bounded

DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
WORK = "---\ntitle: Koordinator\n---\n\n# Funktionsbeskrivelse – Koordinator i OS2\n\nUgemt.\n"
REPORT = """
import json
from os2editor.storage.recovery import list_recoverable
from os2editor.storage.settings import load_settings
settings, problem = load_settings()
found, messages = list_recoverable()
print(json.dumps({"settings": problem.code if problem else None,
                  "found": [r.text for r in found], "messages": [m.code for m in messages]}))
"""


def _report(app_dirs: Path) -> dict[str, object]:
    done = python(REPORT, timeout=30, address_space=GIB,
                  env={**os.environ, "OS2EDITOR_HOME": str(app_dirs)})
    assert not done.timed_out, "the start hung"
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_deeply_nested_settings_are_set_aside() -> None:
    settings_file().parent.mkdir(parents=True)
    settings_file().write_bytes(DEEP_JSON)
    settings, message = load_settings()
    assert settings == Settings()
    assert message is not None and message.code == "settings-damaged"
    [aside] = settings_file().parent.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == DEEP_JSON


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "huge"])
def test_settings_that_are_no_file_or_far_too_large_neither_hang_nor_flood(
    kind: str, app_dirs: Path
) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.write_bytes(b'{"author": "' + b"x" * (64 * 1024 * 1024) + b'"}')
    report = _report(app_dirs)
    assert report["settings"] == "settings-damaged"
    assert not os.path.lexists(path)
    [aside] = path.parent.glob("settings.json.corrupt-*")
    if kind == "fifo":
        assert stat.S_ISFIFO(os.lstat(aside).st_mode)  # set aside as it was
    elif kind == "dev-zero":
        assert os.readlink(aside) == "/dev/zero"
        assert stat.S_ISCHR(os.stat("/dev/zero").st_mode)


def test_a_deep_autosave_never_hides_one_with_real_work() -> None:
    write_autosave(new_doc_id(), None, WORK)
    deep = autosave_file(new_doc_id())
    deep.write_bytes(b'{"path": null, "saved_at": "2026-01-01T10:00:00+00:00", "text": '
                     + DEEP_JSON + b"}")
    found, messages = list_recoverable()
    assert [r.text for r in found] == [WORK]
    assert [m.code for m in messages] == ["autosave-damaged"]
    assert not deep.exists()


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "dangling"])
def test_an_autosave_that_is_no_file_is_set_aside_and_the_others_offered(
    kind: str, app_dirs: Path
) -> None:
    write_autosave(new_doc_id(), None, WORK)
    odd = autosave_file(new_doc_id())
    if kind == "fifo":
        os.mkfifo(odd)
    elif kind == "dev-zero":
        odd.symlink_to("/dev/zero")
    elif kind == "folder":
        odd.mkdir()
    else:
        odd.symlink_to(autosave_dir() / "gone")
    report = _report(app_dirs)
    assert report["found"] == [WORK]
    assert report["messages"] == ["autosave-damaged"]
    assert not os.path.lexists(odd)


def test_the_window_starts_with_every_state_file_hostile_and_offers_the_real_work(
    app_dirs: Path, tmp_path: Path
) -> None:
    settings_file().parent.mkdir(parents=True)
    settings_file().write_bytes(DEEP_JSON)
    write_autosave(new_doc_id(), str(tmp_path / "koordinator.md"), WORK)
    deep = autosave_file(new_doc_id())
    deep.write_bytes(b'{"text": ' + DEEP_JSON + b"}")
    os.mkfifo(autosave_file(new_doc_id()))
    child = str(Path(__file__).parent.parent / "window_child.py")
    done = run_bounded([sys.executable, child], timeout=90,
                       env={**os.environ, "OS2EDITOR_HOME": str(app_dirs)})
    assert not done.timed_out, "the start hung"
    assert done.returncode == 0, done.stderr[-800:]
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    shown = report["shown"]
    assert any("settings were damaged" in text for text in shown)
    assert sum("automatic backup was damaged" in text for text in shown) == 2
    assert not any("unexpected" in text.lower() for text in shown)
    restored = [d for d in report["documents"] if d["title"] == "Koordinator"]
    assert restored == [{"path": str(tmp_path / "koordinator.md"), "title": "Koordinator",
                         "modified": True}]
