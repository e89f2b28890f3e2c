"""The ``os2editor`` command: the window by default, subcommands for headless work.

Only the window imports Qt; ``check``, ``convert``, ``export``, ``diff`` and ``stats`` start
fast.
Every failure a user can cause ends in one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from os2editor._startup import collector_paused
from os2editor.errors import Os2EditorError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

LIBRARY_COMMANDS = ("status", "approve", "pack", "replace")  # os2editor.library.cli's RUN
SUBCOMMANDS = ("check", "convert", "export", "diff", "stats", *LIBRARY_COMMANDS)


class _VersionAction(argparse.Action):
    """``--version``: argparse's own action needs the text when the parser is built, and
    reading the installed version costs 25 ms that no other command should pay."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: Any) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0,
                         help="show the program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from os2editor.about import APP_NAME, version

        print(f"{APP_NAME} {version()}")
        parser.exit()


def _fail(message: str) -> int:
    print(f"os2editor: {message}", file=sys.stderr)
    return 2


def _check(args: argparse.Namespace) -> int:
    from os2editor.checks import check
    from os2editor.markdown import load

    worst = 0
    for name in args.files:
        if Path(name).is_dir():  # a folder: its descriptions, and the folder's own warnings
            from os2editor.library.cli import check_folder

            worst = max(worst, check_folder(name))
            continue
        try:
            problems = check(load(name))
        except Os2EditorError as error:
            print(f"{error}", file=sys.stderr)
            worst = 2
            continue
        except Exception as error:  # a bug met in one file must not hide the others' results
            if os.environ.get("OS2EDITOR_DEBUG"):
                raise
            print(f"{name}: {_unexpected(error)}", file=sys.stderr)
            worst = 2
            continue
        for problem in problems:
            print(f"{name}:{problem.line}: {problem.message}")
            worst = max(worst, 1)
    return worst


def _convert(args: argparse.Namespace) -> int:
    from os2editor.markdown import load, save
    from os2editor.storage.targets import check_output

    check_output(args.output, [args.input], document=False)
    doc = load(args.input)
    save(doc, args.output, into_stream=True)  # named on the command line: a pipe is meant
    return 0


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``os2editor COMMAND ...``, with the parser of ``command`` only, or of every
    command when none is given (for the help). argparse takes about a millisecond to build each
    (every help text goes through gettext, which looks for translation files)."""
    parser = argparse.ArgumentParser(
        prog="os2editor",
        description="Edit OS2 function descriptions (funktionsbeskrivelser).",
        epilog="With no subcommand, os2editor [FILE | DIR] opens the editor window (a folder "
        "as the library of its descriptions).",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS if command is None else (command,):
        _ADD_COMMAND[name](commands)
    return parser


def _add_check(commands: Any) -> None:
    check = commands.add_parser("check", help="report problems in function descriptions")
    check.add_argument("files", nargs="+", metavar="FILE", help="a description, or a folder")


def _add_convert(commands: Any) -> None:
    convert = commands.add_parser("convert", help="read a file and write it back through the model")
    convert.add_argument("input", metavar="IN")
    convert.add_argument("-o", "--output", required=True, metavar="OUT")


def _add_export(commands: Any) -> None:
    from os2editor.pdf.cli import add_export_parser

    add_export_parser(commands)


def _add_diff(commands: Any) -> None:
    from os2editor.revision.cli import add_diff_parser

    add_diff_parser(commands)


def _add_library(name: str) -> Callable[[Any], None]:
    def add(commands: Any) -> None:
        from os2editor.library.cli import ADD

        ADD[name](commands)

    return add


def _add_stats(commands: Any) -> None:
    from os2editor.writing.cli import add_stats_parser

    add_stats_parser(commands)


_ADD_COMMAND: dict[str, Callable[[Any], None]] = {
    "check": _add_check,
    "convert": _add_convert,
    "export": _add_export,
    "diff": _add_diff,
    "stats": _add_stats,
    **{name: _add_library(name) for name in LIBRARY_COMMANDS},
}


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    """The function that runs the command ``args`` name, with the modules it needs already
    loaded: main() loads them while the cycle collector is paused, and runs the command with
    it on."""
    import os2editor.markdown  # every command reads descriptions

    command = args.command
    if command == "export":
        from os2editor.pdf.cli import export_format, run_export  # Word, or PDF

        if export_format(args) == "pdf":  # no python-docx: a PDF paints with Qt
            import os2editor.pdf.export
        else:
            import os2editor.docx.export
        return run_export
    if command == "diff":
        import os2editor.revision.compare
        from os2editor.revision.cli import run_diff

        return run_diff
    if command == "stats":
        import os2editor.writing.stats
        from os2editor.writing.cli import run_stats

        return run_stats
    if command == "check":
        import os2editor.checks  # noqa: F401

        return _check
    if command in LIBRARY_COMMANDS:
        from os2editor.library.cli import RUN, preload

        preload(command)
        return RUN[command]
    return _convert


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="os2editor",
        description="Edit OS2 function descriptions (funktionsbeskrivelser). Subcommands: "
        + ", ".join(SUBCOMMANDS) + " (see os2editor COMMAND --help).",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="the description to open, or a folder of them (the library)")
    parser.add_argument("--lang", choices=("da", "en"), help="language of the window")
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    return show_window(args.file, args.lang).exec()


def show_window(path: str | None, lang: str | None = None) -> QApplication:
    """The window's start, up to its first paint (benchmarks/gui_child.py times this)."""
    with collector_paused():
        # The core before Qt: PySide6 reads the source of every module imported after it,
        # looking for its own name (for its __feature__ switch), and the core brings pydantic
        # and markdown-it-py, about 200 modules.
        import os2editor.markdown  # noqa: F401
        from os2editor.gui.app import start

        return start(path, lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``os2editor`` command; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    args: argparse.Namespace | None = None
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            with collector_paused():
                args = _parser(arguments[0]).parse_args(arguments)
                handler = _handler(args)
            return handler(args)
        if arguments and arguments[0] in ("-h", "--help") and len(arguments) == 1:
            _gui_parser().print_help()
            return 0
        return _run_gui(_gui_parser().parse_args(arguments))
    except Os2EditorError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 130
    except OSError as error:  # met where a command did not expect it: still the user's words
        return _fail(str(_os_failure(error, getattr(args, "output", None))))
    except Exception as error:  # a bug must still not show a traceback to the user
        if os.environ.get("OS2EDITOR_DEBUG"):
            raise
        return _fail(_unexpected(error))


def _unexpected(error: Exception) -> str:
    return (f"unexpected error ({type(error).__name__}: {error}); "
            "set OS2EDITOR_DEBUG=1 to see the details")


def _tolerant_output() -> None:
    """Text that UTF-8 cannot carry (a lone surrogate from an escape in a file, a file name in
    another encoding) is printed escaped rather than stopping the command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _os_failure(error: OSError, output: object) -> Os2EditorError:
    """The error a person reads for an operating-system failure on ``error.filename``: a
    failure to write when it names the output (or a file in it), else a failure to read."""
    from os2editor.errors import ReadError
    from os2editor.storage.atomic import write_failure

    name = os.fsdecode(error.filename) if error.filename is not None else ""
    if output is not None and name:
        written, target = Path(name), Path(str(output))
        if written == target or target in written.parents:
            return write_failure(error, name, written.parent)
    return ReadError("read-failed", path=name or None, reason=error.strerror or error)


if __name__ == "__main__":
    sys.exit(main())
