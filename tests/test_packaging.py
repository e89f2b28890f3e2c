"""The package list pyproject.toml gives by hand (resources/ installs inside the package) names
every package of the tree once: a package left out is missing from a wheel, and an editable
install, which maps the whole folder, would never show it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_the_tree_is_installed_once() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = config["tool"]["setuptools"]["packages"]
    assert len(listed) == len(set(listed))
    tree = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "os2editor").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert set(listed) == tree | {"os2editor.resources"}
