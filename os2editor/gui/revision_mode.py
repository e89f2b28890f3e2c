"""Revision mode: compare the open description with an approved version.

The user picks a baseline (another file, or an earlier git commit of this file). The changes
are listed in a side panel and the changed parts get a quiet mark in the navigation; clicking a
change jumps to its field. "Mark as approved" records the approval in the front matter (one undo
step), and the Word redline carries the changes as tracked changes.
"""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from os2editor.errors import Os2EditorError
from os2editor.gui import interaction
from os2editor.gui.commands import SetField
from os2editor.gui.navigation import TITLES
from os2editor.gui.revision_panel import RevisionPanel
from os2editor.gui.texts import error_text, message_text
from os2editor.markdown import load, loads
from os2editor.model import FunctionDescription
from os2editor.revision.facts import APPROVED_BY, LAST_REVISED, NEXT_REVISION, one_year_after

if TYPE_CHECKING:
    from os2editor.gui.main_window import MainWindow
    from os2editor.gui.session import DocumentSession
    from os2editor.revision import Change

REFRESH_MS = 400  # the diff waits until typing pauses
FIELD_MARK = "● "  # before the label of a changed field: quiet, and read out by screen readers
_UNMARKED = "revision_unmarked_text"
_KEY = Qt.ItemDataRole.UserRole


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


def changed_keys(changes: list[Change], section_count: int) -> set[int]:
    """Navigation keys (TITLES or a section index in the open document) that changed."""
    from os2editor.revision import ChangeKind

    keys: set[int] = set()
    for change in changes:
        head = change.path[0] if change.path else None
        if change.part in ("front_matter", "h1", "preamble", "lead"):
            keys.add(TITLES)
        elif isinstance(head, int) and head < section_count and not (
            change.kind is ChangeKind.REMOVED and change.field == "section"
        ):
            keys.add(head)
    return keys


def jump_target(change: Change) -> tuple[int, str, int | None]:
    """Where a change lives: navigation key, model field name, item index."""
    path = change.path
    if change.part in ("front_matter", "h1", "preamble", "lead") or not path:
        field = str(path[-1]) if path else "title"
        return TITLES, field, None
    if not isinstance(path[0], int):
        return TITLES, "title", None
    field = str(path[1]) if len(path) > 1 and isinstance(path[1], str) else "heading"
    index = path[2] if len(path) > 2 and isinstance(path[2], int) else None
    return path[0], field, index


def _field_labels(form: QWidget, fields: dict[str, Any]) -> dict[str, QLabel]:
    """Each field's caption: the label whose buddy is the field (or its focus proxy)."""
    by_buddy = {id(label.buddy()): label for label in form.findChildren(QLabel)
                if label.buddy() is not None}
    found: dict[str, QLabel] = {}
    for name, widget in fields.items():
        if isinstance(widget, QWidget):
            label = by_buddy.get(id(widget.focusProxy() or widget))
            if label is not None:
                found[name] = label
    return found


