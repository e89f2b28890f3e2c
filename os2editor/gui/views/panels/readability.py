"""Live readability (issue 19): LIX of the whole description and of the part being edited in the
status bar, against the target band of the settings; and, on request (View > Mark Long
Sentences and Words), the part's longest sentences and long words marked in its fields.

The counts are the core's (:mod:`os2editor.writing.stats`), cached per text there, so a pause
in typing costs a fraction of a millisecond. They are taken once typing pauses, off the path
from keystroke to preview.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.form_stack import FormStack
from os2editor.gui.views.navigation import NavigationPane
from os2editor.gui.views.status_bar import EditorStatusBar
from os2editor.storage.settings import Settings

if TYPE_CHECKING:
    from os2editor.gui.views.forms.base import Form
    from os2editor.gui.views.highlight import Mark
    from os2editor.model import Section
    from os2editor.writing.lix import Band
    from os2editor.writing.stats import Marked

PAUSE_MS = 120
"""After this much quiet the counts are taken again: live to the eye, never in a keystroke."""
LONGEST = 3
"""How many of the part's longest sentences are marked."""


class ReadabilityMeter(QObject):
    """Keeps the status bar's LIX current and the marks of the part on screen."""

    def __init__(
        self,
        status: EditorStatusBar,
        navigation: NavigationPane,
        forms: FormStack,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.navigation = navigation
        self.forms = forms
        self.settings = settings
        self.marking = False
        self.session: DocumentSession | None = None
        self._marked: list[Callable[[], None]] = []  # how to clear each field marked now
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.update_now)
        navigation.part_selected.connect(lambda _key: self._timer.start(0))

    def set_session(self, session: DocumentSession) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self._marked = []  # the old forms go with the old document
        session.changed.connect(self._on_changed)
        self._timer.start(PAUSE_MS)  # after the window's first paint

    def set_marking(self, on: bool) -> None:
        """Mark (or stop marking) the longest sentences and long words of the current part."""
        self.marking = on
        self.update_now()

    def target(self) -> Band:
        from os2editor.writing.lix import Band

        try:
            return Band(self.settings.lix_target)
        except ValueError:
            return Band.MEDIUM

    def _on_changed(self, _change: Change) -> None:
        self._timer.start(PAUSE_MS)  # (a part chosen starts it at once: say the pause here)

    def current_section(self) -> Section | None:
        if self.session is None:
            return None
        key = self.navigation.current_key()
        sections = self.session.doc.sections
        return sections[key] if 0 <= key < len(sections) else None

    def update_now(self) -> None:
        """Count again and show the counts (and the marks, when asked for)."""
        self._timer.stop()
        if self.session is None:
            return
        from os2editor.writing.stats import document_readability, section_readability

        section = self.current_section()
        part = section_readability(section) if section is not None else None
        self.status.show_readability(document_readability(self.session.doc), part,
                                     self.target())
        self._mark(section if self.marking else None)

    # -- marks -----------------------------------------------------------------------------

    def _mark(self, section: Section | None) -> None:
        for clear in self._marked:
            clear()
        self._marked = []
        form = self.forms.current_form()
        if section is None or form is None:
            return
        from os2editor.gui.views.highlight import Mark, MarkKind
        from os2editor.writing.stats import longest_sentences, part_long_words

        spans: dict[tuple[int, int], list[Mark]] = defaultdict(list)
        places: dict[tuple[int, int], Marked] = {}
        for kind, found in ((MarkKind.SENTENCE, longest_sentences(section, LONGEST)),
                            (MarkKind.WORD, part_long_words(section))):
            for marked in found:
                key = (id(marked.spot.node), id(marked.spot.field))
                spans[key].append(Mark(marked.start, marked.end, kind))
                places[key] = marked
        # By list editor: marks by row; by the initiatives' table, by row and column.
        rows: dict[int, dict[Any, list[Mark]]] = defaultdict(dict)
        editors: dict[int, Any] = {}
        for key, marks in spans.items():
            spot = places[key].spot
            widget = form.widget_at(spot.node, spot.field)
            if widget is not None and hasattr(widget, "highlight"):
                widget.highlight(marks)
                self._marked.append(_clearer(widget, []))
                continue
            shown = _row_of(form, spot.node)
            if shown is not None:
                editor, row = shown
                editors[id(editor)] = editor
                if _is_table(editor):
                    from os2editor.gui.views.widgets.initiatives_table import COLUMNS

                    if spot.field in COLUMNS:
                        rows[id(editor)][(row, COLUMNS.index(spot.field))] = marks
                else:
                    rows[id(editor)][row] = marks
        for ident, by_row in rows.items():
            editor = editors[ident]
            editor.highlight(by_row)
            self._marked.append(_clearer(editor, {}))


def _clearer(widget: QWidget, empty: object) -> Callable[[], None]:
    def clear() -> None:
        # A form rebuilt since has deleted the widget: nothing to clear then.
        with contextlib.suppress(RuntimeError):
            widget.highlight(empty)  # type: ignore[attr-defined]

    return clear


def _row_of(form: Form, node: object) -> tuple[Any, int] | None:
    """The list editor on ``form`` that shows ``node`` as a row, and the row."""
    from os2editor.gui.views.widgets.list_editor import ListEditor

    for entry in form.entries:
        editor = entry.widget
        if isinstance(editor, ListEditor) or _is_table(editor):
            row = editor.binding.row_of(node)  # type: ignore[attr-defined]
            if row >= 0:
                return editor, row
    return None


def _is_table(widget: object) -> bool:
    """Whether ``widget`` is the purpose's table of initiatives."""
    from os2editor.gui.views.widgets.initiatives_table import InitiativesTable

    return isinstance(widget, InitiativesTable)
