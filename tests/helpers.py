"""Shared test helpers: fixture files and line diffs."""

from __future__ import annotations

import difflib
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(name: str) -> str:
    """A fixture file's exact text (read as bytes so no newline translation happens)."""
    return (FIXTURES / name).read_bytes().decode("utf-8")


def changed_lines(before: str, after: str) -> list[str]:
    """The removed (-) and added (+) lines between two texts, in order."""
    diff = difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
