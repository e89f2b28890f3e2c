"""The standalone app's build list (scripts/build_app.py) against what the package loads.

The build itself takes minutes and is not part of the tests (`build_app.py --smoke` runs it);
these check, fast, that the build's list of bundled resources holds every file the package
opens at run time and nothing that is not there.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import os2editor
from os2editor import about

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def _load_build_app() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "scripts" / "build_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_app = _load_build_app()
RESOURCES_ROOT = Path(importlib.import_module("os2editor.resources").ROOT)

# Run in a fresh process, where no cache of an earlier test hides a file from being opened:
# every file under resources/ that Python opens while the commands run, listed in opened.txt.
_CHILD = """
import sys
from pathlib import Path
import os2editor.resources
root = Path(os2editor.resources.ROOT)
opened = set()
def record(event, args):
    if event == "open" and isinstance(args[0], (str, Path)):
        path = Path(args[0]).resolve()
        if path.is_relative_to(root) and path.suffix not in (".py", ".pyc"):
            opened.add(path)  # modules are bundled as modules, not as data
sys.addaudithook(record)
from os2editor.cli import main
from os2editor.gui.controllers.file_actions import template_document
template_document()  # a new description
new, old, out = sys.argv[1:4]
assert main(["export", new, "-o", out + "/role.docx"]) == 0
assert main(["check", new]) in (0, 1)
assert main(["diff", old, new, "-o", out + "/redline.docx"]) == 0
Path(out, "opened.txt").write_text("\\n".join(sorted(map(str, opened))), encoding="utf-8")
"""


def _opened_by_commands(work: Path) -> set[Path]:
    subprocess.run([sys.executable, "-c", _CHILD, str(FIXTURES / "chief.md"),
                    str(FIXTURES / "chief-2025.md"), str(work)],
                   capture_output=True, text=True, timeout=120, check=True)
    return {Path(line) for line in (work / "opened.txt").read_text("utf-8").splitlines()}


def test_the_build_reads_the_same_resources_folder_as_the_package() -> None:
    assert build_app.RESOURCES_DIR.resolve() == RESOURCES_ROOT


def test_every_resource_file_is_either_bundled_or_named_as_a_source() -> None:
    bundled = set(build_app.expand(build_app.RESOURCES))
    not_bundled = set(build_app.expand(build_app.NOT_BUNDLED))
    on_disk = {path for path in RESOURCES_ROOT.rglob("*")
               if path.is_file() and "__pycache__" not in path.parts}
    assert bundled | not_bundled == on_disk
    assert not bundled & not_bundled


@pytest.mark.parametrize("pattern", [*build_app.RESOURCES, *build_app.NOT_BUNDLED])
def test_nothing_listed_is_missing_on_disk(pattern: str) -> None:
    assert build_app.expand([pattern]), f"{pattern} matches no file in resources/"


def test_what_the_package_opens_at_run_time_is_bundled(tmp_path: Path, qapp: Any) -> None:
    from os2editor.gui import i18n

    loaded = _opened_by_commands(tmp_path)
    for language in i18n.LANGUAGES:  # Qt opens these itself, out of Python's sight
        translators = i18n.install_translators(qapp, language)
        loaded |= {Path(t.filePath()).resolve() for t in translators
                   if Path(t.filePath()).resolve().is_relative_to(RESOURCES_ROOT)}
    i18n.remove_translators(qapp)
    loaded |= {path.resolve() for path in about.icon_files()}  # QIcon opens them when drawn

    bundled = set(build_app.expand(build_app.RESOURCES))
    assert loaded - bundled == set()
    names = {path.relative_to(RESOURCES_ROOT).as_posix() for path in loaded}
    assert {"templates/default.docx", "translations/os2editor_da.qm",
            "icons/os2editor-16.png"} <= names
    assert bundled - loaded == set(), "bundled but never loaded"


@pytest.mark.parametrize(("place", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/translations/qtbase_da.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
])
def test_only_the_listed_qt_plugins_and_translations_stay(place: str, kept: bool) -> None:
    assert build_app.wanted(place) is kept


def test_the_version_has_one_source_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    assert build_app.project_version() == version
    assert about.version() == version
    assert os2editor.__version__ == version
    done = subprocess.run([sys.executable, "-m", "os2editor.cli", "--version"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout == f"os2editor {version}\n"


def test_a_command_does_not_read_the_version() -> None:
    """importlib.metadata takes 25 ms to load; only --version and About need it."""
    code = ("import sys; from os2editor.cli import main; main(['check', sys.argv[1]]); "
            "print('importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "chief.md")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.stdout.strip().splitlines()[-1] == "False"
