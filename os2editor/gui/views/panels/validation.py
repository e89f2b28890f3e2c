"""The validation panel: the same checks as ``os2editor check``, kept up to date as you type.

Each warning names its part and field as the form does ("Arbejdsopgaver og prioritering ›
MUST: …"), and a click goes there. The writing aids' warnings (MoSCoW balance, a task under two
priorities, template text left in) are listed like the others.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from os2editor.checks import Problem, check
from os2editor.gui.texts import problem_text
from os2editor.gui.views.widgets.plain_text import tooltip
from os2editor.model import FunctionDescription

DEBOUNCE_MS = 300
FIRST_CHECK_MS = 120
"""A document just shown is checked a moment later, not in the turn that paints it: the
checks take 20-25 ms, a quarter of an empty window's whole start."""
_PROBLEM = Qt.ItemDataRole.UserRole

log = logging.getLogger(__name__)


def run_checks(doc: FunctionDescription) -> list[Problem]:
    """The core's problems for ``doc``.

    The checks only advise, so a failure inside them must not cost the user their window; it
    goes to the log and the panel shows no problems.
    """
    try:
        return check(doc)
    except Exception:
        log.exception("the checks failed")
        return []


class ValidationPanel(QDockWidget):
    """A dock listing the problems; activating one asks the window to jump to its field."""

    problems_changed = Signal(list)
    problem_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Validation"), parent)
        self.setObjectName("validation_panel")  # saveState() needs a stable name
        self.problems: list[Problem] = []
        self._doc: FunctionDescription | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems found in the description"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # one warning per band, however it wraps
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.setWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)

    def set_document(self, doc: FunctionDescription) -> None:
        """Check ``doc`` as soon as the window has appeared."""
        self._doc = doc
        self._timer.start(FIRST_CHECK_MS)

    def schedule_check(self) -> None:
        """Check again once the user pauses typing."""
        self._timer.start(DEBOUNCE_MS)

    def check_now(self) -> None:
        self._timer.stop()
        if self._doc is None:
            return
        self.problems = run_checks(self._doc)
        self.list.clear()
        for problem in self.problems:
            text = self.describe(problem)
            item = QListWidgetItem(text)
            item.setToolTip(tooltip(text))
            item.setData(_PROBLEM, problem)
            self.list.addItem(item)
        if not self.problems:
            empty = QListWidgetItem(self.tr("No problems found."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.problems_changed.emit(self.problems)

    def describe(self, problem: Problem) -> str:
        """The line shown for ``problem``: its part and field, then the warning."""
        from os2editor.gui.views.panels.problem_place import described, locate

        message = problem_text(problem)
        if self._doc is None:
            return message
        return described(locate(self._doc, problem), message)

    def _on_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(_PROBLEM)
        if problem is not None:
            self.problem_activated.emit(problem)
