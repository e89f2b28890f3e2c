"""Find and replace across the folder: every match in its context, with its role and part.

The matches are grouped by role; each has a box to tick (all are ticked at first), and a
role's box ticks or clears all of its matches. Replace changes the ticked ones through the
controller (one undo step for the whole replace, in every file); double-clicking a match
opens its role at the field that holds it. The panel only lays out and reports.
"""

from __future__ import annotations

import html
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from os2editor.gui.views.widgets.plain_text import tooltip

if TYPE_CHECKING:
    from os2editor.library import Match

CONTEXT = 2  # the column that shows the match in its context
_MATCH = Qt.ItemDataRole.UserRole
_HTML = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ContextDelegate(QStyledItemDelegate):
    """Paints a match's context with the match in bold (rich text in one cell)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = index.data(_HTML)
        if not isinstance(text, str):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(text, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        top = area.top() + max(0, (area.height() - document.size().height()) / 2)
        painter.translate(area.left(), top)
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(_HTML)
        if isinstance(text, str):
            size.setWidth(int(self._document(text, option).idealWidth()) + 8)
        return size

    @staticmethod
    def _document(text: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(text)
        return document


def context_html(match: Match) -> str:
    """The match's line of its field, the match in bold, everything else escaped."""
    before, found, after = match.context()
    lead = "…" if before and not match.spot.text.startswith(before) else ""
    tail = "…" if after and not match.spot.text.endswith(after) else ""
    return (f"{lead}{html.escape(before)}<b>{html.escape(found)}</b>"
            f"{html.escape(after)}{tail}").replace("\n", " ")


class FindReplacePanel(QWidget):
    """Find (match case, whole word), the matches to tick, and Replace."""

    find_requested = Signal(str, bool, bool)  # text, match case, whole word
    replace_requested = Signal(list, str)  # the ticked matches, the new text
    match_activated = Signal(object)  # a Match to show in its document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[Match] = []
        self.find_text = QLineEdit(self)
        self.find_text.setAccessibleName(self.tr("Find"))
        self.find_text.setPlaceholderText(self.tr("Text to find in every description"))
        self.replace_text = QLineEdit(self)
        self.replace_text.setAccessibleName(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("&Match case"), self)
        self.whole_word = QCheckBox(self.tr("&Whole word"), self)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.replace_button = QPushButton(self.tr("&Replace ticked"), self)
        self.replace_button.setEnabled(False)
        find_label = QLabel(self.tr("F&ind:"), self)
        find_label.setBuddy(self.find_text)
        replace_label = QLabel(self.tr("Replace wit&h:"), self)
        replace_label.setBuddy(self.replace_text)
        grid = QGridLayout()
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_text, 0, 1)
        grid.addWidget(self.find_button, 0, 2)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replace_text, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        options = QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_word)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        self.summary = QLabel(self)
        self.results = QTreeWidget(self)
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([self.tr("Description and part"), self.tr("Line"),
                                      self.tr("Match in its context")])
        self.results.setAccessibleName(self.tr("Matches"))
        self.results.setItemDelegateForColumn(CONTEXT, ContextDelegate(self.results))
        self.results.setUniformRowHeights(True)
        self.results.itemChanged.connect(self._ticked)
        self.results.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.find_text.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.replace_button.clicked.connect(self.replace)

    def search(self) -> None:
        text = self.find_text.text()
        if text:
            self.find_requested.emit(text, self.match_case.isChecked(),
                                     self.whole_word.isChecked())

    def replace(self) -> None:
        chosen = self.ticked()
        if chosen:
            self.replace_requested.emit(chosen, self.replace_text.text())

    def show_matches(self, matches: list[Match], unsaved: Collection[Path] = ()) -> None:
        """List ``matches`` by role, every one ticked. A match in a document with unsaved
        changes has no line number: the file's lines are those of the last save."""
        self.matches = matches
        self.results.blockSignals(True)
        self.results.clear()
        groups: dict[object, QTreeWidgetItem] = {}
        for number, match in enumerate(matches):
            group = groups.get(match.path)
            if group is None:
                group = QTreeWidgetItem(self.results, [match.title or match.path.name])
                group.setToolTip(0, tooltip(str(match.path)))
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsAutoTristate)
                group.setCheckState(0, Qt.CheckState.Checked)
                groups[match.path] = group
            line = "" if match.path in unsaved else str(match.line)
            item = QTreeWidgetItem(group, [match.part, line, ""])
            item.setData(0, _MATCH, number)
            item.setData(CONTEXT, _HTML, context_html(match))
            item.setData(CONTEXT, Qt.ItemDataRole.AccessibleTextRole,
                         "".join(match.context()))
            item.setToolTip(CONTEXT, tooltip(match.line_text))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
        self.results.expandAll()
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(1)
        self.results.blockSignals(False)
        self._ticked()

    def ticked(self) -> list[Match]:
        """The matches whose box is ticked, in order."""
        chosen = []
        for group_index in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(group_index)
            assert group is not None
            for index in range(group.childCount()):
                item = group.child(index)
                if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                    chosen.append(self.matches[int(item.data(0, _MATCH))])
        return chosen

    def _ticked(self, *_args: object) -> None:
        count, chosen = len(self.matches), len(self.ticked())
        files = len({match.path for match in self.matches})
        self.summary.setText(" ".join((
            self.tr("%n match(es)", "", count), self.tr("in %n file(s);", "", files),
            self.tr("{chosen} ticked.").format(chosen=chosen))) if self.matches else "")
        self.replace_button.setEnabled(chosen > 0)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        number = item.data(0, _MATCH)
        if isinstance(number, int) and 0 <= number < len(self.matches):
            self.match_activated.emit(self.matches[number])

    def say(self, text: str) -> None:
        """A line under the fields: no matches, what was replaced."""
        self.summary.setText(text)
