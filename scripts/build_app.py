"""Build os2editor as a standalone app: one folder that holds everything, and an archive of it.

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_app.py            # build dist/os2editor/ and its archive
    .venv/bin/python scripts/build_app.py --smoke    # ... then run the built app's smoke test
    .venv/bin/python scripts/build_app.py --bench    # ... then time it against the venv

The folder ``dist/os2editor/`` holds the executable ``os2editor`` (``os2editor.exe`` on
Windows), which runs the window and every subcommand, with Python, the Qt modules the editor
uses (QtCore, QtGui, QtWidgets; QtSvg for SVG icons, QtPrintSupport for the coming printing), the
translations, the templates and the icons. The archive beside it is
``os2editor-VERSION-SYSTEM-MACHINE.tar.gz`` on Linux and ``.zip`` elsewhere. On macOS the
archive holds ``os2editor.app`` instead, built from the same folder. On Linux the folder also
holds ``os2editor.desktop`` and ``install-menu-entry.sh``, which adds the app to the menu.

Left out because the editor never loads them: Qt's network, D-Bus bindings, QML, WebEngine,
3D and multimedia; every Qt plugin outside QT_PLUGINS (the GTK theme among them, and with it
GTK and cairo); Qt's translations other than QT_TRANSLATIONS; the test and type-checking tools
a developer's venv holds; lxml's HTML and objectify parts. On Linux the binaries are stripped
of their symbols (the Python library alone carries 19 MB of debugging data). Whatever only a
left-out plugin links to goes too, and so does the CUPS client library: the system's own is
the one that matches its print server (ON_SYSTEM_LIBRARIES). Each build prints the folder's
and the archive's size against LIMITS, and the time the build took.

The build is not part of the tests (it takes minutes); tests/test_build_app.py checks that
RESOURCES lists what the package loads at run time.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
RESOURCES_DIR = ROOT / "resources"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "app"
NAME = "os2editor"

LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"

RESOURCES = (
    "templates/*.docx",  # the Word export's template
    "translations/*.qm",  # the interface's languages
    "icons/os2editor-*.png",  # the window's and taskbar's icon
)
"""What the package loads from resources/ at run time (globs relative to it), bundled as
``os2editor/resources/...``. tests/test_build_app.py holds this list to the code."""

NOT_BUNDLED = (
    "__init__.py",  # bundled as a module, not as data
    "translations/*.ts",  # sources of the .qm files
    # The former New template: New now builds its description in code (writing.template),
    # whose catalogue knows this file's guidance sentences as leftovers to warn of.
    "new_description.md",
    "templates/make_default.py",
    "icons/make_icons.py",
    "icons/os2editor.svg",  # the icons' source; also the Linux menu entry's scalable icon
    "icons/os2editor.ico",  # the Windows executable's icon, set at build time
    "icons/os2editor.icns",  # the macOS app bundle's icon, set at build time
)
"""The files in resources/ that the app does not load: sources and build-time inputs."""

QT_PLUGINS = {
    # The windowing systems: X11, Wayland, Windows, macOS; offscreen for tests and the smoke test.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # The desktop portal gives native file dialogs in sandboxes; the GTK theme is left out
    # (it brings GTK, cairo and pango, some 10 MB, for a look the Fusion style approximates).
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",  # dead keys
                              "ibusplatforminputcontextplugin"},  # input methods
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "iconengines": {"qsvgicon"},  # the desktop's SVG theme icons in the toolbar and menus
    # PNG is built into QtGui; these are the other formats a preview may show or an icon uses.
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "printsupport": {"cupsprintersupport"},  # Linux printers, for the coming print command
}
"""The Qt plugins the app keeps, by folder (names without ``lib`` and extension)."""

ON_SYSTEM_LIBRARIES = {"cupsprintersupport"}
"""Plugins kept without the libraries they link to, which the system provides: the CUPS client
should be the system's own, the one that matches its print server (and with GnuTLS and
Kerberos it is 10 MB). Where it is missing, Qt skips the plugin and prints to PDF only."""

QT_TRANSLATIONS = {"qtbase_da.qm", "qtbase_en.qm"}
"""Qt's own translations of its buttons and dialogs, for the interface's languages."""

EXCLUDED_MODULES = (
    # Qt modules the editor does not use (PyInstaller's PySide6 hook adds QtNetwork).
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtOpenGL", "PySide6.QtQml",
    "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
    # A developer's tools, reachable only through pydantic's plugins.
    "hypothesis", "mypy", "pytest", "_pytest", "pydantic.mypy", "pydantic.v1", "numpy",
    "tkinter", "pdb", "pydoc", "doctest", "unittest", "curses", "readline",
    # No network, ever (DESIGN.md): OpenSSL's 5 MB go; hashlib has its own SHA-256.
    "ssl", "_ssl", "_hashlib",
    # python-docx uses lxml.etree only.
    "lxml.html", "lxml.objectify", "lxml.isoschematron", "lxml.cssselect",
)

REPLACED_RUNTIME_HOOKS = {"pyi_rth_pyside6", "pyi_rth_inspect", "pyi_rth_pkgutil",
                          "pyi_rth_multiprocessing"}
"""PyInstaller's start-up hooks that scripts/app_runtime_hook.py replaces (it says why)."""

