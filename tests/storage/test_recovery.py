"""Autosave and recovery: write, list, remove, untitled documents, damaged files set aside."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from os2editor.storage.paths import autosave_dir
from os2editor.storage.recovery import (
    autosave_file,
    list_recoverable,
    new_doc_id,
    remove_autosave,
    write_autosave,
)

TEXT = "---\ntitle: Koordinator\n---\n\n# Koordinator\r\n\n- Planlægger møder – også om aftenen\n"


def test_nothing_to_recover_on_first_start(app_dirs: Path) -> None:
    assert list_recoverable() == ([], [])
    assert list(app_dirs.iterdir()) == []


def test_autosave_round_trip_for_a_file(tmp_path: Path) -> None:
    doc_id = new_doc_id()
    before = datetime.now(UTC)
    write_autosave(doc_id, tmp_path / "koordinator.md", TEXT)
    found, messages = list_recoverable()
    assert messages == []
    assert len(found) == 1
    recovered = found[0]
    assert recovered.doc_id == doc_id
    assert recovered.path == str(tmp_path / "koordinator.md")
    assert recovered.text == TEXT
    assert recovered.display_name == "koordinator.md"
    assert before - timedelta(seconds=1) <= recovered.saved_at <= datetime.now(UTC)


def test_autosave_never_touches_the_users_file(tmp_path: Path) -> None:
    user_file = tmp_path / "koordinator.md"
    user_file.write_bytes(b"original")
    write_autosave(new_doc_id(), user_file, TEXT)
    assert user_file.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["koordinator.md"]


def test_untitled_document_is_recovered_too() -> None:
    doc_id = new_doc_id()
    write_autosave(doc_id, None, TEXT)
    [recovered], _ = list_recoverable()
    assert recovered.path is None
    assert recovered.display_name == "Untitled"
    assert recovered.text == TEXT


def test_later_autosave_replaces_earlier_one() -> None:
    doc_id = new_doc_id()
    write_autosave(doc_id, None, "first")
    write_autosave(doc_id, None, "second")
    found, _ = list_recoverable()
    assert [r.text for r in found] == ["second"]


def test_remove_autosave_after_clean_close() -> None:
    keep, close = new_doc_id(), new_doc_id()
    write_autosave(keep, None, "keep")
    write_autosave(close, None, "close")
    remove_autosave(close)
    remove_autosave(close)  # a second removal is harmless
    remove_autosave(new_doc_id())  # so is removing one that never existed
    found, _ = list_recoverable()
    assert [r.doc_id for r in found] == [keep]


def test_several_documents_listed_oldest_first() -> None:
    ids = [new_doc_id() for _ in range(3)]
    for number, doc_id in enumerate(ids):
        write_autosave(doc_id, None, f"text {number}")
        record = json.loads(autosave_file(doc_id).read_text("utf-8"))
        # Spread the times out so the order does not depend on the clock's resolution.
        record["saved_at"] = f"2026-01-0{3 - number}T10:00:00+00:00"
        autosave_file(doc_id).write_text(json.dumps(record), "utf-8")
    found, _ = list_recoverable()
    assert [r.doc_id for r in found] == list(reversed(ids))


def test_doc_id_may_be_a_uuid_object() -> None:
    doc_id = uuid.uuid4()
    write_autosave(doc_id, None, "x")
    [recovered], _ = list_recoverable()
    assert recovered.doc_id == str(doc_id)
    remove_autosave(doc_id)
    assert list_recoverable() == ([], [])


def test_doc_id_that_is_not_a_uuid_is_refused() -> None:
    with pytest.raises(ValueError):
        write_autosave("../../etc/passwd", None, "x")


@pytest.mark.parametrize(
    "content",
    [
        b"{half a json",
        b"\xff\xfe not utf-8",
        b"[]",
        b'{"path": null, "saved_at": "not a time", "text": "x"}',
        b'{"path": null, "saved_at": "2026-01-01T10:00:00+00:00"}',
    ],
    ids=["broken-json", "not-utf8", "not-an-object", "bad-time", "no-text"],
)
def test_damaged_autosave_is_set_aside_with_message(content: bytes) -> None:
    good = new_doc_id()
    write_autosave(good, None, "good")
    bad = autosave_file(new_doc_id())
    bad.write_bytes(content)
    found, messages = list_recoverable()
    assert [r.doc_id for r in found] == [good]
    assert len(messages) == 1
    assert "damaged" in messages[0].text
    [aside] = autosave_dir().glob(f"{bad.name}.corrupt-*")
    assert aside.read_bytes() == content
    assert str(aside) in messages[0].text
    assert not bad.exists()
    # Set aside once, it is not reported again at the next start.
    assert list_recoverable() == (found, [])


def test_autosave_with_a_foreign_file_name_is_set_aside() -> None:
    autosave_dir().mkdir(parents=True)
    stray = autosave_dir() / "not-a-uuid.json"
    stray.write_text('{"path": null, "saved_at": "2026-01-01T10:00:00", "text": "x"}')
    found, messages = list_recoverable()
    assert found == []
    assert len(messages) == 1


def test_time_without_zone_is_taken_as_utc() -> None:
    doc_id = new_doc_id()
    autosave_dir().mkdir(parents=True)
    autosave_file(doc_id).write_text(
        '{"path": null, "saved_at": "2026-01-01T10:00:00", "text": "x"}', "utf-8"
    )
    [recovered], _ = list_recoverable()
    assert recovered.saved_at == datetime(2026, 1, 1, 10, tzinfo=UTC)


def test_leftover_temp_files_are_not_offered() -> None:
    doc_id = new_doc_id()
    write_autosave(doc_id, None, "x")
    stale = autosave_dir() / f".{doc_id}.json.os2editor-dead.tmp"
    stale.write_text("{half")
    found, messages = list_recoverable()
    assert [r.doc_id for r in found] == [doc_id]
    assert messages == []
