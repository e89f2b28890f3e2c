"""Autosaves of running editors are not offered for recovery; those of killed ones are."""

from __future__ import annotations

import subprocess
import sys

from os2editor.storage.paths import autosave_dir
from os2editor.storage.recovery import (
    claim_autosave,
    list_recoverable,
    new_doc_id,
    remove_autosave,
    write_autosave,
)

HOLDING_EDITOR = """
import sys, time
from os2editor.storage.recovery import claim_autosave, write_autosave
claim = claim_autosave(sys.argv[1])
write_autosave(sys.argv[1], None, "tekst fra et andet vindue")
print("claimed" if claim.held else "not claimed", flush=True)
time.sleep(60)
"""


def test_claimed_autosave_is_not_offered_until_released() -> None:
    doc_id = new_doc_id()
    claim = claim_autosave(doc_id)
    write_autosave(doc_id, None, "i brug")
    assert claim.held
    assert list_recoverable() == ([], [])
    assert [r.doc_id for r in list_recoverable(include_claimed=True)[0]] == [doc_id]
    claim.release()
    assert not claim.held
    assert [r.doc_id for r in list_recoverable()[0]] == [doc_id]


def test_autosave_of_another_running_editor_is_skipped_until_it_is_killed() -> None:
    doc_id = new_doc_id()
    editor = subprocess.Popen(
        [sys.executable, "-c", HOLDING_EDITOR, doc_id], stdout=subprocess.PIPE, text=True
    )
    try:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "claimed"
        assert list_recoverable() == ([], [])
    finally:
        editor.kill()
        editor.wait()
        if editor.stdout is not None:
            editor.stdout.close()
    [recovered], _ = list_recoverable()
    assert recovered.doc_id == doc_id
    assert recovered.text == "tekst fra et andet vindue"


def test_deliberate_close_removes_autosave_and_lock() -> None:
    doc_id = new_doc_id()
    claim = claim_autosave(doc_id)
    write_autosave(doc_id, None, "x")
    remove_autosave(doc_id)
    claim.release(remove=True)
    assert list(autosave_dir().iterdir()) == []
    claim.release()  # a second release is harmless


def test_orphan_lock_files_are_cleaned_up() -> None:
    kept_id, orphan_id = new_doc_id(), new_doc_id()
    live = claim_autosave(kept_id)
    dead = claim_autosave(orphan_id)
    dead.release()
    list_recoverable()
    names = sorted(p.name for p in autosave_dir().iterdir())
    assert names == [f"{kept_id}.lock"]
    live.release(remove=True)


def test_claim_where_the_folder_cannot_exist_is_harmless() -> None:
    autosave_dir().parent.parent.mkdir(parents=True, exist_ok=True)
    autosave_dir().parent.write_bytes(b"a file where the state folder should be")
    claim = claim_autosave(new_doc_id())
    assert not claim.held
    claim.release(remove=True)
    assert list_recoverable() == ([], [])