LIMITS = {"folder_mb": 160.0, "archive_mb": 65.0, "build_s": 600.0, "window_ratio": 1.2}
"""Issue 20's limits: sizes of the Linux build (MB = 1,000,000 bytes), the build's time, and the
built window's start against the venv's."""


def project_version() -> str:
    """The version in pyproject.toml, the one source of the version."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
        return version


def expand(patterns: Iterable[str]) -> list[Path]:
    """The files under resources/ that ``patterns`` match, sorted."""
    return sorted({file for pattern in patterns for file in RESOURCES_DIR.glob(pattern)})


def app_executable() -> Path:
    """The built executable in dist/os2editor/."""
    return DIST / NAME / (f"{NAME}.exe" if WINDOWS else NAME)


def archive_path(version: str) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                            sys.platform)
    suffix = "tar.gz" if LINUX else "zip"
    return DIST / f"{NAME}-{version}-{system}-{platform.machine().lower()}.{suffix}"


# --- The PyInstaller build ------------------------------------------------------------------


def stage(version: str) -> Path:
    """The package as it installs (resources/ inside it), and metadata that gives the frozen
    app its version, in WORK/stage; PyInstaller reads the package from there."""
    target = WORK / "stage"
    shutil.rmtree(target, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / NAME, target / NAME, ignore=ignore)
    (target / NAME / "resources").mkdir()
    shutil.copy2(RESOURCES_DIR / "__init__.py", target / NAME / "resources" / "__init__.py")
    info = target / f"{NAME}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {version}\n", encoding="utf-8")
    return target


def data_files(staged: Path, version: str) -> list[tuple[str, str]]:
    """PyInstaller's (source, destination folder) pairs for the resources and the metadata."""
    pairs = [(str(file), str(PurePath(NAME, "resources", file.relative_to(RESOURCES_DIR).parent)))
             for file in expand(RESOURCES)]
    info = f"{NAME}-{version}.dist-info"
    pairs.append((str(staged / info / "METADATA"), info))
    return pairs


def package_modules(staged: Path) -> list[str]:
    """Every module of the package: some load by name (lazy attributes, importlib)."""
    names = []
    for file in sorted((staged / NAME).rglob("*.py")):
        parts = file.relative_to(staged).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _qt_part(dest: str) -> tuple[str, str, str] | None:
    """("plugins", folder, name) or ("translations", "", file name) for a file of Qt's, by its
    place in the bundle (PySide6/Qt/plugins/... on Linux and macOS, PySide6/plugins/... on
    Windows); None for anything else."""
    parts = PurePath(dest).parts
    if not parts or parts[0] != "PySide6":
        return None
    if "plugins" in parts[:-1] and len(parts) >= parts.index("plugins") + 3:
        name = PurePath(parts[-1]).name.split(".")[0]
        name = name.removeprefix("lib")
        return "plugins", parts[parts.index("plugins") + 1], name
    if "translations" in parts[:-1] and parts[-1].endswith(".qm"):
        return "translations", "", parts[-1]
    return None


def wanted(dest: str) -> bool:
    """Whether a file of Qt's that PyInstaller collected stays in the app."""
    part = _qt_part(dest)
    if part is None:
        return True
    kind, folder, name = part
    if kind == "translations":
        return name in QT_TRANSLATIONS
    return name in QT_PLUGINS.get(folder, set())


def prune(binaries: list[Any], datas: list[Any]) -> tuple[list[Any], list[Any]]:
    """Drop the plugins and translations outside the lists, and every library that only a
    dropped plugin links to. A library nothing links to stays (Qt opens some by name)."""
    from PyInstaller.depend.bindepend import get_imports

    on_system = [entry for entry in binaries
                 if (_qt_part(entry[0]) or ("", "", ""))[2] in ON_SYSTEM_LIBRARIES]
    kept_roots = [entry for entry in binaries if entry not in on_system and (
        entry[2] == "EXTENSION" or (_qt_part(entry[0]) and wanted(entry[0])))]
    dropped_roots = [entry for entry in binaries if not wanted(entry[0])] + on_system
    by_name = {PurePath(entry[0]).name.lower(): entry for entry in binaries
               if entry[2] != "SYMLINK"}

    def closure(roots: list[Any]) -> set[str]:
        seen: set[str] = set()
        todo = [PurePath(entry[0]).name.lower() for entry in roots]
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            for needed, _path in get_imports(by_name[name][1]):
                todo.append(PurePath(needed).name.lower())
        return seen

    dropped = closure(dropped_roots) - closure(kept_roots)

    def kept(entry: Any) -> bool:  # the library, and the links to it PyInstaller adds
        return wanted(entry[0]) and (
            entry in on_system or PurePath(entry[0]).name.lower() not in dropped)

    return [entry for entry in binaries if kept(entry)], [entry for entry in datas if kept(entry)]


