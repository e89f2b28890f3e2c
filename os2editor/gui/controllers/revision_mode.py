"""Revision mode: compare the open description with an approved version.

The user picks a baseline (another file, or an earlier git commit of this file). The changes
are listed in a side panel and the changed parts get a quiet mark in the navigation; clicking a
change jumps to its field. "Mark as approved" records the approval in the front matter (one undo
step), and the Word redline carries the changes as tracked changes.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu

from os2editor.edits import Batch, Change, SetEntry
from os2editor.errors import Os2EditorError
from os2editor.gui.texts import error_text, message_text
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.form_stack import FormStack
from os2editor.gui.views.navigation import TITLES, NavigationPane
from os2editor.gui.views.panels.revision import RevisionPanel
from os2editor.gui.views.places import OTHER_KEYS, WEEKLY_HOURS, Place
from os2editor.markdown import load, loads
from os2editor.model import FunctionDescription, Node, Priority, TasksSection
from os2editor.model import fields as f
from os2editor.storage.settings import Settings

if TYPE_CHECKING:
    from os2editor.gui.controllers.host import DocumentHost
    from os2editor.gui.session import DocumentSession
    from os2editor.revision import Change as Difference

REFRESH_MS = 400  # the diff waits until typing pauses
_KEY = Qt.ItemDataRole.UserRole
# The front matter keys the title form shows in a field of their own.
_FRONT_FIELDS: dict[str, Any] = {
    field.name: field for field in (f.FM_TITLE, f.FM_LAYOUT, f.FM_PARENT, f.FM_NAV_ORDER)
}

log = logging.getLogger(__name__)


def _mark_icon() -> QIcon:
    """A small dot: the only colour revision mode adds to the window."""
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(200, 120, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 8, 8)
    painter.end()
    return QIcon(pixmap)


def change_place(change: Difference, doc: FunctionDescription) -> tuple[int, Place] | None:
    """Where a revision change shows in the window: the part's key and the place in its form;
    None for a removed section, which has no place left.

    The one reader of the diff's paths, whose steps are typed (``os2editor.revision.changes``:
    indexes, priorities, the model's field constants, front matter keys, the weekly hours):
    it follows them to the places forms register. A sub-item shows through its item's row.
    """
    from os2editor.revision import ChangeKind
    from os2editor.revision.changes import Derived, FrontMatterKey

    path = change.path or (f.H1,)
    key, steps = TITLES, list(path)
    node: Node = doc
    place = Place(doc, f.H1)
    if isinstance(path[0], int):
        key, steps = path[0], steps[1:]
        if key >= len(doc.sections) or (
            change.kind is ChangeKind.REMOVED and change.field == "section"
        ):
            return None
        node = doc.sections[key]
        place = Place(node, f.HEADING)
    while steps:
        step = steps.pop(0)
        if isinstance(step, int):
            if not isinstance(place.address, f.ListField):
                break
            elements = place.address.of(place.node)
            place = Place(place.node, place.address, step)  # an element of the list named
            node = elements[step] if steps and step < len(elements) else node
        elif isinstance(step, FrontMatterKey):
            node = doc.front_matter
            # A key the model has no field for is one of the other keys.
            place = Place(node, _FRONT_FIELDS.get(step.name, OTHER_KEYS))
        elif isinstance(step, Priority):
            if not isinstance(node, TasksSection):
                break
            node = node.group(step)
            place = Place(node, f.GROUP_ITEMS)
        elif step is Derived.WEEKLY_HOURS:
            place = Place(node, WEEKLY_HOURS)
        elif step is f.CHILDREN or not isinstance(step, f.Field | f.ListField):
            break
        elif isinstance(node, step.node_type):
            place = Place(node, step)
        else:
            break
    return key, place


class RevisionController(QObject):
    """Owns the baseline, the panel, the marks and the Revision menu of one window.

    It is given the window (for its menu bar and a dock), the window's document, the
    navigation and the forms it marks and jumps in, and the settings (who signs an approval
    and a redline).
    """

    def __init__(
        self,
        window: QMainWindow,
        host: DocumentHost,
        navigation: NavigationPane,
        forms: FormStack,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.navigation = navigation
        self.forms = forms
        self.settings = settings
        self.baseline: FunctionDescription | None = None
        self.baseline_name = ""
        self.changes: list[Difference] = []
        self.places: list[tuple[int, Place]] = []  # where each change shows, at the last diff
        self._icon = _mark_icon()
        self.panel = RevisionPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.change_activated.connect(self.jump_to)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._build_menu()
        self._session: DocumentSession | None = None
        host.session_changed.connect(self._on_session)
        # A form is built when first shown; mark its fields once it is there.
        navigation.part_selected.connect(lambda _key: QTimer.singleShot(0, self, self.mark_fields))
        self._on_session(host.session)

    # -- menu ------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.menu = QMenu(self.tr("&Revision"), self.window)
        self.compare_file = self._action(self.tr("Compare with &file…"), self.choose_file)
        self.compare_commit = self._action(self.tr("Compare with earlier &version in git…"),
                                           self.choose_commit)
        self.stop = self._action(self.tr("&Stop comparing"), self.stop_comparing)
        self.menu.addSeparator()
        self.approve = self._action(self.tr("Mark as &approved…"), self.mark_approved)
        self.redline = self._action(self.tr("Export Word &redline…"), self.export_redline)
        bar = self.window.menuBar()
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)  # before Help
        else:
            bar.addMenu(self.menu)
        self._update_actions()

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _update_actions(self) -> None:
        comparing = self.baseline is not None
        self.stop.setEnabled(comparing)
        self.redline.setEnabled(comparing)

    # -- baseline --------------------------------------------------------------------------

    def _on_session(self, session: DocumentSession) -> None:
        if self._session is not None:
            self._session.changed.disconnect(self._schedule)
        self._session = session
        session.changed.connect(self._schedule)
        self.stop_comparing()  # a different document: the old baseline means nothing

    def _schedule(self, _change: Change) -> None:
        if self.baseline is not None:
            self._timer.start()

    def choose_file(self) -> None:
        session = self.host.session
        start = str(session.path.parent) if session.path else str(Path.home())
        chosen = interaction.ask_open_path(self.host.dialog_parent(), start,
                                           self.tr("Compare with an approved version"))
        if chosen is None:
            return
        try:
            baseline = load(chosen)
        except Os2EditorError as error:
            interaction.show_error(self.window, self.tr("Cannot compare"), error_text(error))
            return
        self.set_baseline(baseline, Path(chosen).name)

    def choose_commit(self) -> None:
        path = self.host.session.path
        if path is None or not path.exists():
            interaction.show_error(self.window, self.tr("Cannot compare"),
                                   self.tr("Save the description first; only a saved file "
                                           "has earlier versions in git."))
            return
        from os2editor.revision import file_at, file_commits

        try:
            commits = file_commits(path)
            if not commits:
                interaction.show_error(self.window, self.tr("Cannot compare"),
                                       self.tr("git has no earlier version of this file."))
                return
            from os2editor.gui.views.dialogs import revision  # loaded when first needed

            sha = revision.choose_commit(self.host.dialog_parent(), commits)
            if sha is None:
                return
            baseline = loads(file_at(path, sha), f"{path.name}@{sha[:7]}")
        except Os2EditorError as error:
            log.warning("no git baseline for %s: %s", path, error.message.code)
            interaction.show_error(self.window, self.tr("Cannot compare"), error_text(error))
            return
        from os2editor.gui.texts import date_text

        commit = next((c for c in commits if c.sha == sha), None)
        day = date_text(commit.date) if commit is not None else ""
        self.set_baseline(baseline, f"{path.name} @ {sha[:7]} {day}".rstrip())

    def set_baseline(self, baseline: FunctionDescription, name: str) -> None:
        """Start comparing the open document with ``baseline``."""
        self.baseline = baseline
        self.baseline_name = name
        self.panel.show()
        self._update_actions()
        self.refresh()

    def stop_comparing(self) -> None:
        self.baseline = None
        self.changes, self.places = [], []
        self.panel.hide()
        self._timer.stop()
        self._mark_navigation(set())
        self.mark_fields()
        self._update_actions()

    # -- changes ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the changes and show them."""
        if self.baseline is None:
            return
        from os2editor.revision import diff

        self.changes = diff(self.baseline, self.host.session.doc)
        self.panel.show_changes(self.baseline_name, self.changes)
        doc = self.host.session.doc
        self.places = [found for change in self.changes
                       if (found := change_place(change, doc)) is not None]
        self._mark_navigation({key for key, _place in self.places})
        self.mark_fields()

    def _mark_navigation(self, keys: set[int]) -> None:
        tree = self.navigation.tree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is None:
                continue
            marked = int(item.data(0, _KEY)) in keys
            item.setIcon(0, self._icon if marked else QIcon())
            item.setData(0, Qt.ItemDataRole.WhatsThisRole,
                         self.tr("Changed since the baseline") if marked else "")

    def mark_fields(self) -> None:
        """Put the quiet mark on the captions of the changed fields in the form on screen."""
        form = self.forms.current_form()
        if form is not None:
            key = self.navigation.current_key()
            form.mark(place for k, place in self.places if k == key)

    def marked_keys(self) -> set[int]:
        """The navigation keys that carry a change mark now."""
        tree = self.navigation.tree
        items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
        return {int(i.data(0, _KEY)) for i in items if i is not None and not i.icon(0).isNull()}

    def jump_to(self, change: Difference) -> None:
        """Show the part a change is in and put the cursor in its field."""
        found = change_place(change, self.host.session.doc)
        key = TITLES if found is None else found[0]
        self.navigation.select(key)
        form = self.forms.show_part(key)
        from os2editor.gui.views.forms.base import Form

        if found is not None and isinstance(form, Form):
            form.focus(found[1])

    # -- approval and redline --------------------------------------------------------------

    def mark_approved(self) -> None:
        """Record today's approval in the front matter, as one undo step."""
        session = self.host.session
        from os2editor.gui.views.dialogs import revision
        from os2editor.library.approval import Approval  # the library's approval, one role

        who = revision.ask_approver(self.host.dialog_parent(), self.settings.author)
        if who is None or not who.strip():
            return
        front = session.doc.front_matter
        facts = Approval.of(who).facts
        if session.apply(Batch(tuple(SetEntry(front, key, value) for key, value in facts))):
            self.host.show_status(self.tr("Marked as approved by {who}.").format(who=who))

    def export_redline(self) -> None:
        if self.baseline is None:
            return
        session = self.host.session
        stem = session.path.stem if session.path else "funktionsbeskrivelse"
        folder = session.path.parent if session.path else Path.home()
        chosen = interaction.ask_redline_path(self.host.dialog_parent(),
                                              str(folder / f"{stem}-rettelser.docx"))
        if chosen is None:
            return
        from os2editor.people import full_name
        from os2editor.revision import export_redline

        try:
            warnings = export_redline(self.baseline, session.doc, chosen,
                                      author=self.settings.author or full_name(),
                                      date=dt.datetime.now(),
                                      organisation=self.settings.organisation or None)
        except Os2EditorError as error:
            log.warning("redline not written to %s: %s", chosen, error.message.code)
            interaction.show_error(self.window, self.tr("Could not export the redline"),
                                   error_text(error))
            return
        log.info("redline written to %s (%d changes)", chosen, len(self.changes))
        if warnings:  # e.g. a letterhead template without a style; the core says which
            interaction.show_warning(self.window, self.tr("The redline was written"),
                                     "\n".join(map(message_text, warnings)))
        written = self.tr("Redline written to {name}.").format(name=Path(chosen).name)
        self.host.show_status(written)
