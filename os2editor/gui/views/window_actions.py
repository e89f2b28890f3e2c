"""The window's actions, menus and toolbar. They only lay out: the window connects each
action to what it does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from os2editor.storage.settings import Settings

_Key = QKeySequence.StandardKey
_Icon = QIcon.ThemeIcon
TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def focused_text() -> TextWidget | None:
    """The text field that has the keyboard focus, if one has."""
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, TextWidget) else None


def edit_focused(command: str) -> None:
    """Edit > Cut, Copy, Paste or Select All (``command`` names the widget's own slot) on the
    focused text field. The field's own key handling goes first, so this runs from the menu."""
    widget = focused_text()
    if widget is not None:
        getattr(widget, command)()


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
        self.save_all = self._make(self.tr("Save A&ll"), shortcut="Ctrl+Alt+S")
        self.export = self._make(self.tr("&Export to Word…"), shortcut="Ctrl+E")
        self.export_pdf = self._make(self.tr("Export to P&DF…"))
        self.print = self._make(self.tr("&Print…"), _Key.Print, _Icon.DocumentPrint)
        self.close = self._make(self.tr("&Close"), _Key.Close)
        self.quit = self._make(self.tr("&Quit"), _Key.Quit, _Icon.ApplicationExit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = self._make(self.tr("&Undo"), _Key.Undo, _Icon.EditUndo)
        self.redo = self._make(self.tr("&Redo"), _Key.Redo, _Icon.EditRedo)
        # Act on the focused field; a text field that has the key handles it first itself.
        self.cut = self._make(self.tr("Cu&t"), _Key.Cut, _Icon.EditCut)
        self.copy = self._make(self.tr("&Copy"), _Key.Copy, _Icon.EditCopy)
        self.paste = self._make(self.tr("&Paste"), _Key.Paste, _Icon.EditPaste)
        self.select_all = self._make(self.tr("Select &All"), _Key.SelectAll, _Icon.EditSelectAll)
        self.find = self._make(self.tr("&Find…"), _Key.Find, _Icon.EditFind)
        self.find_next = self._make(self.tr("Find &Next"), _Key.FindNext)
        self.find_previous = self._make(self.tr("Find Pre&vious"), _Key.FindPrevious)
        self.preferences = self._make(self.tr("Pr&eferences…"), _Key.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preview = self._make(self.tr("&Preview"))
        self.preview.setCheckable(True)
        self.preview.setShortcut(QKeySequence("F9"))
        self.readability_marks = self._make(self.tr("&Mark Long Sentences and Words"))
        self.readability_marks.setCheckable(True)
        self.readability_marks.setStatusTip(
            self.tr("Mark the longest sentences and the long words of the part you edit.")
        )
        self.next_part = self._make(self.tr("&Next Part"), shortcut="Ctrl+PgDown")
        self.previous_part = self._make(self.tr("P&revious Part"), shortcut="Ctrl+PgUp")
        self.switch_pane = self._make(self.tr("&Switch Pane"), shortcut="F6")
        self.validation = validation
        self.validation.setText(self.tr("&Validation Panel"))
        self.open_log_folder = self._make(self.tr("Open &Log Folder"))
        self.open_log_folder.setStatusTip(
            self.tr("The log records what the editor did; attach it to a bug report.")
        )
        self.guide = self._make(self.tr("User &Guide"), _Key.HelpContents, _Icon.HelpFaq)
        self.about = self._make(self.tr("&About os2editor"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._build_menus()
        self._build_toolbar()

    def _make(
        self, text: str, key: QKeySequence.StandardKey | None = None,
        icon: QIcon.ThemeIcon | None = None, *, shortcut: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon is not None and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        if key is not None:
            action.setShortcuts(key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open, self.open_folder])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.save_all])
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.export_pdf, self.print])
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.select_all])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.find_next, self.find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.preview, self.validation])
        view_menu.addSeparator()
        view_menu.addAction(self.readability_marks)
        view_menu.addSeparator()
        view_menu.addActions([self.next_part, self.previous_part, self.switch_pane])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide, self.open_log_folder, self.about])

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

    def follow_focus(self) -> None:
        """Keep Cut, Copy, Paste and Select All enabled only where they can act."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        text = now if isinstance(now, TextWidget) else None
        writable = text is not None and not text.isReadOnly()
        self.cut.setEnabled(writable)
        self.paste.setEnabled(writable)
        self.copy.setEnabled(text is not None)
        self.select_all.setEnabled(text is not None)

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