def assemble(spec: dict[str, Any]) -> None:
    """The spec's body: PyInstaller runs it with its build classes in ``spec``."""
    version = project_version()
    staged = WORK / "stage"
    icon = RESOURCES_DIR / "icons" / (f"{NAME}.ico" if WINDOWS else f"{NAME}.icns")
    analysis = spec["Analysis"](
        [str(SCRIPTS / "app_main.py")],
        pathex=[str(staged)],
        datas=data_files(staged, version),
        # Printing and PDF output are coming (issue 18); QPdfWriter is part of QtGui.
        hiddenimports=[*package_modules(staged), "PySide6.QtPrintSupport"],
        excludes=list(EXCLUDED_MODULES),
        runtime_hooks=[str(SCRIPTS / "app_runtime_hook.py")],
        # Modules as .pyc files, as in a venv, rather than in one compressed archive that
        # each import unpacks from: `export` ran at 1.10x the venv's time with the archive,
        # 0.97x without; the folder grows by 6 MB, the archive does not.
        noarchive=True,
    )
    analysis.binaries, analysis.datas = prune(analysis.binaries, analysis.datas)
    analysis.scripts = [entry for entry in analysis.scripts
                        if entry[0] not in REPLACED_RUNTIME_HOOKS]
    pyz = spec["PYZ"](analysis.pure)
    exe = spec["EXE"](
        pyz, analysis.scripts, [], exclude_binaries=True, name=NAME,
        icon=str(icon) if WINDOWS or MACOS else None,
        # Windows: a console program (so the subcommands print), whose own console window
        # hides at once when it was opened by a double click rather than from a terminal.
        console=not MACOS, hide_console="hide-early" if WINDOWS else None,
        strip=LINUX, upx=False,
    )
    folder = spec["COLLECT"](exe, analysis.binaries, analysis.datas, strip=LINUX, upx=False,
                             name=NAME)
    if MACOS:
        spec["BUNDLE"](folder, name=f"{NAME}.app", icon=str(icon), version=version,
                       bundle_identifier="eu.os2.os2editor",
                       info_plist={"NSHighResolutionCapable": True,
                                   "CFBundleDisplayName": NAME})


def run_pyinstaller() -> None:
    import PyInstaller.__main__

    spec = WORK / f"{NAME}.spec"
    spec.write_text(
        "# Written by scripts/build_app.py, which holds the whole build.\n"
        f"import sys\nsys.path.insert(0, {str(SCRIPTS)!r})\n"
        "from build_app import assemble\nassemble(globals())\n", encoding="utf-8")
    PyInstaller.__main__.run([str(spec), "--noconfirm", "--log-level", "WARN",
                              "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller")])


def build() -> dict[str, float]:
    """Build the folder and the archive; return their sizes (MB) and the build's time (s)."""
    import app_package  # beside this script
    started = time.perf_counter()
    version = project_version()
    WORK.mkdir(parents=True, exist_ok=True)
    stage(version)
    run_pyinstaller()
    folder = DIST / NAME
    if LINUX:
        icons = [*expand(["icons/os2editor-*.png"]), RESOURCES_DIR / "icons" / f"{NAME}.svg"]
        app_package.add_desktop_files(folder, NAME, icons)
    archive = archive_path(version)
    for old in DIST.glob(f"{NAME}-*.*"):
        old.unlink()
    app_package.write_archive(DIST / f"{NAME}.app" if MACOS else folder, archive)
    figures = {
        "folder_mb": app_package.folder_bytes(folder) / 1e6,
        "archive_mb": archive.stat().st_size / 1e6,
        "build_s": time.perf_counter() - started,
    }
    print(f"built {folder} and {archive.name}")
    return figures


def report(figures: dict[str, float]) -> bool:
    """Print each figure against its limit; True when every limit holds."""
    held = True
    for name, value in figures.items():
        limit = LIMITS.get(name)
        line = f"  {name:24} {value:9.2f}"
        if limit is not None:
            ok = value <= limit
            held = held and ok
            line += f"   limit {limit:g}: {'met' if ok else 'MISSED'}"
        print(line)
    return held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true",
                        help="run the built app's smoke test after the build")
    parser.add_argument("--bench", action="store_true",
                        help="time the built app against the venv after the build")
    parser.add_argument("--no-build", action="store_true",
                        help="use the app already in dist/ (with --smoke or --bench)")
    args = parser.parse_args()
    failed = False
    if not args.no_build:
        figures = build()
        print("Size and build time (limits on Linux only):")
        failed = not report(figures) and LINUX
    import app_checks  # beside this script

    if args.smoke:
        try:
            app_checks.smoke(app_executable(), project_version())
        except app_checks.SmokeError as error:
            print(f"build_app: the smoke test failed: {error}", file=sys.stderr)
            return 1
    if args.bench:
        print("Built app against the venv (whole processes, median ms, ratio built / venv):")
        failed = not report(app_checks.bench(app_executable())) or failed
    if failed:
        print("build_app: a limit is missed", file=sys.stderr)
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
