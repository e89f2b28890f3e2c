"""Validation of a function description: the warnings `os2editor check` and the window show."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from os2editor.messages import QT_TRANSLATE_NOOP
from os2editor.model import FunctionDescription, Priority, SectionKind

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
    "site-markup": QT_TRANSLATE_NOOP(
        "Problem",
        "'{markup}' works only on the website; the Word document and the preview leave it out",
    ),
    "link-not-web": QT_TRANSLATE_NOOP(
        "Problem",
        "the link to '{target}' is not a web or e-mail address, so the Word document shows only "
        "its text",
    ),
}

SECTION_NAMES = {
    SectionKind.PURPOSE: "Formål med stillingen",
    SectionKind.RESPONSIBILITIES: "Ansvarsområde",
    SectionKind.TASKS: "Arbejdsopgaver og prioritering",
    SectionKind.COLLABORATION: "Samarbejdsrelationer",
    SectionKind.PROFESSIONAL: "Faglige kvalifikationer",
    SectionKind.PERSONAL: "Personlige kvalifikationer",
    SectionKind.CONDITIONS: "Øvrige forhold",
}


@dataclass(frozen=True)
class Problem:
    """One warning: where it is (file line, section index, model field) and what it is."""

    code: str
    line: int
    section_index: int | None = None
    field: str = ""
    args: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The warning in plain English, for the CLI."""
        return MESSAGES[self.code].format(**self.args)


def _line(node: Any) -> int:
    src = getattr(node, "_src", None)
    return int(getattr(src, "line", 0) or 1)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").casefold()


def check(doc: FunctionDescription) -> list[Problem]:
    """Every warning for ``doc``, in file order where it has one."""
    problems: list[Problem] = []
    title, h1 = doc.front_matter.title, doc.h1
    if h1 is None:
        problems.append(Problem("no-h1", 1, field="h1"))
    elif title and _normal(title) not in _normal(h1):
        problems.append(Problem("title-h1", 2, field="title", args={"title": title, "h1": h1}))
    nav = doc.front_matter.nav_order
    if nav is not None and (isinstance(nav, bool) or not isinstance(nav, int | float)):
        problems.append(Problem("nav-order", 2, field="nav_order", args={"value": str(nav)}))
    for index, section in enumerate(doc.sections):
        kept = getattr(section._src, "extra", None)
        if section.kind == SectionKind.FREE and isinstance(kept, SectionKind):
            problems.append(Problem("kept-as-markdown", _line(section), index, "body",
                                    {"section": section.heading}))
    tasks = doc.tasks
    if tasks is not None:
        index = doc.sections.index(tasks)
        if not tasks.must:
            problems.append(Problem("empty-must", _line(tasks), index, "must"))
        seen: dict[str, Priority] = {}
        for priority in Priority:
            for item in tasks.tasks(priority):
                key = _normal(item.text)
                if not key:
                    continue
                if key in seen:
                    where = seen[key].value if seen[key] == priority else \
                        f"{seen[key].value}, {priority.value}"
                    problems.append(Problem("duplicate-task", _line(tasks), index, priority.attr,
                                            {"task": item.text, "where": where}))
                seen[key] = priority
    from os2editor.docx.blocks import notes_for  # what an export cannot carry over

    for note in notes_for(doc):
        line = _line(doc.sections[note.section]) if note.section is not None else 1
        problems.append(Problem(note.code, line, note.section, "", dict(note.args)))
    present = {section.kind for section in doc.sections}
    for kind, name in SECTION_NAMES.items():
        if kind not in present:
            problems.append(Problem("missing-section", 1, None, kind.value, {"section": name}))
    return sorted(problems, key=lambda p: p.line)
