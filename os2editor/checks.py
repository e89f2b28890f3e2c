"""Validation of a function description: the warnings `os2editor check` and the window show."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from os2editor.markdown.layout import document_source
from os2editor.messages import QT_TRANSLATE_NOOP
from os2editor.model import KINDS, FunctionDescription, Node, Priority

# English for the CLI; the window translates the same text under the context "Problem".
MESSAGES = {
    "title-h1": QT_TRANSLATE_NOOP(
        "Problem",
        "the front matter title '{title}' and the heading '{h1}' disagree",
    ),
    "no-h1": QT_TRANSLATE_NOOP("Problem", "the document has no '# ' heading"),
    "empty-must": QT_TRANSLATE_NOOP("Problem", "there are no MUST tasks"),
    "duplicate-task": QT_TRANSLATE_NOOP(
        "Problem",
        "the task '{task}' appears more than once ({where})",
    ),
    "missing-section": QT_TRANSLATE_NOOP("Problem", "the section '{section}' is missing"),
    "nav-order": QT_TRANSLATE_NOOP("Problem", "nav_order should be a number, not '{value}'"),
    "kept-as-markdown": QT_TRANSLATE_NOOP(
        "Problem",
        "the section '{section}' has a shape the form does not edit, so it is kept as markdown "
        "text",
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


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").casefold()


def check(doc: FunctionDescription) -> list[Problem]:
    """Every warning for ``doc``, in file order where it has one."""
    source = document_source(doc)

    def line(node: Node) -> int:
        src = source.of(node) if source is not None else None
        return src.line if src is not None and src.line else 1

    problems: list[Problem] = []
    front = doc.front_matter
    title, h1 = front.title, doc.h1
    if h1 is None:
        problems.append(Problem("no-h1", 1, node=doc))
    elif isinstance(title, str) and title and _normal(title) not in _normal(h1):
        problems.append(Problem("title-h1", 2, node=front, args={"title": title, "h1": h1}))
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
        index = doc.sections.index(tasks)
        if not tasks.must:
            problems.append(Problem("empty-must", line(tasks), index, tasks.group(Priority.MUST)))
        seen: dict[str, Priority] = {}
        for priority, group in tasks.groups.items():
            for item in group.items:
                key = _normal(item.text)
                if not key:
                    continue
                if key in seen:
                    where = seen[key].value if seen[key] == priority else \
                        f"{seen[key].value}, {priority.value}"
                    problems.append(Problem("duplicate-task", line(item), index, item,
                                            {"task": item.text, "where": where}))
                seen[key] = priority
    present = {section.kind for section in doc.sections}
    for known in KINDS:
        if known.kind not in present:
            problems.append(Problem("missing-section", 1, None, None, {"section": known.heading}))
    return sorted(problems, key=lambda p: p.line)
