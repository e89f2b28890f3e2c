"""AutosaveController: a copy of unsaved edits appears after typing stops and goes away on save."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from os2editor.errors import WriteError
from os2editor.gui.controllers import autosave
from os2editor.gui.controllers.autosave import (
    AUTOSAVE_DELAY_MS,
    AutosaveController,
    WindowAutosave,
    mark_recovered,
)
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.markdown import dumps, load, loads
from os2editor.model import FunctionDescription, Item, Priority, TasksSection
from os2editor.model import fields as f
from os2editor.storage import atomic
from os2editor.storage.paths import autosave_dir
from os2editor.storage.recovery import Recovered, list_recoverable, new_doc_id, write_autosave
from os2editor.storage.settings import Settings

from .driving import retype_first_task

DELAY_MS = 80


def _autosaves() -> tuple[list[Recovered], list[str]]:
    # The controllers under test claim their autosaves, which hides them from a plain listing.
    return list_recoverable(include_claimed=True)


def _session(path: Path | None = None) -> tuple[DocumentSession, Item]:
    task = Item(text="Holde møder")
    doc = FunctionDescription(
        h1="Koordinator",
        sections=[TasksSection.of(must=[task], headings={Priority.MUST: "MUST"})],
    )
    return DocumentSession(doc, path), task


def _type(session: DocumentSession, task: Item, text: str) -> None:
    """An edit of the task's text, as its field makes one (no window here)."""
    assert session.set_value(f.ITEM_TEXT, task, text)


def _controller(session: DocumentSession, **kwargs: object) -> AutosaveController:
    return AutosaveController(session, delay_ms=DELAY_MS, **kwargs)  # type: ignore[arg-type]


def test_the_autosave_comes_two_seconds_after_the_last_edit(qtbot: QtBot) -> None:
    session, task = _session()
    controller = AutosaveController(session)
    assert AUTOSAVE_DELAY_MS == 2000
    _type(session, task, "Holde møder nu")
    started = time.monotonic()
    with qtbot.waitSignal(controller.written, timeout=5000):
        assert controller.is_pending()
    assert time.monotonic() - started >= 1.9
    [recovered], _ = _autosaves()
    assert recovered.text == dumps(session.doc)


def test_autosave_written_after_typing_stops(qtbot: QtBot, tmp_path: Path) -> None:
    session, task = _session(tmp_path / "koordinator.md")
    controller = _controller(session)
    _type(session, task, "Holde møder – også om aftenen")
    assert controller.is_pending()
    assert _autosaves() == ([], [])
    with qtbot.waitSignal(controller.written, timeout=2000):
        pass
    [recovered], messages = _autosaves()
    assert messages == []
    assert recovered.doc_id == controller.doc_id
    assert recovered.path == str(tmp_path / "koordinator.md")
    assert recovered.display_name == "koordinator.md"
    assert "Holde møder – også om aftenen" in recovered.text
    assert not (tmp_path / "koordinator.md").exists()


