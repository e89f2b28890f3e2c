"""The command line names each library command once, as the library runs it."""

from __future__ import annotations

from os2editor.cli import LIBRARY_COMMANDS, SUBCOMMANDS
from os2editor.library.cli import ADD, RUN


def test_the_library_commands_are_the_ones_the_library_runs() -> None:
    assert LIBRARY_COMMANDS == tuple(RUN) == tuple(ADD)


def test_the_subcommands_are_the_core_ones_then_the_library_ones() -> None:
    assert SUBCOMMANDS == ("check", "convert", "export", "diff", "stats", "status", "approve",
                           "pack", "replace")
