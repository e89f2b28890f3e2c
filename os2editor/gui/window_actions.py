"""The window's actions, menus and toolbar. Behaviour lives in the window and its controllers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from os2editor.gui.main_window import MainWindow

_Key = QKeySequence.StandardKey
_Icon = QIcon.ThemeIcon


class WindowActions(QObject):
    """Creates every action once and places it in the menus and the toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        files = window.files
        self.new = self._make(self.tr("&New"), files.new_document, _Key.New, _Icon.DocumentNew)
        self.open = self._make(self.tr("&Open…"), files.open_dialog, _Key.Open, _Icon.DocumentOpen)
        self.save = self._make(self.tr("&Save"), files.save, _Key.Save, _Icon.DocumentSave)
        self.save_as = self._make(
            self.tr("Save &As…"), files.save_as, _Key.SaveAs, _Icon.DocumentSaveAs
        )
        self.export = self._make(self.tr("&Export to Word…"), files.export_word, None, None)
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.close = self._make(self.tr("&Close"), window.close, _Key.Close, None)
        self.quit = self._make(
            self.tr("&Quit"), window.quit_application, _Key.Quit, _Icon.ApplicationExit
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = self._make(self.tr("&Undo"), window.undo, _Key.Undo, _Icon.EditUndo)
        self.redo = self._make(self.tr("&Redo"), window.redo, _Key.Redo, _Icon.EditRedo)
        self.preferences = self._make(
            self.tr("&Preferences…"), window.edit_preferences, _Key.Preferences, None
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preview = self._make(self.tr("&Preview"), window.set_preview_visible, None, None)
        self.preview.setCheckable(True)
        self.preview.setShortcut(QKeySequence("F9"))
        self.next_part = self._make(
            self.tr("&Next Part"), lambda: window.navigation.select_relative(1), None, None
        )
        self.next_part.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.previous_part = self._make(
            self.tr("P&revious Part"), lambda: window.navigation.select_relative(-1), None, None
        )
        self.previous_part.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.switch_pane = self._make(self.tr("&Switch Pane"), window.focus_next_pane, None, None)
        self.switch_pane.setShortcut(QKeySequence("F6"))
        self.validation = window.validation.toggleViewAction()
        self.validation.setText(self.tr("&Validation Panel"))
        self.about = self._make(self.tr("&About os2editor"), window.show_about, None, None)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._build_menus()
        self._build_toolbar()

    def _make(
        self,
        text: str,
        slot: Callable[..., object],
        key: QKeySequence.StandardKey | None,
        icon: QIcon.ThemeIcon | None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon is not None and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        if key is not None:
            action.setShortcuts(key)
        action.triggered.connect(
            lambda checked=False: slot(checked) if action.isCheckable() else slot()
        )
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.export])
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.preview, self.validation])
        view_menu.addSeparator()
        view_menu.addActions([self.next_part, self.previous_part, self.switch_pane])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self.window)
        toolbar.setObjectName("main_toolbar")  # saveState() needs a stable name
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addAction(self.export)
        toolbar.addSeparator()
        toolbar.addAction(self.preview)
        self.window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files
        for number, name in enumerate(recent, start=1):
            label = f"&{number} {Path(name).name}" if number < 10 else Path(name).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, p=name: self.window.open_recent(Path(p)))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