def test_every_edit_restarts_the_timer(qtbot: QtBot) -> None:
    session, task = _session()
    controller = _controller(session)
    written: list[bool] = []
    controller.written.connect(lambda: written.append(True))
    for n in range(6):
        _type(session, task, f"Holde møder {n}")
        qtbot.wait(DELAY_MS // 2)
    assert written == []
    qtbot.waitUntil(lambda: written == [True], timeout=2000)
    [recovered], _ = _autosaves()
    assert "Holde møder 5" in recovered.text


def test_untitled_document_is_autosaved(qtbot: QtBot) -> None:
    session, task = _session()
    controller = _controller(session)
    _type(session, task, "Ny opgave")
    controller.flush()
    [recovered], _ = _autosaves()
    assert recovered.path is None
    assert recovered.display_name == "Untitled"


def test_save_removes_the_autosave(qtbot: QtBot) -> None:
    session, task = _session()
    controller = _controller(session)
    _type(session, task, "Ændret")
    controller.flush()
    assert len(_autosaves()[0]) == 1
    session.mark_saved()
    assert _autosaves() == ([], [])
    assert not controller.is_pending()


def test_undo_back_to_saved_state_removes_the_autosave(qtbot: QtBot) -> None:
    session, task = _session()
    controller = _controller(session)
    _type(session, task, "Ændret")
    controller.flush()
    session.undo_stack.undo()
    assert not session.is_modified()
    assert _autosaves() == ([], [])


def test_discard_on_close_removes_and_stops(qtbot: QtBot) -> None:
    session, task = _session()
    controller = _controller(session)
    _type(session, task, "Ændret")
    controller.flush()
    _type(session, task, "Ændret igen")
    controller.discard()
    assert not controller.is_pending()
    qtbot.wait(DELAY_MS * 2)
    assert _autosaves() == ([], [])
    _type(session, task, "efter lukning")
    assert not controller.is_pending()


def test_recovered_document_keeps_its_id(qtbot: QtBot) -> None:
    session, task = _session()
    first = _controller(session)
    _type(session, task, "Før nedbrud")
    first.flush()
    [recovered], _ = _autosaves()
    # The next start restores it into a new session that is unsaved from the start.
    restored, restored_task = _session(None)
    restored.undo_stack.resetClean()
    second = _controller(restored, doc_id=recovered.doc_id)
    _type(restored, restored_task, "Efter gendannelse")
    second.flush()
    found, _ = _autosaves()
    assert [r.doc_id for r in found] == [recovered.doc_id]
    assert "Efter gendannelse" in found[0].text


def test_write_failure_is_reported_once_and_edits_are_kept(
    qtbot: QtBot, app_dirs: Path, monkeypatch: object
) -> None:
    # The state folder cannot be created: a file is in its way.
    (app_dirs / "state").write_bytes(b"")
    session, task = _session()
    controller = _controller(session)
    messages: list[str] = []
    controller.failed.connect(messages.append)
    _type(session, task, "Vigtig tekst")
    controller.flush()
    _type(session, task, "Vigtig tekst 2")
    controller.flush()
    assert len(messages) == 1
    assert "automatic backup" in messages[0]
    assert session.is_modified()
    assert task.text == "Vigtig tekst 2"
    (app_dirs / "state").unlink()
    with qtbot.waitSignal(controller.written, timeout=1000):
        controller.flush()
    assert len(_autosaves()[0]) == 1
    assert autosave_dir().is_dir()


def test_failing_writer_does_not_raise(qtbot: QtBot) -> None:
    session, task = _session()

    def broken(doc: FunctionDescription) -> str:
        raise WriteError("Cannot save x: the disk is full.")

    controller = AutosaveController(session, serialize=broken, delay_ms=DELAY_MS)
    with qtbot.waitSignal(controller.failed, timeout=2000) as blocker:
        _type(session, task, "x")
    assert "disk is full" in blocker.args[0]


def test_session_torn_down_without_close_keeps_the_autosave(qtbot: QtBot) -> None:
    # Quitting in a hurry destroys the session, whose undo stack then reports "clean";
    # that is not a save, so the copy of the edits must survive for the next start.
    session, task = _session()
    controller = _controller(session)
    _type(session, task, "Ikke gemt")
    controller.flush()
    shiboken6.delete(session)
    qtbot.wait(DELAY_MS * 2)
    [recovered], _ = _autosaves()
    assert "Ikke gemt" in recovered.text


def test_controller_owned_by_window_survives_session_teardown(qtbot: QtBot) -> None:
    window = QObject()
    session, task = _session()
    controller = _controller(session, parent=window)
    _type(session, task, "Ikke gemt")
    controller.flush()
    shiboken6.delete(session)
    controller.flush()
    assert len(_autosaves()[0]) == 1
    assert shiboken6.isValid(controller)


ROLE = (
    "---\ntitle: Koordinator\n---\n\n# Funktionsbeskrivelse – Koordinator\n\n"
    "## Arbejdsopgaver og prioritering\n\n### MUST (skal løses)\n\n"
    "- Holde møder.\n- Skrive referat.\n"
)

EDITING_SESSION = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from os2editor.gui.controllers.autosave import AutosaveController
from os2editor.gui.session import DocumentSession
from os2editor.markdown import load
from os2editor.model import fields

app = QCoreApplication([])
path = Path(sys.argv[1])
session = DocumentSession(load(path), path)
controller = AutosaveController(session, delay_ms=50)
controller.written.connect(lambda: print("autosaved", flush=True))
task = session.doc.tasks.must[0]
session.set_value(fields.ITEM_TEXT, task, "Holde møder – også om aftenen.")
QTimer.singleShot(10_000, app.quit)  # never hang the test run if no autosave comes
app.exec()
"""


def test_edits_survive_kill_and_are_restored_at_next_start(tmp_path: Path) -> None:
    role = tmp_path / "koordinator.md"
    role.write_text(ROLE, "utf-8")
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITING_SESSION, str(role)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "autosaved"
    finally:
        editor.kill()
        editor.wait()
        if editor.stdout is not None:
            editor.stdout.close()
    assert role.read_text("utf-8") == ROLE
    # A plain listing, as the next start does: the killed editor's claim died with it.
    [recovered], messages = list_recoverable()
    assert messages == []
    assert recovered.path == str(role)
    assert recovered.display_name == "koordinator.md"
    restored = loads(recovered.text)
    assert restored.tasks is not None
    assert [item.text for item in restored.tasks.must] == [
        "Holde møder – også om aftenen.",
        "Skrive referat.",
    ]
    assert recovered.text == ROLE.replace("Holde møder.", "Holde møder – også om aftenen.")


# -- attached to the real window ------------------------------------------------------------


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The answer the save/discard/cancel question gets; also records that it was asked."""
    given = [interaction.DISCARD]
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda _p, _n: given[0])
    monkeypatch.setattr(interaction, "show_error", lambda _p, _t, _x: None)
    monkeypatch.setattr(interaction, "show_warning", lambda _p, _t, _x: None)
    return given


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, answers: list[str],
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY_MS", DELAY_MS)  # the window's own autosave
    role = tmp_path / "koordinator.md"
    role.write_text(ROLE, "utf-8")
    win = MainWindow(Settings(), DocumentSession(load(role), role))
    qtbot.addWidget(win)
    win.show()
    return win


