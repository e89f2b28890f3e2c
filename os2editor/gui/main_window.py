"""The editor window: parts on the left, the chosen part's form in the middle, preview right."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from os2editor.about import APP_NAME, version
from os2editor.errors import WriteError
from os2editor.gui import interaction
from os2editor.gui.file_actions import FileController, render_document
from os2editor.gui.navigation import TITLES, NavigationPane, section_of
from os2editor.gui.preview import PreviewPane
from os2editor.gui.session import DocumentSession
from os2editor.gui.status_bar import EditorStatusBar
from os2editor.gui.texts import error_text
from os2editor.gui.validation_panel import ValidationPanel
from os2editor.gui.window_actions import WindowActions
from os2editor.storage.settings import Settings, save_settings

if TYPE_CHECKING:
    from os2editor.gui.autosave import WindowAutosave
    from os2editor.gui.external_change import WindowFileWatch
    from os2editor.gui.revision_mode import RevisionController

MARKDOWN_SUFFIXES = {".md", ".markdown"}


class MainWindow(QMainWindow):
    """One window, one document.

    Hooks for controllers attached from outside (autosave, external changes, revision):
    ``session`` (the open DocumentSession), ``session_changed`` (a new one is shown),
    ``session_closed`` (the user is done with one), ``files.saved`` (path and Fingerprint after
    each save), ``status.show_autosaved(time)``, and ``set_session()`` to show another.
    """

    # Attached in __init__ by the controllers that own them.
    autosave: WindowAutosave
    file_watch: WindowFileWatch
    revision: RevisionController

    session_changed = Signal(object)  # the new DocumentSession, after New/Open
    # The session the user is done with (saved or changes discarded on purpose), just before it
    # is replaced or the window closes: the moment to drop its autosave.
    session_closed = Signal(object)

    def __init__(self, settings: Settings, session: DocumentSession) -> None:
        super().__init__()
        self.settings = settings
        self.session = session
        self.undo_group = QUndoGroup(self)
        self.files = FileController(self, settings, self)
        self._forms: dict[int, QWidget] = {}
        self._sections: list[int] = []
        self._following_history = False
        self._build_layout()
        self.window_actions = WindowActions(self)
        self._connect()
        self.setAcceptDrops(True)
        self.set_session(session)
        self._restore_window_settings()
        from os2editor.gui import reliability
        from os2editor.gui.revision_mode import RevisionController

        reliability.attach(self)  # autosave and a watch on the file
        self.revision = RevisionController(self)  # revision mode: baseline, changes, redline

    def _build_layout(self) -> None:
        self.navigation = NavigationPane(self)
        self.stack = QStackedWidget(self)
        self.preview = PreviewPane(render_document, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.navigation, 0), (self.stack, 3), (self.preview, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([220, 640, 420])
        self.setCentralWidget(self.splitter)
        self.validation = ValidationPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.validation)
        self.validation.hide()
        self.status = EditorStatusBar(self)
        self.setStatusBar(self.status)
        self.resize(1280, 800)

    def _connect(self) -> None:
        self.navigation.part_selected.connect(self.show_part)
        self.undo_group.cleanChanged.connect(self._on_clean_changed)
        self.undo_group.canUndoChanged.connect(self.window_actions.undo.setEnabled)
        self.undo_group.canRedoChanged.connect(self.window_actions.redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._describe_undo)
        self.undo_group.redoTextChanged.connect(self._describe_redo)
        self.validation.problems_changed.connect(self.status.show_problems)
        self.validation.problem_activated.connect(self.jump_to_problem)
        self.status.validation_clicked.connect(self.show_validation_panel)
        self.files.saved.connect(lambda *_: self.status.show_saved(datetime.now()))

    def _describe_undo(self, what: str) -> None:
        text = self.tr("Undo: {action}").format(action=what) if what else self.tr("Undo")
        self.window_actions.undo.setToolTip(text)

    def _describe_redo(self, what: str) -> None:
        text = self.tr("Redo: {action}").format(action=what) if what else self.tr("Redo")
        self.window_actions.redo.setToolTip(text)

    # -- the document ----------------------------------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session`` in this window, replacing the current document."""
        old = self.session
        if old is not session:
            self.session_closed.emit(old)
            old.changed.disconnect(self._on_model_changed)
            old.path_changed.disconnect(self._update_title)
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.session = session
        session.setParent(self)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(self._on_model_changed)
        session.path_changed.connect(self._update_title)
        self._drop_forms()
        self._sections = [id(s) for s in session.doc.sections]
        self.preview.set_document(session.doc)
        self.validation.set_document(session.doc)
        self.navigation.set_session(session)
        self.status.reset()
        self._update_title()
        self._on_clean_changed(session.undo_stack.isClean())
        self.window_actions.undo.setEnabled(session.undo_stack.canUndo())
        self.window_actions.redo.setEnabled(session.undo_stack.canRedo())
        self.session_changed.emit(session)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*]")
        self.setWindowFilePath(str(self.session.path or ""))

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        self.status.show_modified(not clean)

    def _on_model_changed(self, owner: object) -> None:
        self.preview.schedule_render()
        self.validation.schedule_check()
        doc = self.session.doc
        if owner is None or owner is doc:
            structure = [id(s) for s in doc.sections]
            if owner is None or structure != self._sections:
                self._sections = structure
                self._drop_forms()
                self.show_part(self.navigation.current_key())
        if self._following_history and owner is not None:
            # After undo/redo, show where the change happened.
            key = section_of(doc, owner)
            if key != self.navigation.current_key():
                self.navigation.select(key)

    # -- forms -----------------------------------------------------------------------------

    def show_part(self, key: int) -> None:
        """Show the form for ``key`` (TITLES or a section index), creating it on first use."""
        if key >= len(self.session.doc.sections):
            key = TITLES
        form = self._forms.get(key)
        if form is None:
            # Forms scroll by themselves, so they go straight into the stack.
            form = self._build_form(None if key == TITLES else key)
            self.stack.addWidget(form)
            self._forms[key] = form
        self.stack.setCurrentWidget(form)
        self.preview.scroll_to_section(None if key == TITLES else key)

    def current_form(self) -> QWidget | None:
        return self._forms.get(self.navigation.current_key())

    def _build_form(self, section_index: int | None) -> QWidget:
        try:
            from os2editor.gui.forms import form_for  # forms load on first use
        except ImportError:
            return self._placeholder(section_index)
        form: QWidget = form_for(self.session, section_index)
        return form

    def _placeholder(self, section_index: int | None) -> QWidget:
        if section_index is None:
            name = self.tr("Title and metadata")
        else:
            name = self.session.doc.sections[section_index].heading
        label = QLabel(self.tr("The form for “{name}” is not available.").format(name=name))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _drop_forms(self) -> None:
        for form in self._forms.values():
            self.stack.removeWidget(form)
            form.deleteLater()
        self._forms.clear()

    # -- validation ------------------------------------------------------------------------

    def show_validation_panel(self) -> None:
        if not self.validation.isVisible():
            self.validation.show()
            # A short strip under the form, not half the window.
            self.resizeDocks([self.validation], [self.height() // 6], Qt.Orientation.Vertical)
        self.validation.raise_()
        self.validation.list.setFocus()

    def jump_to_problem(self, problem: Any) -> None:
        """Select the part a problem is about and put the cursor in its field."""
        index = getattr(problem, "section_index", None)
        key = TITLES if index is None else int(index)
        if key >= len(self.session.doc.sections):
            return
        self.navigation.select(key)
        self.show_part(key)
        form = self.current_form()
        field = getattr(problem, "field", None)
        focus_field = getattr(form, "focus_field", None)
        if field and callable(focus_field):
            focus_field(field)

    # -- actions ---------------------------------------------------------------------------

    def undo(self) -> None:
        self._follow_history(self.undo_group.undo)

    def redo(self) -> None:
        self._follow_history(self.undo_group.redo)

    def _follow_history(self, step: Any) -> None:
        self._following_history = True
        try:
            step()
        finally:
            self._following_history = False

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        self.settings.show_preview = visible
        if visible:
            self.preview.scroll_to_section(self._current_section())

    def _current_section(self) -> int | None:
        key = self.navigation.current_key()
        return None if key == TITLES else key

    def focus_next_pane(self) -> None:
        """F6: move between the parts list and the form."""
        if self.navigation.tree.hasFocus():
            target = _first_focusable(self.stack.currentWidget())
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.navigation.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            interaction.show_error(
                self,
                self.tr("Cannot open the file"),
                self.tr(
                    "{path} no longer exists. It has been removed from the recent files."
                ).format(path=path),
            )
            self.settings.remove_recent(path)
            return
        self.files.open_path(path)

    def edit_preferences(self) -> None:
        from os2editor.gui.preferences import PreferencesDialog  # rarely opened; 4 ms to load

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            dialog.apply_to(self.settings)
            self._save_settings()

    def show_about(self) -> None:
        interaction.show_about(
            self,
            self.tr("About os2editor"),
            f"{APP_NAME} {version()}\n\n"
            + self.tr("os2editor edits OS2 function descriptions and exports them to Word."),
        )

    def quit_application(self) -> None:
        """Quit: close every window; each one asks about its unsaved changes."""
        QApplication.closeAllWindows()

    # helpers the controllers call

    def may_save_over(self, path: Path) -> bool:
        """False when ``path`` changed on disk and the user does not want it overwritten."""
        from os2editor.gui import reliability

        return reliability.may_save_over(self, path)

    def dialog_parent(self) -> QWidget:
        return self

    def show_status(self, text: str) -> None:
        self.status.showMessage(text, 5000)

    # -- window events ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.session_closed.emit(self.session)
        self._store_window_settings()
        self._save_settings()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_markdown(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_markdown(event)
        if path is None:
            return
        event.acceptProposedAction()
        # Open after the drop finishes so a dialog does not run inside the drag's event loop.
        QTimer.singleShot(0, lambda: self.files.open_path(path))

    # -- settings --------------------------------------------------------------------------

    def _restore_window_settings(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))
        self.window_actions.preview.setChecked(self.settings.show_preview)
        self.preview.setVisible(self.settings.show_preview)

    def _store_window_settings(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except WriteError as exc:
            interaction.show_warning(self, self.tr("Settings not saved"), error_text(exc))


def _dropped_markdown(event: QDragEnterEvent | QDropEvent) -> Path | None:
    for url in event.mimeData().urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in MARKDOWN_SUFFIXES:
                return path
    return None


def _first_focusable(root: QWidget | None) -> QWidget | None:
    if root is None:
        return None
    for child in root.findChildren(QWidget):
        if (
            child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return child
    return None