class RevisionController(QObject):
    """Owns the baseline, the panel, the marks and the Revision menu of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.baseline: FunctionDescription | None = None
        self.baseline_name = ""
        self.changes: list[Change] = []
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
        window.session_changed.connect(self._on_session)
        # A form is built when first shown; mark its fields once it is there.
        window.navigation.part_selected.connect(lambda _key: QTimer.singleShot(0, self.mark_fields))
        self._on_session(window.session)

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

    def _schedule(self, _owner: object = None) -> None:
        if self.baseline is not None:
            self._timer.start()

    def choose_file(self) -> None:
        session = self.window.session
        start = str(session.path.parent) if session.path else str(Path.home())
        chosen = interaction.ask_open_path(self.window.dialog_parent(), start)
        if chosen is None:
            return
        try:
            baseline = load(chosen)
        except Os2EditorError as error:
            interaction.show_error(self.window, self.tr("Cannot compare"), error_text(error))
            return
        self.set_baseline(baseline, Path(chosen).name)

    def choose_commit(self) -> None:
        path = self.window.session.path
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
            from os2editor.gui import revision_dialogs  # loaded when first needed

            sha = revision_dialogs.choose_commit(self.window.dialog_parent(), commits)
            if sha is None:
                return
            baseline = loads(file_at(path, sha), f"{path.name}@{sha[:7]}")
        except Os2EditorError as error:
            interaction.show_error(self.window, self.tr("Cannot compare"), error_text(error))
            return
        commit = next((c for c in commits if c.sha == sha), None)
        day = commit.date.strftime("%Y-%m-%d") if commit is not None else ""
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
        self.changes = []
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

        doc = self.window.session.doc
        self.changes = diff(self.baseline, doc)
        self.panel.show_changes(self.baseline_name, self.changes)
        self._mark_navigation(changed_keys(self.changes, len(doc.sections)))
        self.mark_fields()

    def _mark_navigation(self, keys: set[int]) -> None:
        tree = self.window.navigation.tree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is None:
                continue
            marked = int(item.data(0, _KEY)) in keys
            item.setIcon(0, self._icon if marked else QIcon())
            item.setData(0, Qt.ItemDataRole.WhatsThisRole,
                         self.tr("Changed since the baseline") if marked else "")

    def mark_fields(self) -> None:
        """Put the quiet mark on the labels of the changed fields in the form on screen."""
        form = self.window.current_form()
        fields = getattr(form, "fields", None)
        if form is None or not isinstance(fields, dict):
            return
        key = self.window.navigation.current_key()
        changed = {field for k, field, _ in map(jump_target, self.changes) if k == key}
        for name, label in _field_labels(form, fields).items():
            plain = label.property(_UNMARKED)
            if not isinstance(plain, str):
                plain = label.text()
                label.setProperty(_UNMARKED, plain)
            label.setText(FIELD_MARK + plain if name in changed else plain)

    def marked_fields(self) -> set[str]:
        """Names of the fields in the form on screen whose label carries the mark."""
        form = self.window.current_form()
        fields = getattr(form, "fields", None)
        if form is None or not isinstance(fields, dict):
            return set()
        labels = _field_labels(form, fields)
        return {name for name, label in labels.items() if label.text().startswith(FIELD_MARK)}

    def marked_keys(self) -> set[int]:
        """The navigation keys that carry a change mark now."""
        tree = self.window.navigation.tree
        items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
        return {int(i.data(0, _KEY)) for i in items if i is not None and not i.icon(0).isNull()}

    def jump_to(self, change: Change) -> None:
        """Show the part a change is in and put the cursor in its field."""
        key, field, index = jump_target(change)
        if key >= len(self.window.session.doc.sections):
            key, field, index = TITLES, "title", None
        self.window.navigation.select(key)
        self.window.show_part(key)
        form = self.window.current_form()
        focus_field = getattr(form, "focus_field", None)
        if callable(focus_field):
            focus_field(field, index)

    # -- approval and redline --------------------------------------------------------------

    def mark_approved(self) -> None:
        """Record today's approval in the front matter, as one undo step."""
        session = self.window.session
        from os2editor.gui import revision_dialogs

        who = revision_dialogs.ask_approver(self.window.dialog_parent(),
                                            self.window.settings.author)
        if who is None:
            return
        today = dt.date.today()
        extra = dict(session.doc.front_matter.extra)
        extra.update({LAST_REVISED: today, APPROVED_BY: who, NEXT_REVISION: one_year_after(today)})
        session.push(SetField(session, session.doc.front_matter, "extra", extra,
                              label=self.tr("Mark as approved")))
        self.window.show_status(self.tr("Marked as approved by {who}.").format(who=who))

    def export_redline(self) -> None:
        if self.baseline is None:
            return
        session = self.window.session
        stem = session.path.stem if session.path else "funktionsbeskrivelse"
        folder = session.path.parent if session.path else Path.home()
        chosen = interaction.ask_export_path(self.window.dialog_parent(),
                                             str(folder / f"{stem}-rettelser.docx"))
        if chosen is None:
            return
        from os2editor.revision import export_redline

        settings = self.window.settings
        try:
            warnings = export_redline(self.baseline, session.doc, chosen,
                                      author=settings.author or getpass.getuser(),
                                      date=dt.datetime.now(),
                                      organisation=settings.organisation or None)
        except Os2EditorError as error:
            interaction.show_error(self.window, self.tr("Could not export the redline"),
                                   error_text(error))
            return
        if warnings:  # e.g. a letterhead template without a style; the core says which
            interaction.show_warning(self.window, self.tr("The redline was written"),
                                     "\n".join(map(message_text, warnings)))
        written = self.tr("Redline written to {name}.").format(name=Path(chosen).name)
        self.window.show_status(written)
