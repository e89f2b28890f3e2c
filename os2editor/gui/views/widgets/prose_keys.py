"""Bold, italic and links in a prose field, as in a word processor: Ctrl+B, Ctrl+I, Ctrl+K and
the same three in the field's context menu.

The field holds markdown, so making text bold puts ``**`` around it and making it bold again
takes them away; the markers are drawn quietly (:mod:`markdown_text`). Each change is one
replacement of the text, and one undo step of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    from os2editor.gui.views.widgets.markdown_text import MarkdownHighlighter

# The characters inline markdown is made of (inline_marks reads from them): a text without
# any has nothing to draw differently, and the drawing is loaded only when one comes.
MARKUP = "*_[`\\#<"
BOLD = ("**", "__")
ITALIC = ("*", "_")
LINK_KEY = QKeySequence("Ctrl+K")
_TITLE = re.compile(r"[ \t]+\"[^\"\n]*\"$")  # a link's title after its address


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProseKeys", text)


def _run_of(text: str, position: int, char: str, step: int) -> int:
    """How many ``char`` stand in a row from ``position`` going by ``step`` (1 or -1)."""
    count = 0
    index = position if step > 0 else position - 1
    while 0 <= index < len(text) and text[index] == char:
        count += 1
        index += step
    return count


def _emphasis_around(text: str, start: int, end: int, markers: tuple[str, ...]) -> str | None:
    """The marker (of ``markers``) that makes ``text[start:end]`` bold or italic now, or None.

    Bold is two marker characters on each side, italic one or three (``***both***``)."""
    for marker in markers:
        char, size = marker[0], len(marker)
        before, after = _run_of(text, start, char, -1), _run_of(text, end, char, 1)
        fits = (lambda n: n >= 2) if size == 2 else (lambda n: n in (1, 3))
        if fits(before) and fits(after):
            return marker
    return None


def toggled(text: str, start: int, end: int, markers: tuple[str, ...]) -> tuple[str, int, int]:
    """``text`` with ``text[start:end]`` made bold or italic (``markers[0]``), or made plain
    again when it is so already; with the new start and end of the same words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inside = _emphasis_around(text, start + len(markers[0]), end - len(markers[0]), markers)
    if end - start > 2 * len(markers[0]) and inside is not None:
        start, end = start + len(inside), end - len(inside)  # the markers were selected too
    found = _emphasis_around(text, start, end, markers)
    if found is not None:
        size = len(found)
        return text[: start - size] + text[start:end] + text[end + size :], start - size, end - size
    marker = markers[0]
    size = len(marker)
    return text[:start] + marker + text[start:end] + marker + text[end:], start + size, end + size


def link_at(text: str, position: int) -> tuple[int, int, str, str] | None:
    """The link ``[words](address)`` around ``position``: its span, words and address. Links
    are found as the field draws them (:data:`inline_marks.LINK`); a picture is no link."""
    from os2editor.gui.views.widgets.inline_marks import LINK  # here: Ctrl+K, not start-up

    for found in LINK.finditer(text):
        if found.start() <= position <= found.end():
            if found.group(1) == "![":
                return None
            address = _TITLE.sub("", found.group(4)).strip("<>")
            return found.start(), found.end(), found.group(2), address
        if found.start() > position:
            break
    return None


def link_markdown(words: str, address: str) -> str:
    """``[words](address)``; an address with spaces or brackets goes in angle brackets."""
    words = words.replace("[", "\\[").replace("]", "\\]")
    if any(char in address for char in " ()"):
        address = f"<{address}>"
    return f"[{words}]({address})"


