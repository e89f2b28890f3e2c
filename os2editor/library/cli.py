"""``os2editor status | approve | pack | replace`` and ``check DIR``: the library from scripts.

- ``status DIR [--since REV] [--json]``: one line (or JSON object) per description.
- ``approve FILE... --by NAME [--date D] [--next D]``: the three approval facts, minimal diff.
- ``pack DIR --since REV -o PACK.docx``: the board pack of the round since REV (``.pdf``:
  as a PDF).
- ``replace DIR OLD NEW [--dry-run]``: every match as ``file:line: text``, then replaced.

Bad input (a folder that cannot be read, an unknown revision, a file that cannot be written)
is one line on stderr and exit code 2, never a traceback. The parsers are built without
importing the library, which loads when a command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from os2editor.errors import Os2EditorError

if TYPE_CHECKING:
    from os2editor.library.catalog import Row

EXIT_OK, EXIT_WARNINGS, EXIT_BAD_INPUT = 0, 1, 2


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def add_status_parser(commands: Any) -> None:
    status = commands.add_parser(
        "status", help="list the function descriptions of a folder and their approval",
        description="One line per function description in DIR (subfolders included): title, "
        "last revision, who approved it, next revision (due when today or earlier), whether it "
        "changed since REV, and its number of warnings.")
    status.add_argument("folder", metavar="DIR")
    status.add_argument("--since", metavar="REV", help="a git revision (tag, commit, or a date "
                        "YYYY-MM-DD) to say whether each description changed since")
    status.add_argument("--json", action="store_true", help="print a JSON array")


def add_approve_parser(commands: Any) -> None:
    approve = commands.add_parser(
        "approve", help="record an approval in function descriptions",
        description="Set last_revised, approved_by and next_revision in each FILE's front "
        "matter, changing no other line.")
    approve.add_argument("files", nargs="+", metavar="FILE")
    approve.add_argument("--by", required=True, metavar="NAME", help="who approved")
    approve.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                         help="the day of the approval (default: today)")
    approve.add_argument("--next", type=_day, metavar="YYYY-MM-DD",
                         help="the next revision (default: a year after --date)")


def add_pack_parser(commands: Any) -> None:
    pack = commands.add_parser(
        "pack", help="write the board pack: every role and what changed since REV",
        description="Write one Word document for the board: a cover with the date and REV, a "
        "table of the roles and what changed, then each changed role with its changes as "
        "tracked changes. With -o PACK.pdf, a PDF with the changes marked in colour.")
    pack.add_argument("folder", metavar="DIR")
    pack.add_argument("--since", required=True, metavar="REV",
                      help="the git revision to compare with (tag, commit, or a date)")
    pack.add_argument("-o", "--output", required=True, metavar="PACK.docx",
                      help="the pack: a .docx, or a .pdf")


def add_replace_parser(commands: Any) -> None:
    replace = commands.add_parser(
        "replace", help="find and replace text in every description of a folder",
        description="List each match of OLD in DIR's descriptions as file:line: text and, "
        "without --dry-run, replace them with NEW, changing only the lines that held a match.")
    replace.add_argument("folder", metavar="DIR")
    replace.add_argument("old", metavar="OLD")
    replace.add_argument("new", metavar="NEW")
    replace.add_argument("--dry-run", action="store_true", help="only list the matches")


# -- running ----------------------------------------------------------------------------------


def run_status(args: argparse.Namespace, out: TextIO | None = None,
               err: TextIO | None = None) -> int:
    from os2editor.library.baseline import Baseline
    from os2editor.library.catalog import Library

    out, err = out or sys.stdout, err or sys.stderr
    try:
        baseline = Baseline.of_revision(args.since) if args.since is not None else None
        scan = Library(Path(args.folder)).scan(baseline, strict_git=True)
    except Os2EditorError as error:
        return _fail(err, "status", error)
    rows = sorted(scan.roles + scan.unreadable, key=lambda row: row.name)
    if args.json:
        from os2editor.library.report import status_json

        _say(out, status_json(rows))
    else:
        for row in rows:
            _say(out, _status_line(row))
    return EXIT_OK


def _status_line(row: Row) -> str:
    if row.error is not None:
        return f"{row.name}: cannot be read: {row.error.reason}"
    facts = row.facts
    revised = facts.last_revised if facts is not None else None
    by = facts.approved_by if facts is not None else None
    due = facts.next_revision if facts is not None else None
    parts = [
        f"{row.name}: {row.title}",
        f"last revised {revised or '-'}",
        f"approved by {by or '-'}",
        f"next revision {due or '-'}" + (" (due)" if row.due else ""),
    ]
    if row.changed is not None:
        parts.append("changed" if row.changed else "unchanged")
    parts.append(f"{row.warnings} warning{'' if row.warnings == 1 else 's'}")
    return " | ".join(parts)


def run_approve(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None) -> int:
    from os2editor.library.approval import Approval, approval_edits
    from os2editor.library.files import parse, read_file
    from os2editor.library.writing import Saving, apply_edits, save_documents

    out, err = out or sys.stdout, err or sys.stderr
    try:
        approval = Approval.of(args.by, args.date, args.next)
        loaded = []
        for name in {os.path.realpath(name): name for name in args.files}.values():
            read = read_file(Path(name))
            loaded.append((Path(name), parse(read, Path(name)), read.fingerprint))
        plan = approval_edits(approval, [(path, doc) for path, doc, _ in loaded])
        apply_edits(plan)
        expected = {path: fingerprint for path, _, fingerprint in loaded}
        save_documents([Saving(e.path, e.doc, expected[e.path]) for e in plan])
    except Os2EditorError as error:
        return _fail(err, "approve", error)
    changed = {each.path for each in plan}
    for path, _, _ in loaded:
        if path in changed:
            _say(out, f"{path}: approved by {approval.by} on {approval.day}, next revision "
                      f"{approval.next_revision}")
        else:
            _say(out, f"{path}: already records this approval")
    return EXIT_OK


def run_pack(args: argparse.Namespace, out: TextIO | None = None,
             err: TextIO | None = None) -> int:
    from os2editor.library.baseline import Baseline
    from os2editor.library.catalog import Library
    from os2editor.library.pack import write_pack
    from os2editor.library.rounds import review
    from os2editor.storage.targets import check_output

    out, err = out or sys.stdout, err or sys.stderr
    folder = Path(args.folder)
    try:
        check_output(args.output)  # a description's name, before the folder is read
        library = Library(folder)
        scan = library.scan(Baseline.of_revision(args.since), strict_git=True)
        check_output(args.output, (row.path for row in scan.rows), document=False)
        result = review(library, scan)
        from os2editor.people import full_name

        if Path(args.output).suffix.lower() == ".pdf":  # Qt loads only for a PDF pack
            from os2editor.library.pack_pdf import write_pack_pdf

            warnings = write_pack_pdf(result, Path(args.output), author=full_name(),
                                      into_stream=True)
        else:
            warnings = write_pack(result, Path(args.output), author=full_name(),
                                  into_stream=True)
    except Os2EditorError as error:
        return _fail(err, "pack", error)
    for warning in dict.fromkeys(w.text for w in warnings):
        _say(err, f"Warning: {warning}")
    _say(out, f"{args.output}: {len(result.changed)} changed, {len(result.unchanged)} "
              f"unchanged since {args.since}")
    return EXIT_OK


def run_replace(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None) -> int:
    from os2editor.library.catalog import Library
    from os2editor.library.replace import find, replace_edits
    from os2editor.library.writing import Saving, apply_edits, save_documents

    out, err = out or sys.stdout, err or sys.stderr
    library = Library(Path(args.folder))
    try:
        scan = library.scan()
        matches = find(library.documents(scan), args.old)
    except Os2EditorError as error:
        return _fail(err, "replace", error)
    for row in scan.unreadable:
        _say(err, f"Skipped {row.error}")
    for match in matches:
        _say(out, f"{match.path}:{match.line}: {match.line_text}")
    if args.dry_run or not matches:
        return EXIT_OK
    try:
        plan = replace_edits(matches, args.new)
        apply_edits(plan)
        save_documents([Saving(e.path, e.doc, library.fingerprint(e.path)) for e in plan])
    except Os2EditorError as error:
        return _fail(err, "replace", error)
    files = len(plan)
    _say(err, f"Replaced {len(matches)} match{'es' if len(matches) != 1 else ''} in {files} "
              f"file{'s' if files != 1 else ''}.")
    return EXIT_OK


def check_folder(folder: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``os2editor check DIR``: each description's warnings, the folder's own warnings, and
    notes (which do not count as warnings). Returns the exit code."""
    from os2editor.library.catalog import Library

    out, err = out or sys.stdout, err or sys.stderr
    scan = Library(Path(folder)).scan()  # LibraryError: the caller prints it
    worst = EXIT_OK
    for row in sorted(scan.rows, key=lambda row: row.name):
        if row.error is not None:
            _say(err, str(row.error))
            worst = EXIT_BAD_INPUT
            continue
        lines = [(p.line, f"{row.path}:{p.line}: {p.message}") for p in row.problems]
        lines += [(f.line, f"{row.path}:{f.line}: {'note: ' if f.note else ''}{f.text}")
                  for f in row.findings]
        for _, line in sorted(lines, key=lambda pair: pair[0]):
            _say(out, line)
        if row.warnings:
            worst = max(worst, EXIT_WARNINGS)
    return worst


def _fail(err: TextIO, command: str, error: Os2EditorError) -> int:
    _say(err, f"os2editor {command}: {error}")
    return EXIT_BAD_INPUT


def _say(stream: TextIO, text: str) -> None:
    try:
        stream.write(text + "\n")
        stream.flush()
    except BrokenPipeError:  # piped into head
        pass


def preload(command: str) -> None:
    """Import what ``command`` needs (the CLI does it with the cycle collector paused)."""
    import importlib

    for module in _NEEDS[command]:
        importlib.import_module(module)


_NEEDS = {
    "status": ("os2editor.library.catalog", "os2editor.library.site"),
    "approve": ("os2editor.library.approval", "os2editor.api"),
    "pack": ("os2editor.library.catalog", "os2editor.library.site", "os2editor.library.rounds",
             "os2editor.library.pack"),
    "replace": ("os2editor.library.catalog", "os2editor.library.site",
                "os2editor.library.replace", "os2editor.api"),
}
ADD = {"status": add_status_parser, "approve": add_approve_parser, "pack": add_pack_parser,
       "replace": add_replace_parser}
RUN = {"status": run_status, "approve": run_approve, "pack": run_pack, "replace": run_replace}

__all__: Sequence[str] = ("ADD", "RUN", "check_folder")
