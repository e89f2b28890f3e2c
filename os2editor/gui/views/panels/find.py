"""The find bar (Ctrl+F): a text to look for, the next and previous match, and how many there are.

It only lays out; :class:`os2editor.gui.controllers.find.FindController` searches the document
and goes to each match.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolBar, QToolButton, QWidget


class FindField(QLineEdit):
    """Enter finds the next match, Shift+Enter the previous one, Esc closes the bar."""

    step = Signal(int)
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step.emit(-1 if shift else 1)
            return
        if key == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QToolBar):
    """Find across every part of the description."""

    text_changed = Signal(str)
    step = Signal(int)  # +1 next, -1 previous

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Find"), parent)
        self.setObjectName("find_bar")  # saveState() needs a stable name
        self.setMovable(False)
        self.setFloatable(False)
        label = QLabel(self.tr("F&ind:"), self)  # Alt+F opens the File menu
        self.field = FindField(self)
        self.field.setPlaceholderText(self.tr("Text to find in every part"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        label.setBuddy(self.field)
        self.previous_button = self._button(self.tr("Previous"), self.tr("Previous match"), -1)
        self.next_button = self._button(self.tr("Next"), self.tr("Next match"), 1)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000 "))
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.setAccessibleName(self.tr("Close the find bar"))
        close.clicked.connect(self.hide)
        for widget in (label, self.field, self.previous_button, self.next_button,
                       self.count_label):
            self.addWidget(widget)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.addWidget(close)
        self.field.textChanged.connect(self.text_changed)
        self.field.step.connect(self.step)
        self.field.closed.connect(self.hide)

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda: self.step.emit(step))
        return button

    def open(self) -> None:
        """Show the bar with its text selected, ready to type over."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_count(self, current: int, total: int) -> None:
        """"3 / 12" (current is 1-based; 0 before the first jump), or that nothing matched."""
        if not self.field.text():
            text = ""
        elif not total:
            text = self.tr("No matches")
        elif current:
            text = self.tr("{current} of {total}").format(current=current, total=total)
        else:
            text = self.tr("%n matches", "", total)
        self.count_label.setText(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)
