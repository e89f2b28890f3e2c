"""Find and replace across a folder: matches with role, part and line; minimal diffs; one
undo step per document."""

from __future__ import annotations

from pathlib import Path

import pytest

from os2editor.cli import main
from os2editor.edits import Batch, SetValue
from os2editor.library import (
    Library,
    LibraryError,
    Saving,
    apply_edits,
    find,
    replace_edits,
    save_documents,
    search_pattern,
)
from os2editor.markdown import dumps
from os2editor.model import FunctionDescription, Priority, fields
from tests.helpers import changed_lines
from tests.library.helpers import make_folder, role


def documents(folder: Path) -> tuple[Library, dict[Path, FunctionDescription]]:
    library = Library(folder)
    return library, library.documents(library.scan())


def file_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_each_match_has_its_role_part_line_and_context(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)

    matches = find(docs, "datakataloget")

    data = role(folder, "data.md")
    assert [(m.path, m.title, m.part, m.priority, m.line) for m in matches] == [
        (data, "Datakoordinator", "Arbejdsopgaver og prioritering",
         Priority.MUST, 45)]
    assert file_lines(data)[44] == "- Vedligeholde datakataloget."
    assert matches[0].line_text == "- Vedligeholde datakataloget."
    assert matches[0].context() == ("Vedligeholde ", "datakataloget", ".")


