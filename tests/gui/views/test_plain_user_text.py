"""User text that looks like HTML is shown as the user's words, never rendered: Qt would read
the file an image tag names (``<img src="/dev/zero">`` read /dev/zero until memory ran out)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from os2editor.gui.views.dialogs.sub_items import SubItemsDialog
from os2editor.gui.views.widgets.list_editor import ListEditor
from os2editor.model import fields as f
from tests.bounded import python

from ..opening import open_window, show
from ..role_sample import ROLE_MD

TAG = '<img src="/dev/zero">'
HOSTILE = (
    ROLE_MD.replace("title: Testkoordinator", f"title: 'Test {TAG}'")
    .replace("### MUST (skal altid løses)", f"### MUST {TAG}")
    .replace("- Sekretariatschefen.", f"- {TAG} Sekretariatschefen.\n  - Formanden.")
    .replace("- Rapportere fejl til leverandøren.", f"- Rapportere {TAG}")
    .replace("## Ansvarsfordeling", f"## {TAG} Ansvarsfordeling")
)

# Shows every part, the sub-items window and every tooltip as the mouse would, then paints
# all: a label or tooltip rendering the tag would read /dev/zero without end.
CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QToolTip
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.markdown import load
from os2editor.model import fields as f
from os2editor.storage.settings import Settings
app = QApplication([])
path = Path(sys.argv[1])
win = MainWindow(Settings(), DocumentSession(load(path), path))
win.show()
doc = win.session.doc
for key in range(-1, len(doc.sections)):
    win.navigation.select(key)
    app.processEvents()
win.navigation.select(doc.sections.index(doc.collaboration))
editor = win.current_form().widget_at(doc.collaboration, f.LIST_ITEMS)
editor.select_row(0)
editor.edit_children()
app.processEvents()
tree = win.navigation.tree
tips = [(w, w.toolTip()) for w in app.allWidgets() if w.isVisible() and w.toolTip()]
tips += [(tree, tree.topLevelItem(n).toolTip(0)) for n in range(tree.topLevelItemCount())]
for widget, tip in tips:
    QToolTip.showText(widget.mapToGlobal(QPoint(2, 2)), tip, widget)
    app.processEvents()
for window in app.topLevelWidgets():
    if window.isVisible():
        window.grab()
print("shown", len(tips))
sys.stdout.flush()
os._exit(0)
"""


def test_nothing_reads_a_file_an_image_tag_in_user_text_names(tmp_path: Path) -> None:
    role = tmp_path / "rolle.md"
    role.write_text(HOSTILE, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OS2EDITOR_HOME": str(tmp_path / "h")}
    done = python(CHILD, str(role), timeout=90, env=env)
    assert not done.timed_out, "something read /dev/zero without end"
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.startswith("shown ") and int(done.stdout.split()[1]) > 10
    assert done.peak_mb < 600


def visible_text(tip: str) -> str:
    return QTextDocumentFragment.fromHtml(tip).toPlainText()


def test_labels_and_tooltips_show_the_tag_as_written(
    qtbot: QtBot, tmp_path: Path, no_dialogs: None
) -> None:
    role = tmp_path / "rolle.md"
    role.write_text(HOSTILE, encoding="utf-8")
    win = open_window(qtbot, role)
    doc = win.session.doc
    for section in [None, *doc.sections]:
        show(win, section)
    collaboration = doc.collaboration
    assert collaboration is not None
    editor = show(win, collaboration).widget_at(collaboration, f.LIST_ITEMS)
    assert isinstance(editor, ListEditor)
    editor.select_row(0)
    editor.edit_children()
    dialog = editor.sub_items_dialog
    assert isinstance(dialog, SubItemsDialog)
    widgets = [w for w in QApplication.allWidgets() if isinstance(w, QWidget)]
    labels = [w for w in widgets if isinstance(w, QLabel) and TAG in w.text()]
    assert labels  # the sub-items window names the item
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    tips = [w.toolTip() for w in widgets if "/dev/zero" in w.toolTip()]
    tree = win.navigation.tree
    entries = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    tips += [e.toolTip(0) for e in entries if e is not None and "/dev/zero" in e.toolTip(0)]
    assert len(tips) >= 3  # the board's MUST column, the title suggestion, the free part
    win.validation.check_now()
    warnings = [win.validation.list.item(n) for n in range(win.validation.list.count())]
    warned = [w.toolTip() for w in warnings if w is not None and "/dev/zero" in w.toolTip()]
    assert warned  # the title that is not in the main heading, named in a warning
    tips += warned
    for tip in tips:
        assert TAG in visible_text(tip)  # shown as the user's words: not an image
    dialog.close()
    win.session.undo_stack.setClean()

