"""Shared test helpers: fixture files and line diffs."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(name: str) -> str:
    """A fixture file's exact text (read as bytes so no newline translation happens)."""
    return (FIXTURES / name).read_bytes().decode("utf-8")


def changed_lines(before: str, after: str) -> list[str]:
    """The removed (-) and added (+) lines between two texts, in order."""
    diff = difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def examples(count: int) -> int:
    """How many examples a property test tries: ``count`` in the test run, a hundred times as
    many in the fuzz profile (HYPOTHESIS_PROFILE=fuzz)."""
    return count * (100 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 1)
