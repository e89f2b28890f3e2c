"""Running work that might not end, or might eat the machine, in a child that cannot.

The child runs in its own process group (so whatever it starts goes with it), under a limit
on its address space, and with a time limit after which the whole group is killed. Its peak
memory comes from the kernel's accounting of that one child (``wait4``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIB = 1024**3
# Sets the limits, then runs the work as its own child and reports that child's peak memory.
# (Not exec'd directly: Linux counts into a process's peak the memory of the process it was
# forked from, which for a test is the whole test run.)
_LAUNCHER = (
    "import os, resource, sys\n"
    "size, report = int(sys.argv[1]), sys.argv[2]\n"
    "resource.setrlimit(resource.RLIMIT_AS, (size, size))\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execv(sys.argv[3], sys.argv[3:])\n"
    "_pid, status, usage = os.wait4(pid, 0)\n"
    "with open(report, 'w') as out:\n"
    "    out.write(str(usage.ru_maxrss))\n"
    "code = os.waitstatus_to_exitcode(status)\n"
    "os._exit(code if code >= 0 else 128 - code)\n"
)


@dataclass(frozen=True)
class Outcome:
    """How a bounded child ended."""

    returncode: int | None
    """None when it was killed at the time limit."""
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def run_bounded(
    argv: list[str],
    *,
    timeout: float = 60.0,
    address_space: int = 4 * GIB,
    env: dict[str, str] | None = None,
) -> Outcome:
    """Run ``argv`` bounded in time and memory; never raises for what the child does."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "peak"
        launcher = [sys.executable, "-c", _LAUNCHER, str(address_space), str(report), *argv]
        with (Path(folder) / "out").open("w+b") as out, (Path(folder) / "err").open("w+b") as err:
            start = time.monotonic()
            child = subprocess.Popen(launcher, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                     env=env, cwd=ROOT, start_new_session=True)
            status = _wait(child.pid, start + timeout)
            seconds = time.monotonic() - start
            with contextlib.suppress(ProcessLookupError):  # whatever it started goes too
                os.killpg(child.pid, signal.SIGKILL)
            child.returncode = 0  # reaped above; keep Popen from waiting again
            out.seek(0)
            err.seek(0)
            peak = float(report.read_text()) / 1024 if report.exists() else float("nan")
            code = None if status is None else os.waitstatus_to_exitcode(status)
            return Outcome(code, out.read().decode(errors="replace"),
                           err.read().decode(errors="replace"), seconds, peak)


def _wait(pid: int, deadline: float) -> int | None:
    """The wait status of ``pid``; None when its group was killed at ``deadline``."""
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None
        time.sleep(0.01)


def cli(*args: str, timeout: float = 60.0, address_space: int = 2 * GIB,
        env: dict[str, str] | None = None) -> Outcome:
    """``os2editor ARGS`` as a user runs it, bounded."""
    return run_bounded([sys.executable, "-m", "os2editor.cli", *args], timeout=timeout,
                       address_space=address_space, env=env)


def python(code: str, *args: str, timeout: float = 60.0, address_space: int = 4 * GIB,
           env: dict[str, str] | None = None) -> Outcome:
    """``python -c CODE ARGS``, bounded (Qt reserves much address space: hence 4 GiB)."""
    return run_bounded([sys.executable, "-c", code, *args], timeout=timeout,
                       address_space=address_space, env=env)
