"""Issue 15 point 13: export from the window offers what the CLI offers (letterhead, parts left
out with a ready "job advert", organisation, author), for Word and PDF in one dialog, and the
choices are remembered."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs.export import ADVERT, CHOSEN, WHOLE, ExportChoices, ExportDialog
from os2editor.markdown import load
from os2editor.storage.settings import Settings, load_settings

from .role_sample import ROLE_MD

TASK = "Gennemføre test før hver udgivelse."
COLLABORATOR = "Leverandørerne."
QUALIFICATION = "Erfaring med systematisk test."


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    path = tmp_path / "os2-testkoordinator.md"
    path.write_bytes(ROLE_MD.encode("utf-8"))
    win = MainWindow(Settings(author="Anne Andersen"), DocumentSession(load(path), path))
    qtbot.addWidget(win)
    win.show()
    yield win


def letterhead(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Eksempel Kommune · Rådhuspladsen 1"
    document.save(str(path))
    return path


def drive(monkeypatch: pytest.MonkeyPatch, steps: Callable[[ExportDialog], None]) -> list[Any]:
    """Run the real export dialog with ``steps`` as the user's clicks; the dialogs seen."""
    seen: list[Any] = []

    def run(dialog: ExportDialog) -> int:
        seen.append(dialog)
        dialog.show()
        steps(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ExportDialog, "exec", run)
    return seen


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_job_advert_word_export_on_a_letterhead_is_remembered(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = letterhead(tmp_path / "brevpapir.docx")
    target = tmp_path / "jobopslag.docx"
    warnings: list[str] = []
    monkeypatch.setattr(interaction, "show_warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(interaction, "ask_template_path", lambda _p, _s: str(template))
    monkeypatch.setattr(interaction, "ask_export_path", lambda _p, _s, pdf=False: str(target))

    def steps(dialog: ExportDialog) -> None:
        assert dialog.word.isChecked()
        assert dialog.author.text() == "Anne Andersen" and dialog.organisation.text() == "OS2"
        QTest.mouseClick(dialog.choose_template, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        dialog.contents.setCurrentIndex(ADVERT)  # the ready choice
        assert not dialog.parts["tasks"].isChecked()
        assert not dialog.parts["collaboration"].isChecked()
        assert not dialog.parts["conditions"].isChecked()
        assert dialog.parts["purpose"].isChecked() and dialog.parts["personal"].isChecked()
        dialog.organisation.setText("Eksempel Kommune")
        dialog.author.selectAll()
        QTest.keyClicks(dialog.author, "Bo Berg")

    seen = drive(monkeypatch, steps)
    window.window_actions.export.trigger()
    assert len(seen) == 1
    body = docx_text(target)
    assert QUALIFICATION in body
    assert TASK not in body and COLLABORATOR not in body and "Timetal" not in body
    exported = docx.Document(str(target))
    assert "Eksempel Kommune · Rådhuspladsen 1" in exported.sections[0].header.paragraphs[0].text
    assert exported.core_properties.author == "Bo Berg"
    # Remembered, on disk too, and offered again next time.
    saved, _problem = load_settings()
    assert saved.export_omit == ["tasks", "collaboration", "conditions"]
    assert saved.export_template == str(template)
    assert (saved.organisation, saved.author, saved.export_format) == (
        "Eksempel Kommune", "Bo Berg", "docx")
    again = window.files.export_choices(pdf=False)
    assert again.omit == ("tasks", "collaboration", "conditions")
    assert again.template == str(template) and again.author == "Bo Berg"


def test_pdf_export_from_the_same_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def steps(dialog: ExportDialog) -> None:
        QTest.mouseClick(dialog.pdf, Qt.MouseButton.LeftButton)
        assert dialog.target.text().endswith(".pdf")  # the name follows the format
        assert not dialog.template.isEnabled()  # a PDF has no letterhead
        dialog.target.setText(str(tmp_path / "rolle"))
        dialog.parts["tasks"].setChecked(False)
        assert dialog.contents.currentIndex() == CHOSEN

    drive(monkeypatch, steps)
    window.window_actions.export.trigger()
    written = tmp_path / "rolle.pdf"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(written).pages).split())
    assert QUALIFICATION in text and COLLABORATOR in text and TASK not in text
    assert window.settings.export_format == "pdf"
    assert window.files.export_choices(pdf=True).omit == ("tasks",)


def test_the_dialog_keeps_contents_and_parts_in_step(qtbot: QtBot) -> None:
    dialog = ExportDialog(ExportChoices("docx", "rolle.docx", omit=("tasks",)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.contents.currentIndex() == CHOSEN
    for name in ("collaboration", "conditions"):
        dialog.parts[name].setChecked(False)
    assert dialog.contents.currentIndex() == ADVERT
    dialog.contents.setCurrentIndex(WHOLE)
    assert all(box.isChecked() for box in dialog.parts.values())
    dialog.target.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.target.setText("rolle")
    assert dialog.choices().target == "rolle.docx"
    labels = {label.text() for label in dialog.findChildren(type(dialog.template_note))}
    assert "&Letterhead:" in labels and "C&ontents:" in labels


@pytest.mark.parametrize("code", ["en", "da"])
def test_each_alt_key_of_the_dialog_is_used_once(
    qtbot: QtBot, language: Callable[[str], list[Any]], code: str
) -> None:
    language(code)
    dialog = ExportDialog(ExportChoices("docx", "rolle.docx"))
    qtbot.addWidget(dialog)
    texts = [widget.text() for widget in dialog.findChildren(QLabel)]
    texts += [widget.text() for widget in dialog.findChildren(QAbstractButton)]
    keys = [match.group(1).casefold() for text in texts
            if (match := re.search(r"&([^&])", text.replace("&&", "")))]
    assert len(keys) >= 10
    assert sorted(key for key in set(keys) if keys.count(key) > 1) == []


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_pictures_beside_the_description_reach_the_window_export(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A picture the description names by a relative address is read from the description's
    own folder, as ``os2editor export`` reads it, not left out with a warning."""
    from tests.docx.helpers import png

    (tmp_path / "logo.png").write_bytes(png(40, 20))
    path = tmp_path / "os2-testkoordinator.md"
    path.write_bytes(ROLE_MD.replace("## Formål med stillingen\n",
                                     "## Formål med stillingen\n\n![OS2-logo](logo.png)\n", 1)
                     .encode("utf-8"))
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    warnings: list[str] = []
    monkeypatch.setattr(interaction, "show_warning", lambda _p, _t, text: warnings.append(text))
    win = MainWindow(Settings(), DocumentSession(load(path), path))
    qtbot.addWidget(win)
    target = tmp_path / f"rolle.{fmt}"

    def steps(dialog: ExportDialog) -> None:
        if fmt == "pdf":
            QTest.mouseClick(dialog.pdf, Qt.MouseButton.LeftButton)
        dialog.target.setText(str(target))

    drive(monkeypatch, steps)
    win.window_actions.export.trigger()
    assert warnings == []
    if fmt == "docx":
        with zipfile.ZipFile(target) as archive:
            assert any(name.startswith("word/media/") for name in archive.namelist())
    else:
        page = PdfReader(str(target)).pages[0]
        assert page.images, "the picture is on the first page"
