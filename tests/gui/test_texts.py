"""The core's messages, errors and warnings read in the interface language."""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from os2editor.checks import MESSAGES as PROBLEMS
from os2editor.checks import Problem
from os2editor.errors import ReadError, WriteError
from os2editor.gui import texts
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.status_bar import EditorStatusBar
from os2editor.markdown import loads
from os2editor.messages import MESSAGES, Message
from os2editor.storage.paths import settings_file
from os2editor.storage.settings import Settings, load_settings

ROLE = """\
---
title: Testkoordinator
---

# Funktionsbeskrivelse – Testkoordinator i OS2

## Arbejdsopgaver og prioritering

### MUST

- Planlægge test.
"""


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_core_message_and_warning_reads_danish_with_its_placeholders(
    language: Callable[[str], list[Any]],
) -> None:
    language("da")
    for context, table in (("Message", MESSAGES), ("Problem", PROBLEMS)):
        for code, english in table.items():
            danish = texts.translate(context, english)
            assert danish != english, f"{context} {code} has no Danish translation"
            assert placeholders(danish) == placeholders(english), code


def test_the_window_and_the_cli_share_each_message_text() -> None:
    message = Message.of("save-disk-full", path="rolle.md")
    assert texts.message_text(message) == message.text
    problem = Problem("empty-must", 3)
    assert texts.problem_text(problem) == problem.message


def test_problems_read_in_the_interface_language(language: Callable[[str], list[Any]]) -> None:
    problem = Problem("missing-section", 1, args={"section": "Øvrige forhold"})
    assert texts.problem_text(problem) == "the section “Øvrige forhold” is missing"
    language("da")
    assert texts.problem_text(problem) == "afsnittet »Øvrige forhold« mangler"


def test_a_translation_with_broken_placeholders_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = {"the section “{section}” is missing": "{navn}",
              "the file cannot be read ({reason})": "{grund}"}
    monkeypatch.setattr(texts, "translate", lambda _context, text: broken.get(text, text))
    problem = Problem("missing-section", 1, args={"section": "Øvrige forhold"})
    assert texts.problem_text(problem) == "the section “Øvrige forhold” is missing"
    message = Message.of("read-failed", reason="I/O error")
    assert texts.message_text(message) == "the file cannot be read (I/O error)"


def test_read_error_keeps_file_and_line_and_translates_the_reason(
    language: Callable[[str], list[Any]],
) -> None:
    with pytest.raises(ReadError) as caught:
        loads(b"---\ntitle: [x\n---\n" + b"\xff", path="rolle.md")
    error = caught.value
    assert str(error) == "rolle.md:4: the file is not valid UTF-8 text (byte offset 18, byte 0xff)"
    assert texts.error_text(error) == str(error)
    language("da")
    assert texts.error_text(error) == (
        "rolle.md:4: filen er ikke gyldig UTF-8-tekst (byte nr. 18, byte 0xff)"
    )


def test_write_error_and_plain_errors(language: Callable[[str], list[Any]]) -> None:
    error = WriteError("save-disk-full", path="rolle.md")
    language("da")
    assert texts.error_text(error) == (
        "rolle.md kan ikke gemmes: disken er fuld. Frigør plads, og gem igen."
    )
    assert texts.error_text(OSError("Input/output error")) == "Input/output error"


def test_damaged_settings_are_reported_in_danish(language: Callable[[str], list[Any]]) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    settings, problem = load_settings()
    assert settings == Settings()
    assert problem is not None and problem.code == "settings-damaged"
    language("da")
    text = texts.message_text(problem)
    assert text.startswith("Dine indstillinger var beskadigede og er flyttet til ")
    assert problem.args["aside"] in text


def test_opening_a_bad_file_in_danish_shows_a_danish_error(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Callable[[str], list[Any]],
) -> None:
    language("da")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        interaction, "show_error", lambda _p, title, text: shown.append((title, text))
    )
    window = MainWindow(Settings(), DocumentSession(loads(ROLE)))
    qtbot.addWidget(window)
    binary = tmp_path / "billede.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not window.files.open_path(binary)
    assert shown == [(
        "Filen kan ikke åbnes",
        f"{binary}: dette er en binær fil, ikke en markdown-tekstfil",
    )]


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("en", "1 warning: ", "2 warnings"), ("da", "1 advarsel: ", "2 advarsler")],
)
def test_warning_count_uses_plural_forms(
    qtbot: QtBot, language: Callable[[str], list[Any]], lang: str, one: str, two: str
) -> None:
    language(lang)
    bar = EditorStatusBar()
    qtbot.addWidget(bar)
    problem = Problem("empty-must", 1)
    bar.show_problems([problem])
    assert bar.validation_button.text().startswith(one)
    bar.show_problems([problem, problem])
    assert bar.validation_button.text() == two
