"""What every form shares: a scrolling column of labelled fields, each registered under the
node and address it shows (:mod:`os2editor.gui.views.places`).

Fields are stacked label-over-field (wide text reads better than a two-column form). An
empty field shows the New template's guidance for it as a hint (never as text). The window
finds a field by what it shows, never by a name: ``focus(place)`` for a revision change,
``focus_node(node)`` for a warning, ``mark(places)`` for the changed fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.places import MARK, Address, Place, holds
from os2editor.gui.views.widgets.text_field import LineField, TextField
from os2editor.model import Node, Priority, SectionBase, SectionKind, kind_of
from os2editor.model import fields as f
from os2editor.model.fields import Field, ListField
from os2editor.model.kinds import info

if TYPE_CHECKING:
    from os2editor.gui.views.widgets.list_editor import ListEditor

def plain(label: str) -> str:
    """A label without its mnemonic marker, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass
class Entry:
    """One field of a form: what it shows, the widget, its caption, and how it shows the mark
    of a change (by default, before the caption)."""

    node: Node
    address: Address
    widget: QWidget
    label: QLabel | None
    text: str  # the caption without the mark
    marker: Callable[[bool], None] | None = None
    marked: bool = False

    def mark(self, marked: bool) -> None:
        self.marked = marked
        if self.marker is not None:
            self.marker(marked)
        elif self.label is not None:
            self.label.setText(MARK + self.text if marked else self.text)


