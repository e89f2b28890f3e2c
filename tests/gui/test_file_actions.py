"""File helpers behind the window: template, file names, start-up document, preview text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from os2editor.gui.app import initial_session
from os2editor.gui.controllers.file_actions import (
    render_document,
    suggested_file_name,
    template_document,
    write_document,
)
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.preview import preview_markdown
from os2editor.markdown import load
from os2editor.model import Priority, SectionKind
from os2editor.writing.template import leftovers

from .role_sample import ROLE_MD


def test_new_has_every_standard_part_under_its_heading_and_no_text() -> None:
    doc = template_document()
    assert doc.front_matter.title == ""
    assert doc.front_matter.layout == "default"
    assert doc.front_matter.parent == "Organisation og Roller"
    assert [s.kind for s in doc.sections] == [
        SectionKind.PURPOSE,
        SectionKind.RESPONSIBILITIES,
        SectionKind.TASKS,
        SectionKind.COLLABORATION,
        SectionKind.PROFESSIONAL,
        SectionKind.PERSONAL,
        SectionKind.CONDITIONS,
    ]
    tasks = doc.tasks
    assert tasks is not None
    assert tasks.heading_for(Priority.MUST).startswith("MUST (")
    assert not (tasks.must or tasks.should or tasks.could)
    # Nothing of the guidance is text: it shows as hints in the empty fields.
    assert not leftovers(doc)
    assert render_document(doc).count("\n## ") == 7


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Produktkonsulent", "os2-produktkonsulent.md"),
        ("Enterprise arkitekt", "os2-enterprise-arkitekt.md"),
        (
            "Kommunikationsmedarbejder (Ærø/Ålborg)",
            "os2-kommunikationsmedarbejder-aeroe-aalborg.md",
        ),
        ("", "os2-funktionsbeskrivelse.md"),
    ],
)
def test_suggested_file_name_follows_the_handbook(title: str, name: str) -> None:
    assert suggested_file_name(title) == name


def test_write_document_writes_the_writer_output(tmp_path: Path) -> None:
    source = tmp_path / "rolle.md"
    source.write_text(ROLE_MD, encoding="utf-8")
    doc = load(source)
    target = tmp_path / "kopi.md"
    fingerprint = write_document(doc, target)
    assert target.read_text(encoding="utf-8") == ROLE_MD
    assert fingerprint.size == len(ROLE_MD.encode("utf-8"))


def test_initial_session_without_a_file_is_the_template(qtbot: QtBot) -> None:
    session, error = initial_session(None)
    assert error is None
    assert session.path is None
    assert session.doc.sections[0].heading == "Formål med stillingen"
    assert session.doc.h1 == ""  # the window shows the guidance as a hint


def test_initial_session_for_a_new_file_name_saves_there(qtbot: QtBot, tmp_path: Path) -> None:
    session, error = initial_session(str(tmp_path / "ny.md"))
    assert error is None
    assert session.path == (tmp_path / "ny.md").resolve()
    assert len(session.doc.sections) == 7 and session.doc.front_matter.title == ""


def test_initial_session_reads_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    path.write_text(ROLE_MD, encoding="utf-8")
    session, error = initial_session(str(path))
    assert error is None
    assert session.doc.front_matter.title == "Testkoordinator"


def test_initial_session_with_an_unreadable_file_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "mappe.md"
    folder.mkdir()
    session, error = initial_session(str(folder))
    assert error is not None
    assert "mappe.md" in error
    assert session.path is None


def test_preview_text_drops_front_matter_and_liquid() -> None:
    text = (
        "---\ntitle: X\nnav_order: 2\n---\n\n# Overskrift\n\n"
        "{% include note.html %}\nTekst.\n{: .note }\n"
    )
    assert preview_markdown(text) == "\n## Overskrift\n\n\nTekst.\n\n"
    assert preview_markdown(ROLE_MD).startswith("\n## Funktionsbeskrivelse – Testkoordinator i OS2")
    assert preview_markdown("# Ingen front matter\n") == "## Ingen front matter\n"


def test_preview_shows_headings_one_level_down_but_not_in_code() -> None:
    text = "# Titel\n\n## Afsnit\n\n```\n# kommentar\n```\n\n#hashtag\n#### Dybt\n"
    expected = "## Titel\n\n### Afsnit\n\n```\n# kommentar\n```\n\n#hashtag\n##### Dybt\n"
    assert preview_markdown(text) == expected


@pytest.mark.parametrize(
    ("button", "answer"),
    [
        (QMessageBox.StandardButton.Save, interaction.SAVE),
        (QMessageBox.StandardButton.Discard, interaction.DISCARD),
        (QMessageBox.StandardButton.Cancel, interaction.CANCEL),
    ],
)
def test_save_discard_cancel_maps_the_buttons(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton, answer: str
) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert interaction.ask_save_discard_cancel(None, "rolle.md") == answer
    assert shown == ["Do you want to save the changes to rolle.md?"]


def test_save_and_export_paths_get_their_extension(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = {"name": "/tmp/rolle"}
    monkeypatch.setattr(QFileDialog, "exec", lambda _dialog: bool(chosen["name"]))
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda _dialog: [chosen["name"]])
    assert interaction.ask_save_path(None, "x.md") == "/tmp/rolle.md"
    assert interaction.ask_export_path(None, "x.docx") == "/tmp/rolle.docx"
    chosen["name"] = "/tmp/rolle.markdown"
    assert interaction.ask_save_path(None, "x.md") == "/tmp/rolle.markdown"
    chosen["name"] = ""
    assert interaction.ask_save_path(None, "x.md") is None
    assert interaction.ask_export_path(None, "x.docx") is None
