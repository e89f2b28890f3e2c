"""Every modal question and message the GUI shows goes through this module.

Keeping them in one place (as git-cola's ``interaction.py`` does) means the rest of the GUI
stays testable: tests replace these functions with answers instead of clicking dialogs.
The dialog classes are imported when first shown: building them in PySide6 costs a few
milliseconds that the window's start-up should not pay.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QFileDialog

    from os2editor.gui.views.dialogs.export import ExportChoices
    from os2editor.revision import Change

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


def file_dialog(
    parent: QWidget | None, title: str, start: str, filters: str, *, saving: bool = False
) -> QFileDialog:
    """A file dialog titled for what it does. The platform's own dialog where there is one;
    where Qt draws its own, it speaks the window's language (qtbase's translations)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, start, filters)
    if saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return files[0] if files and files[0] else None


def ask_open_path(parent: QWidget | None, start_dir: str, title: str = "") -> str | None:
    """Ask for a markdown file to open (``title`` says what for); None when the user cancels."""
    title = title or _tr("Open function description")
    return _chosen(file_dialog(parent, title, start_dir, _filters()))


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to save the description; adds ``.md`` when the name has no extension."""
    dialog = file_dialog(parent, _tr("Save function description"), suggested, _filters(),
                         saving=True)
    chosen = _chosen(dialog)
    if not chosen:
        return None
    return chosen if Path(chosen).suffix else chosen + ".md"


def with_suffix(chosen: str, suffix: str) -> str:
    """``chosen`` ending in ``suffix`` (".docx", ".pdf"): added when the user left it out."""
    return chosen if chosen.lower().endswith(suffix) else chosen + suffix


def ask_export_path(parent: QWidget | None, suggested: str, pdf: bool = False) -> str | None:
    """Ask where to write the Word (or PDF) file; adds the extension when missing."""
    if pdf:
        title, filters, suffix = _tr("Export to PDF"), _tr("PDF documents (*.pdf)"), ".pdf"
    else:
        title, filters, suffix = _tr("Export to Word"), _tr("Word documents (*.docx)"), ".docx"
    chosen = _chosen(file_dialog(parent, title, suggested, filters, saving=True))
    return None if chosen is None else with_suffix(chosen, suffix)


def ask_redline_path(parent: QWidget | None, suggested: str) -> str | None:
    """Ask where to write the redline (Word with tracked changes); adds ``.docx``."""
    dialog = file_dialog(parent, _tr("Save the redline (Word with tracked changes)"), suggested,
                         _tr("Word documents (*.docx)"), saving=True)
    chosen = _chosen(dialog)
    return None if chosen is None else with_suffix(chosen, ".docx")


def ask_template_path(parent: QWidget | None, start: str) -> str | None:
    """Ask for a letterhead Word file to build the export on; None when the user cancels."""
    return _chosen(file_dialog(parent, _tr("Choose a letterhead template"), start,
                               _tr("Word documents (*.docx)")))


def ask_export(parent: QWidget | None, choices: ExportChoices) -> ExportChoices | None:
    """The export dialog: format, target, letterhead, parts left out, organisation, author and
    language, starting from ``choices``; None when the user cancels."""
    from os2editor.gui.views.dialogs.export import ExportDialog

    dialog = ExportDialog(choices, parent)
    return dialog.choices() if dialog.exec() else None


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The print dialog; the printer to print on, or None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from shiboken6 import Shiboken

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print function description"))
    accepted = dialog.exec()
    Shiboken.delete(dialog)  # at once: it points at the printer, which goes on alone
    return printer if accepted else None


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


def show_difference(
    parent: QWidget | None, name: str, changes: list[Change], problem: str = ""
) -> None:
    """Show how the document in the editor differs from the file on disk (``changes``, the
    revision diff from disk to editor), or ``problem`` when the file on disk does not read."""
    from os2editor.gui.views.dialogs.difference import DifferenceDialog

    DifferenceDialog(name, changes, problem, parent).exec()


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
