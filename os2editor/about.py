"""What the app says about itself: its name, its version and its icon files (no Qt).

The version has one source, pyproject.toml. An installed copy reads it from the package's
metadata, which pip writes from pyproject.toml; the built app carries the same metadata,
written from pyproject.toml by scripts/build_app.py. It is read only when asked for
(``--version``, the About box): importlib.metadata takes about 25 ms to load.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "os2editor"
"""The program's name: the command, the window's application name and the Linux menu entry."""

LICENCE = "MPL-2.0"
"""The licence of the program (pyproject.toml's ``license``): the Mozilla Public License 2.0."""
LICENCE_URL = "https://mozilla.org/MPL/2.0/"
SOURCE_URL = "https://github.com/OS2/os2editor"
"""Where the source lives, as the About box tells the user (MPL-2.0 asks that recipients of the
program can find its source)."""

ICON_NAME = "os2editor-{size}.png"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """The installed version, e.g. ``"0.1.0"``; ``"unknown"`` when nothing is installed (a
    copy of the source run without ``pip install``)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(APP_NAME)
    except PackageNotFoundError:
        return "unknown"


def icon_files() -> list[Path]:
    """The app icon at every size it ships in, smallest first (bundled resources)."""
    from os2editor.resources import path

    return [Path(path("icons", ICON_NAME.format(size=size))) for size in ICON_SIZES]
