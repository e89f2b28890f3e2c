"""Text fields bound to one field of one node: typing sets the field at once, as a merging edit.

Prose fields hold markdown: they draw its markers quietly and take Ctrl+B, Ctrl+I and Ctrl+K
(:mod:`prose_keys`), while the model keeps the markdown as written.

A field renders the model: when a change touches its node it compares the model's value with
what it shows and does nothing when they are equal, so the user's own typing coming back never
moves the cursor. An edit the session refuses (a paste far longer than any description) leaves
the model as it was, and the field shows the model's value again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.prose_keys import ProseKeys
from os2editor.gui.views.widgets.undo_keys import DocumentUndoKeys
from os2editor.model import Node
from os2editor.model.fields import Field

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent


if TYPE_CHECKING:
    from os2editor.gui.views.highlight import Mark


def as_text(value: object) -> str:
    return "" if value is None else str(value)


def text_or_none(text: str) -> str | None:
    """An optional text field: emptied means absent (the file then has no such line)."""
    return text or None


class BoundField(DocumentUndoKeys):
    """Mixin for a widget that edits ``field`` of ``node``: follows every change of the node
    (undo, another widget) and gives the document's undo keys."""

    session: DocumentSession
    node: Node
    field: Field[Any, Any]

    def bind(self, session: DocumentSession, node: Node, field: Field[Any, Any]) -> None:
        self.session = session
        self.node = node
        self.field = field
        session.changed.connect(self._on_changed)

    def model_value(self) -> Any:
        return self.field.get(self.node)

    def write(self, value: object, *, alone: bool = False) -> None:
        """Set the field to ``value`` (``alone``: as an undo step of its own); when refused,
        show the model's value again."""
        if not self.session.set_value(self.field, self.node, value, alone=alone):
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changed(self, change: Change) -> None:
        if change.touches(self.node):
            self.refresh()


class TextField(ProseKeys, BoundField, QPlainTextEdit):
    """Multi-line prose (markdown as written, drawn for a reader) that grows with its
    content; an empty field shows its hint, if it has one."""

    def __init__(
        self,
        session: DocumentSession,
        node: Node,
        field: Field[Any, str],
        parent: QWidget | None = None,
        *,
        min_lines: int = 2,
        max_lines: int = 18,
    ) -> None:
        super().__init__(parent)
        self.bind(session, node, field)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the document's undo stack owns undo
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlainText(as_text(self.model_value()))
        self.follow_prose(self.toPlainText())
        self.textChanged.connect(self._typed)
        self.fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.prose_key(event):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if self.claims_shortcut(event):
            event.accept()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.popup_format_menu(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.restyle_prose(event)

    def refresh(self) -> None:
        """Show the model's value; keep the cursor (clamped) if the text must change."""
        value = as_text(self.model_value())
        if value != self.toPlainText():  # else its height is what it was (typing fits itself)
            position = self.textCursor().position()
            self.setPlainText(value)  # its textChanged finds the model equal: no edit
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(value)))
            self.setTextCursor(cursor)
            self.fit_height()

    def _typed(self) -> None:
        text = self.toPlainText()
        self.follow_prose(text)
        alone = self.take_alone()
        if text != as_text(self.model_value()):
            self.write(text, alone=alone)
        self.fit_height()

    # Growing: as tall as the wrapped text, between min_lines and max_lines.

    def text_height(self) -> float:
        """The height of the text as the field lays it out (wrapped, with bold and headings)."""
        layout = self.document().documentLayout()
        block = self.document().begin()
        height = 0.0
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        return height

    def highlight(self, marks: Sequence[Mark]) -> None:
        """Mark spans of the text without changing it (the readability aid); none clears."""
        from os2editor.gui.views.highlight import extra_selections

        self.setExtraSelections(extra_selections(self, marks))

    def fit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        text = self.text_height()
        shown = min(max(text, self.min_lines * line), self.max_lines * line)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if text > self.max_lines * line + 1
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(policy)
        margins = self.contentsMargins()
        height = (
            round(shown)
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2
        )
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class LineField(BoundField, QLineEdit):
    """One-line text bound to a field; ``to_model`` reads what is typed as the field's value
    (an optional text, a number), ``from_model`` writes the value as text."""

    def __init__(
        self,
        session: DocumentSession,
        node: Node,
        field: Field[Any, Any],
        parent: QWidget | None = None,
        *,
        to_model: Callable[[str], object] = str,
        from_model: Callable[[Any], str] = as_text,
    ) -> None:
        super().__init__(parent)
        self.bind(session, node, field)
        self.to_model = to_model
        self.from_model = from_model
        self.setText(from_model(self.model_value()))
        self.textEdited.connect(self._typed)

    def refresh(self) -> None:
        current = self.model_value()
        if self.to_model(self.text()) != current:
            position = self.cursorPosition()
            value = self.from_model(current)
            self.setText(value)
            self.setCursorPosition(min(position, len(value)))

    def _typed(self, text: str) -> None:
        value = self.to_model(text)
        if value != self.model_value():
            self.write(value)
