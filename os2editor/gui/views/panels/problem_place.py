"""Where a warning is, in the words of the form: the part and the field ("Arbejdsopgaver og
prioritering › MUST"), and the typed place a click goes to. Line numbers mean nothing in a form
editor; the node a warning is about (``Problem.node``) says it all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from os2editor.checks import Problem
from os2editor.gui.views.navigation import TITLES
from os2editor.gui.views.places import OTHER_KEYS, Address, holds
from os2editor.messages import QT_TRANSLATE_NOOP
from os2editor.model import (
    FrontMatter,
    FunctionDescription,
    Initiative,
    Item,
    ListSection,
    Node,
    PurposeSection,
    ResponsibilitiesSection,
    ResponsibilityArea,
    Role,
    Section,
    TaskGroup,
    TasksSection,
    TextSpot,
    owner_section,
    section_spots,
    text_spots,
)
from os2editor.model import fields as f

SEPARATOR = " › "


def _tr(text: str) -> str:
    return QCoreApplication.translate("problem_place", text)


@dataclass(frozen=True)
class ProblemPlace:
    """A warning's part (TITLES or a section index; None for the description as a whole), the
    node and field a click focuses, and the part and field named for the user."""

    key: int | None
    node: Node | None = None
    field: Address | None = None
    where: str = ""


# The front matter keys a "not-text" warning may name, and the field that shows each.
_FRONT_FIELDS: dict[str, Any] = {
    "title": f.FM_TITLE, "layout": f.FM_LAYOUT, "parent": f.FM_PARENT, "nav_order": f.FM_NAV_ORDER,
}


def locate(doc: FunctionDescription, problem: Problem) -> ProblemPlace:
    """Where ``problem`` is in ``doc``."""
    node = problem.node
    if node is None:
        return ProblemPlace(None)
    if node is doc or isinstance(node, FrontMatter):
        field, name = _titles_field(doc, node, problem)
        return ProblemPlace(TITLES, node, field, _joined(_tr("Title and metadata"), name))
    key = problem.section_index
    if key is None:
        key = owner_section(doc, node)
    if key is None or key >= len(doc.sections):
        return ProblemPlace(None, node)
    section = doc.sections[key]
    field, name = _section_field(section, node, problem)
    part = section.heading.strip() or _tr("(untitled section)")
    return ProblemPlace(key, node, field, _joined(part, name))


def described(place: ProblemPlace, message: str) -> str:
    """The line the validation panel shows: where, then what (a sentence of its own when it
    is about no one place)."""
    if place.where:
        return f"{place.where}: {message}"
    return message[:1].upper() + message[1:]


def _joined(part: str, name: str) -> str:
    return f"{part}{SEPARATOR}{name}" if name else part


def _titles_field(
    doc: FunctionDescription, node: Node, problem: Problem
) -> tuple[Address | None, str]:
    if node is doc and problem.code == "template-text":
        return _prose_field(text_spots(doc), node, problem)
    if node is doc:
        return f.H1, _tr("Main heading")
    if problem.code == "title-h1":
        return f.FM_TITLE, _tr("Short title")
    if problem.code == "nav-order":
        return f.FM_NAV_ORDER, _tr("Navigation order")
    key = problem.args.get("key", "")
    if key in _FRONT_FIELDS:
        return _FRONT_FIELDS[key], key
    return OTHER_KEYS, key or _tr("Other keys")


def _section_field(
    section: Section, node: Node, problem: Problem
) -> tuple[Address | None, str]:
    if isinstance(node, TaskGroup) and isinstance(section, TasksSection):
        priority = next((p for p, g in section.groups.items() if g is node), None)
        return f.GROUP_ITEMS, priority.value if priority is not None else ""
    if isinstance(node, Item):
        return f.ITEM_TEXT, _item_name(section, node)
    if isinstance(node, Initiative) and isinstance(section, PurposeSection):
        number = _position(section.initiatives, node)
        return f.INITIATIVE_TEXT, _tr("initiative {number}").format(number=number)
    if isinstance(node, ResponsibilityArea):
        return f.AREA_TITLE, node.title
    return _prose_field(section_spots(section), node, problem)


def _item_name(section: Section, item: Item) -> str:
    """"MUST, task 2", "1. Ledelse, item 3", "item 4": where a list item stands."""
    if isinstance(section, TasksSection):
        for priority, group in section.groups.items():
            number = _position(group.items, item)
            if number:
                return _tr("{priority}, task {number}").format(
                    priority=priority.value, number=number)
    if isinstance(section, ResponsibilitiesSection):
        for area in section.areas:
            number = _position(area.items, item)
            if number:
                return _tr("{area}, item {number}").format(area=area.title, number=number)
        number = _position(section.items, item)
        if number:
            return _tr("responsibility {number}").format(number=number)
    if isinstance(section, ListSection):
        number = _position(section.items, item)
        if number:
            return _tr("item {number}").format(number=number)
    return ""


def _position(elements: list[Any], node: object) -> int:
    """1-based place of the element that is or holds ``node``; 0 when none does."""
    return next((row + 1 for row, element in enumerate(elements) if holds(element, node)), 0)


# Named in the form's words; marked for lupdate, translated when shown.
_PART_PROSE_NAMES: dict[tuple[type, Any], str] = {
    (PurposeSection, f.INTRO): QT_TRANSLATE_NOOP("problem_place", "Text"),
    (PurposeSection, f.OUTRO): QT_TRANSLATE_NOOP("problem_place", "Text after the initiatives"),
    (ResponsibilitiesSection, f.OUTRO): QT_TRANSLATE_NOOP("problem_place",
                                                          "Text after the areas"),
    (ListSection, f.INTRO): QT_TRANSLATE_NOOP("problem_place", "Text before the list"),
    (ListSection, f.OUTRO): QT_TRANSLATE_NOOP("problem_place", "Text after the list"),
}
_PROSE_NAMES: dict[Any, str] = {
    f.INTRO: QT_TRANSLATE_NOOP("problem_place", "Introduction"),
    f.OUTRO: QT_TRANSLATE_NOOP("problem_place", "Closing text"),
    f.TASKS_INTRO: QT_TRANSLATE_NOOP("problem_place", "Introduction"),
    f.FREE_BODY: QT_TRANSLATE_NOOP("problem_place", "Text"),
    f.AREA_LEAD_IN: QT_TRANSLATE_NOOP("problem_place", "Lead-in"),
    f.GROUP_NOTES: QT_TRANSLATE_NOOP("problem_place", "Text under the heading"),
    f.PREAMBLE: QT_TRANSLATE_NOOP("problem_place", "Text before the main heading"),
    f.LEAD: QT_TRANSLATE_NOOP("problem_place", "Text under the main heading"),
}


def _prose_field(
    spots: Iterable[TextSpot], node: Node, problem: Problem
) -> tuple[Address | None, str]:
    """The prose field of ``node`` a warning means: the one holding the text it quotes (the
    template's guidance), else the first."""
    quoted = " ".join(problem.args.get("text", "").split()).casefold()[:40]
    spots = [s for s in spots if s.node is node and s.role is Role.PROSE]
    if not spots:
        return None, ""
    chosen = next((s for s in spots if quoted and quoted in " ".join(s.text.split()).casefold()),
                  spots[0])
    owner = type(node)
    named = next((name for (kind, field), name in _PART_PROSE_NAMES.items()
                  if field is chosen.field and issubclass(owner, kind)), None)
    return chosen.field, _tr(named or _PROSE_NAMES.get(chosen.field, "Text"))
