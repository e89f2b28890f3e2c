"""The built app's smoke test and its timing against the venv (used by scripts/build_app.py).

The smoke test runs the built executable the way a user's machine would: from a folder of its
own, with no virtual environment, no Python on PATH and no PYTHON* variables, its settings in
a temp folder. It runs ``--version``, ``check``, ``convert``, ``export`` to .docx (and to .pdf
when ``export --help`` offers ``--format``, that is once PDF output exists), ``diff -o``, and
opens the window offscreen on a file and closes it (the window's OS2EDITOR_SMOKE_QUIT_MS hook,
os2editor/gui/desktop.py). On Linux it also installs the menu entry into a temp folder.

Any failure raises SmokeError with what was run and what it printed.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
NEW, OLD = "chief.md", "chief-2025.md"  # the same role now and a year ago
QUIT_ENV = "OS2EDITOR_SMOKE_QUIT_MS"


class SmokeError(RuntimeError):
    """The built app did something other than what the smoke test expects."""


def clean_environment(home: Path) -> dict[str, str]:
    """This process's environment less every trace of Python: no venv or Python folder on
    PATH, no PYTHON* or VIRTUAL_ENV variables; Qt offscreen, the app's folders in ``home``."""
    python_dirs = {Path(sys.executable).parent.resolve(), Path(sys.base_prefix).resolve(),
                   (Path(sys.base_prefix) / "bin").resolve(),
                   (Path(sys.base_prefix) / "Scripts").resolve(), Path(sys.prefix).resolve()}
    path = [entry for entry in os.environ.get("PATH", "").split(os.pathsep)
            if entry and Path(entry).resolve() not in python_dirs
            and not (Path(entry) / "pyvenv.cfg").exists()
            and not (Path(entry).parent / "pyvenv.cfg").exists()]
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "PYENV"))}
    env.update(PATH=os.pathsep.join(path), QT_QPA_PLATFORM="offscreen",
               OS2EDITOR_HOME=str(home))
    env.pop(QUIT_ENV, None)
    return env


def _run(app: Path, args: list[str], cwd: Path, env: dict[str, str], *,
         codes: tuple[int, ...] = (0,), timeout: float = 120) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(app), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    if done.returncode not in codes or "Traceback" in done.stderr:
        raise SmokeError(f"os2editor {' '.join(args)}: exit {done.returncode}\n"
                           f"stdout: {done.stdout}\nstderr: {done.stderr}")
    return done


def _word_file(path: Path, text: str) -> None:
    with zipfile.ZipFile(path) as package:
        body = package.read("word/document.xml").decode("utf-8")
    if text not in body:
        raise SmokeError(f"{path.name} does not hold {text!r}")


def smoke(app: Path, version: str) -> None:
    """Run the smoke test on the built executable ``app``; raise SmokeError if it fails."""
    if not app.is_file():
        raise SmokeError(f"no built app at {app}: build it first")
    broken = [path for path in app.parent.rglob("*") if path.is_symlink() and not path.exists()]
    if broken:
        raise SmokeError(f"links to left-out files: {broken}")
    with tempfile.TemporaryDirectory(prefix="os2editor-smoke-") as temp:
        work = Path(temp)
        env = clean_environment(work / "home")
        for name in (NEW, OLD):
            shutil.copy2(FIXTURES / name, work / name)
        title = "Foreningschef"

        def step(what: str) -> None:
            print(f"  ok  {what}")

        shown = _run(app, ["--version"], work, env).stdout.strip()
        if shown != f"os2editor {version}":
            raise SmokeError(f"--version says {shown!r}, pyproject.toml says {version}")
        step(f"--version: {shown}")
        _run(app, ["check", NEW], work, env, codes=(0, 1))
        step("check")
        _run(app, ["convert", NEW, "-o", "converted.md"], work, env)
        if (work / "converted.md").read_bytes() != (work / NEW).read_bytes():
            raise SmokeError("convert changed the bytes of an untouched file")
        step("convert (byte-identical)")
        _run(app, ["export", NEW, "-o", "role.docx"], work, env)
        _word_file(work / "role.docx", title)
        step("export to .docx")
        if "--format" in _run(app, ["export", "--help"], work, env).stdout:
            _run(app, ["export", NEW, "-o", "role.pdf"], work, env)
            if not (work / "role.pdf").read_bytes().startswith(b"%PDF"):
                raise SmokeError("export -o role.pdf did not write a PDF")
            step("export to .pdf")
        else:
            step("export to .pdf: not offered by this version (export --help has no --format)")
        _run(app, ["diff", OLD, NEW, "-o", "redline.docx"], work, env)
        _word_file(work / "redline.docx", "w:ins")
        step("diff -o redline.docx")
        _window(app, work, env)
        step("window opened offscreen on a file and closed")
        if sys.platform.startswith("linux"):
            _menu_entry(app, work, env)
            step("Linux menu entry installed")
    print("smoke test passed")


