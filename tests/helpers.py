"""Shared test helpers: fixture files, line diffs and commands run in-process."""

from __future__ import annotations

import argparse
import difflib
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

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


def export_in_process(
    add_parser: Callable[[Any], object],
    run: Callable[[argparse.Namespace, TextIO, TextIO], int],
    *argv: str,
) -> tuple[int, str, str]:
    """Run ``os2editor export ARGV`` in-process with the command ``add_parser`` adds and ``run``
    carries out (the Word one or the PDF one): (exit code, stdout, stderr)."""
    parser = argparse.ArgumentParser(prog="os2editor")
    add_parser(parser.add_subparsers())
    args = parser.parse_args(["export", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run(args, out, err)
    return code, out.getvalue(), err.getvalue()


def run_diff(*argv: str) -> int:
    """Run ``os2editor diff ARGV`` in-process (its output goes to sys.stdout and sys.stderr);
    its exit code."""
    from os2editor.revision.cli import add_diff_parser

    parser = argparse.ArgumentParser(prog="os2editor")
    add_diff_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["diff", *argv])
    code: int = args.run(args)
    return code
