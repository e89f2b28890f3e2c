"""Changes on disk: the controller reports edits made outside the editor and stays quiet for
our own; the window reloads, or asks when there are local edits."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SignalInstance
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers import file_watch
from os2editor.gui.controllers.file_watch import ExternalChangeController
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.markdown import load
from os2editor.revision import describe
from os2editor.storage.atomic import atomic_write
from os2editor.storage.settings import Settings

from .driving import retype_first_task

SETTLE_MS = 30


def _watched(tmp_path: Path) -> tuple[ExternalChangeController, Path]:
    target = tmp_path / "koordinator.md"
    target.write_bytes(b"# Koordinator\n")
    controller = ExternalChangeController(settle_ms=SETTLE_MS)
    controller.watch(target)
    return controller, target


def _signals(signal: SignalInstance) -> list[str]:
    received: list[str] = []
    signal.connect(received.append)
    return received


def _collect(controller: ExternalChangeController) -> list[str]:
    events: list[str] = []
    controller.changed_on_disk.connect(lambda path: events.append(f"changed {path}"))
    controller.removed_from_disk.connect(lambda path: events.append(f"removed {path}"))
    return events


def test_edit_in_place_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    with (
        qtbot.waitSignal(controller.changed_on_disk, timeout=3000) as blocker,
        target.open("ab") as handle,
    ):
        handle.write(b"\n- ny linje\n")
    assert blocker.args == [str(target)]
    assert controller.has_external_change()


def test_replace_like_git_is_reported_every_time(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    events = _collect(controller)
    for version in (b"version 2\n", b"version 3\n"):
        # Other tools replace the file (a new inode), which the watcher must follow.
        replacement = tmp_path / "incoming.tmp"
        replacement.write_bytes(version)
        os.replace(replacement, target)
        qtbot.waitUntil(lambda: len(events) == 1, timeout=3000)
        events.clear()
        controller.acknowledge()  # the window reloaded


def test_delete_and_recreate_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    events = _collect(controller)
    target.unlink()
    qtbot.waitUntil(lambda: events == [f"removed {target}"], timeout=3000)
    target.write_bytes(b"# Koordinator\n\nNy udgave\n")
    qtbot.waitUntil(lambda: events[-1:] == [f"changed {target}"], timeout=3000)


def test_own_save_is_not_reported(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    events = _collect(controller)
    fingerprint = atomic_write(target, b"# Koordinator\n\n- gemt af os\n")
    controller.acknowledge(fingerprint)
    qtbot.wait(SETTLE_MS * 10)
    controller.check()
    assert events == []
    assert not controller.has_external_change()


def test_touch_without_content_change_is_not_reported(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    events = _collect(controller)
    os.utime(target, ns=(1_000_000_000_000, 1_000_000_000_000))
    target.write_bytes(target.read_bytes())
    qtbot.wait(SETTLE_MS * 10)
    controller.check()
    assert events == []


def test_same_change_is_reported_once(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    events = _collect(controller)
    target.write_bytes(b"theirs\n")
    qtbot.waitUntil(lambda: len(events) == 1, timeout=3000)
    os.utime(target)
    controller.check()
    qtbot.wait(SETTLE_MS * 10)
    assert len(events) == 1
    target.write_bytes(b"theirs again\n")
    qtbot.waitUntil(lambda: len(events) == 2, timeout=3000)


def test_keep_mine_saves_over_and_goes_quiet(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    target.write_bytes(b"theirs\n")
    qtbot.waitUntil(controller.has_external_change, timeout=3000)
    controller.acknowledge(atomic_write(target, b"mine\n"))
    assert not controller.has_external_change()


def test_unwatch_stops_reports(qtbot: QtBot, tmp_path: Path) -> None:
    controller, target = _watched(tmp_path)
    events = _collect(controller)
    controller.unwatch()
    assert controller.path is None
    target.write_bytes(b"theirs\n")
    qtbot.wait(SETTLE_MS * 10)
    controller.check()
    assert events == []
    assert not controller.has_external_change()


def test_watch_follows_save_as(qtbot: QtBot, tmp_path: Path) -> None:
    controller, first = _watched(tmp_path)
    second = tmp_path / "kopi.md"
    controller.watch(second, atomic_write(second, b"kopi\n"))
    events = _collect(controller)
    first.write_bytes(b"the old file changed\n")
    qtbot.wait(SETTLE_MS * 10)
    assert events == []
    second.write_bytes(b"the new file changed\n")
    qtbot.waitUntil(lambda: events == [f"changed {second}"], timeout=3000)


# -- attached to the real window ------------------------------------------------------------

ROLE = (
    "---\ntitle: Koordinator\n---\n\n# Funktionsbeskrivelse – Koordinator\n\n"
    "## Arbejdsopgaver og prioritering\n\n### MUST (skal løses)\n\n"
    "- Holde møder.\n- Skrive referat.\n"
)
THEIRS = ROLE.replace("- Skrive referat.\n", "- Skrive referat.\n- Opgave fra git pull.\n")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown; a question about a change on disk fails unless a test answers it."""
    answers: list[str] = []
    monkeypatch.setattr(interaction, "show_error", lambda _p, _t, text: answers.append(text))
    monkeypatch.setattr(interaction, "show_warning", lambda _p, _t, text: answers.append(text))
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda _p, _n: interaction.DISCARD)
    for name in ("ask_external_change", "show_difference"):
        monkeypatch.setattr(interaction, name, lambda *_a, n=name: pytest.fail(f"{n} shown"))
    return answers


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, dialogs: list[str],
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_watch, "SETTLE_MS", SETTLE_MS)
    role = tmp_path / "koordinator.md"
    role.write_text(ROLE, "utf-8")
    win = MainWindow(Settings(), DocumentSession(load(role), role))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.undo_stack.setClean()


