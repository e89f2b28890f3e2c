"""A folder of descriptions: one row per file, read once and kept by fingerprint.

:class:`Library` reads every markdown file of a folder (:mod:`~os2editor.library.files`),
keeps each parsed document with the fingerprint of the bytes it came from, and on the next
:meth:`Library.scan` parses again only the files whose bytes changed. Rows are plain values the
window can show, sort and filter.

A file is a **function description** (a role) when at least two of its ``##`` sections are
standard parts (Formål, Ansvarsområde, Arbejdsopgaver, Samarbejdsrelationer, Faglige and
Personlige kvalifikationer, Øvrige forhold): one alone could be any page's "Formål". Every
other readable markdown file is a **page** (the parent page, an appendix), listed apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from os2editor.checks import Problem, check
from os2editor.errors import Os2EditorError, ReadError
from os2editor.library.baseline import Baseline, Resolved, Versus, resolve
from os2editor.library.facts import PageFacts, page_facts
from os2editor.library.files import Read, markdown_files, parse, read_file, relative_name
from os2editor.library.findings import Finding, front_matter_line
from os2editor.library.git import WorkTree
from os2editor.messages import Message
from os2editor.model import FunctionDescription, SectionKind, kind_of
from os2editor.storage.atomic import Fingerprint

ROLE_MIN_PARTS = 2


class Kind(StrEnum):
    ROLE = "role"
    PAGE = "page"
    UNREADABLE = "unreadable"


def is_role(doc: FunctionDescription) -> bool:
    """Whether ``doc`` is a function description (see the module's docstring). A standard
    heading counts even when its section is kept as markdown."""
    kinds = {kind_of(section.heading) for section in doc.sections}
    kinds.discard(SectionKind.FREE)
    return len(kinds) >= ROLE_MIN_PARTS


@dataclass(frozen=True)
class Row:
    """One file of the library as the window lists it."""

    path: Path
    name: str  # relative to the library's folder, with "/"
    kind: Kind
    title: str = ""  # the front matter's title, else the H1
    facts: PageFacts | None = None
    weekly_hours: float | None = None
    due: bool = False
    changed: bool | None = None  # against the scan's baseline; None without one
    problems: tuple[Problem, ...] = ()  # checks.check of a role
    findings: tuple[Finding, ...] = ()  # front matter and folder warnings, and notes
    error: ReadError | None = None

    @property
    def warnings(self) -> int:
        """The number of warnings (notes are not warnings)."""
        return len(self.problems) + sum(1 for finding in self.findings if not finding.note)


@dataclass
class Entry:
    """One file as last read: its bytes' fingerprint and what was made of them."""

    path: Path
    read: Read | None
    doc: FunctionDescription | None = None
    error: ReadError | None = None
    kind: Kind = Kind.UNREADABLE
    doc_title: str = ""
    facts: PageFacts | None = None
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = ()
    hours: float | None = None

    @property
    def fingerprint(self) -> Fingerprint | None:
        return self.read.fingerprint if self.read is not None else None


@dataclass(frozen=True)
class Scan:
    """The library at one moment: roles, other pages and unreadable files, each by path."""

    folder: Path
    roles: tuple[Row, ...]
    pages: tuple[Row, ...]
    unreadable: tuple[Row, ...]
    baseline: Resolved | None = None
    git_problem: Message | None = None  # why there is no baseline column, when asked for one
    entries: dict[Path, Entry] = field(default_factory=dict, repr=False)

    @property
    def rows(self) -> tuple[Row, ...]:
        return self.roles + self.pages + self.unreadable

    def row(self, path: Path) -> Row | None:
        return next((row for row in self.rows if row.path == path), None)


class Library:
    """The descriptions of ``folder``, read on :meth:`scan` and kept while their bytes stay."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._entries: dict[Path, Entry] = {}
        self._tree: WorkTree | None = None

    def scan(self, baseline: Baseline | None = None, *, today: dt.date | None = None,
             strict_git: bool = False) -> Scan:
        """Read the folder (parsing only files whose bytes changed) and build the rows.

        With ``baseline``, each row says whether the file changed since then; when git cannot
        answer (no git, not a work tree) the rows say None and :attr:`Scan.git_problem` says
        why, or, with ``strict_git``, the BaselineError is raised (the CLI's ``--since``).
        Raises LibraryError when the folder cannot be read.
        """
        from os2editor.library.site import folder_findings

        paths = markdown_files(self.folder)
        entries = {path: self._entry(path) for path in paths}
        self._entries = entries
        resolved, git_problem = None, None
        if baseline is not None:
            try:
                resolved = self.resolve(baseline, entries)
            except Os2EditorError as error:
                if strict_git:
                    raise
                git_problem = error.message
        found = folder_findings(self.folder, entries)
        day = today or dt.date.today()
        rows: dict[Kind, list[Row]] = {kind: [] for kind in Kind}
        for path, entry in entries.items():
            versus = resolved.files.get(path) if resolved is not None else None
            rows[entry.kind].append(self._row(entry, day, versus, found.get(path, ())))
        return Scan(self.folder, tuple(rows[Kind.ROLE]), tuple(rows[Kind.PAGE]),
                    tuple(rows[Kind.UNREADABLE]), resolved, git_problem, dict(entries))

    def resolve(self, baseline: Baseline, entries: dict[Path, Entry] | None = None) -> Resolved:
        """Every readable file against ``baseline``. Raises BaselineError."""
        current = {path: entry.read.data for path, entry in (entries or self._entries).items()
                   if entry.read is not None}
        return resolve(self.work_tree, baseline, self.folder, current)

    @property
    def work_tree(self) -> WorkTree:
        """The git work tree of the folder (for :func:`~os2editor.library.approval.
        commit_approval`). Raises BaselineError when there is none, or no git."""
        if self._tree is None:
            self._tree = WorkTree.find(self.folder)
        return self._tree

    def _entry(self, path: Path) -> Entry:
        old = self._entries.get(path)
        try:
            read = read_file(path)
        except ReadError as error:
            return Entry(path, None, error=error)
        if old is not None and old.read is not None and old.doc is not None \
                and old.read.fingerprint == read.fingerprint:
            return old
        return _parsed(path, read)

    def document(self, path: Path) -> FunctionDescription:
        """The document of ``path`` as the last scan read it (re-read if its bytes changed
        since). The library keeps using it: to edit it, :meth:`take` it."""
        entry = self._fresh(path)
        if entry.doc is None:
            raise entry.error or ReadError("read-missing", path=str(path))
        return entry.doc

    def documents(self, scan: Scan) -> dict[Path, FunctionDescription]:
        """The documents of ``scan``'s roles and pages by path, in name order (for
        :func:`~os2editor.library.replace.find`). The window puts the documents it has open
        in place of these, and takes the others before it edits them."""
        rows = sorted(scan.roles + scan.pages, key=lambda row: row.name)
        return {row.path: self.document(row.path) for row in rows}

    def fingerprint(self, path: Path) -> Fingerprint | None:
        """The fingerprint of the bytes ``path``'s document was read from."""
        entry = self._entries.get(path)
        return entry.fingerprint if entry is not None else None

    def take(self, path: Path) -> tuple[FunctionDescription, Fingerprint]:
        """The document of ``path`` to open for editing, and the fingerprint of its bytes.

        The library hands over its parsed copy (no second parse: opening is instant) and
        reads the file afresh at the next scan, so what the window edits never shows in the
        rows until it is saved.
        """
        entry = self._fresh(path)
        if entry.doc is None or entry.read is None:
            raise entry.error or ReadError("read-missing", path=str(path))
        doc = entry.doc
        entry.doc = None
        return doc, entry.read.fingerprint

    def _fresh(self, path: Path) -> Entry:
        entry = self._entry(path)
        self._entries[path] = entry
        return entry

    def _row(self, entry: Entry, today: dt.date, versus: Versus | None,
             findings: Sequence[Finding]) -> Row:
        name = relative_name(self.folder, entry.path)
        if entry.read is None or entry.kind is Kind.UNREADABLE:
            return Row(entry.path, name, Kind.UNREADABLE, error=entry.error)
        facts = entry.facts
        return Row(
            entry.path, name, entry.kind, entry.doc_title, facts, entry.hours,
            due=facts is not None and facts.due(today),
            changed=versus.changed if versus is not None else None,
            problems=entry.problems, findings=entry.findings + tuple(findings),
        )


def _parsed(path: Path, read: Read) -> Entry:
    try:
        doc = parse(read, path)
    except ReadError as error:
        return Entry(path, read, error=error)
    return _parsed_from(path, read, doc)


def _parsed_from(path: Path, read: Read, doc: FunctionDescription) -> Entry:
    """An entry for ``doc``, read from ``read``: its kind, facts, warnings and hours."""
    facts, wrong = page_facts(doc.front_matter)
    findings = tuple(Finding(problem.message, front_matter_line(doc, problem.key))
                     for problem in wrong)
    role = is_role(doc)
    conditions = doc.conditions
    return Entry(
        path, read, doc, kind=Kind.ROLE if role else Kind.PAGE, doc_title=doc.title,
        facts=facts,
        findings=findings, problems=tuple(check(doc)) if role else (),
        hours=conditions.weekly_hours if conditions is not None else None,
    )
