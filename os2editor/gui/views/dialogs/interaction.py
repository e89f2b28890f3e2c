"""Every modal question and message the GUI shows goes through this module.

Keeping them in one place (as git-cola's ``interaction.py`` does) means the rest of the GUI
stays testable: tests replace these functions with answers instead of clicking dialogs.
The dialog classes are imported when first shown: building them in PySide6 costs a few
milliseconds that the window's start-up should not pay.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

SAVE = "save"
DISCARD = "discard"
CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("interaction", text)


def ask_save_discard_cancel(parent: QWidget | None, name: str) -> str:
    """Ask whether to save the changes to ``name``; return SAVE, DISCARD or CANCEL."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Do you want to save the changes to {name}?").format(name=name))
    box.setInformativeText(_tr("Your changes will be lost if you don't save them."))
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setStandardButtons(buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user that something went wrong; ``text`` says what and, ideally, what to do."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something worth knowing that did not stop the work."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def _filters() -> str:
    return _tr("Function descriptions (*.md *.markdown);;All files (*)")


def ask_open_path(parent: QWidget | None, start_dir: str) -> str | None:
    """Ask for a markdown file to open; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open function description"), start_dir, _filters()
    )
    return chosen or None


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to save the description; adds ``.md`` when the name has no extension."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save function description"), suggested, _filters()
    )
    if not chosen:
        return None
    return chosen if Path(chosen).suffix else chosen + ".md"


def ask_export_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to write the Word file; adds ``.docx`` when missing."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export to Word"), suggested, _tr("Word documents (*.docx)")
    )
    if not chosen:
        return None
    return chosen if chosen.lower().endswith(".docx") else chosen + ".docx"


RELOAD = "reload"
KEEP = "keep"
COMPARE = "compare"


def ask_external_change(parent: QWidget | None, name: str) -> str:
    """The file changed on disk while there are local edits: RELOAD, KEEP, COMPARE or CANCEL."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("The file changed on disk"))
    box.setText(_tr("“{name}” was changed by another program (for example a git pull) "
                    "while you have unsaved changes.").format(name=name))
    box.setInformativeText(_tr("Reload their version and lose your changes, keep your "
                               "version and save it over theirs, or compare the two first."))
    reload_button = box.addButton(_tr("&Reload theirs"), QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(_tr("&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    compare_button = box.addButton(_tr("&Compare"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(compare_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return RELOAD
    if clicked is keep_button:
        return KEEP
    if clicked is compare_button:
        return COMPARE
    return CANCEL


def show_difference(parent: QWidget | None, name: str, diff: str) -> None:
    """Show how the file on disk differs from the document in the editor."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Differences in “{name}”").format(name=name))
    layout = QVBoxLayout(dialog)
    view = QPlainTextEdit(dialog)
    view.setReadOnly(True)
    view.setAccessibleName(_tr("Differences"))
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText(diff or _tr("The two versions have the same text."))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(800, 500)
    dialog.exec()


def ask_restore(parent: QWidget | None, name: str, saved_at: str) -> bool:
    """Offer to restore unsaved work found after a crash; True to restore, False to discard."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Restore unsaved work?"))
    box.setText(_tr("The editor was closed without saving “{name}”. Its text from {time} "
                    "was kept.").format(name=name, time=saved_at))
    box.setInformativeText(_tr("Restore it to continue where you left off, or discard it."))
    restore = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
