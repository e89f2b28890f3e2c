"""Validation of a function description: the warnings `os2editor check` and the window show."""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from os2editor.markdown.frontmatter import not_text_keys, shown
from os2editor.markdown.layout import document_source
from os2editor.messages import QT_TRANSLATE_NOOP
from os2editor.model import KINDS, FunctionDescription, Node, Priority, TasksSection, text_spots
from os2editor.site_markup import clean

# English for the CLI; the window translates the same text under the context "Problem".
MESSAGES = {
    "title-h1": QT_TRANSLATE_NOOP(
        "Problem",
        "the front matter title “{title}” and the heading “{h1}” disagree",
    ),
    "no-h1": QT_TRANSLATE_NOOP("Problem", "the document has no “# ” heading"),
    "empty-must": QT_TRANSLATE_NOOP("Problem", "there are no MUST tasks"),
    "duplicate-task": QT_TRANSLATE_NOOP(
        "Problem",
        "the task “{task}” appears more than once ({where})",
    ),
    "task-two-priorities": QT_TRANSLATE_NOOP(
        "Problem",
        "the task “{task}” stands under both {first} and {second}; give it one priority",
    ),
    "must-share": QT_TRANSLATE_NOOP(
        "Problem",
        "MUST holds {percent}% of the tasks ({must} of {planned}); at most 60% leaves room to "
        "adjust when time is short",
    ),
    "could-empty": QT_TRANSLATE_NOOP(
        "Problem",
        "there are no COULD tasks; a few leave room to adjust when time is short",
    ),
    "template-text": QT_TRANSLATE_NOOP(
        "Problem",
        "the template's guidance “{text}” is still in the text; write your own words instead",
    ),
    "missing-section": QT_TRANSLATE_NOOP("Problem", "the section “{section}” is missing"),
    "nav-order": QT_TRANSLATE_NOOP("Problem", "nav_order should be a number, not “{value}”"),
    "not-text": QT_TRANSLATE_NOOP(
        "Problem",
        "the front matter's {key} is not text ({value}), so the form cannot change it",
    ),
    "kept-as-markdown": QT_TRANSLATE_NOOP(
        "Problem",
        "the section “{section}” has a shape the form does not edit, so it is kept as markdown "
        "text",
    ),
    "site-markup": QT_TRANSLATE_NOOP(
        "Problem",
        "“{markup}” works only on the website; the Word document and the preview leave it out",
    ),
    "link-not-web": QT_TRANSLATE_NOOP(
        "Problem",
        "the link to “{target}” is not a web or e-mail address, so the Word document shows only "
        "its text",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One warning: where it is (file line, section index, the node it is about) and what."""

    code: str
    line: int
    section_index: int | None = None
    node: Node | None = dataclasses.field(default=None, compare=False)
    args: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The warning in plain English, for the CLI."""
        return MESSAGES[self.code].format(**self.args)


def _title_in_h1(title: str, h1: str, page: Mapping[str, object]) -> bool:
    """Whether the H1 holds the front matter's title, both as a reader sees them: the site's
    markup taken out and front matter values filled in (``# {{ page.title }}``)."""
    from os2editor.writing.balance import same_task  # the same comparison as two tasks'

    return same_task(clean(title, page).text) in same_task(clean(h1, page).text)


class _Lines:
    """File lines of nodes and texts, for ``file:line`` in the CLI. The reader records where
    sections, areas and groups start; list items are found in the file text in reading order
    after the start of their part, and a sentence after the start of its node."""

    def __init__(self, doc: FunctionDescription) -> None:
        self.doc = doc
        self.source = document_source(doc)
        self.starts: list[int] = []  # file offset of each line's start
        self.found: dict[int, int] = {}  # file line of each node the reader gave no line, by id

    def __call__(self, node: Node, text: str = "", within: Node | None = None) -> int:
        """The line of ``text`` within ``node``, or of ``node`` itself; of ``within`` when the
        file has no place for ``node`` (a task group the file has no heading for)."""
        if self.source is None:
            return 1
        if not self.starts:
            self.locate()
        line = self.line_of(node) or (self.line_of(within) if within is not None else 0) or 1
        line = min(line, len(self.starts))
        if text:
            at = self.source.raw.find(text.splitlines()[0], self.starts[line - 1])
            line = bisect_right(self.starts, at) if at >= 0 else line
        return line

    def line_of(self, node: Node) -> int:
        src = self.source.of(node) if self.source is not None else None
        return src.line if src is not None and src.line else self.found.get(id(node), 0)

    def locate(self) -> None:
        """Find each list item (which has no recorded line) after the one before it."""
        assert self.source is not None
        raw = self.source.raw
        self.starts = [0, *(match.end() for match in re.finditer("\n", raw))]
        cursor = 0
        for spot in text_spots(self.doc):
            line = self.line_of(spot.node)
            if line:
                cursor = max(cursor, self.starts[min(line, len(self.starts)) - 1])
                continue
            src = self.source.of(spot.node)
            head = src.raw.strip().splitlines()[0] if src is not None and src.raw.strip() else ""
            at = raw.find(head, cursor) if head else -1
            if at >= 0:
                self.found[id(spot.node)] = bisect_right(self.starts, at)
                cursor = at + len(head)


def check(doc: FunctionDescription) -> list[Problem]:
    """Every warning for ``doc``, in file order where it has one."""
    line = _Lines(doc)
    source = line.source
    problems: list[Problem] = []
    front = doc.front_matter
    title, h1 = front.title, doc.h1
    if h1 is None:
        problems.append(Problem("no-h1", 1, node=doc))
    elif isinstance(title, str) and title and not _title_in_h1(title, h1, front.as_dict()):
        problems.append(Problem("title-h1", 2, node=front, args={"title": title, "h1": h1}))
    for key, value in not_text_keys(front).items():
        args = {"key": key, "value": shown(value)}
        problems.append(Problem("not-text", 2, node=front, args=args))
    nav = front.nav_order
    if nav is not None and (isinstance(nav, bool) or not isinstance(nav, int | float)):
        problems.append(Problem("nav-order", 2, node=front, args={"value": str(nav)}))
    kept = source.kept_as_markdown if source is not None else {}
    for index, section in enumerate(doc.sections):
        if id(section) in kept and kept[id(section)][0] is section:
            problems.append(Problem("kept-as-markdown", line(section), index, section,
                                    {"section": section.heading}))
    tasks = doc.tasks
    if tasks is not None:
        problems += _task_problems(tasks, doc.sections.index(tasks), line)
    problems += template_problems(doc, line)
    from os2editor.docx.blocks import notes_for  # what an export cannot carry over

    for note in notes_for(doc):
        owner = doc.sections[note.section] if note.section is not None else None
        where = line(owner) if owner is not None else 1
        problems.append(Problem(note.code, where, note.section, owner, dict(note.args)))
    present = {section.kind for section in doc.sections}
    for known in KINDS:
        if known.kind not in present:
            problems.append(Problem("missing-section", 1, None, None, {"section": known.heading}))
    return sorted(problems, key=lambda p: p.line)


def _task_problems(tasks: TasksSection, index: int, line: _Lines) -> list[Problem]:
    """An empty MUST, the MoSCoW balance, and tasks written twice."""
    from os2editor.writing import balance  # here: the window imports this module at start-up

    problems = []
    must, could = tasks.group(Priority.MUST), tasks.group(Priority.COULD)
    if not tasks.must:
        problems.append(Problem("empty-must", line(tasks), index, must))
    counts = balance.task_counts(tasks)
    share = balance.shares_of(counts)[Priority.MUST]
    if share > balance.MUST_LIMIT:  # balance.must_too_large, from the counts
        planned = sum(counts[priority] for priority in balance.PLANNED)
        problems.append(Problem("must-share", line(must, within=tasks), index, must, {
            "percent": str(math.ceil(share * 100)), "must": str(counts[Priority.MUST]),
            "planned": str(planned)}))
    if not balance.tasks_of(tasks, Priority.COULD):
        problems.append(Problem("could-empty", line(could, within=tasks), index, could))
    for repeat in balance.duplicates(tasks):
        item = repeat.item
        if repeat.across:
            problems.append(Problem("task-two-priorities", line(item), index, item, {
                "task": item.text, "first": repeat.earlier.value, "second": repeat.priority.value}))
        else:
            problems.append(Problem("duplicate-task", line(item), index, item,
                                    {"task": item.text, "where": repeat.priority.value}))
    return problems


def template_problems(doc: FunctionDescription, line: _Lines | None = None) -> list[Problem]:
    """A warning for each sentence of the New template's guidance left in ``doc`` (the Word
    export prints these too)."""
    from os2editor.writing.template import leftovers

    line = line or _Lines(doc)
    problems = []
    for found in leftovers(doc):
        spot = found.spot
        written = spot.text[found.start:found.end]
        problems.append(Problem("template-text", line(spot.node, written),
                                spot.section, spot.node, {"text": found.guidance}))
    return problems
