"""``os2editor export``: function descriptions to Word, one file or a whole folder.

Exit codes: 0 all exported; 1 some input files could not be read and were skipped; 2 bad
input (a missing source, a bad template or part name, an output that cannot be written).
Messages go to stderr, one progress line per exported file to stdout, never a traceback.
The heavy modules (python-docx, the model) load only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from os2editor.messages import Message
    from os2editor.model import FunctionDescription

# The part names of os2editor.docx.blocks.PART_NAMES, repeated so that building the
# argument parser does not import the model (a test keeps the two equal).
PART_CHOICES = (
    "purpose",
    "responsibilities",
    "tasks",
    "collaboration",
    "professional",
    "personal",
    "conditions",
    "free",
)
EXIT_OK, EXIT_SKIPPED, EXIT_BAD_INPUT = 0, 1, 2


def add_export_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand to an argparse subparsers object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="export function descriptions to Word (.docx)",
        description=(
            "Export a function description (IN.md) to a Word document, or every .md file in "
            "a folder to a folder of Word documents."
        ),
    )
    parser.add_argument("source", metavar="IN", help="a .md file, or a folder of .md files")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the .docx file, or a folder"
    )
    parser.add_argument("--template", metavar="T.docx", help="a letterhead .docx to build on")
    parser.add_argument(
        "--omit",
        nargs="+",
        action="extend",
        default=[],
        choices=PART_CHOICES,
        metavar="PART",
        help=f"leave parts out: {', '.join(PART_CHOICES)}",
    )
    parser.add_argument("--organisation", help="organisation name for the header")
    parser.add_argument("--author", help="author in the document properties")
    parser.add_argument(
        "--language", choices=("da", "en"), default=None,
        help="language of the fixed texts (default: the document's own)"
    )
    parser.set_defaults(handler=run_export)
    return parser


def run_export(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run ``os2editor export`` for parsed ``args``; return the exit code."""
    return _Export(args, out or sys.stdout, err or sys.stderr).run()


class _Export:
    """One run of the export command: the jobs, the messages, the outcome."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.skipped = 0
        self.failed = False
        self.warned: set[str] = set()

    def run(self) -> int:
        source, output = Path(self.args.source), Path(self.args.output)
        if not source.exists():
            return self.fail(f"{source} does not exist.")
        jobs = self.jobs(source, output)
        if jobs is None:
            return EXIT_BAD_INPUT
        from os2editor.errors import WriteError
        from os2editor.storage.targets import check_output

        try:
            for path, target in jobs:
                check_output(target, [path, self.args.template])
            _check_template(self.args.template, self.args.language or "da")
        except WriteError as error:
            return self.fail(str(error))
        for index, (path, target) in enumerate(jobs, start=1):
            self.export(path, target, f"[{index}/{len(jobs)}]")
        if self.failed:
            return EXIT_BAD_INPUT
        return EXIT_SKIPPED if self.skipped else EXIT_OK

    def jobs(self, source: Path, output: Path) -> list[tuple[Path, Path]] | None:
        """(source file, target file) pairs; None after saying why there are none."""
        if source.is_file():
            target = output / f"{source.stem}.docx" if output.is_dir() else output
            return [(source, target)]
        if output.exists() and not output.is_dir():
            self.fail(f"{output} is a file; exporting a folder needs an output folder.")
            return None
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.fail(f"Cannot create the folder {output}: {error.strerror or error}.")
            return None
        files = sorted(path for path in source.glob("*.md") if path.is_file())
        if not files:
            self.say(self.err, f"No .md files in {source}.")
        return [(path, output / f"{path.stem}.docx") for path in files]

    def export(self, path: Path, target: Path, counter: str) -> None:
        """Export one file: read it, write it, then say what the export could not carry
        over and any guidance of the New template left in it."""
        from os2editor.errors import ReadError, WriteError
        from os2editor.markdown import load

        try:
            doc = load(path)
        except ReadError as error:
            self.skipped += 1
            self.say(self.err, f"Skipped {error}")  # names the file and the line
            return
        except (OSError, UnicodeError, ValueError) as error:
            self.skipped += 1
            self.say(self.err, f"Skipped {path}: {_reason(error)}")
            return
        try:
            warnings = self.write(doc, path, target)
        except WriteError as error:
            self.failed = True
            self.say(self.err, f"os2editor export: {error}")
            return
        except Exception as error:  # a bug must not become a traceback for the user
            self.skipped += 1
            self.say(self.err, f"Skipped {path}: could not export it ({_reason(error)}).")
            return
        self.say(self.out, f"{counter} {path} -> {target}")
        for warning in warnings:
            if warning.text not in self.warned:
                self.warned.add(warning.text)
                self.say(self.err, f"Warning: {warning.text}")
        from os2editor.checks import template_problems  # issue 19: guidance left in the text

        for problem in template_problems(doc):
            self.say(self.err, f"Warning: {path}:{problem.line}: {problem.message}")

    def write(self, doc: FunctionDescription, path: Path, target: Path) -> list[Message]:
        """Write ``doc`` (read from ``path``) to ``target``; return the warnings."""
        from os2editor.docx.export import export_docx

        return export_docx(
            doc,
            target,
            self.args.template,
            self.args.omit,
            organisation=self.args.organisation,
            author=self.args.author,
            language=self.args.language,
            images_from=path.parent,
            into_stream=True,  # named on the command line: -o /dev/stdout is meant
        )

    def fail(self, message: str) -> int:
        self.say(self.err, f"os2editor export: {message}")
        return EXIT_BAD_INPUT

    @staticmethod
    def say(stream: TextIO, line: str) -> None:
        stream.write(line + "\n")
        stream.flush()


def _check_template(template: str | None, language: str) -> None:
    """Open the template once up front, so a bad one fails before any file is written."""
    if template is None:
        return
    from os2editor.docx.language import texts_for
    from os2editor.docx.template import checkout

    with checkout(template, texts_for(language).language_tag):
        pass


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
