"""The edits behind every list editor: one list field of one node.

A binding never changes the list itself; it asks the session for the core's edits (insert,
remove, move, set the text of an element), so undo works and the model stays the one place
the data lives. Drag and drop between editors goes through a token in the mime data that names
the source binding.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData

from os2editor.edits import (
    MAX_FIELD_CHARS,
    Batch,
    Edit,
    EditError,
    InsertElement,
    MoveElement,
    RemoveElement,
    clean_text,
)
from os2editor.gui.session import DocumentSession
from os2editor.model import Node
from os2editor.model.fields import Field, ListField

MIME_TYPE = "application/x-os2editor-list-element"
BULLET_PREFIXES = ("- ", "* ", "+ ", "• ")

_bindings: weakref.WeakValueDictionary[int, ListBinding] = weakref.WeakValueDictionary()


def lines_from_paste(text: str) -> list[str]:
    """One entry per non-empty pasted line, without a leading bullet marker."""
    result = []
    for raw in text.splitlines():
        line = raw.strip()
        for prefix in BULLET_PREFIXES:
            if line.startswith(prefix):
                line = line[len(prefix) :].strip()
                break
        if line:
            result.append(line)
    return result


class ListBinding:
    """``field`` of ``owner`` as a list of elements whose text is ``text_field``."""

    def __init__(
        self,
        session: DocumentSession,
        owner: Node,
        field: ListField[Any, Any],
        *,
        text_field: Field[Any, str],
        factory: Callable[[], Node],
    ) -> None:
        self.session = session
        self.owner = owner
        self.field = field
        self.text_field = text_field
        self.factory = factory
        _bindings[id(self)] = self

    def elements(self) -> list[Any]:
        """The live list in the model."""
        return self.field.of(self.owner)

    def __len__(self) -> int:
        return len(self.elements())

    def text(self, row: int) -> str:
        return self.text_field.get(self.elements()[row])

    def row_of(self, node: object) -> int:
        """Row of ``node`` in the list (by identity), or -1."""
        for row, element in enumerate(self.elements()):
            if element is node:
                return row
        return -1

    def set_text(self, row: int, text: str, *, alone: bool = False) -> bool:
        """Set the text of the element at ``row`` (``alone``: as an undo step of its own);
        False when refused (too long)."""
        element = self.elements()[row]
        if self.text_field.get(element) == text:
            return True
        return self.session.set_value(self.text_field, element, text, alone=alone)

    def insert(self, row: int, texts: Sequence[str] = ("",)) -> bool:
        """Insert one new element per text at ``row``, as one undo step; False when refused
        (a paste longer than one field may hold is no list a person wrote)."""
        size = sum(map(len, texts))
        if size > MAX_FIELD_CHARS:
            self.session.refuse(EditError("edit-too-long", size=size, limit=MAX_FIELD_CHARS))
            return False
        edits: list[Edit] = []
        for offset, text in enumerate(texts):
            element = self.factory()
            try:
                self.text_field.set(element, clean_text(text))  # as typed text is cleaned
            except EditError as error:
                self.session.refuse(error)
                return False
            edits.append(InsertElement(self.field, self.owner, row + offset, element))
        return self.session.apply(edits[0] if len(edits) == 1 else Batch(tuple(edits)))

    def remove(self, row: int) -> None:
        self.session.apply(RemoveElement(self.field, self.owner, row))

    def move_within(self, row: int, new_row: int) -> None:
        """Move the element at ``row`` so that it ends up at ``new_row``."""
        if row == new_row or not 0 <= new_row < len(self):
            return
        self.move_to(row, self, new_row)

    def move_to(self, row: int, target: ListBinding, new_row: int) -> None:
        """Move the element at ``row`` to ``target`` so that it ends up at ``new_row`` there."""
        self.session.apply(
            MoveElement(self.field, self.owner, row, target.field, target.owner, new_row)
        )

    def accepts(self, source: ListBinding) -> bool:
        """Whether elements of ``source`` may be dropped here (same kind of element)."""
        return source.session is self.session and source.factory is self.factory

    # Drag and drop: the payload names a live binding and a row in it.

    def mime_data(self, row: int) -> QMimeData:
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(f"{id(self)}:{row}".encode("ascii")))
        data.setText(self.text(row))
        return data

    @staticmethod
    def from_mime(data: QMimeData) -> tuple[ListBinding, int] | None:
        """The binding and row a drag started from, or None if the data is not ours."""
        if not data.hasFormat(MIME_TYPE):
            return None
        raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", errors="replace")
        token, _, row = raw.partition(":")
        if not (token.isdigit() and row.isdigit()):
            return None
        source = _bindings.get(int(token))
        if source is None or int(row) >= len(source):
            return None
        return source, int(row)

    def drop(self, data: QMimeData, gap: int) -> int | None:
        """Move the dragged element into the gap before row ``gap``; its new row, or None."""
        found = ListBinding.from_mime(data)
        if found is None or not self.accepts(found[0]):
            return None
        source, row = found
        new_row = gap - 1 if source is self and gap > row else gap
        if source is self and new_row == row:
            return None
        source.move_to(row, self, new_row)
        return new_row
