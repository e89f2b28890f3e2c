"""Details of the forms: the text after a list shows only with the list (markdown cannot tell it
from the text before), a heading that stops naming its part is warned of, and a long part name
in the navigation has a tooltip with the whole name (issue 15, point 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.gui.views.widgets.text_field import LineField
from os2editor.markdown import dumps, loads
from os2editor.model import FreeSection, kind_of
from os2editor.model import fields as f

from ..driving import click_row
from ..opening import show


def test_the_text_after_a_list_shows_only_while_the_list_has_items(window: MainWindow) -> None:
    collaboration = window.session.doc.collaboration
    assert collaboration is not None
    form = show(window, collaboration)
    outro = form.widget_at(collaboration, f.OUTRO)
    items = form.widget_at(collaboration, f.LIST_ITEMS)
    assert isinstance(items, ListEditor) and outro is not None
    assert outro.isVisible()
    while items.count():
        click_row(items, 0)
        QTest.keyClick(items.view, Qt.Key.Key_Delete)
    assert not outro.isVisible()  # nothing to come after
    window.window_actions.undo.trigger()
    assert outro.isVisible()


def test_text_after_an_emptied_list_stays_with_a_note_of_what_becomes_of_it(
    window: MainWindow,
) -> None:
    collaboration = window.session.doc.collaboration
    assert collaboration is not None
    form = show(window, collaboration)
    outro = form.widget_at(collaboration, f.OUTRO)
    items = form.widget_at(collaboration, f.LIST_ITEMS)
    assert isinstance(items, ListEditor) and outro is not None
    QTest.mouseClick(outro.viewport(), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    QTest.keyClicks(outro, "Og andre efter behov.")
    notes = [w for w in form.body.findChildren(type(form.quiet_note("")))
             if "joins the text before the list" in w.text()]
    assert len(notes) == 1 and not notes[0].isVisible()
    while items.count():
        click_row(items, 0)
        QTest.keyClick(items.view, Qt.Key.Key_Delete)
    assert outro.isVisible() and notes[0].isVisible()  # the user's text is not hidden away


def test_a_heading_that_stops_naming_its_part_is_warned_of_but_kept(window: MainWindow) -> None:
    purpose = window.session.doc.purpose
    assert purpose is not None
    form = show(window, purpose)
    heading = form.widget_at(purpose, f.HEADING)
    assert isinstance(heading, LineField)
    warning = form.heading_warning  # type: ignore[attr-defined]
    assert not warning.isVisible()
    heading.selectAll()
    QTest.keyClicks(heading, "Rollens mål")
    assert purpose.heading == "Rollens mål"  # typing is never blocked
    assert warning.isVisible()
    assert "Formål med stillingen" in warning.text()
    assert kind_of(loads(dumps(window.session.doc)).sections[0].heading).name == "FREE"
    heading.selectAll()
    QTest.keyClicks(heading, "Formål med stillingen 2027")  # still names the purpose
    assert not warning.isVisible()


def test_a_long_part_name_has_its_whole_name_as_tooltip(window: MainWindow) -> None:
    name = "Forudsætninger for rollen i samarbejdet med kommunerne og leverandørerne"
    free = next(s for s in window.session.doc.sections if isinstance(s, FreeSection))
    form = show(window, free)
    heading = form.widget_at(free, f.HEADING)
    assert isinstance(heading, LineField)
    heading.selectAll()
    QTest.keyClicks(heading, name)
    tree = window.navigation.tree
    entry = tree.topLevelItem(window.session.doc.sections.index(free) + 1)
    assert entry is not None
    assert tree.visualItemRect(entry).width() < tree.fontMetrics().horizontalAdvance(name)
    shown = QTextDocumentFragment.fromHtml(entry.toolTip(0)).toPlainText()
    assert shown == f"{name} (other section, edited as text)"
