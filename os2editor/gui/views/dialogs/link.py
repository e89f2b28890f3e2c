"""The small question behind Ctrl+K in a prose field: which text links where.

As with :mod:`interaction`, the prose fields ask through :func:`ask_link` only, so tests
answer it instead of clicking a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Link:
    """What the user answered: the words to show and the address they lead to (an empty
    address takes the link away and keeps the words)."""

    text: str
    address: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("link", text)


def ask_link(parent: QWidget | None, text: str, address: str) -> Link | None:
    """Ask for a link's text and address, starting from ``text`` and ``address``; None when
    the user cancels."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Link"))
    form = QFormLayout(dialog)
    shown = QLineEdit(text, dialog)
    target = QLineEdit(address, dialog)
    target.setPlaceholderText("https://")
    form.addRow(_tr("&Text:"), shown)
    form.addRow(_tr("&Address:"), target)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    (target if text else shown).setFocus()
    dialog.resize(420, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return Link(shown.text().strip(), target.text().strip())