def _edit(win: MainWindow, text: str) -> None:
    retype_first_task(win, text)


def _must(win: MainWindow) -> list[str]:
    tasks = win.session.doc.tasks
    assert tasks is not None
    return [item.text for item in tasks.must]


def _path(win: MainWindow) -> Path:
    assert win.session.path is not None
    return win.session.path


def _conflicts(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Answer the outside-change question with ``answers`` in turn; the names it was asked."""
    given, names = list(answers), []

    def ask(_parent: object, name: str) -> str:
        names.append(name)
        return given.pop(0) if given else interaction.CANCEL

    monkeypatch.setattr(interaction, "ask_external_change", ask)
    monkeypatch.setattr(interaction, "show_difference",
                        lambda _p, _n, changes, _problem="": names.append(
                            [describe(change, "en") for change in changes]))
    return names


def test_window_without_edits_reloads(qtbot: QtBot, window: MainWindow,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    names = _conflicts(monkeypatch)
    before = window.session
    _path(window).write_text(THEIRS, "utf-8")
    qtbot.waitUntil(lambda: window.session is not before, timeout=3000)
    assert _must(window) == ["Holde møder.", "Skrive referat.", "Opgave fra git pull."]
    assert not window.session.is_modified()
    assert "reloaded" in window.statusBar().currentMessage()
    assert names == []


def test_window_with_edits_asks_and_keeps_the_edits_on_cancel(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _conflicts(monkeypatch, interaction.COMPARE, interaction.CANCEL)
    _edit(window, "Holde gode møder.")
    session = window.session
    _path(window).write_text(THEIRS, "utf-8")
    qtbot.waitUntil(lambda: len(names) == 3, timeout=3000)
    assert names[0] == "koordinator.md" and names[2] == "koordinator.md"
    # In the document's terms, from the file on disk to the editor's version.
    assert names[1] == ["Task changed under MUST: “Holde{+ gode+} møder.”",
                        "Task removed from MUST: “Opgave fra git pull.”"]
    assert window.session is session
    assert _must(window) == ["Holde gode møder.", "Skrive referat."]
    assert session.undo_stack.canUndo()
    assert window.file_watch.has_external_change()


def test_reload_theirs_after_a_conflict(qtbot: QtBot, window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    names = _conflicts(monkeypatch, interaction.RELOAD)
    _edit(window, "Holde gode møder.")
    _path(window).write_text(THEIRS, "utf-8")
    qtbot.waitUntil(lambda: _must(window)[-1] == "Opgave fra git pull.", timeout=3000)
    assert names == ["koordinator.md"]
    assert _must(window) == ["Holde møder.", "Skrive referat.", "Opgave fra git pull."]
    assert not window.session.is_modified()
    assert not window.file_watch.has_external_change()


def test_keep_mine_saves_over_theirs(qtbot: QtBot, window: MainWindow,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    names = _conflicts(monkeypatch, interaction.KEEP)
    _edit(window, "Holde gode møder.")
    _path(window).write_text(THEIRS, "utf-8")
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)
    assert _path(window).read_text("utf-8") == ROLE.replace("Holde møder.", "Holde gode møder.")
    assert not window.file_watch.has_external_change()
    qtbot.wait(SETTLE_MS * 10)
    assert names == ["koordinator.md"]  # our own save is no news


def test_own_save_is_neither_reload_nor_conflict(qtbot: QtBot, window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    names = _conflicts(monkeypatch)
    _edit(window, "Holde gode møder.")
    session = window.session
    window.window_actions.save.trigger()
    _edit(window, "Holde endnu bedre møder.")
    qtbot.wait(SETTLE_MS * 10)
    assert names == []
    assert window.session is session
    assert not window.file_watch.has_external_change()


def test_save_as_moves_the_watch(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "kopi.md"
    monkeypatch.setattr(interaction, "ask_save_path", lambda _p, _s: str(copy))
    window.window_actions.save_as.trigger()
    assert window.file_watch.watcher.path == copy.resolve()
    before = window.session
    copy.write_text(THEIRS, "utf-8")
    qtbot.waitUntil(lambda: window.session is not before, timeout=3000)
    assert _path(window) == copy.resolve()
    assert "Opgave fra git pull." in _must(window)


def test_unreadable_change_keeps_the_document(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    _path(window).write_bytes(b"---\ntitle: [uafsluttet\n---\n\xff\xfe")
    qtbot.waitUntil(lambda: "could not be reloaded" in window.statusBar().currentMessage())
    assert window.session is session
    assert _must(window) == ["Holde møder.", "Skrive referat."]


def test_removed_file_is_said_and_saved_again_on_request(
    qtbot: QtBot, window: MainWindow
) -> None:
    _path(window).unlink()
    qtbot.waitUntil(lambda: "was removed from disk" in window.statusBar().currentMessage())
    window.window_actions.save.trigger()
    assert _path(window).read_text("utf-8") == ROLE
