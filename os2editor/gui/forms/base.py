"""What every form shares: a scrolling column of labelled fields and field lookup by name.

Fields are stacked label-over-field (wide text reads better than a two-column form) and
registered under their model field name, so ``focus_field("intro")`` can jump to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.text_field import LineField, TextField

if TYPE_CHECKING:
    from os2editor.gui.widgets.list_editor import ListEditor


def plain(label: str) -> str:
    """A label without its mnemonic marker, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Form(QWidget):
    """Base of all forms: ``refresh()`` and ``focus_field()`` as the window expects."""

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

    def __init__(
        self, session: DocumentSession, section_index: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.section_index = section_index
        self.fields: dict[str, QWidget] = {}
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self.scroll_area)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(16, 12, 16, 16)
        self.column.setSpacing(6)
        self.scroll_area.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    @property
    def section(self) -> Any:
        assert self.section_index is not None
        return self.session.doc.sections[self.section_index]

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

    def add_field(self, name: str, label: str, widget: QWidget, *, hint: str = "") -> QWidget:
        """Add ``widget`` under a buddy label; ``name`` is the model field it edits."""
        caption = QLabel(label, self.body)
        caption.setBuddy(widget.focusProxy() or widget)
        self.column.addSpacing(6)
        self.column.addWidget(caption)
        if hint:
            note = QLabel(hint, self.body)
            note.setWordWrap(True)
            note.setEnabled(False)  # quiet, greyed by the platform style
            self.column.addWidget(note)
        self.column.addWidget(widget)
        widget.setAccessibleName(plain(label))
        self.fields[name] = widget
        return widget

    def add_heading_field(self, owner: object) -> LineField:
        """The ``##`` heading text, editable on every section form."""
        field = LineField(self.session, owner, "heading", self.body, label=self.tr("Edit heading"))
        self.add_field("heading", self.tr("&Heading"), field)
        return field

    def add_text(
        self, owner: object, name: str, label: str, *, hint: str = "", min_lines: int = 2
    ) -> TextField:
        field = TextField(
            self.session,
            owner,
            name,
            self.body,
            label=self.tr("Edit {field}").format(field=plain(label)),
            min_lines=min_lines,
        )
        self.add_field(name, label, field, hint=hint)
        return field

    def add_list(self, owner: object, name: str, label: str, **options: Any) -> ListEditor:
        # Loaded on first use: the titles form, shown at start-up, has no list.
        from os2editor.gui.widgets.list_editor import ListEditor

        editor = ListEditor(self.session, owner, name, self.body, **options)
        self.add_field(name, label, editor)
        return editor

    def finish(self) -> None:
        self.column.addStretch(1)

    # The contract.

    def refresh(self) -> None:
        """Re-read every field from the model (fields also follow ``session.changed``)."""
        for widget in self.fields.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    def focus_field(self, field: str, index: int | None = None) -> None:
        """Show and focus the widget for model field ``field`` (and row ``index`` in a list)."""
        widget = self.fields.get(field)
        if widget is None:
            return
        from os2editor.gui.widgets.list_editor import ListEditor

        if isinstance(widget, ListEditor) and index is not None:
            widget.select_row(index)
        self.scroll_area.ensureWidgetVisible(widget)
        (widget.focusProxy() or widget).setFocus(Qt.FocusReason.OtherFocusReason)
