"""Folder-wide checks of the site's order and of the roles the descriptions name.

- Two pages under the same ``parent`` with the same ``nav_order`` (the site cannot order
  them): a warning on each.
- A ``parent`` that is the title of no page: a warning. The titles known are those of every
  page in the folder and, when the folder is part of a Jekyll site (a folder above it has a
  ``_config.yml``), of the pages directly in the folders between it and the site's root: the
  role descriptions' parent page usually sits one folder up.
- A collaboration line naming a role the folder has no description of: a note, not a warning
  (a role may be outside the secretariat).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path

from os2editor.errors import ReadError
from os2editor.library.catalog import Entry, Kind
from os2editor.library.files import SUFFIXES, relative_name
from os2editor.library.findings import Finding, front_matter_line
from os2editor.markdown import frontmatter
from os2editor.markdown.blocks import ItemSource
from os2editor.markdown.layout import DocSource, document_source
from os2editor.messages import Message
from os2editor.model import FunctionDescription, Item

SITE_CONFIG = "_config.yml"
_SITE_DEPTH = 6  # folders looked up for the site's root
_ROLE_WORDS = (
    "chef", "konsulent", "koordinator", "medarbejder", "arkitekt", "leder", "direktør",
    "sekretær", "rådgiver", "udvikler", "analytiker", "specialist", "assistent", "forvalter",
    "ejer", "manager", "controller", "fuldmægtig",
)
# A compound ending in a role word, with a Danish definite or plural ending: "Sekretariats-
# chefen", "produktkoordinatorer". The role word alone ("medarbejdere") names no one role.
_ROLE_RE = re.compile(r"(?P<base>\w+(?:" + "|".join(_ROLE_WORDS) + r"))(?:en|erne|er|ene|ne|e|s)?")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LONG_TITLE = re.compile(r"^(?:Funktionsbeskrivelse\s*[–—:-]\s*)?(?P<role>.+?)(?:\s+i\s+\S+)?$")


def folder_findings(folder: Path, entries: Mapping[Path, Entry]) -> dict[Path, list[Finding]]:
    """Warnings and notes for the files of ``entries``, by path."""
    found: dict[Path, list[Finding]] = defaultdict(list)
    readable = [entry for entry in entries.values() if entry.facts is not None]
    titles = {entry.facts.title for entry in readable if entry.facts and entry.facts.title}
    titles |= site_titles(folder)
    places: dict[tuple[str | None, float], list[Entry]] = defaultdict(list)
    for entry in readable:
        assert entry.facts is not None
        if entry.facts.nav_order is not None:
            places[(entry.facts.parent, entry.facts.nav_order)].append(entry)
        parent = entry.facts.parent
        if parent and parent not in titles:
            found[entry.path].append(Finding(Message.of("parent-unknown", parent=parent),
                                             front_matter_line(entry.doc, "parent")))
    for (_, nav_order), together in places.items():
        if len(together) < 2:
            continue
        for entry in together:
            others = ", ".join(relative_name(folder, e.path) for e in together if e is not entry)
            message = Message.of("nav-order-taken", value=_number(nav_order), others=others)
            found[entry.path].append(Finding(message, front_matter_line(entry.doc, "nav_order")))
    roles = role_names(entry.doc for entry in readable if entry.doc is not None
                       and entry.kind is Kind.ROLE)
    for entry in readable:
        if entry.doc is not None and entry.kind is Kind.ROLE:
            found[entry.path] += collaboration_notes(entry.doc, roles)
    return dict(found)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def site_titles(folder: Path) -> set[str]:
    """Titles of the pages directly in the folders above ``folder`` up to its Jekyll site's
    root; none when no folder above has a ``_config.yml``."""
    above = list(Path(folder).resolve().parents)[:_SITE_DEPTH]
    root = next((i for i, place in enumerate(above) if (place / SITE_CONFIG).is_file()), None)
    if root is None or (Path(folder) / SITE_CONFIG).is_file():
        return set()
    titles: set[str] = set()
    for place in above[: root + 1]:
        for path in _markdown_in(place):
            title = _front_title(path)
            if title:
                titles.add(title)
    return titles


def _markdown_in(place: Path) -> Iterator[Path]:
    try:
        children = sorted(place.iterdir())
    except OSError:
        return
    for child in children:
        if child.suffix.lower() in SUFFIXES and child.is_file():
            yield child


def _front_title(path: Path) -> str | None:
    """The front matter title of ``path``, read from its first lines only."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = [line for _, line in zip(range(200), handle, strict=False)]
    except OSError:
        return None
    end = frontmatter.find_end(head)
    if end is None:
        return None
    try:
        model, _ = frontmatter.parse(head[1:end], str(path))
    except ReadError:
        return None
    return model.title


def _key(text: str) -> str:
    return re.sub(r"[\s\-‐–’']", "", text.casefold())


def role_names(docs: Iterator[FunctionDescription]) -> set[str]:
    """The role names of the folder's descriptions (title and the H1's role), compared as
    lower case without spaces and hyphens."""
    names: set[str] = set()
    for doc in docs:
        for title in (doc.front_matter.title, doc.h1):
            if title:
                match = _LONG_TITLE.match(title.strip())
                names.add(_key(match.group("role") if match else title))
    return names


def collaboration_notes(doc: FunctionDescription, roles: set[str]) -> list[Finding]:
    """A note for each role word of the collaboration section that no description names."""
    section = doc.collaboration
    if section is None:
        return []
    source = document_source(doc)
    section_src = source.of(section) if source is not None else None
    base_line = section_src.line if section_src is not None and section_src.line else 1
    texts = [(section.intro, base_line), (section.outro, base_line)]
    lines = _ItemLines(source, base_line)
    stack = list(section.items)
    while stack:
        item = stack.pop(0)
        texts.append((item.text, lines.of(item)))
        stack[:0] = item.children
    notes: list[Finding] = []
    seen: set[str] = set()
    for text, line in texts:
        for word in _WORD_RE.findall(text):
            match = _ROLE_RE.fullmatch(word.casefold().replace("-", ""))
            if match is None:
                continue
            base = _key(match.group("base"))
            if base in roles or base in seen:
                continue
            seen.add(base)
            notes.append(Finding(Message.of("collaboration-unknown-role", role=word), line,
                                 note=True))
    return notes


class _ItemLines:
    """File lines of list items, found in reading order from a section's heading: the reader
    remembers each item's own source lines, not where they stood."""

    def __init__(self, source: DocSource | None, start: int) -> None:
        self.lines = source.raw.splitlines() if source is not None else []
        self.source = source
        self.at = start  # 1-based line to look from
        self.start = start

    def of(self, item: Item) -> int:
        src = self.source.of(item) if self.source is not None else None
        extra = src.extra[0] if src is not None and isinstance(src.extra, tuple) else \
            src.extra if src is not None else None
        head = extra.head.splitlines()[0] if isinstance(extra, ItemSource) and extra.head else ""
        for number in range(self.at, len(self.lines) + 1):
            if head and self.lines[number - 1].rstrip("\r") == head:
                self.at = number + 1
                return number
        return self.start
