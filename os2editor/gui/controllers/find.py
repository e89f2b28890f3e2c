"""Find in the whole description: every text of every part, in reading order
(:func:`os2editor.model.text_spots`), each match shown selected in its own field.

The matches are found again after every edit (the texts they point into may have moved), from
where the user is: the next match after an edit is the first one after the previous position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.form_stack import FormStack
from os2editor.gui.views.navigation import NavigationPane
from os2editor.model import FunctionDescription, TextSpot, text_spots

if TYPE_CHECKING:
    from os2editor.gui.views.panels.find import FindBar


@dataclass(frozen=True)
class Match:
    """One place a text was found: the text that holds it and its span there."""

    spot: TextSpot
    start: int
    end: int


def find_all(doc: FunctionDescription, text: str) -> list[Match]:
    """Every match of ``text`` in ``doc``, ignoring case, in reading order."""
    if not text:
        return []
    pattern = re.compile(re.escape(text), re.IGNORECASE)
    return [Match(spot, found.start(), found.end())
            for spot in text_spots(doc)
            for found in pattern.finditer(spot.text)]


class FindController(QObject):
    """Searches the window's document for the find bar's text and goes to each match. The bar
    is made, at the window's foot, the first time it is asked for."""

    def __init__(
        self, window: QMainWindow, navigation: NavigationPane, forms: FormStack
    ) -> None:
        super().__init__(window)
        self.window = window
        self.navigation = navigation
        self.forms = forms
        self.session: DocumentSession | None = None
        self.matches: list[Match] = []
        self.current = -1  # index into matches of the one shown, -1 before the first
        self._stale = True
        self._bar: FindBar | None = None

    @property
    def bar(self) -> FindBar:
        if self._bar is None:
            from os2editor.gui.views.panels.find import FindBar

            self._bar = FindBar(self.window)
            self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._bar)
            self._bar.text_changed.connect(self._text_changed)
            self._bar.step.connect(self.step)
        return self._bar

    def set_session(self, session: DocumentSession) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        session.changed.connect(self._on_changed)
        self._stale = True
        self.current = -1
        self._refresh()

    def open(self) -> None:
        """Ctrl+F: show the bar, ready to type."""
        self.bar.open()

    def step(self, direction: int) -> None:
        """Go to the next (``direction`` 1) or previous (-1) match, round the end."""
        if not self.bar.isVisible():
            self.bar.open()
            if not self.bar.field.text():
                return
        self._refresh()
        if not self.matches or self.session is None:
            return
        if self.current < 0:
            self.current = 0 if direction > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + direction) % len(self.matches)
        from os2editor.gui.controllers.spots import show_spot

        match = self.matches[self.current]
        spot = match.spot
        show_spot(self.session.doc, self.navigation, self.forms, spot.node, field=spot.field,
                  span=(match.start, match.end), section=spot.section)
        self.bar.show_count(self.current + 1, len(self.matches))

    # -- keeping the matches current -------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._stale = True
        self.current = -1
        self._refresh()

    def _on_changed(self, _change: Change) -> None:
        self._stale = True  # found again when next asked for: typing stays cheap

    def _refresh(self) -> None:
        if not self._stale or self.session is None or self._bar is None:
            return
        shown = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.matches = find_all(self.session.doc, self.bar.field.text())
        self._stale = False
        self.current = self._index_near(shown)
        self.bar.show_count(self.current + 1 if self.current >= 0 else 0, len(self.matches))

    def _index_near(self, shown: Match | None) -> int:
        """After an edit, where Next goes on from: the match shown, if it is still there, else
        the one before the first match after it; -1 for the start."""
        if shown is None:
            return -1
        for index, match in enumerate(self.matches):
            if match.spot.node is shown.spot.node and match.spot.field is shown.spot.field and (
                match.start >= shown.start
            ):
                return index if match.start == shown.start else index - 1
        return -1
