"""The window's own safety net, as a user meets it: changes on disk, the save guard, a save
that fails, and recovery at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from os2editor.gui.controllers.recovery import offer_recovery
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.markdown import dumps, load
from os2editor.revision import describe
from os2editor.storage.recovery import list_recoverable, new_doc_id, write_autosave
from os2editor.storage.settings import Settings
from tests.helpers import fixture_text

from .driving import retype_first_task

ROLE = fixture_text("reference.md")
THEIRS = ROLE.replace("- Levere kvartalsrapporten.", "- Levere månedsrapporten.")


class Answers:
    """What the patched dialogs say, and what they were shown."""

    def __init__(self) -> None:
        self.external: list[str] = []
        self.asked = 0
        self.diffs: list[str] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.restore = True
        self.restored: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def ask(_parent: object, _name: str) -> str:
        given.asked += 1
        return given.external.pop(0) if given.external else interaction.CANCEL

    def restore(_parent: object, name: str, _when: str) -> bool:
        given.restored.append(name)
        return given.restore

    monkeypatch.setattr(interaction, "ask_external_change", ask)
    monkeypatch.setattr(interaction, "show_difference",
                        lambda _p, _n, changes, _problem="": given.diffs.append(
                            "\n".join(describe(change, "en") for change in changes)))
    monkeypatch.setattr(interaction, "ask_restore", restore)
    monkeypatch.setattr(interaction, "show_error", lambda _p, _t, text: given.errors.append(text))
    monkeypatch.setattr(interaction, "show_warning",
                        lambda _p, _t, text: given.warnings.append(text))
    monkeypatch.setattr(interaction, "ask_save_discard_cancel",
                        lambda _p, _n: interaction.DISCARD)
    return given


@pytest.fixture
def role(tmp_path: Path) -> Path:
    path = tmp_path / "datakoordinator.md"
    path.write_text(ROLE, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot: QtBot, role: Path, answers: Answers) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), DocumentSession(load(role), role))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.undo_stack.setClean()


def edit_first_task(win: MainWindow, text: str) -> None:
    retype_first_task(win, text)


def no_other_window(session: DocumentSession) -> None:
    raise AssertionError(f"a second window was opened for {session.path}")


def test_change_on_disk_without_edits_reloads(qtbot: QtBot, window: MainWindow,
                                              role: Path, answers: Answers) -> None:
    role.write_text(THEIRS, encoding="utf-8")
    qtbot.waitUntil(lambda: dumps(window.session.doc) == THEIRS, timeout=5000)
    assert answers.asked == 0 and not window.isWindowModified()


def test_change_on_disk_with_edits_compare_then_keep_mine(
    qtbot: QtBot, window: MainWindow, role: Path, answers: Answers
) -> None:
    edit_first_task(window, "Vedligeholde kataloget.")
    answers.external = [interaction.COMPARE, interaction.KEEP]
    role.write_text(THEIRS, encoding="utf-8")
    qtbot.waitUntil(lambda: answers.asked == 2, timeout=5000)
    assert answers.diffs == [
        "Task changed under MUST: “Vedligeholde [-datakataloget-]{+kataloget+}.”\n"
        "Task changed under MUST: “Levere [-månedsrapporten-]{+kvartalsrapporten+}.”"]
    saved = role.read_text(encoding="utf-8")
    assert "- Vedligeholde kataloget." in saved and "månedsrapporten" not in saved
    assert not window.isWindowModified()


def test_change_on_disk_with_edits_reload_theirs(qtbot: QtBot, window: MainWindow,
                                                 role: Path, answers: Answers) -> None:
    edit_first_task(window, "Vedligeholde kataloget.")
    answers.external = [interaction.RELOAD]
    role.write_text(THEIRS, encoding="utf-8")
    qtbot.waitUntil(lambda: dumps(window.session.doc) == THEIRS, timeout=5000)


def test_save_never_silently_overwrites_a_changed_file(window: MainWindow, role: Path,
                                                       answers: Answers) -> None:
    edit_first_task(window, "Vedligeholde kataloget.")
    role.write_text(THEIRS, encoding="utf-8")  # and the user saves before the watch speaks
    answers.external = [interaction.CANCEL]
    assert window.files.save() is False
    assert role.read_text(encoding="utf-8") == THEIRS
    assert window.isWindowModified() and window.session.undo_stack.count() == 1
    answers.external = [interaction.KEEP]
    assert window.files.save() is True
    assert "- Vedligeholde kataloget." in role.read_text(encoding="utf-8")


def test_recovery_offers_and_restores_unsaved_work(window: MainWindow, role: Path,
                                                   answers: Answers) -> None:
    text = ROLE.replace("- Levere kvartalsrapporten.", "- Ord der ikke nåede at blive gemt.")
    doc_id = new_doc_id()
    write_autosave(doc_id, str(role), text)
    offer_recovery(window, no_other_window)
    assert answers.restored == ["datakoordinator.md"]
    assert dumps(window.session.doc) == text
    assert window.session.path == role and window.isWindowModified()


def test_recovery_discard_removes_the_copy(window: MainWindow, answers: Answers) -> None:
    write_autosave(new_doc_id(), None, ROLE)
    answers.restore = False
    offer_recovery(window, no_other_window)
    assert answers.restored == ["Untitled"]
    assert list_recoverable(include_claimed=True)[0] == []
    assert dumps(window.session.doc) == ROLE  # the open document is untouched


def test_permission_denied_save_keeps_the_document_and_its_history(
    window: MainWindow, role: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    real_replace = os.replace

    def deny(_source: object, target: object) -> None:
        # Tests run as root, where file modes do not stop a write; the OS error is the same.
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", deny)
    edit_first_task(window, "Vedligeholde kataloget.")
    saved = window.files.save()
    monkeypatch.setattr(os, "replace", real_replace)  # the disk works again for teardown
    assert saved is False
    assert len(answers.errors) == 1 and "permission" in answers.errors[0].lower()
    assert "Traceback" not in answers.errors[0]
    assert window.isWindowModified() and window.session.undo_stack.count() == 1
    assert role.read_text(encoding="utf-8") == ROLE
    assert sorted(p.name for p in role.parent.iterdir()) == [role.name]  # no temp file left
    window.session.undo_stack.undo()
    assert dumps(window.session.doc) == ROLE


def test_a_second_restored_document_opens_in_a_window_of_its_own(
    window: MainWindow, role: Path, answers: Answers
) -> None:
    write_autosave(new_doc_id(), str(role), ROLE.replace("kvartalsrapporten", "første"))
    write_autosave(new_doc_id(), None, ROLE.replace("kvartalsrapporten", "anden"))
    opened: list[DocumentSession] = []
    offer_recovery(window, opened.append)
    assert sorted(answers.restored) == ["Untitled", "datakoordinator.md"]
    assert len(opened) == 1 and opened[0] is not window.session
    texts = sorted(dumps(s.doc) for s in (window.session, opened[0]))
    assert texts == sorted([ROLE.replace("kvartalsrapporten", "første"),
                            ROLE.replace("kvartalsrapporten", "anden")])
    assert window.isWindowModified() and opened[0].is_modified()
    opened[0].undo_stack.setClean()
