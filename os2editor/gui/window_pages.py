"""What the window shows: the library page or a document, chosen with the tabs above them.

Part of :class:`~os2editor.gui.main_window.MainWindow`, kept apart so each reads in one
sitting: where a newly opened document goes, switching tabs (each document comes back with
the part it showed and the baseline revision mode compared it with), closing one document or
all of them with a question about each unsaved one, Save and Save All, and opening and
closing a folder as a library.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget

from os2editor.errors import Os2EditorError
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.document_tabs import UNSAVED, DocumentTabs, TabEntry
from os2editor.model import FunctionDescription

if TYPE_CHECKING:
    from os2editor.gui.controllers.documents import DocumentSlot
    from os2editor.gui.controllers.library import LibraryController
    from os2editor.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class _Library:
    """The key of the library's tab."""


LIBRARY = _Library()


class WindowPages(QObject):
    """The tabs and pages of one window."""

    def __init__(self, window: MainWindow, tabs: DocumentTabs, stack: QStackedWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.tabs = tabs
        self.stack = stack
        self.library: LibraryController | None = None
        self.showing_library = False
        tabs.chosen.connect(self._chosen)
        tabs.close_requested.connect(self._close_requested)
        window.documents.tabs_changed.connect(self.update_tabs)
        self._connect_library_menu()
        for keys, step in ((QKeySequence.StandardKey.NextChild, 1),
                           (QKeySequence.StandardKey.PreviousChild, -1)):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))

    def _connect_library_menu(self) -> None:
        menu = self.window.library_actions
        menu.show_library.triggered.connect(self.show_library)
        menu.find.triggered.connect(lambda: self._library_section("find"))
        menu.site_order.triggered.connect(lambda: self._library_section("site"))
        menu.compare.triggered.connect(lambda: self._with_library("compare"))
        menu.approve.triggered.connect(lambda: self._with_library("approve"))
        menu.pack.triggered.connect(lambda: self._with_library("pack"))
        menu.reload.triggered.connect(lambda: self._with_library("reload"))
        menu.close.triggered.connect(self.close_folder)

    def _library_section(self, which: str) -> None:
        """Show the library's find-and-replace panel or its site order, ready to type in."""
        library = self.library
        if library is None:
            return
        self.show_library()
        view = library.view
        if which == "find":
            view.sections.setCurrentWidget(view.find_replace)
            view.find_replace.find_text.setFocus()
            view.find_replace.find_text.selectAll()
        else:
            view.sections.setCurrentWidget(view.site_order)
            view.site_order.tree.setFocus()

    def _with_library(self, job: str) -> None:
        library = self.library
        if library is None:
            return
        if job == "compare":
            library.round.choose_baseline()
        elif job == "approve":
            self.show_library()
            library.work.approve(library.view.roles.chosen_paths())
        elif job == "pack":
            library.round.export_pack()
        else:
            library.refresh()

    # -- where a document goes ---------------------------------------------------------------

    def place(self, session: DocumentSession) -> None:
        """Show a document just opened or made (see MainWindow.set_session)."""
        documents = self.window.documents
        same = documents.slot_for(session.path) if session.path is not None else None
        if same is not None and same.session is not session:
            if same.session.is_modified():
                self.show_document(same.session)
                session.deleteLater()
                self.window.show_status(self.tr(
                    "{name} is open already, with unsaved changes: it is shown as it is."
                ).format(name=session.path.name if session.path else ""))
                return
            documents.replace(same, session)
            self.show_document(session)
            return
        current = documents.slot_of(self.window.session)
        if current is not None and current.is_blank():
            documents.replace(current, session)
        elif documents.slot_of(session) is None:
            documents.add(session)
        self.show_document(session)

    def show_document(self, session: DocumentSession) -> None:
        """Show ``session`` in the editor, with its tab chosen."""
        documents = self.window.documents
        slot = documents.slot_of(session)
        if slot is None:
            return
        documents.give_tab(slot)
        if session is not self.window.session:
            self.window.bind_views(session)
        if self.showing_library:
            self.showing_library = False
            self.stack.setCurrentWidget(self.window.splitter)
            self.activate_undo()
            self._enable_document_actions(True)
            revision = getattr(self.window, "revision", None)
            if revision is not None and revision.baseline is not None:
                revision.panel.show()
        self.update_title()
        self.update_tabs()

    def leave(self, session: DocumentSession) -> None:
        """The window moves away from ``session``: remember its part and its baseline."""
        slot = self.window.documents.slot_of(session)
        if slot is None:
            return
        slot.part = self.window.navigation.current_key()
        revision = getattr(self.window, "revision", None)
        if revision is not None:
            baseline = revision.baseline
            slot.baseline = (baseline, revision.baseline_name) if baseline is not None else None

    def arrive(self, session: DocumentSession) -> None:
        """``session`` is shown again: its part, and revision mode against its baseline."""
        slot = self.window.documents.slot_of(session)
        if slot is None:
            return
        if slot.part is not None and slot.part < len(session.doc.sections):
            self.window.navigation.select(slot.part)
        revision = getattr(self.window, "revision", None)
        if revision is not None and slot.baseline is not None:
            revision.set_baseline(*slot.baseline)

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab and Ctrl+Shift+Tab: the next or the previous tab."""
        count = self.tabs.count()
        if count > 1 and self.tabs.isVisible():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    # -- the tabs and the title ----------------------------------------------------------------

    def update_tabs(self) -> None:
        entries = []
        if self.library is not None:
            folder = self.library.folder
            entries.append(TabEntry(LIBRARY, self.tr("Library: {name}").format(name=folder.name),
                                    str(folder)))
        tabs = self.window.documents.tabs()
        for slot in tabs:
            session = slot.session
            name = _name(session.doc, session.path) or self.tr("Untitled")
            text = name + (UNSAVED if session.is_modified() else "")
            entries.append(TabEntry(session, text, str(session.path or name)))
        current = LIBRARY if self.showing_library else self.window.session
        self.tabs.show_entries(entries, current)
        self.tabs.setVisible(self.library is not None or len(tabs) > 1)

    def update_title(self) -> None:
        window = self.window
        if self.showing_library and self.library is not None:
            window.setWindowTitle(f"{self.library.folder.name}[*]")
            window.setWindowFilePath(str(self.library.folder))
            modified = bool(window.documents.modified())
        else:
            window.setWindowTitle(f"{window.files.display_name()}[*]")
            window.setWindowFilePath(str(window.session.path or ""))
            modified = window.session.is_modified()
        window.setWindowModified(modified)
        window.status.show_modified(modified)

    def activate_undo(self) -> None:
        """Edit > Undo takes back the last step of what is shown: a document's edit, or on
        the library page its last job (a reorder, a replace, an approval) in every file."""
        if self.showing_library and self.library is not None:
            self.window.undo_group.setActiveStack(self.library.jobs)
        else:
            self.window.undo_group.setActiveStack(self.window.session.undo_stack)

    def _enable_document_actions(self, enabled: bool) -> None:
        actions = self.window.window_actions
        revision = getattr(self.window, "revision", None)
        if revision is not None:
            revision.menu.setEnabled(enabled)
        document: list[QAction] = [actions.save_as, actions.export, actions.next_part,
                                   actions.previous_part, actions.switch_pane, actions.preview,
                                   actions.validation]
        for action in document:
            action.setEnabled(enabled)
        # The status bar's warnings and the docks are the shown document's: not on the
        # library page.
        self.window.status.validation_button.setVisible(enabled)
        if not enabled:
            self.window.validation.hide()
            if revision is not None:
                revision.panel.hide()

    def _chosen(self, key: object) -> None:
        if key is LIBRARY:
            self.show_library()
        elif isinstance(key, DocumentSession):
            self.show_document(key)

    def _close_requested(self, key: object) -> None:
        if key is LIBRARY:
            self.close_folder()
        elif isinstance(key, DocumentSession):
            self.close_document(key)

    # -- closing -------------------------------------------------------------------------------

    def close_current(self) -> None:
        """File > Close: the folder on the library page; else the document shown, or the
        window when that is the only thing open."""
        if self.showing_library:
            self.close_folder()
        elif self.library is not None or len(self.window.documents.tabs()) > 1:
            self.close_document(self.window.session)
        else:
            self.window.close()

    def close_document(self, session: DocumentSession) -> bool:
        """Close one document, asking first when it has unsaved changes."""
        documents = self.window.documents
        slot = documents.slot_of(session)
        if slot is None:
            return True
        self.show_document(session)
        if not self.window.files.maybe_save():
            return False
        tabs = documents.tabs()
        others = [other for other in tabs if other is not slot]
        if others:
            self.show_document(others[min(tabs.index(slot), len(others) - 1)].session)
        elif self.library is not None:
            blank = DocumentSession(_new_description())
            documents.add(blank, tab=False)
            self.window.bind_views(blank)
            self.show_library()
        else:
            return self.window.close()
        documents.remove(slot)
        return True

    def ask_about_each_unsaved(self, slots: list[DocumentSlot] | None = None) -> bool:
        """Ask Save / Discard / Cancel about each unsaved document (of ``slots``, else of the
        window), each shown as it is asked about. False when the user cancelled."""
        for slot in slots if slots is not None else list(self.window.documents):
            if slot.session.is_modified():
                self.show_document(slot.session)
                if not self.window.files.maybe_save():
                    return False
        return True

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """File > Save: the document shown; on the library page, every unsaved document."""
        if self.showing_library:
            self.save_all()
        else:
            self.window.files.save()

    def save_all(self) -> bool:
        """File > Save All: every document with unsaved changes and a file, each written whole
        or not at all; a stop says which were written."""
        from os2editor.gui.controllers.save_all import save_all

        saved = save_all(self.window)
        self.update_title()
        if self.library is not None:
            self.library.refresh()
        return saved

    # -- the library ---------------------------------------------------------------------------

    def open_folder_dialog(self) -> None:
        from os2editor.gui.views.library import dialogs

        session_path = self.window.session.path
        start = self.library.folder if self.library is not None else (
            session_path.parent if session_path is not None else Path.home())
        chosen = dialogs.ask_folder(self.window, str(start))
        if chosen is not None:
            self.open_folder(Path(chosen))

    def open_folder(self, folder: Path) -> bool:
        """Open ``folder`` as the window's library (closing the one open before)."""
        if self.library is not None:
            if _same_folder(self.library.folder, folder):
                self.show_library()
                return True
            if not self.close_folder():
                return False
        from os2editor.gui.controllers.library import LibraryController

        controller = LibraryController(self.window, folder, parent=self)
        if not controller.start():
            return False
        self.library = controller
        self.window.library_actions.set_open(True)
        self.stack.addWidget(controller.view)
        current = self.window.documents.slot_of(self.window.session)
        if current is not None and current.is_blank() and len(self.window.documents.tabs()) == 1:
            current.tab = False  # an empty new description has no place beside the library
        self.show_library()
        controller.fill()
        return True

    def show_library(self) -> None:
        if self.library is None:
            return
        self.showing_library = True
        self.library.show_rows()  # what the documents now say (unsaved marks, places)
        self.stack.setCurrentWidget(self.library.view)
        self.activate_undo()
        self._enable_document_actions(False)
        self.update_title()
        self.update_tabs()
        self.library.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_folder(self) -> bool:
        """Close the library, asking about each document a library job changed and no one
        opened; documents opened from it stay open."""
        library = self.library
        if library is None:
            return True
        documents = self.window.documents
        background = [slot for slot in documents if not slot.tab]
        if not self.ask_about_each_unsaved(background):
            return False
        shown = documents.slot_of(self.window.session)
        if shown is not None and shown in background:
            shown.tab = True  # the window's document for now; replaced by the next opened
        for slot in background:
            if slot is not shown:
                documents.remove(slot)
        self.library = None
        self.window.library_actions.set_open(False)
        library.close()
        self.stack.removeWidget(library.view)
        library.view.deleteLater()
        library.deleteLater()
        self.show_document(self.window.session)
        return True


def _name(doc: FunctionDescription, path: Path | None) -> str:
    """A document's name on its tab: the role's short title, else its file name."""
    title = (doc.front_matter.title or "").strip()
    if title:
        return title
    return path.name if path is not None else ""


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one == other


def _new_description() -> FunctionDescription:
    """What the window holds, unseen, while only the library is open: the New template, as
    ``os2editor`` starts with (an empty description if the template cannot be read)."""
    from os2editor.gui.controllers.file_actions import template_document

    try:
        return template_document()
    except (Os2EditorError, OSError):
        return FunctionDescription()
