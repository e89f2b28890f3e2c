"""Saving a job's documents: each checked as a single save is, before the first write."""

from __future__ import annotations

from pathlib import Path

import pytest

from os2editor.library import SaveStoppedError, Saving, save_documents
from os2editor.markdown import load
from os2editor.markdown.limits import MAX_LINES

BODY = "\n# Rolle\n\n## Formål med stillingen\n\nTekst.\n"


def write(path: Path, front: str) -> str:
    text = f"---\n{front}layout: default\n---\n{BODY}"
    path.write_text(text, encoding="utf-8")
    return text


def test_a_title_over_a_list_title_stops_the_job_before_any_file_is_written(
        tmp_path: Path) -> None:
    first, listed, last = (tmp_path / name for name in ("a.md", "b.md", "c.md"))
    before = {first: write(first, "title: A\n"), listed: write(listed, "title: [a, b]\n"),
              last: write(last, "title: C\n")}
    docs = {path: load(path) for path in before}
    for path, doc in docs.items():
        doc.front_matter.title = f"Ny {path.stem}"

    with pytest.raises(SaveStoppedError) as caught:
        save_documents([Saving(path, doc) for path, doc in docs.items()])

    assert caught.value.failed == listed
    assert caught.value.written == []
    assert caught.value.reason.message.code == "save-not-text"
    assert caught.value.message.code == "save-stopped-none"
    assert {path: path.read_text(encoding="utf-8") for path in before} == before
    assert docs[listed].front_matter.title == "Ny b"  # the edit is still there


def test_a_text_the_editor_could_not_read_back_stops_the_job(tmp_path: Path) -> None:
    first, long = tmp_path / "a.md", tmp_path / "b.md"
    before = {first: write(first, "title: A\n"), long: write(long, "title: B\n")}
    docs = {path: load(path) for path in before}
    docs[first].front_matter.title = "Ny A"
    docs[long].lead = "linje\n" * MAX_LINES

    with pytest.raises(SaveStoppedError) as caught:
        save_documents([Saving(path, doc) for path, doc in docs.items()])

    assert (caught.value.failed, caught.value.written) == (long, [])
    assert caught.value.reason.message.code == "save-unreadable"
    assert {path: path.read_text(encoding="utf-8") for path in before} == before


def test_documents_that_can_be_saved_are_all_written(tmp_path: Path) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    before = {first: write(first, "title: A\n"), second: write(second, "title: B\n")}
    docs = {path: load(path) for path in before}
    for path, doc in docs.items():
        doc.front_matter.title = f"Ny {path.stem}"

    written = save_documents([Saving(path, doc) for path, doc in docs.items()])

    assert [path for path, _ in written] == [first, second]
    assert first.read_text(encoding="utf-8") == before[first].replace("title: A", "title: Ny a")
    assert second.read_text(encoding="utf-8") == before[second].replace("title: B",
                                                                        "title: Ny b")
