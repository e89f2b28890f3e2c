"""Going to a text of the document: its part, its field, and a span of its text selected.

Find, the validation panel and the readability marks all name a place the same way: a node, the
field of it that holds the text (a typed address), and optionally a span of that text. This
module shows it: the part in the navigation, the field focused, the span selected. A list
element's row opens for editing so that the span can be selected in it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from os2editor.gui.views.form_stack import FormStack
from os2editor.gui.views.navigation import TITLES, NavigationPane
from os2editor.gui.views.places import Address, Place
from os2editor.model import FunctionDescription, Node, owner_section
from os2editor.model.fields import Field

Span = tuple[int, int]


def part_key(doc: FunctionDescription, node: object, section: int | None = None) -> int:
    """The navigation key of the part that holds ``node``: a section index, or TITLES."""
    key = section if section is not None else owner_section(doc, node)
    return TITLES if key is None or key >= len(doc.sections) else key


def show_spot(
    doc: FunctionDescription,
    navigation: NavigationPane,
    forms: FormStack,
    node: Node,
    *,
    field: Address | None = None,
    span: Span | None = None,
    section: int | None = None,
) -> bool:
    """Show the part of ``node``, focus the field that shows ``field`` of it (or the list row
    that holds it) and select ``span`` of its text. False when no form shows it."""
    key = part_key(doc, node, section)
    navigation.select(key)
    forms.show_part(key)
    form = forms.current_form()
    if form is None:
        return False
    if field is not None and form.focus(Place(node, field)):
        widget = form.widget_at(node, field)
        text = _text_widget(widget) if widget is not None else None
        if text is not None and span is not None:
            select_span(text, span)
        return True
    if not form.focus_node(node):
        return False
    if span is not None:
        editor = _row_editor(form.entries, node) or _cell_editor(field, node)
        if editor is not None:
            select_span(editor, span)
    return True


def _text_widget(widget: QWidget) -> QWidget | None:
    """The text field that is ``widget``, its focus proxy, or in it (a row of field and
    button, say)."""
    for candidate in (widget, widget.focusProxy()):
        if isinstance(candidate, QPlainTextEdit | QTextEdit | QLineEdit):
            return candidate
    inner = widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit)
    return inner[0] if inner else None


def select_span(widget: QWidget, span: Span) -> None:
    """Select ``span`` (offsets into the field's text) in a text widget, and show it."""
    from PySide6.QtGui import QTextCursor

    start, end = span
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        length = len(widget.toPlainText())
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    elif isinstance(widget, QLineEdit):
        widget.setSelection(start, max(0, end - start))


def _cell_editor(field: Address | None, node: object) -> QWidget | None:
    """Open for editing the table cell that shows ``field`` of ``node`` (an initiative's label
    or text); its editor, or None when the focus is in no such table."""
    from PySide6.QtWidgets import QTableWidget

    table = QApplication.focusWidget()
    if not isinstance(table, QTableWidget) or not isinstance(field, Field):
        return None
    row = table.currentRow()
    wanted = field.get(node)
    for column in range(table.columnCount()):
        cell = table.item(row, column)
        if cell is not None and cell.text() == wanted:
            table.setCurrentCell(row, column)
            table.editItem(cell)
            editor = QApplication.focusWidget()
            return editor if isinstance(editor, QLineEdit | QPlainTextEdit) else None
    return None


def _row_editor(entries: list[Any], node: object) -> QWidget | None:
    """Open for editing the list row that is ``node`` (a list element on the form); its
    editor, or None when ``node`` is no row of a list shown (a nested sub-item, say)."""
    from os2editor.gui.views.widgets.list_editor import ListEditor

    for entry in entries:
        editor = entry.widget
        if not isinstance(editor, ListEditor):
            continue
        row = editor.binding.row_of(node)
        if row < 0:
            continue
        editor.select_row(row)
        index = editor.view.list_model.index(row)
        editor.view.edit(index)
        opened = editor.view.indexWidget(index)
        return opened if isinstance(opened, QPlainTextEdit | QTextEdit | QLineEdit) else None
    return None
