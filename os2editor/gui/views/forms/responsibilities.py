"""ResponsibilitiesForm: numbered areas (list + the chosen area's details), or a flat list."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.base import Form, plain
from os2editor.gui.views.places import Address, Place, holds
from os2editor.gui.views.widgets.framing import chain_after, tab_stops
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.text_field import LineField, TextField
from os2editor.model import Node, ResponsibilitiesSection, ResponsibilityArea
from os2editor.model import fields as f


class AreaDetails(QGroupBox):
    """Title, lead-in and items of one area; built again when another area is chosen."""

    def __init__(self, form: ResponsibilitiesForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.area: ResponsibilityArea | None = None
        self.number = 0
        self.widgets: list[QWidget] = []
        self.box = QVBoxLayout(self)
        self.empty_note = QLabel(self.tr("Choose an area above, or add one."), self)
        self.empty_note.setEnabled(False)
        self.box.addWidget(self.empty_note)
        self.setTitle(self.tr("Area"))

    def show_area(self, area: ResponsibilityArea | None, number: int) -> None:
        if area is self.area and number == self.number:
            return
        self.number = number
        self.setTitle(self.tr("Area {number}").format(number=number) if area else self.tr("Area"))
        if area is self.area:
            return
        self.area = area
        self.form.entries = [e for e in self.form.entries if e.widget not in self.widgets]
        for widget in self.widgets:
            widget.setParent(None)
            widget.deleteLater()
        self.widgets = []
        self.empty_note.setVisible(area is None)
        if area is None:
            return
        session, hint = self.form.session, self.form.hint
        title = LineField(session, area, f.AREA_TITLE, self)
        title.setPlaceholderText(hint(f.AREA_TITLE))
        self._add(area, f.AREA_TITLE, self.tr("Area &title"), title)
        lead_in = TextField(session, area, f.AREA_LEAD_IN, self, min_lines=1)
        lead_in.setPlaceholderText(hint(f.AREA_LEAD_IN))
        self._add(area, f.AREA_LEAD_IN, self.tr("&Lead-in"), lead_in)
        self._add(area, f.AREA_ITEMS, self.tr("Area &items"),
                  ListEditor(session, area, f.AREA_ITEMS, self, hint=hint(f.ITEM_TEXT)))
        areas = self.form.areas_editor
        if areas is not None:  # the new fields come right after the list of areas, for Tab
            chain_after(tab_stops(areas)[-1], tab_stops(self))

    def _add(self, node: Node, address: Address, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        widget.setAccessibleName(plain(label))
        self.box.addWidget(caption)
        self.box.addWidget(widget)
        self.widgets += [caption, widget]
        self.form.register(node, address, widget, caption)


class ResponsibilitiesForm(Form):
    """Ansvarsområde. Areas are numbered in order; reorder by drag or Alt+Up/Down."""

    def __init__(
        self,
        session: DocumentSession,
        section: ResponsibilitiesSection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.section = section
        self.part = section.kind
        self.add_title(self.tr("Areas of responsibility"))
        self.add_heading_field(section)
        self.add_text(section, f.INTRO, self.tr("&Introduction"), min_lines=1)
        self.areas_editor: ListEditor | None = None
        self.items_editor: ListEditor | None = None
        self.details: AreaDetails | None = None
        # Most files number their areas; one has a flat list instead. Show what is there
        # (both, if a file has both), and areas for a new, empty section.
        if section.areas or not section.items:
            self._add_areas(section)
        if section.items:
            self.items_editor = self.add_list(
                section, f.RESPONSIBILITY_ITEMS, self.tr("&Responsibilities")
            )
        self.add_outro(section, f.OUTRO, self.tr("Text after the &areas"),
                       lambda: section.areas or section.items)
        self.finish()

    def _add_areas(self, section: ResponsibilitiesSection) -> None:
        self.areas_editor = self.add_list(
            section,
            f.AREAS,
            self.tr("A&reas"),
            text_field=f.AREA_TITLE,
            factory=ResponsibilityArea,
            numbered=True,
            add_text=self.tr("Add area"),
        )
        self.details = AreaDetails(self, self.body)
        self.column.addWidget(self.details)
        self.areas_editor.current_row_changed.connect(self._show_current)
        self.areas_editor.count_changed.connect(lambda _n: self._show_current(self._current_row()))
        if self.areas_editor.count():
            self.areas_editor.select_row(0)

    def _current_row(self) -> int:
        return self.areas_editor.current_row() if self.areas_editor else -1

    def _show_current(self, row: int) -> None:
        if self.details is None:
            return
        areas = self.section.areas
        area = areas[row] if 0 <= row < len(areas) else None
        self.details.show_area(area, row + 1)

    def _choose_area_of(self, node: object) -> None:
        """Show the area that is ``node`` or holds it, so that its fields are on the form."""
        if self.areas_editor is None:
            return
        for row, area in enumerate(self.section.areas):
            if area is node or any(holds(item, node) for item in area.items):
                self.areas_editor.select_row(row)
                return

    def focus(self, place: Place) -> bool:
        self._choose_area_of(place.node)
        return super().focus(place)

    def focus_node(self, node: object) -> bool:
        self._choose_area_of(node)
        return super().focus_node(node)
