"""The Library menu: what the library page's buttons do, with keys, for a keyboard user and for
finding it at all. It only lays out; the window's pages connect each action."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class LibraryActions(QObject):
    """The Library menu of ``window``, placed before the menus after View."""

    def __init__(self, window: QMainWindow, open_folder: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Library"), window)
        self.menu.addAction(open_folder)
        self.show_library = self._make(self.tr("Show &Library"), "Ctrl+L")
        self.menu.addSeparator()
        self.find = self._make(self.tr("&Find and Replace in Folder…"), "Ctrl+Shift+F")
        self.site_order = self._make(self.tr("&Site Order"))
        self.compare = self._make(self.tr("&Compare with a Version…"))
        self.approve = self._make(self.tr("&Approve Chosen Descriptions…"))
        self.pack = self._make(self.tr("Export &Board Pack…"))
        self.menu.addSeparator()
        self.reload = self._make(self.tr("&Reload Folder"), "F5")
        self.close = self._make(self.tr("Close F&older"))
        self.set_open(False)
        bar = window.menuBar()
        actions = bar.actions()
        # After File, Edit and View: the menus added later (Revision, Help) come after it.
        if len(actions) > 3:
            bar.insertMenu(actions[3], self.menu)
        else:
            bar.addMenu(self.menu)

    def _make(self, text: str, key: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        self.window.addAction(action)  # the keys work with the menu bar hidden too
        self.menu.addAction(action)
        return action

    def folder_actions(self) -> list[QAction]:
        return [self.show_library, self.find, self.site_order, self.compare, self.approve,
                self.pack, self.reload, self.close]

    def set_open(self, is_open: bool) -> None:
        """Enabled while a folder is open."""
        for action in self.folder_actions():
            action.setEnabled(is_open)
