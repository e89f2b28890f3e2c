"""Work without bound (issue 14 points 10-12): every read is bounded, and what is too large is
refused at once, in plain words; what the reader accepts is checked and opened bounded.

Each input runs in a child process with a time limit and a memory limit (``tests.bounded``).
The targets themselves (check in 2 s, the window in 5 s) are benchmarks: bench_limits.py.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from benchmarks.limits_inputs import AT_LIMITS, OVER_LIMITS
from os2editor.errors import ReadError
from os2editor.markdown import limits, load, loads
from os2editor.storage import regular
from tests.bounded import GIB, cli, run_bounded
from tests.helpers import FIXTURES

WINDOW = str(Path(__file__).parent / "window_child.py")


def _write(folder: Path, text: str) -> Path:
    path = folder / "rolle.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", list(OVER_LIMITS))
def test_what_issue_14_names_is_refused_at_once_and_untouched(name: str, tmp_path: Path) -> None:
    make, says = OVER_LIMITS[name]
    path = _write(tmp_path, make())
    before = path.read_bytes()
    done = cli("check", str(path), timeout=30, address_space=GIB)
    assert not done.timed_out
    assert done.returncode == 2, done.stderr
    assert says in done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.peak_mb < 200  # refused before the parsers saw it
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["list items", "sections (headings)", "brackets [[[",
                                  "table cells", "everything at once"])
def test_the_worst_accepted_files_are_checked_bounded(name: str, tmp_path: Path) -> None:
    path = _write(tmp_path, AT_LIMITS[name]())
    # Four times the target (2 s) on a shared machine: work that grows faster than the text
    # takes far longer (a check that built the Word export's blocks took 5 s of [[[).
    done = cli("check", str(path), timeout=8, address_space=GIB)
    assert not done.timed_out
    assert done.returncode in (0, 1), done.stderr
    assert done.peak_mb < 1024


@pytest.mark.parametrize("name", ["MoSCoW tasks", "brackets [[[", "emphasis *a",
                                  "everything at once"])
def test_the_worst_accepted_files_open_in_the_window_bounded(name: str, tmp_path: Path) -> None:
    path = _write(tmp_path, AT_LIMITS[name]())
    # Four times the target (5 s) for the window and its largest form together: a prose
    # field whose markdown drawing was quadratic in a line took 89 s on 32 K of [[[.
    done = run_bounded([sys.executable, WINDOW, str(path), "--form"], timeout=20)
    assert not done.timed_out, done.stderr[-500:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["shown"] == []
    assert report["documents"][0]["path"] == str(path)
    assert done.peak_mb < 1024


def test_every_input_at_the_limits_is_accepted() -> None:
    for name, make in AT_LIMITS.items():
        text = make()
        assert len(text.encode()) <= limits.MAX_BYTES, name
        loads(text)  # raises if refused


@pytest.mark.parametrize(("text", "code"), [
    ("a\n" * limits.MAX_LINES, "read-too-many-lines"),
    ("## x\n" * (limits.MAX_HEADINGS + 1), "read-too-many-headings"),
    ("- a\n" * (limits.MAX_LIST_ITEMS + 1), "read-too-many-items"),
    ("> - a\n" * (limits.MAX_LIST_ITEMS + 1), "read-too-many-items"),
    ("- " * (limits.MAX_NESTING + 1) + "a\n", "read-too-deep"),
    (">" * (limits.MAX_NESTING + 1) + " a\n", "read-too-deep"),
    ("|a|b|\n|-|-|\n" + "|a|b|\n" * (limits.MAX_TABLE_CELLS // 2), "read-too-many-cells"),
    ("x " + "[" * limits.MAX_RUN + "\n", "read-run-too-long"),
    ("a\n> b\n" * (limits.MAX_RUN // 4), "read-run-too-long"),
    ("x" * (limits.MAX_BYTES + 1), "read-too-large"),
])
def test_each_limit_refuses_with_its_own_message(text: str, code: str) -> None:
    with pytest.raises(ReadError) as caught:
        loads(text)
    assert caught.value.message.code == code


def test_just_inside_each_limit_is_read() -> None:
    loads("- a\n" * limits.MAX_LIST_ITEMS)
    loads("- " * limits.MAX_NESTING + "a\n")
    loads("|a|b|\n|-|-|\n" + "|a|b|\n" * (limits.MAX_TABLE_CELLS // 2 - 1))
    loads("[" * (limits.MAX_RUN - 1) + "\n\n" + "[" * (limits.MAX_RUN - 1) + "\n")


def test_the_limits_are_far_above_any_real_description() -> None:
    for fixture in FIXTURES.glob("*.md"):
        load(fixture)
    real = (FIXTURES / "reference.md").read_text(encoding="utf-8")
    assert len(real.encode()) * 40 < limits.MAX_BYTES


# -- point 11: only regular files, every read bounded -------------------------------------


def test_check_dev_zero_is_refused_at_once() -> None:
    done = cli("check", "/dev/zero", timeout=30, address_space=GIB)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "/dev/zero: this is a device, pipe or socket, not a function description file")
    assert done.peak_mb < 200


def test_a_symlink_to_dev_zero_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "rolle.md"
    link.symlink_to("/dev/zero")
    done = cli("check", str(link), timeout=30, address_space=GIB)
    assert done.returncode == 2
    assert "device, pipe or socket" in done.stderr
    assert link.is_symlink()


def test_a_fifo_as_input_neither_hangs_nor_is_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "rolle.md"
    os.mkfifo(fifo)
    for argv in (["check", str(fifo)], ["convert", str(fifo), "-o", str(tmp_path / "ud.md")]):
        done = cli(*argv, timeout=30, address_space=GIB)
        assert not done.timed_out, argv
        assert done.returncode == 2, argv
        assert "device, pipe or socket" in done.stderr, argv
    assert not (tmp_path / "ud.md").exists()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_the_window_on_a_symlink_to_dev_zero_says_so_and_stays_small(tmp_path: Path) -> None:
    link = tmp_path / "rolle.md"
    link.symlink_to("/dev/zero")
    done = run_bounded([sys.executable, WINDOW, str(link)], timeout=60)
    assert not done.timed_out
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert any("device, pipe or socket" in text for text in report["shown"])
    assert report["documents"][0]["path"] is None  # a new description, not the device
    assert done.peak_mb < 400


def test_the_read_itself_is_bounded_not_only_the_size_check(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # A file that grows after it was looked at: with the size checks out of the way, the read
    # still stops one byte past the limit.
    path = tmp_path / "vokser.md"
    path.write_bytes(b"a" * (limits.MAX_BYTES * 3))
    monkeypatch.setattr(regular, "_refuse_special", lambda *_args: None)
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(ReadError) as caught:
        load(path)
    assert caught.value.message.code == "read-too-large"
    assert sum(read) == limits.MAX_BYTES + 1
