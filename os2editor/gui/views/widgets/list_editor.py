"""ListEditor: the one widget for every list in the forms.

Edit in place (F2, double click), Enter adds an element after the current one (and, while
editing, ends the edit: a second Enter adds), Delete or the Remove button removes, Alt+Up/Down
reorders, drag the grip to reorder or to move to another list, pasting several lines adds one
element per line, and the context menu offers the same. Every change is one edit of the
document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from os2editor.edits import Change
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.list_binding import ListBinding
from os2editor.gui.views.widgets.list_menu import ListActions, list_menu
from os2editor.gui.views.widgets.list_view import ElementListView
from os2editor.model import Item, Node
from os2editor.model import fields as f
from os2editor.model.fields import Field, ListField

__all__ = ["ElementListView", "ListEditor"]


if TYPE_CHECKING:
    from os2editor.gui.views.highlight import Mark


class ListEditor(QWidget):
    """A list field of a node with Add and Remove buttons; ``text_field`` is the field each row
    shows and edits, ``hint`` what an empty row (and an empty list) suggests writing.

    ``compact`` puts the Sub-items button on a line of its own, for narrow columns.
    ``more_actions`` gives a row's own entries in the context menu (the board's moves).
    """

    count_changed = Signal(int)
    current_row_changed = Signal(int)
    cross_move_requested = Signal(int, int)

    def __init__(
        self,
        session: DocumentSession,
        owner: Node,
        field: ListField[Any, Any],
        parent: QWidget | None = None,
        *,
        text_field: Field[Any, str] = f.ITEM_TEXT,
        factory: Callable[[], Node] = Item,
        numbered: bool = False,
        add_text: str = "",
        remove_text: str = "",
        hint: str = "",
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.owner = owner
        self.field = field
        self.more_actions: Callable[[int], list[tuple[str, Callable[[], None]]]] | None = None
        self.binding = ListBinding(session, owner, field, text_field=text_field, factory=factory)
        self.view = ElementListView(self.binding, numbered=numbered, parent=self)
        self.view.delegate.hint = hint
        start = self.tr("Press Enter or Add to write the first line.")
        self.view.placeholder = f"{hint}\n{start}" if hint else self.tr(
            "Empty. Press Enter or Add to write the first line."
        )
        self.view.setToolTip(self.tr(
            "F2 edits, Enter adds, Delete removes, Alt+Up/Down moves, drag the dots to move. "
            "Right-click for more."
        ))
        self.view.cross_move_requested.connect(self.cross_move_requested)
        self.view.menu_requested.connect(self.show_menu)
        self.add_button = QPushButton(add_text or self.tr("Add"), self)
        self.add_button.setAccessibleName(add_text or self.tr("Add"))
        self.add_button.clicked.connect(self._add_at_end)
        self.remove_button = QPushButton(remove_text or self.tr("Remove"), self)
        self.remove_button.setAccessibleName(remove_text or self.tr("Remove the chosen line"))
        self.remove_button.setToolTip(self.tr("Remove the chosen line (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        # Shown only for an item that has nested bullets, so most lists stay uncluttered.
        self.children_button = QPushButton(self.tr("Sub-items…"), self)
        self.children_button.setAccessibleName(self.tr("Edit sub-items"))
        self.children_button.setToolTip(self.tr("Edit the bullets nested under the chosen item"))
        self.children_button.clicked.connect(self._edit_current_children)
        self.children_button.hide()
        self.sub_items_dialog: QWidget | None = None
        self._count = len(self.binding)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._lay_out(compact)
        self._update_buttons()
        session.changed.connect(self._on_changed)

    def _lay_out(self, compact: bool) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if not compact:
            buttons.addWidget(self.children_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        if compact:
            layout.addWidget(self.children_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.view)  # tabbing into the widget lands in its list

    def count(self) -> int:
        return len(self.binding)

    def current_row(self) -> int:
        return self.view.current_row()

    def highlight(self, rows: dict[int, Sequence[Mark]]) -> None:
        """Mark spans of rows' texts without changing them (the readability aid), by row;
        an empty dict clears them."""
        self.view.delegate.marks = dict(rows)
        self.view.viewport().update()

    def select_row(self, row: int) -> None:
        self.view.select_row(row)

    def setAccessibleName(self, name: str) -> None:
        """Name the list itself, which is what a screen reader lands on."""
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def _on_changed(self, change: Change) -> None:
        """Follow a change of the list or of its elements, keeping the current row where it
        can."""
        if not change.touches(self.owner) and all(self.binding.row_of(n) < 0
                                                  for n in change.nodes):
            return
        row = self.current_row()
        count = self.count()
        if self.view.list_model.follow(change):
            self.view.select_row(min(row, count - 1))
            self.view.fit_height()
        self._update_buttons()
        if count != self._count:  # the count last announced
            self._count = count
            self.count_changed.emit(count)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_row_changed.emit(current.row() if current.isValid() else -1)
        self._update_buttons()

    def _chosen_row(self) -> int:
        """The row the Remove button acts on: the current one, when it is shown chosen."""
        index = self.view.currentIndex()
        selected = index.isValid() and self.view.selectionModel().isSelected(index)
        return index.row() if selected else -1

    def _current_element(self) -> Any:
        row = self.current_row()
        elements = self.binding.elements()
        return elements[row] if 0 <= row < len(elements) else None

    def _update_buttons(self) -> None:
        element = self._current_element()
        self.children_button.setVisible(isinstance(element, Item) and bool(element.children))
        self.remove_button.setEnabled(self._chosen_row() >= 0)

    # Actions, from the buttons and the context menu.

    def remove_current(self) -> None:
        row = self._chosen_row()
        if row >= 0:
            self.remove_row(row)

    def remove_row(self, row: int) -> None:
        self.binding.remove(row)
        self.view.select_row(min(row, self.count() - 1))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_row(self, row: int, new_row: int) -> None:
        if 0 <= row < self.count() and 0 <= new_row < self.count():
            self.binding.move_within(row, new_row)
            self.view.select_row(new_row)

    def insert_at(self, row: int) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.add_at(row)

    def menu_actions(self, row: int) -> ListActions:
        """What the context menu offers for ``row``."""
        more = list(self.more_actions(row)) if self.more_actions and row >= 0 else []
        element = self.binding.elements()[row] if 0 <= row < self.count() else None
        if isinstance(element, Item):
            more.append((self.tr("&Sub-items…"), lambda: self.edit_children(element)))
        return ListActions(self.insert_at, self.remove_row, self.move_row, self.count, more)

    def show_menu(self, row: int, where: QPoint) -> None:
        menu = list_menu(self, row, self.menu_actions(row))
        menu.popup(where)

    def edit_children(self, element: object = None) -> None:
        """Open the sub-items of the chosen item in a small window beside the form."""
        item = self._current_element() if element is None else element
        if not isinstance(item, Item):
            return
        from os2editor.gui.views.dialogs.sub_items import SubItemsDialog

        dialog = SubItemsDialog(self.session, item, self)
        dialog.open()  # window-modal but not blocking: edits go through the undo stack
        self.sub_items_dialog = dialog

    def _edit_current_children(self) -> None:
        self.edit_children()

    def _add_at_end(self) -> None:
        self.insert_at(len(self.binding))
