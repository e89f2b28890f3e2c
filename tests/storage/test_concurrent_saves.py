"""Saves that run at the same time (issue 14 point 8): one save never removes another's
temporary file while that save is in flight; only provably abandoned ones go."""

from __future__ import annotations

import fcntl
import json
import os
import sys
from pathlib import Path

from os2editor.storage.atomic import atomic_write, remove_stale_temp_files
from tests.bounded import run_bounded

SAVERS = 4
SAVES = 200
SAVING_LOOP = """
import json, sys
from os2editor.errors import WriteError
from os2editor.storage.atomic import atomic_write
target, mine, count = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3])
failures = []
for n in range(count):
    try:
        atomic_write(target, mine * (1 + n % 7))
    except WriteError as error:
        failures.append(str(error))
print(json.dumps(failures[:5] + [len(failures)]))
"""


def _temps(folder: Path) -> list[Path]:
    return sorted(folder.glob(".rolle.md.os2editor-*.tmp"))


def test_four_processes_saving_the_same_file_in_a_loop_never_fail(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    target.write_bytes(b"start\n")
    launcher = (
        "import subprocess, sys\n"
        f"code, target, count = sys.argv[1], sys.argv[2], sys.argv[3]\n"
        f"children = [subprocess.Popen([sys.executable, '-c', code, target, f'saver {{n}}\\n',"
        f" count], stdout=subprocess.PIPE, text=True) for n in range({SAVERS})]\n"
        "print('\\n'.join(child.communicate()[0].strip() for child in children))\n"
    )
    # The savers are the launcher's children, in its process group: a hang kills them all.
    done = run_bounded([sys.executable, "-c", launcher, SAVING_LOOP, str(target), str(SAVES)],
                       timeout=240)
    assert not done.timed_out
    assert done.returncode == 0, done.stderr[-800:]
    results = [json.loads(line) for line in done.stdout.strip().splitlines()]
    assert len(results) == SAVERS
    assert [result[-1] for result in results] == [0] * SAVERS, results  # failed saves
    content = target.read_bytes()
    line = content.splitlines(keepends=True)[0]
    assert line.startswith(b"saver ") and content == line * (len(content) // len(line))
    assert _temps(tmp_path) == []


def test_a_temp_file_held_by_a_save_in_flight_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "rolle.md"
    in_flight = tmp_path / ".rolle.md.os2editor-0123456789ab.tmp"
    fd = os.open(in_flight, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, b"half a save")
        atomic_write(target, b"another save")
        assert in_flight.read_bytes() == b"half a save"
        assert remove_stale_temp_files(target) == []
    finally:
        os.close(fd)  # the save ends (here: dies); now it is abandoned
    assert remove_stale_temp_files(target) == [in_flight]
    assert target.read_bytes() == b"another save"


def test_a_save_whose_temp_file_is_taken_away_before_its_lock_starts_over(
    tmp_path: Path,
) -> None:
    # The instant between creating a temporary file and locking it: another save may find it
    # unlocked and remove it. The save then takes a new one instead of failing.
    target = tmp_path / "rolle.md"
    real_flock = fcntl.flock
    taken: list[int] = []

    def flock_after_removal(fd: int, operation: int) -> None:
        if not taken:
            [temp] = _temps(tmp_path)
            os.unlink(temp)
            taken.append(fd)
        real_flock(fd, operation)

    fcntl.flock = flock_after_removal  # type: ignore[assignment]
    try:
        atomic_write(target, b"saved anyway")
    finally:
        fcntl.flock = real_flock
    assert taken
    assert target.read_bytes() == b"saved anyway"
    assert _temps(tmp_path) == []
