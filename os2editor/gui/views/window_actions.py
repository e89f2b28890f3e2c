"""The window's actions, menus and toolbar. They only lay out: the window connects each
action to what it does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from os2editor.storage.settings import Settings

_Key = QKeySequence.StandardKey
_Icon = QIcon.ThemeIcon


class WindowActions(QObject):
    """Creates every action once and places it in the menus and the toolbar of ``window``."""

    recent_chosen = Signal(object)  # the Path picked in File > Open Recent

    def __init__(self, window: QMainWindow, settings: Settings, validation: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings  # Open Recent lists its recent files
        self.new = self._make(self.tr("&New"), _Key.New, _Icon.DocumentNew)
        self.open = self._make(self.tr("&Open…"), _Key.Open, _Icon.DocumentOpen)
        self.save = self._make(self.tr("&Save"), _Key.Save, _Icon.DocumentSave)
        self.save_as = self._make(self.tr("Save &As…"), _Key.SaveAs, _Icon.DocumentSaveAs)
        self.open_folder = self._make(self.tr("Open &Folder…"))  # a folder as a library
        self.open_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.save_all = self._make(self.tr("Save A&ll"))
        self.save_all.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.export = self._make(self.tr("&Export to Word…"))
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.close = self._make(self.tr("&Close"), _Key.Close)
        self.quit = self._make(self.tr("&Quit"), _Key.Quit, _Icon.ApplicationExit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = self._make(self.tr("&Undo"), _Key.Undo, _Icon.EditUndo)
        self.redo = self._make(self.tr("&Redo"), _Key.Redo, _Icon.EditRedo)
        self.preferences = self._make(self.tr("&Preferences…"), _Key.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preview = self._make(self.tr("&Preview"))
        self.preview.setCheckable(True)
        self.preview.setShortcut(QKeySequence("F9"))
        self.next_part = self._make(self.tr("&Next Part"))
        self.next_part.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.previous_part = self._make(self.tr("P&revious Part"))
        self.previous_part.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.switch_pane = self._make(self.tr("&Switch Pane"))
        self.switch_pane.setShortcut(QKeySequence("F6"))
        self.validation = validation
        self.validation.setText(self.tr("&Validation Panel"))
        self.open_log_folder = self._make(self.tr("Open &Log Folder"))
        self.open_log_folder.setStatusTip(
            self.tr("The log records what the editor did; attach it to a bug report.")
        )
        self.about = self._make(self.tr("&About os2editor"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._build_menus()
        self._build_toolbar()

    def _make(
        self, text: str, key: QKeySequence.StandardKey | None = None,
        icon: QIcon.ThemeIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon is not None and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        if key is not None:
            action.setShortcuts(key)
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open, self.open_folder])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.save_all, self.export])
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
        help_menu.addActions([self.open_log_folder, self.about])

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
        recent = self.settings.recent_files
        for number, name in enumerate(recent, start=1):
            label = f"&{number} {Path(name).name}" if number < 10 else Path(name).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, p=name: self.recent_chosen.emit(Path(p)))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
