"""Approval in one step: three facts, no other line changed; exactly those files committed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from os2editor.cli import main
from os2editor.library import (
    Approval,
    Library,
    LibraryError,
    Saving,
    apply_edits,
    approval_edits,
    commit_approval,
    save_documents,
)
from os2editor.library.approval import danish_date
from os2editor.library.facts import page_facts
from tests.helpers import changed_lines
from tests.library.helpers import edit, make_folder, make_repo, role
from tests.revision.gitrepo import git

DAY = dt.date(2026, 12, 5)


def approve(library: Library, paths: list[Path], approval: Approval) -> None:
    plan = approval_edits(approval, [(path, library.document(path)) for path in paths])
    apply_edits(plan)
    save_documents([Saving(e.path, e.doc, library.fingerprint(e.path)) for e in plan])


def test_new_facts_are_added_at_the_end_of_the_front_matter(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library = Library(folder)
    library.scan()
    path = role(folder, "chief.md")
    before = path.read_text(encoding="utf-8")

    approve(library, [path], Approval.of("Bestyrelsen", DAY))

    after = path.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        "+last_revised: 2026-12-05\n", "+approved_by: Bestyrelsen\n",
        "+next_revision: 2027-12-05\n"]
    assert after.splitlines()[5:9] == ["last_revised: 2026-12-05", "approved_by: Bestyrelsen",
                                       "next_revision: 2027-12-05", "---"]


def test_facts_already_there_are_changed_in_place(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    path = role(folder, "data.md")
    edit(path, "nav_order: 8\n", "last_revised: 2025-06-12  # sidste møde\napproved_by: "
         "Formanden\nnav_order: 8\nnext_revision: 2026-06-12\n")
    before = path.read_text(encoding="utf-8")
    library = Library(folder)
    library.scan()

    approve(library, [path], Approval.of("Bestyrelsen", DAY, dt.date(2027, 6, 1)))

    assert changed_lines(before, path.read_text(encoding="utf-8")) == [
        "-last_revised: 2025-06-12  # sidste møde\n", "-approved_by: Formanden\n",
        "+last_revised: 2026-12-05  # sidste møde\n", "+approved_by: Bestyrelsen\n",
        "-next_revision: 2026-06-12\n", "+next_revision: 2027-06-01\n"]
    facts, _ = page_facts(library.document(path).front_matter)
    assert (facts.last_revised, facts.approved_by, facts.next_revision) == \
        (DAY, "Bestyrelsen", dt.date(2027, 6, 1))


def test_the_same_approval_again_changes_nothing(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    library = Library(folder)
    library.scan()
    path = role(folder, "chief.md")
    approve(library, [path], Approval.of("Bestyrelsen", DAY))
    assert approval_edits(Approval.of("Bestyrelsen", DAY), [(path, library.document(path))]) == []


def test_an_approval_needs_a_name_and_a_later_next_revision() -> None:
    with pytest.raises(LibraryError, match="the name is empty"):
        Approval.of("  \n", DAY)
    with pytest.raises(LibraryError, match=r"next revision \(2026-12-05\) must come after"):
        Approval.of("Bestyrelsen", DAY, DAY)
    assert Approval.of("Bestyrelsen", dt.date(2028, 2, 29)).next_revision == dt.date(2029, 2, 28)


def test_the_commit_message_is_danish() -> None:
    assert Approval.of("bestyrelsen", DAY).commit_message() == \
        "Godkendt af bestyrelsen 5. december 2026"
    assert danish_date(dt.date(2027, 3, 1)) == "1. marts 2027"


def test_commit_takes_exactly_the_approved_files(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)
    library = Library(folder)
    library.scan()
    chief, data = role(folder, "chief.md"), role(folder, "data.md")
    # Other work in progress: a staged change and an unstaged one, and an untracked file.
    edit(role(folder, "program.md"), "Porteføljeleder", "Programleder")
    git(root, "add", "docs/roles/program.md")
    edit(role(folder, "communication.md"), "Formidler", "Kommunikator")
    (folder / "notes.md").write_text("# Noter\n", encoding="utf-8")
    approval = Approval.of("bestyrelsen", DAY)
    approve(library, [chief, data], approval)

    sha = commit_approval(library.work_tree, [chief, data], approval.commit_message())

    assert git(root, "log", "-1", "--format=%s") == "Godkendt af bestyrelsen 5. december 2026"
    assert git(root, "rev-parse", "HEAD") == sha
    assert git(root, "show", "--name-only", "--format=", "HEAD").splitlines() == [
        "docs/roles/chief.md", "docs/roles/data.md"]
    # The other work is as it was: staged, unstaged, untracked.
    assert git(root, "diff", "--cached", "--name-only") == "docs/roles/program.md"
    assert git(root, "diff", "--name-only") == "docs/roles/communication.md"
    assert git(root, "ls-files", "--others", "--exclude-standard") == "docs/notes.md"
    assert git(root, "remote") == ""


def test_commit_of_a_new_file_and_of_a_file_outside_the_work_tree(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_repo(root)
    new = role(folder, "new.md")
    new.write_bytes(role(folder, "chief.md").read_bytes())
    library = Library(folder)
    commit_approval(library.work_tree, [new], "Ny rolle")
    assert git(root, "show", "--name-only", "--format=", "HEAD") == "docs/roles/new.md"
    outside = tmp_path / "elsewhere.md"
    outside.write_text("# X\n", encoding="utf-8")
    with pytest.raises(LibraryError, match="is not in the git work tree"):
        commit_approval(library.work_tree, [outside], "Ny rolle")


def test_cli_approve_writes_three_facts(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    chief, data = role(folder, "chief.md"), role(folder, "data.md")
    before = chief.read_text(encoding="utf-8")

    assert main(["approve", str(chief), str(data), "--by", "Bestyrelsen", "--date",
                 "2026-12-05", "--next", "2027-06-30"]) == 0

    assert changed_lines(before, chief.read_text(encoding="utf-8")) == [
        "+last_revised: 2026-12-05\n", "+approved_by: Bestyrelsen\n",
        "+next_revision: 2027-06-30\n"]
    assert capsys.readouterr().out.splitlines() == [
        f"{chief}: approved by Bestyrelsen on 2026-12-05, next revision 2027-06-30",
        f"{data}: approved by Bestyrelsen on 2026-12-05, next revision 2027-06-30"]


def test_cli_approve_defaults_to_today_and_a_year_on(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    chief = role(folder, "chief.md")
    assert main(["approve", str(chief), "--by", "Bestyrelsen"]) == 0
    text = chief.read_text(encoding="utf-8")
    today = dt.date.today()
    assert f"last_revised: {today.isoformat()}\n" in text
    assert f"next_revision: {today.replace(year=today.year + 1).isoformat()}\n" in text or \
        (today.month, today.day) == (2, 29)


@pytest.mark.parametrize("args", [["--by", " "], ["--by", "X", "--next", "2020-01-01"]])
def test_cli_approve_bad_input_is_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    folder = make_folder(tmp_path)
    chief = role(folder, "chief.md")
    before = chief.read_bytes()
    assert main(["approve", str(chief), *args]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert chief.read_bytes() == before


def test_cli_approve_an_unreadable_file_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_folder(tmp_path)
    chief = role(folder, "chief.md")
    before = chief.read_bytes()
    assert main(["approve", str(chief), str(folder / "missing.md"), "--by", "X"]) == 2
    assert "there is no such file" in capsys.readouterr().err
    assert chief.read_bytes() == before


def test_cli_approve_stops_at_the_first_file_it_cannot_write(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from os2editor.library import writing
    from os2editor.storage import atomic

    folder = make_folder(tmp_path)
    chief, data, program = (role(folder, n) for n in ("chief.md", "data.md", "program.md"))
    before = {path: path.read_bytes() for path in (chief, data, program)}
    real_write = atomic.atomic_write

    def disk_full_at_data(path: Path, data_: bytes, **kwargs: object) -> object:
        if Path(path) == data:
            raise writing.WriteError("save-disk-full", path=path)
        return real_write(path, data_, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writing, "atomic_write", disk_full_at_data)

    assert main(["approve", str(chief), str(data), str(program), "--by", "X"]) == 2

    err = capsys.readouterr().err.strip()
    assert err == f"os2editor approve: Stopped at {data}, which was left as it was: Cannot " \
        f"save {data}: the disk is full. Free some space and save again. Written before it: " \
        f"{chief}."
    assert chief.read_bytes() != before[chief]  # fully new
    assert data.read_bytes() == before[data]  # fully old
    assert program.read_bytes() == before[program]


def test_cli_approve_the_same_file_named_twice_is_approved_once(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    chief = role(folder, "chief.md")
    same = folder / "roles" / ".." / "roles" / "chief.md"
    assert main(["approve", str(chief), str(same), "--by", "Bestyrelsen"]) == 0
    assert chief.read_text(encoding="utf-8").count("approved_by: Bestyrelsen") == 1
