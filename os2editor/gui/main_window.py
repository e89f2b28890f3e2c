"""The editor window: parts on the left, the chosen part's form in the middle, preview right.

The window lays out its views, makes its controllers (each given what it needs), and wires
them together. It is the :class:`~os2editor.gui.controllers.host.DocumentHost` the
controllers know it as; none of them imports this module.

Several documents can be open at once, one shown at a time (:mod:`~os2editor.gui.controllers.
documents`), and a folder as a library (:mod:`~os2editor.gui.controllers.library`): tabs above
the editor switch between them. The views are one set, shown over the chosen document; each
document keeps its own undo history, unsaved state, file watch and autosave.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from os2editor.checks import Problem
from os2editor.edits import Change, EditError
from os2editor.errors import WriteError
from os2editor.gui.controllers.autosave import WindowAutosave
from os2editor.gui.controllers.documents import OpenDocuments
from os2editor.gui.controllers.file_actions import FileController, render_document
from os2editor.gui.controllers.find import FindController
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_text
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.document_tabs import DocumentTabs
from os2editor.gui.views.form_stack import FormStack
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.library.actions import LibraryActions
from os2editor.gui.views.navigation import TITLES, NavigationPane, part_of
from os2editor.gui.views.panels.readability import ReadabilityMeter
from os2editor.gui.views.panels.validation import ValidationPanel
from os2editor.gui.views.preview import PreviewPane
from os2editor.gui.views.status_bar import EditorStatusBar
from os2editor.gui.views.window_actions import WindowActions, edit_focused
from os2editor.gui.window_pages import WindowPages
from os2editor.model import FunctionDescription, owner_section
from os2editor.storage.settings import Settings, save_settings

if TYPE_CHECKING:
    from os2editor.gui.controllers.documents import DocumentSlot
    from os2editor.gui.controllers.file_watch import FileWatch
    from os2editor.gui.controllers.view_place import ViewPlace

MARKDOWN_SUFFIXES = {".md", ".markdown"}
REFUSED_MS = 10_000  # how long the status bar says why an edit was refused
WIDE_WINDOW = 1280  # narrower than this, the Changes panel takes room from the preview
NARROW_NAVIGATION = 170
FORM_SHARE = 0.64

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One window: open documents in tabs, one shown, and the library of an open folder."""

    # The DocumentSession shown from now on: after New, Open, a reload, a switch of tabs.
    session_changed = Signal(object)
    # The session the user is done with (saved or changes discarded on purpose), just before it
    # is replaced, closed or the window closes: the moment to drop its autosave.
    session_closed = Signal(object)
    session_opened = Signal(object)  # a document joined the window (a tab, or a library job's)

    def __init__(self, settings: Settings, session: DocumentSession) -> None:
        super().__init__()
        self.settings = settings
        self.session = session
        self._wired: DocumentSession | None = None
        self.undo_group = QUndoGroup(self)
        self._build_layout()
        self.window_actions = WindowActions(self, settings, self.validation.toggleViewAction())
        self.library_actions = LibraryActions(self, self.window_actions.open_folder)
        self.documents = OpenDocuments(self, parent=self)
        self.documents.opened.connect(self.session_opened)
        self.documents.closed.connect(self.session_closed)
        self.files = FileController(self, settings, self.documents, self)  # it asks the watch
        self.autosave = WindowAutosave(self, self.status, parent=self)
        self.pages = WindowPages(self, self.tabs, self.page_stack, parent=self)
        self.finder = FindController(self, self.navigation, self.forms)
        self.readability = ReadabilityMeter(self.status, self.navigation, self.forms, settings,
                                            self)
        self.guide: QWidget | None = None
        self._connect()
        self.setAcceptDrops(True)
        self.documents.add(session)
        self.bind_views(session)
        self._restore_window_settings()
        from os2editor.gui.controllers.revision_mode import RevisionController

        self.revision = RevisionController(self, self, self.navigation, self.forms, settings)
        self.revision.panel.visibilityChanged.connect(self._make_room_for_the_form)

    def _make_room_for_the_form(self, panel_shown: bool) -> None:
        """With the Changes panel open in a narrow window (1024 px), the form would keep a
        third of the width: give it most of what the navigation and the preview can spare."""
        if not panel_shown or self.width() >= WIDE_WINDOW:
            return
        sizes = self.splitter.sizes()
        navigation = min(sizes[0], NARROW_NAVIGATION)
        rest = sum(sizes) - navigation
        form = int(rest * FORM_SHARE)
        self.splitter.setSizes([navigation, form, rest - form])

    def _build_layout(self) -> None:
        self.navigation = NavigationPane(self)
        self.forms = FormStack(self)
        self.preview = PreviewPane(render_document, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.navigation, 0), (self.forms, 3), (self.preview, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([220, 640, 420])
        self.tabs = DocumentTabs(self)
        self.tabs.hide()
        self.page_stack = QStackedWidget(self)
        self.page_stack.addWidget(self.splitter)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.page_stack)
        self.setCentralWidget(central)
        self.validation = ValidationPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.validation)
        self.validation.hide()
        self.status = EditorStatusBar(self)
        self.setStatusBar(self.status)
        self.resize(1280, 800)

    def _connect(self) -> None:
        actions, files = self.window_actions, self.files
        triggered: list[tuple[QAction, Callable[[], object]]] = [
            (actions.new, files.new_document),
            (actions.open, files.open_dialog),
            (actions.save, self.pages.save),
            (actions.open_folder, self.pages.open_folder_dialog),
            (actions.save_all, self.pages.save_all),
            (actions.save_as, files.save_as),
            (actions.export, lambda: files.export(pdf=False)),
            (actions.export_pdf, lambda: files.export(pdf=True)),
            (actions.print, files.print_document),
            (actions.close, self.pages.close_current),
            (actions.quit, self.quit_application),
            (actions.undo, self.undo_group.undo),
            (actions.redo, self.undo_group.redo),
            (actions.cut, lambda: edit_focused("cut")),
            (actions.copy, lambda: edit_focused("copy")),
            (actions.paste, lambda: edit_focused("paste")),
            (actions.select_all, lambda: edit_focused("selectAll")),
            (actions.find, self.finder.open),
            (actions.find_next, lambda: self.finder.step(1)),
            (actions.find_previous, lambda: self.finder.step(-1)),
            (actions.preferences, self.edit_preferences),
            (actions.next_part, lambda: self.navigation.select_relative(1)),
            (actions.previous_part, lambda: self.navigation.select_relative(-1)),
            (actions.switch_pane, self.focus_next_pane),
            (actions.open_log_folder, self.open_log_folder),
            (actions.about, self.show_about),
            (actions.guide, self.show_guide),
        ]
        for action, slot in triggered:
            action.triggered.connect(lambda _checked=False, run=slot: run())
        actions.preview.toggled.connect(self.set_preview_visible)
        actions.readability_marks.toggled.connect(self.readability.set_marking)
        actions.follow_focus()
        actions.recent_chosen.connect(self.open_recent)
        self.navigation.part_selected.connect(self.show_part)
        self.undo_group.cleanChanged.connect(self._on_clean_changed)
        self.undo_group.canUndoChanged.connect(actions.undo.setEnabled)
        self.undo_group.canRedoChanged.connect(actions.redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._describe_undo)
        self.undo_group.redoTextChanged.connect(self._describe_redo)
        self.validation.problems_changed.connect(self.status.show_problems)
        self.validation.problem_activated.connect(self.jump_to_problem)
        self.status.validation_clicked.connect(self.show_validation_panel)
        files.saved.connect(self.documents.saved)
        files.saved.connect(lambda *_: self.status.show_saved(datetime.now()))

    def _describe_undo(self, what: str) -> None:
        text = self.tr("Undo: {action}").format(action=what) if what else self.tr("Undo")
        self.window_actions.undo.setToolTip(text)

    def _describe_redo(self, what: str) -> None:
        text = self.tr("Redo: {action}").format(action=what) if what else self.tr("Redo")
        self.window_actions.redo.setToolTip(text)

    # -- the documents ---------------------------------------------------------------------

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session`` (New, Open, a restored document) in a tab of its own. It takes the
        place of the document shown when that one is blank (untitled, never edited), and of
        the same file's document when that one has no unsaved changes; when it has, that
        document is shown and ``session`` dropped, so no edit is lost."""
        self.pages.place(session)

    def show_document(self, session: DocumentSession) -> None:
        """Show the open document ``session`` in the editor (its tab chosen)."""
        self.pages.show_document(session)

    def save_document(self, session: DocumentSession) -> bool:
        """Show ``session`` and save it (its file watch asks this: the user keeps theirs)."""
        self.show_document(session)
        return self.files.save()

    def session_replaced(self, old: DocumentSession, new: DocumentSession) -> None:
        """A slot got a fresh session (a reload): show it if the old one was shown."""
        if old is self.session:
            self.bind_views(new)

    def save_library_documents(self, slots: list[DocumentSlot]) -> bool:
        """Save the unsaved documents of ``slots`` together (a library job's files)."""
        from os2editor.gui.controllers.save_all import save_all

        saved = save_all(self, slots)
        self.pages.update_title()
        return saved

    def comparing(self, session: DocumentSession, baseline: FunctionDescription,
                  name: str) -> None:
        """Revision mode against ``baseline`` for ``session`` (now, if it is shown)."""
        revision = getattr(self, "revision", None)
        if session is self.session and revision is not None:
            revision.set_baseline(baseline, name)

    @property
    def file_watch(self) -> FileWatch | None:
        """The file watch of the document shown."""
        slot = self.documents.slot_of(self.session)
        return slot.watch if slot is not None else None

    def bind_views(self, session: DocumentSession) -> None:
        """Put the views over ``session``; each document's part and baseline come back with it."""
        self.pages.leave(self.session)
        self.session = session
        self._wire(session)
        self.forms.set_session(session)
        self.preview.set_document(session.doc)
        self.validation.set_document(session.doc)
        self.navigation.set_session(session)
        self.finder.set_session(session)
        self.readability.set_session(session)
        self.status.reset()
        self.pages.activate_undo()
        self._update_title()
        self.window_actions.undo.setEnabled(self.undo_group.canUndo())
        self.window_actions.redo.setEnabled(self.undo_group.canRedo())
        self.session_changed.emit(session)
        self.pages.arrive(session)

    def _wire(self, session: DocumentSession) -> None:
        """Hear the shown document's edits, and no other's."""
        old = self._wired
        if old is session:
            return
        if old is not None and shiboken6.isValid(old):
            old.changed.disconnect(self._on_model_changed)
            old.replayed.disconnect(self._show_where)
            old.refused.disconnect(self._show_refused)
            old.path_changed.disconnect(self._update_title)
        session.changed.connect(self._on_model_changed)
        session.replayed.connect(self._show_where)
        session.refused.connect(self._show_refused)
        session.path_changed.connect(self._update_title)
        self._wired = session

    def _update_title(self) -> None:
        self.pages.update_title()

    def _on_clean_changed(self, _clean: bool) -> None:
        self.pages.update_title()

    def _on_model_changed(self, _change: Change) -> None:
        self.preview.schedule_render()
        self.validation.schedule_check()
        self.pages.update_tabs()

    def _show_where(self, change: Change) -> None:
        """After an undo or redo, show the part where it happened."""
        key = part_of(self.session.doc, change)
        if key is not None and key != self.navigation.current_key():
            self.navigation.select(key)

    def _show_refused(self, error: EditError) -> None:
        """An edit the document could not take (say, 5 MB pasted into a field): say why. The
        document is unchanged and the field shows its text again."""
        self.status.showMessage(error_text(error), REFUSED_MS)

    # -- forms -----------------------------------------------------------------------------

    def show_part(self, key: int) -> None:
        """Show the form for ``key`` (TITLES or a section index), creating it on first use."""
        if key >= len(self.session.doc.sections):
            key = TITLES
        self.forms.show_part(key)
        self.preview.scroll_to_section(None if key == TITLES else key)

    def current_form(self) -> Form | None:
        return self.forms.current_form()

    # -- validation ------------------------------------------------------------------------

    def show_validation_panel(self) -> None:
        if not self.validation.isVisible():
            self.validation.show()
            # A short strip under the form, not half the window.
            self.resizeDocks([self.validation], [self.height() // 6], Qt.Orientation.Vertical)
        self.validation.raise_()
        self.validation.list.setFocus()

    def jump_to_problem(self, problem: Problem) -> None:
        """Select the part a warning is about and put the cursor in its field."""
        from os2editor.gui.controllers.spots import show_spot
        from os2editor.gui.views.panels.problem_place import locate

        doc = self.session.doc
        place = locate(doc, problem)
        if place.node is None:
            key = TITLES if place.key is None else place.key
            self.navigation.select(key)
            self.show_part(key)
            return
        show_spot(doc, self.navigation, self.forms, place.node, field=place.field,
                  section=None if place.key == TITLES else place.key)

    def jump_to(self, node: object, section_index: int | None) -> None:
        """Select the part that holds ``node`` (in section ``section_index`` when known) and
        put the cursor in its field."""
        doc = self.session.doc
        key = section_index
        if key is None and node is not None:
            key = owner_section(doc, node)
        key = TITLES if key is None or key >= len(doc.sections) else key
        self.navigation.select(key)
        self.show_part(key)
        form = self.current_form()
        if form is not None and node is not None:
            form.focus_node(node)

    # -- actions ---------------------------------------------------------------------------

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        self.settings.show_preview = visible
        if visible:
            key = self.navigation.current_key()
            self.preview.scroll_to_section(None if key == TITLES else key)

    def focus_next_pane(self) -> None:
        """F6: move between the parts list and the form."""
        if self.navigation.tree.hasFocus():
            target = _first_focusable(self.forms.currentWidget())
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
        from os2editor.gui.views.dialogs.preferences import PreferencesDialog  # 4 ms to load

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            dialog.apply_to(self.settings)
            self._save_settings()
            self.readability.update_now()  # the target band may have changed

    def open_log_folder(self) -> None:
        """Help > Open Log Folder: the folder in the system's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from os2editor.logfile import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.show_status(self.tr("The log folder is {path}").format(path=folder))

    def show_about(self) -> None:
        """The version, the licence and where the source lives."""
        from os2editor.gui.views.dialogs.guide import about_html

        interaction.show_about(self, self.tr("About os2editor"), about_html())

    def show_guide(self) -> None:
        """F1: the user guide in the window's language, beside the window."""
        from os2editor.gui.i18n import current_language
        from os2editor.gui.views.dialogs.guide import UserGuide

        if self.guide is None:
            self.guide = UserGuide(current_language(), self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def quit_application(self) -> None:
        """Quit: close every window; each one asks about its unsaved changes."""
        QApplication.closeAllWindows()

    # -- what the controllers ask (DocumentHost) -------------------------------------------

    def dialog_parent(self) -> QWidget:
        return self

    def show_status(self, text: str) -> None:
        self.status.showMessage(text, 5000)

    def view_place(self) -> ViewPlace:
        from os2editor.gui.controllers.view_place import place_of

        return place_of(self.session.doc, self.navigation, self.forms)

    def restore_view_place(self, place: ViewPlace) -> None:
        from os2editor.gui.controllers.view_place import return_to

        return_to(self.session.doc, self.navigation, self.forms, place)

    # -- window events ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.pages.ask_about_each_unsaved():
            event.ignore()
            return
        for slot in self.documents:
            self.session_closed.emit(slot.session)
        self._store_window_settings()
        self._save_settings()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped(event)
        if path is None:
            return
        event.acceptProposedAction()
        # Open after the drop finishes so a dialog does not run inside the drag's event loop.
        if path.is_dir():
            QTimer.singleShot(0, lambda: self.pages.open_folder(path))
        else:
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
            log.warning("settings not saved: %s", exc.message.code)
            interaction.show_warning(self, self.tr("Settings not saved"), error_text(exc))


def _dropped(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """A dropped markdown file to open, or a folder to open as a library."""
    for url in event.mimeData().urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in MARKDOWN_SUFFIXES or path.is_dir():
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
