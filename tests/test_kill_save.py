"""Kill -9 a process in the middle of saving, many times: the file is always old or new."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from os2editor.storage.atomic import atomic_write

KILLS = 30

# Two versions that differ from the first byte to the last, and in length, so that any
# mixture or truncation of them is recognisable.
VERSION_A = b"- Opgave A: planl\xc3\xa6gger m\xc3\xb8der\n" * 60_000
VERSION_B = b"* Opgave B: skriver referat\r\n" * 90_000

SAVING_LOOP = """
import sys
from os2editor.storage.atomic import atomic_write
target = sys.argv[1]
versions = [open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()]
print("ready", flush=True)
n = 0
while True:
    atomic_write(target, versions[n % 2])
    n += 1
"""


def _start_saver(target: Path, a_file: Path, b_file: Path) -> subprocess.Popen[str]:
    saver = subprocess.Popen(
        [sys.executable, "-c", SAVING_LOOP, str(target), str(a_file), str(b_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert saver.stdout is not None
    assert saver.stdout.readline().strip() == "ready"
    return saver


def _temp_files(folder: Path) -> list[Path]:
    return list(folder.glob(".rolle.md.os2editor-*.tmp"))


def test_kill_during_save_leaves_old_or_new_file(tmp_path: Path) -> None:
    a_file, b_file = tmp_path / "a.bin", tmp_path / "b.bin"
    a_file.write_bytes(VERSION_A)
    b_file.write_bytes(VERSION_B)
    work = tmp_path / "work"
    work.mkdir()
    target = work / "rolle.md"
    target.write_bytes(VERSION_A)
    os.chmod(target, 0o640)
    rng = random.Random(5)
    seen: set[bytes] = set()
    kills_with_temp_left = 0
    for _ in range(KILLS):
        saver = _start_saver(target, a_file, b_file)
        time.sleep(rng.uniform(0.005, 0.08))
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait()
        assert saver.stdout is not None
        saver.stdout.close()
        content = target.read_bytes()
        assert content in (VERSION_A, VERSION_B), f"{len(content)} bytes, neither version"
        assert os.stat(target).st_mode & 0o777 == 0o640
        seen.add(content)
        kills_with_temp_left += bool(_temp_files(work))
    # The kills really landed mid-save (a temp file was left) and both versions were reached.
    assert kills_with_temp_left > 0
    assert seen == {VERSION_A, VERSION_B}
    atomic_write(target, b"next save")
    assert _temp_files(work) == []
    assert sorted(p.name for p in work.iterdir()) == ["rolle.md"]