def _window(app: Path, work: Path, env: dict[str, str]) -> None:
    """Open the window on a file; it closes itself 300 ms after its first paint. The file then
    heads the recent files, which the window saves only once it has read the file."""
    _run(app, [NEW, "--lang", "da"], work, dict(env, **{QUIT_ENV: "300"}), timeout=60)
    settings = json.loads((work / "home" / "config" / "settings.json").read_text("utf-8"))
    recent = settings.get("recent_files", [])
    if not recent or Path(recent[0]).name != NEW:
        raise SmokeError(f"the window did not open {NEW}: recent files are {recent}")


def _menu_entry(app: Path, work: Path, env: dict[str, str]) -> None:
    share = work / "share"
    subprocess.run([str(app.parent / "install-menu-entry.sh")], env=dict(env, XDG_DATA_HOME=str(
        share)), check=True, capture_output=True, timeout=60)
    entry = (share / "applications" / "os2editor.desktop").read_text("utf-8")
    if f'Exec="{app}" %f' not in entry:
        raise SmokeError(f"the menu entry does not start {app}:\n{entry}")
    for size in (16, 48, 256):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "os2editor.png"
        if not icon.is_file():
            raise SmokeError(f"the menu entry's icon is missing: {icon}")
    validate = shutil.which("desktop-file-validate")
    if validate:
        subprocess.run([validate, str(app.parent / "os2editor.desktop")], check=True,
                       timeout=60)


# --- Timing against the venv ----------------------------------------------------------------


def venv_command() -> Path:
    """The ``os2editor`` command of the venv running this script."""
    folder = Path(sys.executable).parent
    return folder / ("os2editor.exe" if sys.platform == "win32" else "os2editor")


def _paired(first: list[str], second: list[str], env: dict[str, str], cwd: Path,
            runs: int) -> tuple[float, float, float]:
    """Median wall times of two commands run in turn, and the median of their ratios pair by
    pair (which holds when the machine's speed drifts during the runs)."""
    times: tuple[list[float], list[float]] = ([], [])
    for index in range(runs + 1):
        for command, bucket in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True,
                           timeout=120)
            if index:  # the first round warms the file cache
                bucket.append(time.perf_counter() - start)
    ratios = [a / b for a, b in zip(*times, strict=True)]
    return statistics.median(times[0]), statistics.median(times[1]), statistics.median(ratios)


def bench(app: Path, runs: int = 11) -> dict[str, float]:
    """The built app's window start and ``export`` against the same from the venv, side by
    side: whole processes, median milliseconds and the median ratio built / venv."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import description

    # As `pip install` does (this machine sets PYTHONDONTWRITEBYTECODE): otherwise the venv
    # would compile our modules from source on every start, which no installed copy does.
    compileall.compile_dir(ROOT / "os2editor", quiet=1)
    venv = venv_command()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="os2editor-bench-") as temp:
        work = Path(temp)
        (work / "role.md").write_text(description(1), encoding="utf-8")
        env = dict(clean_environment(work / "home"), **{QUIT_ENV: "0"})
        for name, args in (("window", ["role.md", "--lang", "en"]),
                           ("export", ["export", "role.md", "-o", "role.docx"])):
            built, venv_time, ratio = _paired([str(app), *args], [str(venv), *args], env, work,
                                              runs)
            figures.update({f"{name}_app_ms": built * 1000, f"{name}_venv_ms": venv_time * 1000,
                            f"{name}_ratio": ratio})
    return figures