class ProseKeys:
    """Mixin for a :class:`QPlainTextEdit` of markdown prose (put it before the Qt class).

    The widget calls :meth:`install_prose` once; its own edit path asks :meth:`take_alone`
    whether the text change it is about to record is a formatting step of its own.
    """

    _alone = False
    highlighter: MarkdownHighlighter | None = None

    def follow_prose(self, text: str) -> None:
        """Call with the text the field shows: markdown in it is drawn from now on."""
        if self.highlighter is None and any(char in text for char in MARKUP):
            from os2editor.gui.views.widgets.markdown_text import MarkdownHighlighter

            editor = self._editor()
            self.highlighter = MarkdownHighlighter(
                editor.document(), editor.palette(), editor.font()
            )
            self.highlighter.rehighlight()  # now, not at Qt's next turn: no unstyled paint

    def restyle_prose(self, event: QEvent) -> None:
        """Call from ``changeEvent``: the markers follow a new palette or font."""
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if self.highlighter is not None and event.type() in kinds:
            editor = self._editor()
            self.highlighter.restyle(editor.palette(), editor.font())

    def _editor(self) -> QPlainTextEdit:
        assert isinstance(self, QPlainTextEdit)
        return self

    def take_alone(self) -> bool:
        """Whether the change being recorded is a formatting step (asked once per change)."""
        alone, self._alone = self._alone, False
        return alone

    # Keys: the field sees them before any window shortcut could.

    def prose_key(self, event: QKeyEvent) -> bool:
        """Carry out Ctrl+B, Ctrl+I or Ctrl+K; True when ``event`` was one of them."""
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle(BOLD)
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle(ITALIC)
        elif QKeySequence(event.keyCombination()) == LINK_KEY:
            self.edit_link()
        else:
            return False
        return True

    def claims_shortcut(self, event: QEvent) -> bool:
        """Whether ``event`` is a shortcut override for one of our keys (we take it)."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        return (
            event.matches(QKeySequence.StandardKey.Bold)
            or event.matches(QKeySequence.StandardKey.Italic)
            or QKeySequence(event.keyCombination()) == LINK_KEY
        )

    # Formatting.

    def _replace(self, start: int, end: int, new: str, select: tuple[int, int]) -> None:
        """Replace ``[start, end)`` by ``new`` in one change, then select ``select``."""
        from PySide6.QtGui import QTextCursor

        editor = self._editor()
        cursor = editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._alone = True
        cursor.insertText(new)
        self._alone = False
        cursor.setPosition(select[0])
        cursor.setPosition(select[1], QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)

    def toggle(self, markers: tuple[str, ...]) -> None:
        """Make the selection (or the word at the cursor) bold or italic, or plain again."""
        from PySide6.QtGui import QTextCursor

        editor = self._editor()
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        text = editor.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:  # no word here: start bold (italic) text at the cursor
            marker = markers[0]
            self._replace(start, end, marker * 2, (start + len(marker), start + len(marker)))
            return
        new, new_start, new_end = toggled(text, start, end, markers)
        # Only the markers around the words change: replace just that stretch.
        low, high = max(start - 3, 0), min(end + 3, len(text))
        tail = len(text) - high
        self._replace(low, high, new[low : len(new) - tail], (new_start, new_end))

    def edit_link(self) -> None:
        """Ask for a link at the cursor: a new one around the selection, or the one there."""
        editor = self._editor()
        cursor = editor.textCursor()
        text = editor.toPlainText()
        found = link_at(text, cursor.position()) if not cursor.hasSelection() else None
        if found is not None:
            start, end, words, address = found
        else:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            words, address = text[start:end], ""
            if re.fullmatch(r"(https?://|mailto:)\S+", words):
                address = words
        from os2editor.gui.views.dialogs import link as link_dialog  # patched by tests

        answer = link_dialog.ask_link(editor, words, address)
        if answer is None:
            return
        shown = answer.text or answer.address
        new = link_markdown(shown, answer.address) if answer.address else shown
        self._replace(start, end, new, (start + len(new), start + len(new)))

    # Context menu: the field's own, with the three formatting actions on top.

    def popup_format_menu(self, event: QContextMenuEvent) -> None:
        """Call from ``contextMenuEvent``: the field's menu, gone once closed."""
        menu = self.format_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def format_menu(self, position: QPoint) -> QMenu:
        from PySide6.QtGui import QAction

        editor = self._editor()
        menu = editor.createStandardContextMenu(position)
        first = menu.actions()[0] if menu.actions() else None
        entries: list[tuple[str, QKeySequence, Any]] = [
            (_tr("&Bold"), QKeySequence(QKeySequence.StandardKey.Bold), lambda: self.toggle(BOLD)),
            (_tr("&Italic"), QKeySequence(QKeySequence.StandardKey.Italic),
             lambda: self.toggle(ITALIC)),
            (_tr("&Link…"), LINK_KEY, self.edit_link),
        ]
        for text, key, slot in entries:
            action = QAction(text, menu)
            action.setShortcut(key)  # shown as a reminder: the field takes the key itself
            action.setEnabled(not editor.isReadOnly())
            action.triggered.connect(slot)
            if first is None:
                menu.addAction(action)
            else:
                menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        return menu
