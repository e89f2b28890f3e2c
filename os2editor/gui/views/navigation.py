"""The navigation list: the document's parts in file order, each with its item count.

It also adds, removes and reorders ``##`` sections, each one edit of the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from os2editor.edits import Change, InsertElement, MoveElement, RemoveElement
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.widgets.plain_text import tooltip
from os2editor.model import (
    KINDS,
    FreeSection,
    FunctionDescription,
    ListSection,
    Priority,
    PurposeSection,
    ResponsibilitiesSection,
    Section,
    SectionWalk,
    TasksSection,
    new_section,
    owner_section,
)
from os2editor.model import fields as f

TITLES = -1  # the key of the "title and metadata" entry; sections use their index
_KEY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PartInfo:
    """What the list shows beside a part's name."""

    count: int | None  # how many items it holds (None: no count shown)
    as_text: bool = False  # edited as markdown text: the forms do not model it


class _PartInfo(SectionWalk[PartInfo]):
    def purpose(self, section: PurposeSection) -> PartInfo:
        return PartInfo(len(section.initiatives) or None)

    def responsibilities(self, section: ResponsibilitiesSection) -> PartInfo:
        return PartInfo(len(section.areas) or len(section.items))

    def tasks(self, section: TasksSection) -> PartInfo:
        return PartInfo(sum(len(section.tasks(p)) for p in Priority))

    def listing(self, section: ListSection) -> PartInfo:
        return PartInfo(len(section.items))

    def free(self, section: FreeSection) -> PartInfo:
        return PartInfo(None, as_text=True)


part_info = _PartInfo().section


def part_of(doc: FunctionDescription, change: Change) -> int | None:
    """The part an edit happened in: TITLES, a section index, or None when it rearranged the
    parts themselves."""
    for node in change.nodes:
        if node is doc and isinstance(change.edit, InsertElement | RemoveElement | MoveElement):
            return None  # sections added, removed or moved
        if node is doc or node is doc.front_matter:
            return TITLES
        index = owner_section(doc, node)
        if index is not None:
            return index
    return None


