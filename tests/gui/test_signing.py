"""Issue 15 point 14 in the window: Preferences asks for the name once, starting from the
system's full name, and the redline is signed with it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from os2editor import people
from os2editor.gui.controllers.revision_mode import RevisionController
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs.preferences import PreferencesDialog
from os2editor.markdown import load, loads
from os2editor.storage.settings import Settings
from tests.helpers import fixture_text


def test_preferences_start_from_the_system_s_full_name(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people, "full_name", lambda: "Mette Hansen")
    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "Mette Hansen"
    dialog.apply_to(settings)
    assert settings.author == "Mette Hansen"  # asked once: kept from now on
    named = PreferencesDialog(Settings(author="M. Hansen, sekretariatschef"))
    qtbot.addWidget(named)
    assert named.author.text() == "M. Hansen, sekretariatschef"


def test_the_window_s_redline_is_signed_by_the_person(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people, "full_name", lambda: "Mette Hansen")
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    target = tmp_path / "rettelser.docx"
    monkeypatch.setattr(interaction, "ask_redline_path", lambda _p, _s: str(target))
    path = tmp_path / "chief.md"
    path.write_text(fixture_text("chief.md"), encoding="utf-8")
    window = MainWindow(Settings(), DocumentSession(load(path), path))  # no author set
    qtbot.addWidget(window)
    revision = window.findChild(RevisionController)
    assert revision is not None
    revision.set_baseline(loads(fixture_text("chief-2025.md")), "approved")
    revision.redline.trigger()
    body = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert 'w:author="Mette Hansen"' in body and "root" not in body
