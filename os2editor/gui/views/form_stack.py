"""The middle of the window: the form of the chosen part.

Each form is built when its part is first shown (the form modules load then too, so start-up
pays only for the titles form) and kept while its section is in the document; a form belongs
to its section, not to a position, so adding or moving sections keeps the forms on hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.framing import chain_after, tab_stops
from os2editor.model import Section

if TYPE_CHECKING:
    from os2editor.gui.views.forms.base import Form


class FormStack(QStackedWidget):
    """One form per part, the chosen one on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: DocumentSession | None = None
        self._forms: dict[int | None, tuple[Section | None, QWidget]] = {}

    def set_session(self, session: DocumentSession) -> None:
        """Show the parts of ``session``'s document from now on."""
        if self._session is not None:
            self._session.changed.disconnect(self._on_changed)
        self._session = session
        session.changed.connect(self._on_changed)
        self._drop(lambda _section: True)

    def show_part(self, key: int) -> QWidget:
        """Show the form for ``key`` (TITLES or a section index), building it on first use."""
        assert self._session is not None
        sections = self._session.doc.sections
        section = sections[key] if 0 <= key < len(sections) else None
        ident = None if section is None else id(section)
        found = self._forms.get(ident)
        if found is None:
            form = self._build(section)
            self.addWidget(form)  # forms scroll by themselves, so they go straight in
            self._tab_after_parts(form)
            found = self._forms[ident] = (section, form)
        self.setCurrentWidget(found[1])
        return found[1]

    def _tab_after_parts(self, form: QWidget) -> None:
        """Put ``form``'s fields where the stack stands in the Tab order, right after the parts
        list (a form built later would otherwise come last, after the preview)."""
        before = self._tab_entry()
        if before is not None:
            chain_after(before, tab_stops(form))

    def _tab_entry(self) -> QWidget | None:
        """Where Tab comes into the forms from: the pane before the stack (the parts list),
        by its focus proxy; else the focusable widget before the stack in the focus chain."""
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter) and splitter.indexOf(self) > 0:
            pane = splitter.widget(splitter.indexOf(self) - 1)
            proxy = pane.focusProxy() if pane is not None else None
            if proxy is not None and proxy.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return proxy
        before = _step(self, backwards=True)
        while before is not self and not before.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before = _step(before, backwards=True)
        return None if before is self else before

    def current_form(self) -> Form | None:
        from os2editor.gui.views.forms.base import Form

        widget = self.currentWidget()
        return widget if isinstance(widget, Form) else None

    def forms(self) -> list[QWidget]:
        """The forms built so far."""
        return [form for _, form in self._forms.values()]

    def _build(self, section: Section | None) -> QWidget:
        assert self._session is not None
        try:
            from os2editor.gui.views.forms import form_for  # forms load on first use
        except ImportError:
            return self._placeholder(section)
        return form_for(self._session, section)

    def _placeholder(self, section: Section | None) -> QWidget:
        name = self.tr("Title and metadata") if section is None else section.heading
        label = QLabel(self.tr("The form for “{name}” is not available.").format(name=name))
        label.setTextFormat(Qt.TextFormat.PlainText)  # the name is the user's heading
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _on_changed(self, _change: Change) -> None:
        assert self._session is not None
        present = {id(section) for section in self._session.doc.sections}
        self._drop(lambda section: section is not None and id(section) not in present)

    def _drop(self, gone: Callable[[Section | None], bool]) -> None:
        for ident, (section, form) in list(self._forms.items()):
            if gone(section):
                del self._forms[ident]
                self.removeWidget(form)
                form.deleteLater()



def _step(widget: QWidget, *, backwards: bool = False) -> QWidget:
    """The next (previous) widget in the focus chain, which is a ring."""
    found = widget.previousInFocusChain() if backwards else widget.nextInFocusChain()
    return widget if found is None else found
