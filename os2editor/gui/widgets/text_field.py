"""Text fields bound to one model field: typing pushes a merging SetField at once.

``refresh()`` re-reads the model (after undo, say) and leaves the cursor alone when the
text already matches, so the user's own edits coming back never move it. With ``key`` a
field edits one entry of a dict field (``TasksSection.headings["MUST"]``); an emptied
entry is removed, so the document falls back to its default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from os2editor.gui.commands import SetField
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.framing import viewport_size
from os2editor.gui.widgets.undo_keys import DocumentUndoKeys


def _as_text(value: object) -> str:
    return "" if value is None else str(value)


class FieldRef:
    """``owner.field``, or ``owner.field[key]`` when ``key`` is given."""

    def __init__(
        self, session: DocumentSession, owner: object, field: str, key: str | None
    ) -> None:
        self.session = session
        self.owner = owner
        self.field = field
        self.key = key

    def read(self) -> object:
        value = getattr(self.owner, self.field)
        return value.get(self.key) if self.key is not None else value

    def write(self, value: object, label: str) -> None:
        """One SetField; a dict entry is written as a new dict (same order, entry replaced)."""
        new: object = value
        if self.key is not None:
            mapping = dict(getattr(self.owner, self.field))
            if value in ("", None):
                mapping.pop(self.key, None)
            else:
                mapping[self.key] = value
            new = mapping
        self.session.push(SetField(self.session, self.owner, self.field, new, label=label))


class BoundField(DocumentUndoKeys):
    """Mixin for a widget that edits ``owner.field``: the binding, a refresh whenever the model
    node changes (undo, another widget), and the document's undo keys."""

    def bind(
        self, session: DocumentSession, owner: object, field: str, key: str | None, label: str
    ) -> None:
        self.session = session
        self.owner = owner
        self.field = field
        self.ref = FieldRef(session, owner, field, key)
        self.label = label
        session.changed.connect(self._on_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changed(self, node: object) -> None:
        if node is None or node is self.owner:
            self.refresh()


class TextField(BoundField, QPlainTextEdit):
    """Multi-line plain text (markdown as written) that grows with its content."""

    def __init__(
        self,
        session: DocumentSession,
        owner: object,
        field: str,
        parent: QWidget | None = None,
        *,
        label: str = "",
        min_lines: int = 2,
        max_lines: int = 18,
        key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.bind(session, owner, field, key, label)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self._updating = False
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the document's undo stack owns undo
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlainText(_as_text(self.ref.read()))
        self.textChanged.connect(self._push)
        self.fit_height()

    def refresh(self) -> None:
        """Show the model's value; keep the cursor (clamped) if the text must change."""
        value = _as_text(self.ref.read())
        if value != self.toPlainText():
            position = self.textCursor().position()
            self._updating = True
            self.setPlainText(value)
            self._updating = False
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(value)))
            self.setTextCursor(cursor)
        self.fit_height()

    def _push(self) -> None:
        if self._updating:
            return
        text = self.toPlainText()
        if text != _as_text(self.ref.read()):
            self.ref.write(text, self.label)
        self.fit_height()

    # Growing: as many lines as the wrapped text needs, between min_lines and max_lines.

    def wrapped_lines(self) -> int:
        margin = 2 * int(self.document().documentMargin())
        width = max(40, viewport_size(self).width() - margin)
        metrics = self.fontMetrics()
        lines = 0
        for paragraph in self.toPlainText().split("\n"):
            rect = metrics.boundingRect(
                QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, paragraph or "X"
            )
            lines += max(1, round(rect.height() / metrics.lineSpacing()))
        return lines

    def fit_height(self) -> None:
        lines = self.wrapped_lines()
        shown = min(max(lines, self.min_lines), self.max_lines)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > self.max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(policy)
        margins = self.contentsMargins()
        height = (
            shown * self.fontMetrics().lineSpacing()
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
    """One-line text bound to a model field; ``to_model`` converts what is typed."""

    def __init__(
        self,
        session: DocumentSession,
        owner: object,
        field: str,
        parent: QWidget | None = None,
        *,
        label: str = "",
        to_model: Callable[[str], object] = str,
        from_model: Callable[[object], str] = _as_text,
        key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.bind(session, owner, field, key, label)
        self.to_model = to_model
        self.from_model = from_model
        self.setText(from_model(self.ref.read()))
        self.textEdited.connect(self._push)

    def refresh(self) -> None:
        current = self.ref.read()
        value = self.from_model(current)
        if value != self.text() and self.to_model(self.text()) != current:
            position = self.cursorPosition()
            self.setText(value)
            self.setCursorPosition(min(position, len(value)))

    def _push(self, text: str) -> None:
        value = self.to_model(text)
        if value != self.ref.read():
            self.ref.write(value, self.label)