def _edit_window(win: MainWindow, text: str) -> None:
    retype_first_task(win, text)


def _attached(win: MainWindow) -> WindowAutosave:
    assert win.autosave.controller is not None
    return win.autosave


def test_window_edits_are_autosaved_and_shown(qtbot: QtBot, window: MainWindow) -> None:
    attached = _attached(window)
    assert attached.controller is not None
    _edit_window(window, "Holde gode møder.")
    with qtbot.waitSignal(attached.controller.written, timeout=2000):
        pass
    [recovered], _ = _autosaves()
    assert recovered.text == ROLE.replace("Holde møder.", "Holde gode møder.")
    assert "Autosaved" in window.status.autosave_label.text()


def test_window_save_removes_the_autosave(qtbot: QtBot, window: MainWindow) -> None:
    attached = _attached(window)
    assert attached.controller is not None
    _edit_window(window, "Holde gode møder.")
    attached.controller.flush()
    assert len(_autosaves()[0]) == 1
    assert window.files.save()
    assert _autosaves() == ([], [])


def test_failed_save_keeps_the_autosave(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    attached = _attached(window)
    assert attached.controller is not None
    _edit_window(window, "Holde gode møder.")
    attached.controller.flush()

    def denied(_path: object, _data: bytes, **_options: object) -> None:
        raise WriteError("Cannot save koordinator.md: permission denied.")

    monkeypatch.setattr(atomic, "atomic_write", denied)
    assert not window.files.save()
    assert window.session.is_modified()
    assert len(_autosaves()[0]) == 1


def test_close_with_discard_removes_the_autosave(
    qtbot: QtBot, window: MainWindow, answers: list[str]
) -> None:
    attached = _attached(window)
    assert attached.controller is not None
    _edit_window(window, "Holde gode møder.")
    attached.controller.flush()
    answers[0] = interaction.CANCEL
    assert not window.close()
    assert len(_autosaves()[0]) == 1
    answers[0] = interaction.DISCARD
    assert window.close()
    assert _autosaves() == ([], [])


def test_window_torn_down_without_closing_keeps_the_autosave(
    qtbot: QtBot, tmp_path: Path, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "AUTOSAVE_DELAY_MS", DELAY_MS)
    role = tmp_path / "koordinator.md"
    role.write_text(ROLE, "utf-8")
    win = MainWindow(Settings(), DocumentSession(load(role), role))
    win.show()
    attached = _attached(win)
    assert attached.controller is not None
    _edit_window(win, "Holde gode møder.")
    attached.controller.flush()
    shiboken6.delete(win)
    [recovered], _ = _autosaves()
    assert "Holde gode møder." in recovered.text


def test_every_open_document_has_its_own_autosave(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    attached = _attached(window)
    first = attached.controller
    assert first is not None
    _edit_window(window, "Holde gode møder.")
    first.flush()
    other = tmp_path / "andet.md"
    other.write_text(ROLE, "utf-8")
    assert window.files.open_path(other)  # a tab of its own: the first stays open, edited
    second = attached.controller
    assert second is not None
    assert second is not first
    assert second.session is window.session
    _edit_window(window, "Andet dokument.")
    second.flush()
    recovered, _ = _autosaves()
    assert sorted(r.path or "" for r in recovered) == sorted(
        [str((tmp_path / "koordinator.md").resolve()), str(other.resolve())])
    # Closing the second (its changes discarded) drops its autosave and keeps the first's.
    window.pages.close_document(window.session)  # the dialog answers discard
    [left], _ = _autosaves()
    assert left.path == str((tmp_path / "koordinator.md").resolve())
    assert attached.controller is first


def test_restored_document_reuses_its_recovery_file(qtbot: QtBot, window: MainWindow) -> None:
    write_autosave(new_doc_id(), window.session.path, ROLE.replace("Holde", "Gendannet"))
    [recovered], _ = _autosaves()
    attached = _attached(window)
    restored = DocumentSession(loads(recovered.text), window.session.path)
    mark_recovered(restored, recovered)
    window.set_session(restored)
    assert restored.is_modified()
    controller = attached.controller
    assert controller is not None
    assert controller.doc_id == recovered.doc_id
    qtbot.wait(DELAY_MS * 2)
    assert [r.doc_id for r in _autosaves()[0]] == [recovered.doc_id]
    _edit_window(window, "Gendannet og rettet.")
    controller.flush()
    [again], _ = _autosaves()
    assert again.doc_id == recovered.doc_id
    assert "Gendannet og rettet." in again.text
    assert window.files.save()
    assert _autosaves() == ([], [])