class NavigationPane(QWidget):
    """The list of parts plus small buttons to manage sections."""

    part_selected = Signal(int)  # TITLES or a section index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: DocumentSession | None = None
        self._shown: list[int] = []  # the sections listed, by identity
        # The buttons are made first, so that they come before the list in the Tab order: one
        # Tab from the list reaches the chosen part's form (Shift+Tab reaches the buttons).
        self._build_buttons()
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Parts of the description"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        for action in (self.remove_action, self.up_action, self.down_action):
            # Only while the list has focus: forms use Alt+Up/Down for their own lists.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(self._buttons)
        self.setFocusProxy(self.tree)  # focus comes to the pane, and Tab leaves it, by the list

    def _build_buttons(self) -> None:
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button = self._button(self.tr("Add section"), "+")
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_action = self._action(self.tr("Remove section"), "−", self.remove_section)
        self.up_action = self._action(
            self.tr("Move section up"), "↑", lambda: self.move_section(-1)
        )
        self.down_action = self._action(
            self.tr("Move section down"), "↓", lambda: self.move_section(1)
        )
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.add_button)
        for action in (self.remove_action, self.up_action, self.down_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(action.toolTip())  # the text is only a symbol
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)

    def _button(self, tooltip: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
        return button

    def _action(self, name: str, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setToolTip(name)
        action.setStatusTip(name)
        action.triggered.connect(slot)
        return action

    # -- model -> list -------------------------------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        if self._session is not None:
            self._session.changed.disconnect(self._on_changed)
        self._session = session
        session.changed.connect(self._on_changed)
        self.rebuild(select=TITLES)

    def _structure(self) -> list[int]:
        assert self._session is not None
        return [id(section) for section in self._session.doc.sections]

    def rebuild(self, select: int | None = None) -> None:
        """Recreate the entries; keep (or set) the selected key."""
        assert self._session is not None
        keep = self.current_key() if select is None else select
        sections = self._session.doc.sections
        self._shown = self._structure()
        self.tree.blockSignals(True)
        self.tree.clear()
        # Roomy rows: easier to hit, and legible on a projector.
        row = QSize(1, round(self.tree.fontMetrics().height() * 1.8))
        for key in range(TITLES, len(sections)):
            entry = QTreeWidgetItem(["", ""])
            entry.setData(0, _KEY, key)
            entry.setSizeHint(0, row)
            self.tree.addTopLevelItem(entry)
        first = self.tree.topLevelItem(0)
        assert first is not None
        first.setText(0, self.tr("Title and metadata"))
        self._update_texts()
        self.tree.blockSignals(False)
        self.select(min(keep, len(sections) - 1))

    def _update_texts(self) -> None:
        assert self._session is not None
        for index, section in enumerate(self._session.doc.sections):
            entry = self.tree.topLevelItem(index + 1)
            assert entry is not None
            name = section.heading.strip() or self.tr("(untitled section)")
            info = part_info(section)
            count = info.count
            entry.setText(0, name)
            entry.setText(1, "" if count is None else str(count))
            entry.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = QFont(entry.font(0))
            font.setItalic(info.as_text)  # a quiet mark: the forms know this part only as text
            entry.setFont(0, font)
            # The full name, since a narrow list elides long headings (plain: it is user text).
            tip = self.tr("{name} (other section, edited as text)") if info.as_text else "{name}"
            entry.setToolTip(0, tooltip(tip.format(name=name)))
            label = (
                name
                if count is None
                else self.tr("{name}, %n items", "", count).format(name=name)
            )
            entry.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
        self._update_actions()

    def _on_changed(self, _change: Change) -> None:
        if self._structure() != self._shown:
            self.rebuild()
        else:
            self._update_texts()

    # -- selection -----------------------------------------------------------------------

    def current_key(self) -> int:
        item = self.tree.currentItem()
        return TITLES if item is None else int(item.data(0, _KEY))

    def select(self, key: int) -> None:
        item = self.tree.topLevelItem(key + 1)
        if item is not None:
            self.tree.setCurrentItem(item)

    def select_relative(self, step: int) -> None:
        count = self.tree.topLevelItemCount()
        position = (self.current_key() + 1 + step) % count
        self.select(position - 1)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_actions()
        if current is not None:
            self.part_selected.emit(int(current.data(0, _KEY)))

    def _update_actions(self) -> None:
        key = self.current_key()
        total = 0 if self._session is None else len(self._session.doc.sections)
        self.remove_action.setEnabled(key >= 0)
        self.up_action.setEnabled(key > 0)
        self.down_action.setEnabled(0 <= key < total - 1)

    # -- section management --------------------------------------------------------------

    def _fill_add_menu(self) -> None:
        assert self._session is not None
        self.add_menu.clear()
        free = self.add_menu.addAction(self.tr("Other section (free text)"))
        free.triggered.connect(
            lambda: self.add_section(FreeSection(heading=self.tr("New section")))
        )
        present = {section.kind for section in self._session.doc.sections}
        missing = [known for known in KINDS if known.kind not in present]
        if missing:
            self.add_menu.addSeparator()
        for known in missing:
            # Headings are document text, so Danish as in the OS2 handbook.
            action = self.add_menu.addAction(known.heading)
            action.triggered.connect(
                lambda _=False, kind=known.kind: self.add_section(new_section(kind))
            )

    def add_section(self, section: Section) -> None:
        """Insert ``section`` after the selected one and select it."""
        assert self._session is not None
        index = max(self.current_key() + 1, 0)
        if self._session.apply(InsertElement(f.SECTIONS, self._session.doc, index, section)):
            self.select(index)

    def remove_section(self) -> None:
        assert self._session is not None
        key = self.current_key()
        if key >= 0:
            self._session.apply(RemoveElement(f.SECTIONS, self._session.doc, key))

    def move_section(self, step: int) -> None:
        assert self._session is not None
        doc = self._session.doc
        key = self.current_key()
        target = key + step
        if key < 0 or not 0 <= target < len(doc.sections):
            return
        if self._session.apply(MoveElement(f.SECTIONS, doc, key, f.SECTIONS, doc, target)):
            self.select(target)
