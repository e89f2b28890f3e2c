"""A revision change as a person reads it: one sentence saying what changed, and the changed
words shown as in a Word redline (removed words struck through in red, added words underlined
in green), never as diff markup.

Shared by the Changes panel and the outside-change comparison. The sentence is the core's
(:mod:`os2editor.revision.wording`), so the window, the CLI and the redline say the same thing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from os2editor.revision import Change
    from os2editor.revision.words import WordDiff

REMOVED_COLOUR = "#c62828"
ADDED_COLOUR = "#2e7d32"
HtmlRole = Qt.ItemDataRole.UserRole + 7
"""The item data role that holds an item's rich text; its display role stays plain text, for
screen readers and keyboard search."""
PADDING = 4
_SPACE_RE = re.compile(r"\s+")

ModelIndex = QModelIndex | QPersistentModelIndex


def removed_html(text: str) -> str:
    return (f'<span style="color:{REMOVED_COLOUR}; text-decoration:line-through">'
            f"{html.escape(text, quote=False)}</span>")


def added_html(text: str) -> str:
    return (f'<span style="color:{ADDED_COLOUR}; text-decoration:underline">'
            f"{html.escape(text, quote=False)}</span>")


def words_html(words: WordDiff) -> str:
    """The word diff in colour, on one line, long unchanged runs cut as the CLI cuts them."""
    return _words(words, removed_html, added_html, lambda text: html.escape(text, quote=False))


def words_plain(words: WordDiff) -> str:
    """The word diff in words, for a screen reader and a tooltip: "... for (removed: two)
    (added: three) days"."""
    removed = QCoreApplication.translate("change_html", "(removed: {text})")
    added = QCoreApplication.translate("change_html", "(added: {text})")
    return _words(words, lambda text: _said(removed, text), lambda text: _said(added, text),
                  lambda text: text, " ")


def _said(template: str, text: str) -> str:
    """``text`` put into ``template``, the spaces around it kept outside: " (added: x)"."""
    core = text.strip()
    start = text.index(core) if core else 0
    return f"{text[:start]}{template.format(text=core)}{text[start + len(core):]}"


def _words(
    words: WordDiff, removed: Callable[[str], str], added: Callable[[str], str],
    same: Callable[[str], str], between: str = "",
) -> str:
    from os2editor.revision.wording import elide

    parts: list[str] = []
    last = len(words) - 1
    for k, (op, text) in enumerate(words):
        flat = _SPACE_RE.sub(" ", text)
        if op == "delete":
            parts.append(removed(flat))
        elif op == "insert":
            if k and words[k - 1][0] == "delete" and not flat[:1].isspace():
                parts.append(between)  # "(removed: a) (added: b)"
            parts.append(added(flat))
        else:
            parts.append(same(elide(flat, first=k == 0, last=k == last)))
    return "".join(parts).strip()


def change_html(change: Change, language: str) -> str:
    """``change`` as rich text in ``language`` ("da" or "en"): the core's sentence, with a
    changed text's words in colour, an added text in green and a removed one struck out."""
    from os2editor.revision import ChangeKind
    from os2editor.revision.wording import sentence, values

    filled = {name: html.escape(value, quote=False) for name, value in values(change).items()}
    if change.kind is ChangeKind.EDITED and change.words:
        filled["diff"] = words_html(change.words)
    elif change.kind is ChangeKind.ADDED:
        filled["new"] = added_html(values(change)["new"])
    elif change.kind is ChangeKind.REMOVED:
        filled["old"] = removed_html(values(change)["old"])
    return html.escape(sentence(change, language), quote=False).format(**filled)


def change_plain(change: Change, language: str) -> str:
    """``change`` as one line of plain text, the changed words said in words."""
    from os2editor.revision import ChangeKind
    from os2editor.revision.wording import sentence, values

    filled = values(change)
    if change.kind is ChangeKind.EDITED and change.words:
        filled["diff"] = words_plain(change.words)
    return sentence(change, language).format(**filled)


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's :data:`HtmlRole` rich text, wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(PADDING)
        document.setHtml(str(index.data(HtmlRole) or html.escape(str(index.data() or ""))))
        width = option.rect.width()
        widget: Any = option.widget
        if width <= 0 and widget is not None:
            width = widget.viewport().width()
        document.setTextWidth(max(80, width))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        from PySide6.QtGui import QAbstractTextDocumentLayout

        document = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
