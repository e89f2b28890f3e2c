"""Autosave: a copy of the unsaved text goes to the state folder two seconds after typing stops.

One controller per open document (a window holds several: its tabs, and the documents a
library job changed). It watches the document's undo stack, so every edit, undo
and redo restarts the timer. The user's own file is never touched; a save back to the clean
state removes the copy, and `discard()` removes it when the document is closed on purpose.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from os2editor.errors import Os2EditorError
from os2editor.gui.session import DocumentSession
from os2editor.gui.texts import error_code, error_text
from os2editor.markdown import dumps
from os2editor.model import FunctionDescription
from os2editor.storage.recovery import (
    Recovered,
    claim_autosave,
    new_doc_id,
    remove_autosave,
    write_autosave,
)

AUTOSAVE_DELAY_MS = 2000

# A Qt dynamic property on a DocumentSession that was restored from an autosave: the
# controller keeps writing to that same autosave file instead of starting a second one.
RECOVERED_ID_PROPERTY = "os2editor_autosave_id"

Serializer = Callable[[FunctionDescription], str]

log = logging.getLogger(__name__)


class AutosaveController(QObject):
    """Keeps an autosave of `session` in step with its unsaved edits.

    `doc_id` names the autosave file; pass the id of a recovered document so that its
    recovery file is reused rather than duplicated. `failed` carries a message for the
    status bar when an autosave could not be written (once per run of failures).
    """

    failed = Signal(str)
    written = Signal()

    def __init__(
        self,
        session: DocumentSession,
        doc_id: str | None = None,
        *,
        serialize: Serializer | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        # Owned by the session unless told otherwise, so it lives exactly as long as the document.
        super().__init__(parent if parent is not None else session)
        self.session = session
        self.doc_id = doc_id or new_doc_id()
        # Tells other editors starting meanwhile that this autosave is alive, not left behind.
        self._claim = claim_autosave(self.doc_id)
        self._serialize = serialize or dumps
        self._failing = False
        self._discarded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._connect_to(session)

    def is_pending(self) -> bool:
        """True while an edit waits for its autosave."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Write the autosave now if the document has unsaved edits, else remove it."""
        self._timer.stop()
        if self._discarded:
            return
        if not self.session.is_modified():
            remove_autosave(self.doc_id)
            return
        path = str(self.session.path) if self.session.path is not None else None
        try:
            write_autosave(self.doc_id, path, self._serialize(self.session.doc))
        except (Os2EditorError, OSError, ValueError) as exc:
            # An autosave must never interrupt typing with a dialog; say it once, quietly.
            if not self._failing:
                self._failing = True
                log.warning("autosave %s not written: %s", self.doc_id, error_code(exc))
                self.failed.emit(
                    self.tr("The automatic backup could not be written: {reason}").format(
                        reason=error_text(exc)
                    )
                )
            return
        self._failing = False
        self.written.emit()

    def discard(self) -> None:
        """Stop autosaving and delete the autosave: the user closed the document on purpose."""
        self._discarded = True
        self._timer.stop()
        remove_autosave(self.doc_id)
        self._claim.release(remove=True)

    def _connect_to(self, session: DocumentSession) -> None:
        # A dying session clears its undo stack, which emits cleanChanged(True): that is not
        # a save and must not delete the autosave. Plain functions holding a weak reference
        # (not bound methods) keep PySide from calling into a half-destroyed controller.
        me = weakref.ref(self)

        def alive() -> AutosaveController | None:
            controller = me()
            if controller is None or not shiboken6.isValid(controller):
                return None
            return controller

        def on_destroyed(*_args: object) -> None:
            controller = alive()
            if controller is not None:
                controller._detach()

        def on_edit(*_args: object) -> None:
            controller = alive()
            if controller is not None:
                controller._edited()

        def on_clean(clean: bool) -> None:
            controller = alive()
            if controller is not None:
                controller._clean_changed(clean)

        session.destroyed.connect(on_destroyed)
        session.undo_stack.indexChanged.connect(on_edit)
        session.undo_stack.cleanChanged.connect(on_clean)
        session.path_changed.connect(on_edit)

    def _detach(self) -> None:
        # The document is gone without a deliberate close: keep whatever autosave exists.
        self._discarded = True
        if shiboken6.isValid(self._timer):
            self._timer.stop()
        self._claim.release()

    def _edited(self, *_args: object) -> None:
        if not self._discarded:
            self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self._discarded:
            # Saved (or undone back to what is on disk): the copy is no longer needed.
            self._timer.stop()
            remove_autosave(self.doc_id)


def mark_recovered(session: DocumentSession, recovered: Recovered) -> None:
    """Prepare a session restored from `recovered`: unsaved from the start, same autosave file.

    Call before handing the session to the window.
    """
    session.setProperty(RECOVERED_ID_PROPERTY, recovered.doc_id)
    # Nothing the user sees as "saved" matches this text yet, so no undo step may reach clean.
    session.undo_stack.resetClean()


class AutosaveStatus(Protocol):
    """Where the window shows the time of the last autosave."""

    def show_autosaved(self, when: datetime) -> None: ...


class AutosaveHost(Protocol):
    """The window whose documents are autosaved."""

    @property
    def session(self) -> DocumentSession: ...

    @property
    def session_opened(self) -> SignalInstance: ...

    @property
    def session_changed(self) -> SignalInstance: ...

    @property
    def session_closed(self) -> SignalInstance: ...

    def show_status(self, text: str) -> None: ...


class WindowAutosave(QObject):
    """Autosaves every document a window holds: the one shown, the other tabs, and those a
    library job changed in the background.

    One controller per document, made when it joins the window (``session_opened``, or
    ``session_changed`` for one shown straight away) and dropped with its autosave on
    ``session_closed`` (saved, or changes discarded on purpose). A session torn down any other
    way keeps its autosave for the next start.
    """

    def __init__(
        self,
        window: AutosaveHost,
        status: AutosaveStatus,
        *,
        delay_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._status = status
        self._delay_ms = AUTOSAVE_DELAY_MS if delay_ms is None else delay_ms
        self.controllers: list[AutosaveController] = []
        window.session_opened.connect(self._follow)
        window.session_changed.connect(self._follow)
        window.session_closed.connect(self._closed)
        self._follow(window.session)

    @property
    def controller(self) -> AutosaveController | None:
        """The controller of the document shown."""
        return self.controller_of(self._window.session)

    def controller_of(self, session: DocumentSession) -> AutosaveController | None:
        return next((c for c in self.controllers if c.session is session), None)

    def _follow(self, session: DocumentSession) -> None:
        if self.controller_of(session) is not None:
            return
        recovered_id = session.property(RECOVERED_ID_PROPERTY)
        controller = AutosaveController(
            session,
            recovered_id if isinstance(recovered_id, str) else None,
            delay_ms=self._delay_ms,
            parent=self,
        )
        controller.failed.connect(self._window.show_status)
        controller.written.connect(self._show_written)
        # A session gone without a deliberate close keeps its autosave (see _detach); its
        # controller leaves the list with it.
        me = weakref.ref(self)

        def forget(*_args: object) -> None:
            window_autosave = me()
            if window_autosave is not None:
                window_autosave.controllers = [
                    c for c in window_autosave.controllers if c is not controller]

        session.destroyed.connect(forget)
        self.controllers.append(controller)

    def _closed(self, session: DocumentSession) -> None:
        controller = self.controller_of(session)
        if controller is None:
            return
        controller.discard()
        controller.deleteLater()
        self.controllers.remove(controller)

    def _show_written(self) -> None:
        self._status.show_autosaved(datetime.now())