def test_lines_are_found_in_every_kind_of_field(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    matches = find(docs, "OS2")
    assert len(matches) > 10
    for match in matches:
        assert match.line_text == file_lines(match.path)[match.line - 1]
        assert "OS2" in match.line_text
    parts = {m.part for m in matches}
    assert {"h1", "Formål med stillingen", "Arbejdsopgaver og prioritering"} <= parts


def test_case_and_whole_word_options(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    exact = find(docs, "MUST")
    loose = find(docs, "must", match_case=False)
    assert len(loose) == len(exact) > 0
    assert find(docs, "must") == []
    assert len(find(docs, "Data", whole_word=True)) < len(find(docs, "Data"))


def test_the_search_pattern_is_the_needle_literally() -> None:
    text = "Data (og data) i databasen: a.b og axb"
    assert [m.group() for m in search_pattern("data").finditer(text)] == ["data", "data"]
    assert [m.start() for m in search_pattern("data", match_case=False).finditer(text)] == \
        [0, 9, 17]
    assert [m.start() for m in search_pattern("Data", match_case=False, whole_word=True)
            .finditer(text)] == [0, 9]
    assert [m.group() for m in search_pattern("a.b").finditer(text)] == ["a.b"]
    assert search_pattern("(og", whole_word=True).search(text) is not None
    with pytest.raises(LibraryError):
        search_pattern("")


def test_replace_is_one_batch_per_document_and_changes_only_lines_with_matches(
        tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library, docs = documents(folder)
    before = {path: path.read_text(encoding="utf-8") for path in docs}
    matches = find(docs, "Sekretariatschefen")

    plan = replace_edits(matches, "Foreningschefen")

    assert {e.path for e in plan} == {m.path for m in matches}
    assert all(isinstance(e.edit, Batch) and all(isinstance(x, SetValue) for x in e.edit.edits)
               for e in plan)
    apply_edits(plan)
    save_documents([Saving(e.path, e.doc, library.fingerprint(e.path)) for e in plan])
    for path, text in before.items():
        after = path.read_text(encoding="utf-8")
        held = sorted({m.line for m in matches if m.path == path})
        expected = [f"-{line}\n" for line in (text.splitlines()[n - 1] for n in held)] + \
            [f"+{line.replace('Sekretariatschefen', 'Foreningschefen')}\n"
             for line in (text.splitlines()[n - 1] for n in held)]
        assert changed_lines(text, after) == expected, path


def test_replacing_chosen_matches_leaves_the_others(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    data = role(folder, "data.md")
    matches = [m for m in find(docs, "data") if m.path == data]
    chosen = [matches[0]]
    [edit] = replace_edits(chosen, "viden")
    text = dumps(edit.doc)
    edit.edit.apply()
    assert changed_lines(text, dumps(edit.doc)) == [
        f"-{matches[0].line_text}\n", f"+{matches[0].line_text.replace('data', 'viden', 1)}\n"]


def test_undoing_the_replace_gives_back_every_byte(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    before = {path: dumps(doc) for path, doc in docs.items()}
    plan = replace_edits(find(docs, "e"), "E")
    undo = apply_edits(plan)
    assert any(dumps(doc) != before[path] for path, doc in docs.items())
    apply_edits(undo)
    assert all(dumps(doc) == before[path] for path, doc in docs.items())


def test_the_parent_in_the_front_matter_is_found_and_replaced(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    matches = find(docs, "Organisation og Roller")
    assert {m.path.name for m in matches if m.spot.field is fields.FM_PARENT} == {
        "chief.md", "data.md", "program.md", "communication.md", "coordinator.md"}
    assert all(m.line == 4 for m in matches if m.spot.field is fields.FM_PARENT)


def test_empty_text_and_stale_matches_are_refused(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    with pytest.raises(LibraryError, match="nothing to find"):
        find(docs, "")
    [match] = find(docs, "kvartalsrapporten")
    SetValue(match.spot.field, match.spot.node, "Levere årsrapporten.").apply()
    with pytest.raises(LibraryError, match="changed after the search"):
        replace_edits([match], "x")


def test_cli_dry_run_lists_matches_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    before = {path: path.read_bytes() for path in folder.rglob("*.md")}

    assert main(["replace", str(folder), "datakataloget", "kataloget", "--dry-run"]) == 0

    data = role(folder, "data.md")
    assert capsys.readouterr().out.splitlines() == [f"{data}:45: - Vedligeholde datakataloget."]
    assert all(path.read_bytes() == data_ for path, data_ in before.items())


def test_cli_replace_writes_minimal_diffs(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    before = {path: path.read_text(encoding="utf-8") for path in folder.rglob("*.md")}

    assert main(["replace", str(folder), "OS2’s", "fællesskabets"]) == 0

    out = capsys.readouterr()
    listed = out.out.splitlines()
    assert listed and out.err.startswith(f"Replaced {len(listed)} matches in ")
    for path, text in before.items():
        after = path.read_text(encoding="utf-8")
        count = sum(1 for line in listed if line.startswith(f"{path}:"))
        removed = [line for line in changed_lines(text, after) if line.startswith("-")]
        assert len(removed) <= count
        assert all("OS2’s" in line for line in removed)
        assert "OS2’s" not in after


def test_cli_replace_stops_at_a_file_changed_since_it_was_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from os2editor.library import writing

    folder = make_folder(tmp_path)
    chief, data = role(folder, "chief.md"), role(folder, "data.md")
    chief_before = chief.read_text(encoding="utf-8")
    external = data.read_text(encoding="utf-8") + "\nTilføjet af en anden.\n"
    real_save = writing.save_documents

    def another_program_edits_data_first(savings: list[writing.Saving]) -> object:
        data.write_text(external, encoding="utf-8")
        return real_save(savings)

    monkeypatch.setattr(writing, "save_documents", another_program_edits_data_first)

    assert main(["replace", str(folder), "bestyrelsen", "styrelsen"]) == 2

    err = capsys.readouterr().err
    assert data.read_text(encoding="utf-8") == external  # not overwritten
    assert chief.read_text(encoding="utf-8") == chief_before.replace("bestyrelsen", "styrelsen")
    assert f"Stopped at {data}, which was left as it was: Cannot save {data}: the file was " \
        "changed by another program" in err
    assert err.rstrip().endswith(f"Written before it: {chief}.")


def test_the_window_applies_each_documents_batch_through_its_editor_as_one_step(
        tmp_path: Path) -> None:
    from os2editor.edits import DocumentEditor

    folder = make_folder(tmp_path)
    _, docs = documents(folder)
    [edit] = [e for e in replace_edits(find(docs, "data"), "viden")
              if e.path == role(folder, "data.md")]
    editor = DocumentEditor(edit.doc)
    heard: list[object] = []
    editor.observe(heard.append)
    before = dumps(edit.doc)

    undo = editor.apply(edit.edit)

    assert len(heard) == 1  # one change for the views
    assert "viden" in dumps(edit.doc)
    editor.apply(undo)  # one step back
    assert dumps(edit.doc) == before
