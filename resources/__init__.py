"""Bundled resources (templates, translations, icons), installed as ``os2editor.resources``."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``path("templates", "default.docx")``."""
    return ROOT.joinpath(*parts)
