"""``os2editor export`` to Word or PDF: the Word command (:mod:`os2editor.docx.cli`) with a
format, taken from ``--format`` or the output's extension.

A PDF export runs as a Word export does: the same jobs, batch folders, messages, warnings and
exit codes (0 all exported, 1 some sources skipped, 2 bad input), with ``.pdf`` files; only
the writing of each file differs. Building the parser
imports neither Qt nor the model; Qt starts (headless) only when a PDF is made.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from os2editor.docx import cli as word_cli

if TYPE_CHECKING:
    from os2editor.messages import Message
    from os2editor.model import FunctionDescription

FORMATS = ("docx", "pdf")


def add_export_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand (Word and PDF) to an argparse subparsers object."""
    parser = word_cli.add_export_parser(subparsers)
    for choice in getattr(subparsers, "_choices_actions", []):
        if choice.dest == "export":
            choice.help = "export function descriptions to Word (.docx) or PDF"
    parser.description = (
        "Export a function description (IN.md) to a Word document or a PDF, or every .md "
        "file in a folder to a folder of them. The format follows OUT's extension (.docx or "
        ".pdf), or --format."
    )
    for action in parser._actions:
        if action.dest == "output":
            action.help = "the .docx or .pdf file, or a folder"
        elif action.dest == "template":
            action.help = "a letterhead .docx to build on (Word only)"
    parser.add_argument(
        "--format", choices=FORMATS, default=None,
        help="docx or pdf (default: OUT's extension; a folder gets docx)",
    )
    parser.set_defaults(handler=run_export)
    return parser


def run_export(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run ``os2editor export`` for parsed ``args``; return the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    export = _PdfExport(args, out, err)  # cheap: nothing is loaded before run
    output = Path(args.output)
    implied, chosen = _formats(args)
    if implied is not None and implied != chosen and Path(args.source).is_file():
        return export.fail(f"{output} ends in {output.suffix}, but the format is {chosen}.")
    if chosen == "docx":
        return word_cli.run_export(args, out, err)
    if args.template is not None:
        return export.fail("--template is for Word exports; a PDF has the bundled look.")
    return export.run()


def export_format(args: argparse.Namespace) -> str:
    """"docx" or "pdf": what ``os2editor export`` with ``args`` writes."""
    return _formats(args)[1]


def _formats(args: argparse.Namespace) -> tuple[str | None, str]:
    """The format the output's extension implies (None for a folder or another extension),
    and the one chosen: ``--format``, else the implied one, else Word."""
    output = Path(args.output)
    known = {".docx": "docx", ".pdf": "pdf"}
    implied = None if output.is_dir() else known.get(output.suffix.lower())
    return implied, getattr(args, "format", None) or implied or "docx"


class _PdfExport(word_cli._Export):
    """One run of the export command writing PDF files."""

    def run(self) -> int:
        from os2editor.errors import RenderError
        from os2editor.pdf.qt import Fonts, gui_application

        try:  # Qt and a font, checked once before any file: without them no PDF is made
            gui_application()
            from os2editor.pdf import style

            Fonts(style.BODY_FAMILIES, style.CODE_FAMILIES)
        except RenderError as error:
            return self.fail(str(error))
        return super().run()

    def jobs(self, source: Path, output: Path) -> list[tuple[Path, Path]] | None:
        jobs = super().jobs(source, output)
        if jobs is None:
            return None
        # Targets named after their sources get .pdf; a file named with -o keeps its name.
        return [(path, target if target == output else target.with_suffix(".pdf"))
                for path, target in jobs]

    def write(self, doc: FunctionDescription, path: Path, target: Path) -> list[Message]:
        from os2editor.pdf.export import export_pdf

        return export_pdf(
            doc,
            target,
            self.args.omit,
            organisation=self.args.organisation,
            author=self.args.author,
            language=self.args.language,
            images_from=path.parent,
            into_stream=True,  # named on the command line: -o /dev/stdout is meant
        )
