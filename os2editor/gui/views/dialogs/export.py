"""The export dialog: Word or PDF, where to, on which letterhead, which parts, and who it is from.

What ``os2editor export`` offers, in one dialog for both formats: a letterhead template (Word),
parts left out (with a ready "job advert" choice), organisation, author and the language of the
fixed texts. The choices start from the last export's (kept in the settings).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from os2editor.messages import QT_TRANSLATE_NOOP
from os2editor.storage.settings import EXPORT_PARTS

WORD, PDF = "docx", "pdf"
JOB_ADVERT = ("tasks", "collaboration", "conditions")
"""What a job advert leaves out: the tasks and their priorities, the collaborations and the
other conditions (an advert states its own terms)."""

# The parts by the names the forms give them; translated when shown.
PART_LABELS = {
    "purpose": QT_TRANSLATE_NOOP("export", "Purpose"),
    "responsibilities": QT_TRANSLATE_NOOP("export", "Areas of responsibility"),
    "tasks": QT_TRANSLATE_NOOP("export", "Tasks and priorities"),
    "collaboration": QT_TRANSLATE_NOOP("export", "Collaboration"),
    "professional": QT_TRANSLATE_NOOP("export", "Professional qualifications"),
    "personal": QT_TRANSLATE_NOOP("export", "Personal qualifications"),
    "conditions": QT_TRANSLATE_NOOP("export", "Other conditions"),
    "free": QT_TRANSLATE_NOOP("export", "Other sections"),
}
WHOLE, ADVERT, CHOSEN = 0, 1, 2  # the rows of the contents choice


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


@dataclass(frozen=True)
class ExportChoices:
    """What to export, and how; ``language`` "" is the document's own, ``template`` "" the
    bundled letterhead."""

    format: str
    target: str
    template: str = ""
    omit: tuple[str, ...] = ()
    organisation: str = ""
    author: str = ""
    language: str = ""



class ExportDialog(QDialog):
    """Edits a copy of ``choices``; :meth:`choices` reads them back after OK."""

    def __init__(self, choices: ExportChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export"))
        self.word = QRadioButton(_tr("&Word document (.docx)"), self)
        self.pdf = QRadioButton(_tr("&PDF document (.pdf)"), self)
        formats = QButtonGroup(self)
        formats.addButton(self.word)
        formats.addButton(self.pdf)
        (self.pdf if choices.format == PDF else self.word).setChecked(True)
        self.target = QLineEdit(choices.target, self)
        self.target.setAccessibleName(_tr("File to write"))
        self.browse = QPushButton(_tr("&Browse…"), self)
        self.template = QLineEdit(choices.template, self)
        self.template.setPlaceholderText(_tr("The standard layout"))
        self.template.setClearButtonEnabled(True)
        self.template.setAccessibleName(_tr("Letterhead template"))
        self.choose_template = QPushButton(_tr("C&hoose…"), self)
        self.template_note = QLabel(_tr("A PDF always has the standard layout."), self)
        self.template_note.setEnabled(False)
        self.contents = QComboBox(self)
        self.contents.addItems([_tr("The whole description"),
                                _tr("Job advert (without tasks, collaboration and conditions)"),
                                _tr("The parts chosen below")])
        self.contents.setAccessibleName(_tr("Contents"))
        self.parts = {name: QCheckBox(_tr(label), self) for name, label in PART_LABELS.items()}
        for name, box in self.parts.items():
            box.setChecked(name not in choices.omit)
            box.toggled.connect(self._part_toggled)
        self.organisation = QLineEdit(choices.organisation, self)
        self.organisation.setAccessibleName(_tr("Organisation"))
        self.author = QLineEdit(choices.author, self)
        self.author.setAccessibleName(_tr("Author"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(_tr("Language of the fixed texts"))
        for code, name in (("", _tr("As the description")), ("da", "Dansk"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(choices.language), 0))
        self._lay_out()
        self._contents_matching()
        self.contents.currentIndexChanged.connect(self._contents_chosen)
        self.word.toggled.connect(self._format_toggled)
        self.browse.clicked.connect(self._browse)
        self.choose_template.clicked.connect(self._choose_template)
        self.target.textChanged.connect(self._update_ok)
        self._format_toggled()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self.word)
        row.addWidget(self.pdf)
        row.addStretch(1)
        self._add(form, _tr("Format:"), row)
        self._add(form, _tr("&Save as:"), self._with(self.target, self.browse), self.target)
        self._add(form, _tr("&Letterhead:"), self._with(self.template, self.choose_template),
                  self.template)
        form.addRow("", self.template_note)
        self._add(form, _tr("C&ontents:"), self.contents, self.contents)
        grid = QGridLayout()
        for number, box in enumerate(self.parts.values()):
            grid.addWidget(box, number // 2, number % 2)
        form.addRow("", grid)
        self._add(form, _tr("O&rganisation:"), self.organisation, self.organisation)
        self._add(form, _tr("&Author:"), self.author, self.author)
        self._add(form, _tr("La&nguage of the fixed texts:"), self.language, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 80)

    def _add(self, form: QFormLayout, text: str, field: object,
             buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        form.addRow(label, field)  # type: ignore[call-overload]

    def _with(self, field: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    # -- behaviour -------------------------------------------------------------------------

    def chosen_format(self) -> str:
        return PDF if self.pdf.isChecked() else WORD

    def omitted(self) -> tuple[str, ...]:
        return tuple(name for name in EXPORT_PARTS if not self.parts[name].isChecked())

    def choices(self) -> ExportChoices:
        """The choices as the dialog shows them; the target ends in the format's extension."""
        fmt = self.chosen_format()
        target = self.target.text().strip()
        if target and not target.lower().endswith(f".{fmt}"):
            target += f".{fmt}"
        return ExportChoices(
            format=fmt, target=target,
            template=self.template.text().strip(),  # kept for the next Word export
            omit=self.omitted(), organisation=self.organisation.text().strip(),
            author=self.author.text().strip(), language=str(self.language.currentData() or ""),
        )

    def _format_toggled(self, _checked: bool = False) -> None:
        word = self.word.isChecked()
        for widget in (self.template, self.choose_template):
            widget.setEnabled(word)
        self.template_note.setVisible(not word)
        target = self.target.text().strip()
        if target:
            fmt = self.chosen_format()
            other = PDF if fmt == WORD else WORD
            if target.lower().endswith(f".{other}"):
                self.target.setText(target[: -len(other)] + fmt)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.target.text().strip()))

    def _contents_chosen(self, row: int) -> None:
        if row == CHOSEN:
            return
        leave_out = JOB_ADVERT if row == ADVERT else ()
        for name, box in self.parts.items():
            box.blockSignals(True)
            box.setChecked(name not in leave_out)
            box.blockSignals(False)

    def _part_toggled(self, _checked: bool) -> None:
        self._contents_matching()

    def _contents_matching(self) -> None:
        omitted = set(self.omitted())
        row = WHOLE if not omitted else ADVERT if omitted == set(JOB_ADVERT) else CHOSEN
        self.contents.blockSignals(True)
        self.contents.setCurrentIndex(row)
        self.contents.blockSignals(False)

    def _browse(self) -> None:
        from os2editor.gui.views.dialogs import interaction

        start = self.target.text().strip() or str(Path.home())
        chosen = interaction.ask_export_path(self, start, pdf=self.chosen_format() == PDF)
        if chosen is not None:
            self.target.setText(chosen)

    def _choose_template(self) -> None:
        from os2editor.gui.views.dialogs import interaction

        current = self.template.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        chosen = interaction.ask_template_path(self, start)
        if chosen is not None:
            self.template.setText(chosen)
            self.template.setFocus(Qt.FocusReason.OtherFocusReason)
