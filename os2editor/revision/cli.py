"""``os2editor diff OLD NEW``: list the changes, and optionally write a Word redline.

OLD may be ``git:SHA`` (any revision git knows, e.g. ``git:HEAD~1``): that commit of NEW's
file. The list goes to stdout, one line per change; bad input gets one line on stderr and
exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from os2editor.errors import Os2EditorError

if TYPE_CHECKING:
    from os2editor.model import FunctionDescription

GIT_PREFIX = "git:"


def add_diff_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``diff`` subcommand to an argparse subparsers object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "diff",
        help="list what changed between two versions of a function description",
        description="List what changed from OLD to NEW, one line per change. With -o, also "
        "write NEW as a Word document with the changes as tracked changes.",
    )
    parser.add_argument(
        "old", metavar="OLD", help="the approved version: a file, or git:SHA for a commit of NEW"
    )
    parser.add_argument("new", metavar="NEW", help="the revised version")
    parser.add_argument(
        "--lang", choices=("da", "en"), default="da", help="language of the list (default: da)"
    )
    parser.add_argument(
        "-o", "--output", metavar="REDLINE.docx",
        help="write a redline: Word with tracked changes, or .pdf with the changes marked",
    )
    parser.add_argument(
        "--author", help="name on the tracked changes (default: your full name, from the system)"
    )
    parser.set_defaults(run=run_diff)
    return parser


def run_diff(args: argparse.Namespace) -> int:
    """Run ``os2editor diff``; returns the exit code (0 when it ran, 2 on bad input)."""
    # Here, not at the top: building the parser (os2editor diff --help) must stay cheap.
    from os2editor.revision.compare import diff
    from os2editor.revision.wording import describe

    try:
        if args.output:
            from os2editor.storage.targets import check_output

            old_file = None if args.old.startswith(GIT_PREFIX) else args.old
            check_output(args.output, [args.new, old_file])
        new = _load(args.new)
        old = _load_baseline(args.old, args.new)
        changes = diff(old, new)
        lines = [describe(change, args.lang) for change in changes]
        if args.output:
            _write_redline(old, new, args)
    except Os2EditorError as error:
        return _fail(str(error))
    except ValueError as error:  # e.g. an unknown language from a caller that skipped argparse
        return _fail(str(error))
    _print_lines(lines)
    return 0


def _load(name: str) -> FunctionDescription:
    from os2editor.markdown import load

    return load(name)


def _load_baseline(old: str, new: str) -> FunctionDescription:
    from os2editor.git import BaselineError
    from os2editor.markdown import loads
    from os2editor.revision.baseline import file_at

    if not old.startswith(GIT_PREFIX):
        return _load(old)
    sha = old.removeprefix(GIT_PREFIX).strip()
    if not sha:
        raise BaselineError("git-needs-commit")
    return loads(file_at(new, sha), path=f"{new}@{sha}")


def _write_redline(old: FunctionDescription, new: FunctionDescription, args: Any) -> None:
    from os2editor.people import full_name

    author = args.author or full_name()
    # Both redlines name their baseline alike: a file's name and date, or a commit and date.
    from os2editor.revision.redline import baseline_label

    baseline = baseline_label(args.old, args.new)
    if Path(args.output).suffix.lower() == ".pdf":  # Qt loads only for a PDF redline
        from os2editor.pdf.redline import export_redline_pdf

        export_redline_pdf(old, new, Path(args.output), author=author, baseline=baseline,
                           images_from=Path(args.new).parent, into_stream=True)
        return
    # python-docx loads only when a redline is asked for.
    from os2editor.revision.redline import export_redline

    export_redline(
        old,
        new,
        Path(args.output),
        author=author,
        date=dt.datetime.now(dt.UTC),
        baseline=baseline,
        images_from=Path(args.new).parent,
        into_stream=True,  # named on the command line: -o /dev/stdout is meant
    )


def _print_lines(lines: list[str]) -> None:
    # A console that cannot show "→" or "æ" gets a replacement character, not a crash.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into head
        pass


def _fail(message: str) -> int:
    print(f"os2editor diff: {message}", file=sys.stderr)
    return 2
