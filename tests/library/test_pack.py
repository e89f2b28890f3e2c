"""The round and the board pack: counts per role; accept all gives the new texts, reject all
the old ones; each changed role on its own pages under a header naming it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from os2editor.cli import main
from os2editor.library import Baseline, Library, Round, Status, review, write_pack
from os2editor.library.pack_cover import pack_language
from os2editor.markdown import load, loads
from os2editor.revision.changes import ChangeKind
from tests.library.helpers import (
    commit_all,
    contains,
    export_paragraphs,
    make_round_repo,
    the_round,
    unbound,
)
from tests.revision.gitrepo import git
from tests.revision.wordxml import body_paragraphs, tracked

DAY = dt.date(2026, 12, 5)


def pack_bytes(result: Round) -> bytes:
    buffer = io.BytesIO()
    write_pack(result, buffer, author="Anne Sekretær", day=DAY)
    return buffer.getvalue()


def test_the_round_counts_what_changed_in_each_role(tmp_path: Path) -> None:
    result = the_round(make_round_repo(tmp_path / "handbook"))
    by_name = {role.name: role for role in result.roles}
    assert {name: role.status for name, role in by_name.items()} == {
        "roles/chief.md": Status.CHANGED, "roles/clerk.md": Status.NEW,
        "roles/data.md": Status.CHANGED, "roles/program.md": Status.UNCHANGED,
        "roles/coordinator.md": Status.REMOVED}
    data = by_name["roles/data.md"]
    assert {kind: data.tasks(kind) for kind in ChangeKind} == {
        ChangeKind.ADDED: 0, ChangeKind.REMOVED: 1, ChangeKind.EDITED: 2, ChangeKind.MOVED: 0}
    assert data.hours == (37, 30)
    clerk = load(by_name["roles/clerk.md"].path)
    assert clerk.tasks is not None
    assert by_name["roles/clerk.md"].tasks(ChangeKind.ADDED) == \
        sum(len(g.items) for g in clerk.tasks.groups.values())
    assert by_name["roles/coordinator.md"].new is None
    assert [role.name for role in result.unchanged] == ["roles/program.md"]


def test_accepting_all_gives_the_new_texts_and_rejecting_all_the_old(tmp_path: Path) -> None:
    result = the_round(make_round_repo(tmp_path / "handbook"))
    data = pack_bytes(result)
    accepted, rejected = body_paragraphs(data, "accept"), body_paragraphs(data, "reject")
    assert tracked(data, "ins") and tracked(data, "del")
    for role in result.changed:
        if role.new is not None:
            assert contains(accepted, export_paragraphs(role.new)), role.name
        if role.old is not None:
            assert contains(rejected, export_paragraphs(role.old)), role.name
    # A new role is gone when every change is rejected, a removed one when all are accepted.
    # (Titles are compared with their last two words unbound: the export binds them.)
    accepted, rejected = unbound(accepted), unbound(rejected)
    clerk = next(r for r in result.roles if r.status is Status.NEW)
    assert clerk.new is not None and clerk.new.h1 is not None
    assert clerk.new.h1 not in rejected and clerk.new.h1 in accepted
    gone = next(r for r in result.roles if r.status is Status.REMOVED)
    assert gone.old is not None and gone.old.h1 in rejected and gone.old.h1 not in accepted
    # The unchanged role is not printed in full.
    program = next(r for r in result.roles if r.status is Status.UNCHANGED)
    assert program.new is not None and program.new.h1 not in accepted


def test_the_cover_has_the_date_the_baseline_and_a_row_per_role(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    result = the_round(make_round_repo(root))
    plain = body_paragraphs(pack_bytes(result))
    sha = git(root, "rev-parse", "--short=7", "v2025")
    assert plain[:3] == ["Funktionsbeskrivelser til bestyrelsen", "Dato: 5. december 2026",
                         f"Ændringer siden: v2025 (commit {sha} fra 31. oktober 2025)"]
    table = plain[plain.index("Oversigt") + 1 : plain.index("Uændrede funktionsbeskrivelser")]
    rows = [table[i : i + 4] for i in range(0, len(table), 4)]
    assert rows == [
        ["Funktionsbeskrivelse", "Status", "Opgaver", "Timer pr. uge"],
        ["Foreningschef", "Ændret", "uændrede", "–"],  # headings and intro only
        ["Sekretær", "Ny", "6 nye", "– → 30"],
        ["Datakoordinator", "Ændret", "1 fjernet, 2 ændrede", "37 → 30"],
        ["Porteføljeleder", "Uændret", "uændrede", "37"],
        ["Brugerkoordinator", "Fjernet", "1 fjernet", "–"],
    ]
    unchanged_at = plain.index("Uændrede funktionsbeskrivelser")
    assert plain[unchanged_at + 1] == "Porteføljeleder"


def test_each_changed_role_starts_a_section_under_its_own_header(tmp_path: Path) -> None:
    result = the_round(make_round_repo(tmp_path / "handbook"))
    data = pack_bytes(result)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        document = archive.read("word/document.xml").decode("utf-8")
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
        types = archive.read("[Content_Types].xml").decode("utf-8")
        headers = {name: archive.read(name).decode("utf-8") for name in names
                   if name.startswith("word/header-role")}
    changed = result.changed
    assert len(headers) == len(changed)
    for number, role in enumerate(changed, start=1):
        name = f"word/header-role{number}.xml"
        assert f">{role.title}<" in headers[name]
        assert f'Target="header-role{number}.xml"' in rels
        assert f'PartName="/{name}"' in types
    # One section break per changed role (ending the section before it); the last role's
    # section is the body's own.
    assert document.count("<w:sectPr") == len(changed) + 1
    import docx  # python-docx opens it as a valid package

    assert len(docx.Document(io.BytesIO(data)).sections) == len(changed) + 1


def test_cli_pack_writes_the_pack_and_refuses_a_description_as_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    out = tmp_path / "pakke.docx"

    assert main(["pack", str(folder), "--since", "v2025", "-o", str(out)]) == 0

    assert capsys.readouterr().out == f"{out}: 4 changed, 1 unchanged since v2025\n"
    assert body_paragraphs(out.read_bytes())[0] == "Funktionsbeskrivelser til bestyrelsen"
    role_file = folder / "roles" / "data.md"
    before = role_file.read_bytes()
    assert main(["pack", str(folder), "--since", "v2025", "-o", str(role_file)]) == 2
    assert "the .md extension is for function descriptions" in capsys.readouterr().err
    assert role_file.read_bytes() == before


def test_cli_pack_refuses_an_output_that_is_an_input(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    link = tmp_path / "pakke.docx"
    link.symlink_to(folder / "roles" / "data.md")
    assert main(["pack", str(folder), "--since", "v2025", "-o", str(link)]) == 2
    assert "it is the input file" in capsys.readouterr().err


def test_cli_pack_with_an_unknown_revision_is_exit_2(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_round_repo(tmp_path / "handbook")
    out = tmp_path / "pakke.docx"
    assert main(["pack", str(folder), "--since", "v1999", "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"os2editor pack: There is no revision “v1999” in the " \
        f"git repository of {folder}.\n"
    assert not out.exists()


def test_the_pack_of_a_round_without_changes(tmp_path: Path) -> None:
    root = tmp_path / "handbook"
    folder = make_round_repo(root)
    commit_all(root, "Alt godkendt", "2025-12-01T12:00:00+01:00")
    library = Library(folder)
    result = review(library, library.scan(Baseline.of_revision("HEAD"), strict_git=True))
    plain = body_paragraphs(pack_bytes(result))
    assert result.changed == ()
    assert plain[-1] == "Ingen funktionsbeskrivelser er ændret."
    assert not tracked(pack_bytes(result), "ins")


def test_the_round_against_each_roles_last_approval(tmp_path: Path) -> None:
    from tests.library.helpers import edit, make_repo, role

    root = tmp_path / "handbook"
    folder = make_repo(root)
    data = role(folder, "data.md")
    edit(data, "nav_order: 8\n", "nav_order: 8\nlast_revised: 2025-11-01\n")
    commit_all(root, "Godkendt", "2025-11-01T12:00:00+01:00")
    approved = data.read_bytes()
    edit(data, "- Levere kvartalsrapporten.", "- Levere årsrapporten.")
    commit_all(root, "Retter", "2025-11-20T12:00:00+01:00")
    library = Library(folder)

    result = review(library, library.scan(Baseline.approval(), strict_git=True))

    by_name = {r.name: r for r in result.roles}
    assert by_name["roles/data.md"].status is Status.CHANGED
    assert by_name["roles/data.md"].tasks(ChangeKind.EDITED) == 1
    assert by_name["roles/chief.md"].status is Status.NEW  # never approved in git
    assert by_name["roles/data.md"].old == loads(approved)
    plain = body_paragraphs(pack_bytes(result))
    assert plain[2] == "Ændringer siden: hver funktionsbeskrivelses seneste godkendelse"


def test_each_roles_header_keeps_the_letterheads_logo(tmp_path: Path) -> None:
    """Under a letterhead, a role's header is the letterhead's (its logo, with the logo's
    relationship) and then the line naming the role; the cover keeps the letterhead's own."""
    import docx as python_docx
    from lxml import etree

    from tests.docx.helpers import png

    letterhead = python_docx.Document()
    header = letterhead.sections[0].header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(png(120, 30)))
    header.add_paragraph("Eksempel Kommune · Rådhuspladsen 1")
    letterhead.save(str(tmp_path / "brev.docx"))
    result = the_round(make_round_repo(tmp_path / "handbook"))
    buffer = io.BytesIO()
    write_pack(result, buffer, author="Anne Sekretær", day=DAY, template=tmp_path / "brev.docx")
    pack = python_docx.Document(io.BytesIO(buffer.getvalue()))
    organisation = pack_language(result)[1]
    assert organisation == "Fællesskabet"  # the roles' own, from their titles
    sections = pack.sections
    assert len(sections) == len(result.changed) + 1
    for section, role in zip(sections[1:], result.changed, strict=True):
        role_header = section.header
        assert not role_header.is_linked_to_previous
        lines = [paragraph.text for paragraph in role_header.paragraphs]
        assert lines[-2:] == ["Eksempel Kommune · Rådhuspladsen 1", f"{organisation}\t{role.title}"]
        blips = etree.fromstring(etree.tostring(role_header._element)).xpath(
            "//*[local-name()='blip']/@*[local-name()='embed']")
        assert len(blips) == 1
        logo = role_header.part.related_parts[blips[0]]
        assert logo.partname.startswith("/word/media/") and logo.blob == png(120, 30)
    cover = [paragraph.text for paragraph in sections[0].header.paragraphs]
    assert "Eksempel Kommune · Rådhuspladsen 1" in cover
    assert not any(result.changed[0].title in line for line in cover)
