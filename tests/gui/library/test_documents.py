"""Every open document is covered: documents a library job changed in the background are
autosaved, and a change on disk to any of them, shown or not, is read again or asked about."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers import autosave
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.storage.recovery import list_recoverable
from tests.gui.driving import retype_first_task
from tests.gui.library.helpers import Answers, library, open_folder, tab_texts
from tests.library.helpers import edit, make_folder, role


def replace_in_folder(window: MainWindow, old: str, new: str) -> None:
    panel = library(window).view.find_replace
    panel.find_text.setText(old)
    panel.search()
    panel.replace_text.setText(new)
    panel.replace()


def test_documents_changed_in_the_background_are_autosaved(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    open_folder(qtbot, window, answers, folder)
    replace_in_folder(window, "Timetal", "Arbejdstid")
    background = [slot for slot in window.documents if not slot.tab and slot.session.path]
    assert len(background) >= 3 and all(s.session.is_modified() for s in background)
    for slot in background:
        controller = window.autosave.controller_of(slot.session)
        assert controller is not None
        controller.flush()
    recovered, _ = list_recoverable(include_claimed=True)
    assert {record.path for record in recovered} == {str(s.session.path) for s in background}
    assert all("Arbejdstid" in record.text for record in recovered)
    window.window_actions.save_all.trigger()  # saved: the autosaves go
    assert list_recoverable(include_claimed=True)[0] == []
    assert autosave.AUTOSAVE_DELAY_MS > 0


def test_a_tab_not_shown_is_reloaded_when_its_file_changes(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    open_folder(qtbot, window, answers, folder)
    library(window).open([role(folder, "data.md"), role(folder, "chief.md")])
    shown = window.session
    edit(role(folder, "data.md"), "title: Datakoordinator", "title: Dataansvarlig")
    qtbot.waitUntil(lambda: "Dataansvarlig" in tab_texts(window), timeout=5000)
    assert window.session is shown  # the shown document stays shown


def test_a_background_document_changed_on_disk_is_read_again_or_asked_about(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = empty_window
    folder = make_folder(tmp_path)
    open_folder(qtbot, window, answers, folder)
    replace_in_folder(window, "Timetal", "Arbejdstid")
    window.window_actions.undo.trigger()  # nothing unsaved, the documents still held
    data = window.documents.slot_for(role(folder, "data.md"))
    chief = window.documents.slot_for(role(folder, "chief.md"))
    assert data is not None and chief is not None and not data.tab
    old_session = data.session
    edit(role(folder, "data.md"), "title: Datakoordinator", "title: Dataansvarlig")
    qtbot.waitUntil(lambda: data.session is not old_session, timeout=5000)
    assert data.session.doc.front_matter.title == "Dataansvarlig" and not data.tab

    asked: list[str] = []
    monkeypatch.setattr(interaction, "ask_external_change",
                        lambda _p, name: asked.append(name) or interaction.CANCEL)
    window.window_actions.redo.trigger()  # chief (and others) unsaved again
    assert chief.session.is_modified()
    edit(role(folder, "chief.md"), "title: Foreningschef", "title: Direktør")
    qtbot.waitUntil(lambda: asked == ["chief.md"], timeout=5000)
    assert chief.tab and window.session is chief.session  # shown, with its edits kept
    assert "Arbejdstid" in str(chief.session.doc.conditions)
    retype_first_task(window, "Lede og udvikle sekretariatet.")
    window.window_actions.save_all.trigger()  # refused while the change on disk is unsettled
    assert chief.session.is_modified()
    assert "changed on disk" in window.statusBar().currentMessage()


def test_documents_restored_after_a_crash_open_in_tabs(
        qtbot: QtBot, empty_window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from os2editor.gui.controllers.recovery import offer_recovery
    from os2editor.storage.recovery import new_doc_id, write_autosave

    folder = make_folder(tmp_path)
    for name, text in (("data.md", "Levere månedsrapporten"), ("chief.md", "Lede og udvikle")):
        original = role(folder, name).read_text("utf-8")
        write_autosave(new_doc_id(), role(folder, name), original + f"\n<!-- {text} -->\n")
    monkeypatch.setattr(interaction, "ask_restore", lambda *_args: True)
    offer_recovery(empty_window, empty_window.set_session)
    assert sorted(tab_texts(empty_window)) == ["Datakoordinator ●", "Foreningschef ●"]
    assert all(slot.session.is_modified() for slot in empty_window.documents.tabs())
