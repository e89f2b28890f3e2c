"""A folder of descriptions in the shape of OS2's handbook, for the library tests; the round
reviewed in it, and the paragraphs of the board pack it makes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from os2editor.docx import export_docx
from os2editor.library import Baseline, Library, Round, review
from os2editor.model import FunctionDescription
from tests.helpers import FIXTURES
from tests.revision.helpers import FIXTURES as REVISION_FIXTURES
from tests.revision.wordxml import body_paragraphs

PARENT_PAGE = """---
title: Organisation og Roller
layout: default
nav_order: 3
has_children: true
---

# Organisation og roller

Sekretariatets roller og deres funktionsbeskrivelser.
"""

# name in the folder -> fixture; nav_order 1, 8, 9, 11, 12, all under "Organisation og Roller".
ROLES = {
    "chief.md": "chief.md",
    "data.md": "reference.md",
    "program.md": "program.md",
    "communication.md": "communication.md",
    "coordinator.md": "coordinator.md",
}


def make_folder(root: Path) -> Path:
    """docs/ with the parent page, an appendix page and five roles in docs/roles/."""
    folder = root / "docs"
    (folder / "roles").mkdir(parents=True)
    for name, fixture in ROLES.items():
        shutil.copyfile(FIXTURES / fixture, folder / "roles" / name)
    (folder / "organisation.md").write_text(PARENT_PAGE, encoding="utf-8")
    shutil.copyfile(FIXTURES / "appendix.md", folder / "appendix.md")
    return folder


def role(folder: Path, name: str) -> Path:
    return folder / "roles" / name


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) with ``new`` in the file's text."""
    text = path.read_bytes().decode("utf-8")
    assert old in text, old
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


def commit_all(root: Path, message: str, date: str = "2025-10-31T12:00:00+01:00") -> str:
    """Commit everything under ``root`` (a repository); returns the commit's name."""
    from tests.revision.gitrepo import git

    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, date=date)
    return git(root, "rev-parse", "HEAD")


def make_repo(root: Path) -> Path:
    """A git repository at ``root`` whose docs/ folder is :func:`make_folder`, committed once
    and tagged v2025; returns the folder."""
    from tests.revision.gitrepo import git

    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q")
    folder = make_folder(root)
    commit_all(root, "Håndbogen")
    git(root, "tag", "v2025")
    return folder


def make_round_repo(root: Path) -> Path:
    """v2025: chief (2024 text), data, program, coordinator. Now: chief revised, data with an
    edited task and fewer hours, program unchanged, coordinator removed, clerk new."""
    from tests.revision.gitrepo import git

    folder = root / "docs"
    (folder / "roles").mkdir(parents=True)
    git(root, "init", "-q")
    (folder / "organisation.md").write_text(PARENT_PAGE, encoding="utf-8")
    copies = {"chief.md": REVISION_FIXTURES / "chief-2024.md", "data.md": FIXTURES / "reference.md",
              "program.md": FIXTURES / "program.md", "coordinator.md": FIXTURES / "coordinator.md"}
    for name, source in copies.items():
        shutil.copyfile(source, folder / "roles" / name)
    commit_all(root, "Håndbogen 2025")
    git(root, "tag", "v2025")
    shutil.copyfile(REVISION_FIXTURES / "chief-2025.md", folder / "roles" / "chief.md")
    data = folder / "roles" / "data.md"
    edit(data, "- Levere kvartalsrapporten.", "- Levere kvartals- og årsrapporten.")
    edit(data, "- Afholde datacafé for medlemmer.\n", "")
    edit(data, "- Deltage i europæiske datanetværk.", "- Deltage i nordiske datanetværk.")
    edit(data, "Timetal: 37", "Timetal: 30")
    (folder / "roles" / "coordinator.md").unlink()
    shutil.copyfile(REVISION_FIXTURES / "clerk-new.md", folder / "roles" / "clerk.md")
    return folder


def the_round(folder: Path) -> Round:
    """The round of ``folder`` (a git repository's docs/) against the tag v2025."""
    library = Library(folder)
    return review(library, library.scan(Baseline.of_revision("v2025"), strict_git=True))


def export_paragraphs(doc: FunctionDescription | None) -> list[str]:
    """The body paragraphs of ``doc``'s own Word export (none for None)."""
    if doc is None:
        return []
    buffer = io.BytesIO()
    export_docx(doc, buffer)
    return body_paragraphs(buffer.getvalue())


def unbound(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with no-break spaces as spaces."""
    return [paragraph.replace("\u00a0", " ") for paragraph in paragraphs]


def contains(paragraphs: list[str], part: list[str]) -> bool:
    """Whether ``part`` stands in ``paragraphs`` as a run of consecutive paragraphs."""
    return any(paragraphs[i : i + len(part)] == part for i in range(len(paragraphs) + 1))
