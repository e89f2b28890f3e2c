"""A front matter title that is not text (issue 14 point 6), in the window: the title field is
disabled and says why, so nothing typed can be dropped on save; removing the key under Other
keys gives the field back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.gui.session import DocumentSession
from os2editor.gui.views.forms.titles import TitlesForm
from os2editor.markdown import dumps, load

TEXT = ("---\ntitle: [Koordinator, Leder]\nlayout: default\n---\n\n"
        "# Funktionsbeskrivelse – Koordinator i OS2\n")


def _form(qtbot: QtBot, tmp_path: Path) -> tuple[TitlesForm, DocumentSession]:
    path = tmp_path / "rolle.md"
    path.write_text(TEXT, encoding="utf-8")
    session = DocumentSession(load(path), path)
    form = TitlesForm(session)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form, session


def test_the_title_field_is_disabled_with_a_reason(qtbot: QtBot, tmp_path: Path) -> None:
    form, session = _form(qtbot, tmp_path)
    assert not form.title_field.isEnabled()
    assert "not text" in form.title_field.toolTip()
    assert form.layout_field.isEnabled()
    QTest.keyClicks(form.title_field, "Ny titel")  # a disabled field takes no keys
    assert session.doc.front_matter.title is None
    assert not session.is_modified()
    assert dumps(session.doc) == TEXT


def test_removing_the_list_title_under_other_keys_enables_the_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    form, session = _form(qtbot, tmp_path)
    table = form.extra_table.table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == "title"]
    table.setCurrentCell(row, 0)
    QTest.mouseClick(form.extra_table.remove_button, Qt.MouseButton.LeftButton)
    assert "title" not in session.doc.front_matter.extra
    assert form.title_field.isEnabled()
    assert form.title_field.toolTip() == ""
    form.title_field.setFocus()
    QTest.keyClicks(form.title_field, "Koordinator")
    assert session.doc.front_matter.title == "Koordinator"
    assert dumps(session.doc).startswith("---\ntitle: Koordinator\nlayout: default\n---\n")