class Form(QWidget):
    """Base of all forms: a column of registered fields, and the window's ways into them."""

    def tr(self, source_text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate, also finding strings written in a base class.

        Qt looks strings up under the object's own class name, but lupdate files them under
        the class whose code contains them; so a "&Heading" written here would never be
        translated for a TasksForm. Walk our classes from the most derived one.
        """
        for cls in type(self).__mro__:
            if not cls.__module__.startswith("os2editor."):
                break
            found = QCoreApplication.translate(cls.__name__, source_text, disambiguation, n)
            if found and found != source_text:
                return found
        return QCoreApplication.translate(type(self).__name__, source_text, disambiguation, n)

    part: SectionKind | None = None  # the kind of part the form shows (None: the titles)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[Entry] = []
        self.followers: list[Callable[[], None]] = []  # parts of the form that follow edits
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.body = QWidget(self.scroll_area)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(16, 12, 16, 16)
        self.column.setSpacing(6)
        self.scroll_area.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # Building.

    def add_title(self, text: str) -> QLabel:
        """The form's caption: what part of the document this is."""
        title = QLabel(text, self.body)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.column.addWidget(title)
        return title

    def hint(self, field: Field[Any, Any], priority: Priority | None = None) -> str:
        """The New template's guidance for ``field`` in this part, shown in it while empty."""
        from os2editor.writing.template import hint  # its catalogue loads on first use

        return hint(self.part, field, priority) or ""

    def quiet_note(self, text: str) -> QLabel:
        """A short remark under a field: plain text, wrapped, greyed by the platform style."""
        note = QLabel(text, self.body)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setEnabled(False)
        return note

    def add_field(
        self, node: Node, address: Address, label: str, widget: QWidget, *, hint: str = ""
    ) -> QWidget:
        """Add ``widget`` under a buddy label, as the form's field for ``address`` of ``node``."""
        caption = QLabel(label, self.body)
        caption.setBuddy(widget.focusProxy() or widget)
        self.column.addSpacing(6)
        self.column.addWidget(caption)
        if hint:
            self.column.addWidget(self.quiet_note(hint))
        self.column.addWidget(widget)
        widget.setAccessibleName(plain(label))
        self.register(node, address, widget, caption)
        return widget

    def register(
        self,
        node: Node,
        address: Address,
        widget: QWidget,
        label: QLabel | None = None,
        *,
        marker: Callable[[bool], None] | None = None,
    ) -> None:
        """Make ``widget`` the form's field for ``address`` of ``node`` (added elsewhere);
        ``marker`` shows a change mark where the caption is not a plain label."""
        text = label.text() if label is not None else ""
        self.entries.append(Entry(node, address, widget, label, text, marker))

    def add_heading_field(self, section: SectionBase) -> LineField:
        """The ``##`` heading text, editable on every section form. A typed part whose heading
        no longer names it would come back as free text: a quiet warning says so while the
        user types (nothing is blocked)."""
        field = LineField(self.session, section, f.HEADING, self.body)
        self.add_field(section, f.HEADING, self.tr("&Heading"), field)
        if self.part is None or self.part is SectionKind.FREE:
            return field
        standard = info(self.part).heading
        field.setPlaceholderText(standard)
        warning = self.quiet_note(self.tr(
            "This part will be kept as free text when the file is opened again: its heading "
            "must begin with \u201c{heading}\u201d."
        ).format(heading=standard))
        warning.setEnabled(True)  # a warning, so not greyed; but small
        font = warning.font()
        font.setItalic(True)
        warning.setFont(font)
        self.column.addWidget(warning)
        self.heading_warning = warning

        def follow() -> None:
            warning.setVisible(kind_of(section.heading) is not self.part)

        self.follow(follow)
        return field

    def follow(self, update: Callable[[], None]) -> None:
        """Run ``update`` now and after every edit (it must be cheap)."""
        if not self.followers:
            self.session.changed.connect(self._follow_change)
        self.followers.append(update)
        update()

    def _follow_change(self, _change: Change) -> None:
        for update in self.followers:
            update()

    def add_outro(
        self, node: Node, field: Field[Any, str], label: str, elements: Callable[[], list[Any]]
    ) -> TextField:
        """The text after a part's list: markdown cannot tell it from the text before the list
        unless the list is there, so it shows only while the list has elements (or, once the
        list is emptied, while it still holds text, with a note that says what will happen)."""
        widget = self.add_text(node, field, label, min_lines=1)
        caption = self.entries[-1].label
        note = self.quiet_note(self.tr(
            "With the list empty, this text joins the text before the list when the file is "
            "opened again."
        ))
        self.column.addWidget(note)

        def follow() -> None:
            has_list = bool(elements())
            shown = has_list or bool(field.get(node))
            widget.setVisible(shown)
            if caption is not None:
                caption.setVisible(shown)
            note.setVisible(shown and not has_list)

        self.follow(follow)
        return widget

    def add_text(
        self,
        node: Node,
        field: Field[Any, str],
        label: str,
        *,
        hint: str = "",
        min_lines: int = 2,
    ) -> TextField:
        widget = TextField(self.session, node, field, self.body, min_lines=min_lines)
        widget.setPlaceholderText(self.hint(field))
        self.add_field(node, field, label, widget, hint=hint)
        return widget

    def add_list(
        self, owner: Node, field: ListField[Any, Any], label: str, **options: Any
    ) -> ListEditor:
        # Loaded on first use: the titles form, shown at start-up, has no list.
        from os2editor.gui.views.widgets.list_editor import ListEditor

        options.setdefault("hint", self.hint(options.get("text_field", f.ITEM_TEXT)))
        editor = ListEditor(self.session, owner, field, self.body, **options)
        self.add_field(owner, field, label, editor)
        return editor

    def finish(self) -> None:
        self.column.addStretch(1)

    # Finding fields.

    def widget_at(self, node: object, address: Address) -> QWidget | None:
        """The form's field for ``address`` of ``node``, if it shows one."""
        return next((e.widget for e in self.entries if e.node is node and e.address is address),
                    None)

    def focus(self, place: Place) -> bool:
        """Show and focus the field for ``place`` (and its row, in a list). False when the form
        has no such field."""
        widget = self.widget_at(place.node, place.address)
        if widget is None:
            return False
        self._focus_widget(widget, place.index)
        return True

    def focus_node(self, node: object) -> bool:
        """Show and focus the first field that shows ``node``, or the list row that holds it."""
        for entry in self.entries:
            if entry.node is node:
                self._focus_widget(entry.widget, None)
                return True
        for entry in self.entries:
            if isinstance(entry.address, ListField):
                elements = entry.address.of(entry.node)
                row = next((r for r, e in enumerate(elements) if holds(e, node)), None)
                if row is not None:
                    self._focus_widget(entry.widget, row)
                    return True
        return False

    def _focus_widget(self, widget: QWidget, row: int | None) -> None:
        from os2editor.gui.views.widgets.list_editor import ListEditor

        if isinstance(widget, ListEditor) and row is not None:
            widget.select_row(row)
        self.scroll_area.ensureWidgetVisible(widget)
        (widget.focusProxy() or widget).setFocus(Qt.FocusReason.OtherFocusReason)

    # Revision marks.

    def mark(self, places: Iterable[Place]) -> None:
        """Put the quiet mark on the fields that show ``places``, and on no other."""
        changed = list(places)
        for entry in self.entries:
            entry.mark(any(p.at(entry.node, entry.address) for p in changed))

    def marked(self) -> list[Entry]:
        """The fields that carry the mark."""
        return [entry for entry in self.entries if entry.marked]
