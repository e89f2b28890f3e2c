"""Keeping the user's place when the document under them is replaced (a reload after a change on
disk): the same part, scrolled as it was.

A part is found again by its heading (the other program may have added a section above it),
else by its kind, else by its position.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer

from os2editor.gui.views.form_stack import FormStack
from os2editor.gui.views.navigation import TITLES, NavigationPane
from os2editor.model import FunctionDescription

GIVE_UP_MS = 1000
"""How long a restored scroll position waits for the new form to be laid out tall enough."""


@dataclass(frozen=True)
class ViewPlace:
    """The part on screen (its key, heading and kind) and its form's scroll position."""

    key: int
    heading: str | None = None
    kind: str | None = None
    scroll: int = 0


def place_of(doc: FunctionDescription, navigation: NavigationPane, forms: FormStack) -> ViewPlace:
    key = navigation.current_key()
    form = forms.current_form()
    scroll = form.scroll_area.verticalScrollBar().value() if form is not None else 0
    if 0 <= key < len(doc.sections):
        section = doc.sections[key]
        return ViewPlace(key, section.heading, section.kind, scroll)
    return ViewPlace(TITLES, scroll=scroll)


def key_in(doc: FunctionDescription, place: ViewPlace) -> int:
    """The key of ``place``'s part in ``doc`` (a new version of the document)."""
    if place.key == TITLES:
        return TITLES
    sections = doc.sections
    by_heading = [i for i, section in enumerate(sections) if section.heading == place.heading]
    by_kind = [i for i, section in enumerate(sections) if section.kind == place.kind]
    for found in (by_heading, by_kind):
        if found:  # the one nearest the old position, if the name repeats
            return min(found, key=lambda index: abs(index - place.key))
    return min(place.key, len(sections) - 1)


def return_to(
    doc: FunctionDescription, navigation: NavigationPane, forms: FormStack, place: ViewPlace
) -> None:
    """Show ``place``'s part of ``doc`` and scroll its form as it was."""
    key = key_in(doc, place)
    navigation.select(key)
    forms.show_part(key)
    form = forms.current_form()
    if form is None or not place.scroll:
        return
    bar = form.scroll_area.verticalScrollBar()
    if bar.maximum() >= place.scroll:
        bar.setValue(place.scroll)
        return

    # A new form is laid out after it shows: scroll once it is tall enough.
    waiting = True

    def ranged(_low: int, high: int) -> None:
        if high >= place.scroll:
            finish()

    def finish() -> None:
        nonlocal waiting
        if waiting:
            waiting = False
            bar.rangeChanged.disconnect(ranged)
            bar.setValue(min(place.scroll, bar.maximum()))

    bar.rangeChanged.connect(ranged)
    QTimer.singleShot(GIVE_UP_MS, bar, finish)
