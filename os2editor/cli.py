"""The ``os2editor`` command: the window by default, subcommands for headless work.

Only the window imports Qt; ``check``, ``convert``, ``export`` and ``diff`` start fast.
Every failure a user can cause ends in one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from os2editor import __version__
from os2editor.errors import Os2EditorError

SUBCOMMANDS = ("check", "convert", "export", "diff")


def _fail(message: str) -> int:
    print(f"os2editor: {message}", file=sys.stderr)
    return 2


def _check(args: argparse.Namespace) -> int:
    from os2editor.checks import check
    from os2editor.markdown import load

    worst = 0
    for name in args.files:
        try:
            doc = load(name)
        except Os2EditorError as error:
            print(f"{error}", file=sys.stderr)
            worst = 2
            continue
        for problem in check(doc):
            print(f"{name}:{problem.line}: {problem.message}")
            worst = max(worst, 1)
    return worst


def _convert(args: argparse.Namespace) -> int:
    from os2editor.markdown import load, save

    doc = load(args.input)
    save(doc, args.output)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="os2editor",
        description="Edit OS2 function descriptions (funktionsbeskrivelser).",
        epilog="With no subcommand, os2editor [FILE] opens the editor window.",
    )
    parser.add_argument("--version", action="version", version=f"os2editor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="report problems in function descriptions")
    check.add_argument("files", nargs="+", metavar="FILE")
    convert = commands.add_parser("convert", help="read a file and write it back through the model")
    convert.add_argument("input", metavar="IN")
    convert.add_argument("-o", "--output", required=True, metavar="OUT")
    from os2editor.docx.cli import add_export_parser
    from os2editor.revision.cli import add_diff_parser

    add_export_parser(commands)
    add_diff_parser(commands)
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    if command == "export":
        from os2editor.docx.cli import run_export

        return run_export
    if command == "diff":
        from os2editor.revision.cli import run_diff

        return run_diff
    return _check if command == "check" else _convert


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="os2editor",
        description="Edit OS2 function descriptions (funktionsbeskrivelser). Subcommands: "
        + ", ".join(SUBCOMMANDS) + " (see os2editor COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"os2editor {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="the file to open")
    parser.add_argument("--lang", choices=("da", "en"), help="language of the window")
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    if args.file is not None:
        path = Path(args.file)
        if path.is_dir():
            return _fail(f"{args.file}: this is a folder, not a function description file")
    from os2editor.gui.app import run

    return run(args.file, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``os2editor`` command; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            args = _parser().parse_args(arguments)
            return _handler(args.command)(args)
        if arguments and arguments[0] in ("-h", "--help") and len(arguments) == 1:
            _gui_parser().print_help()
            return 0
        return _run_gui(_gui_parser().parse_args(arguments))
    except Os2EditorError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug must still not show a traceback to the user
        if os.environ.get("OS2EDITOR_DEBUG"):
            raise
        return _fail(f"unexpected error ({type(error).__name__}: {error}); "
                     "set OS2EDITOR_DEBUG=1 to see the details")


if __name__ == "__main__":
    sys.exit(main())
