"""ResponsibilitiesForm: numbered areas (list + the chosen area's details), or a flat list."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from os2editor.gui.forms.base import Form, plain
from os2editor.gui.session import DocumentSession
from os2editor.gui.widgets.list_editor import ListEditor
from os2editor.gui.widgets.text_field import LineField, TextField
from os2editor.model import ResponsibilityArea


class AreaDetails(QGroupBox):
    """Title, lead-in and items of one area; rebuilt when another area is chosen."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.area: ResponsibilityArea | None = None
        self.number = 0
        self.fields: dict[str, QWidget] = {}
        self.box = QVBoxLayout(self)
        self.empty_note = QLabel(self.tr("Choose an area above, or add one."), self)
        self.empty_note.setEnabled(False)
        self.box.addWidget(self.empty_note)
        self.setTitle(self.tr("Area"))

    def show_area(self, area: ResponsibilityArea | None, number: int) -> None:
        if area is self.area and number == self.number:
            return
        self.area = area
        self.number = number
        for widget in self.fields.values():
            widget.setParent(None)
            widget.deleteLater()
        for label in self.findChildren(QLabel):
            if label is not self.empty_note:
                label.setParent(None)
                label.deleteLater()
        self.fields = {}
        self.empty_note.setVisible(area is None)
        self.setTitle(self.tr("Area {number}").format(number=number) if area else self.tr("Area"))
        if area is None:
            return
        self._add("title", self.tr("Area &title"), LineField(self.session, area, "title", self))
        lead_in = TextField(
            self.session, area, "lead_in", self, label=self.tr("Edit lead-in"), min_lines=1
        )
        self._add("lead_in", self.tr("&Lead-in"), lead_in)
        self._add("items", self.tr("Area &items"), ListEditor(self.session, area, "items", self))

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        widget.setAccessibleName(plain(label))
        self.box.addWidget(caption)
        self.box.addWidget(widget)
        self.fields[name] = widget

    def refresh(self) -> None:
        for widget in self.fields.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()


class ResponsibilitiesForm(Form):
    """Ansvarsområde. Areas are numbered in order; reorder by drag or Alt+Up/Down."""

    def __init__(
        self, session: DocumentSession, section_index: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, section_index, parent)
        section = self.section
        self.add_title(self.tr("Areas of responsibility"))
        self.add_heading_field(section)
        self.add_text(section, "intro", self.tr("&Introduction"), min_lines=1)
        self.areas_editor: ListEditor | None = None
        self.items_editor: ListEditor | None = None
        self.details: AreaDetails | None = None
        # Most files number their areas; one has a flat list instead. Show what is there
        # (both, if a file has both), and areas for a new, empty section.
        if section.areas or not section.items:
            self._add_areas(section)
        if section.items:
            self.items_editor = self.add_list(section, "items", self.tr("&Responsibilities"))
        self.add_text(section, "outro", self.tr("Text after the &areas"), min_lines=1)
        self.finish()

    def _add_areas(self, section: object) -> None:
        self.areas_editor = self.add_list(
            section,
            "areas",
            self.tr("A&reas"),
            text_attr="title",
            factory=ResponsibilityArea,
            numbered=True,
            add_text=self.tr("Add area"),
        )
        self.details = AreaDetails(self.session, self.body)
        self.column.addWidget(self.details)
        self.areas_editor.current_row_changed.connect(self._show_current)
        self.areas_editor.count_changed.connect(lambda _n: self._show_current(self._current_row()))
        if self.areas_editor.count():
            self.areas_editor.select_row(0)

    def _current_row(self) -> int:
        return self.areas_editor.current_row() if self.areas_editor else -1

    def _show_current(self, row: int) -> None:
        if self.details is None or self.areas_editor is None:
            return
        areas = self.section.areas
        area = areas[row] if 0 <= row < len(areas) else None
        self.details.show_area(area, row + 1)

    def refresh(self) -> None:
        super().refresh()
        self._show_current(self._current_row())
        if self.details is not None:
            self.details.refresh()

    def focus_field(self, field: str, index: int | None = None) -> None:
        """``areas`` with an index picks that area; ``title``, ``lead_in`` and ``items`` are
        the chosen area's fields."""
        widget = self.details.fields.get(field) if self.details is not None else None
        if widget is not None:
            if isinstance(widget, ListEditor) and index is not None:
                widget.select_row(index)
            self.scroll_area.ensureWidgetVisible(widget)
            (widget.focusProxy() or widget).setFocus()
            return
        super().focus_field(field, index)
