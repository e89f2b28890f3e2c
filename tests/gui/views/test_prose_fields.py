"""Markdown in prose fields, for someone who has never heard of markdown (issue 15, point 8):
the markers are drawn quietly, bold is bold and links look like links; Ctrl+B, Ctrl+I and
Ctrl+K format; the model keeps the markdown, so an untouched file saves byte for byte and an
edit changes only the lines it touched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import link
from os2editor.gui.views.forms.free_section import FreeSectionForm
from os2editor.gui.views.forms.tasks import TasksForm
from os2editor.gui.views.widgets.inline_marks import Mark, runs
from os2editor.gui.views.widgets.list_items import ElementEditor
from os2editor.gui.views.widgets.prose_keys import BOLD, ITALIC, link_at, toggled
from os2editor.gui.views.widgets.text_field import TextField
from os2editor.markdown import dumps
from os2editor.model import FreeSection, Priority
from os2editor.model import fields as f
from tests.helpers import changed_lines

from ..driving import context_menu, menu_texts, open_row
from ..opening import open_window, show
from ..role_sample import ROLE_MD

INTRO = ("Opgaverne prioriteres med **MUST, SHOULD, COULD** efter "
         "[MoSCoW-metoden](https://en.wikipedia.org/wiki/MoSCoW_method):")
SOURCE = ROLE_MD.replace("Opgaverne prioriteres med **MUST, SHOULD, COULD**:", INTRO).replace(
    "Rollen deler ansvaret for udgivelser med produktkoordinatoren.",
    "Rollen deler ansvaret med **produktkoordinatoren**.\n\n### Beslutninger\n\n"
    "| Hvem | Hvad |\n|---|---|\n| Bestyrelsen | Strategi |",
)


@pytest.fixture
def source_file(tmp_path: Path) -> Path:
    path = tmp_path / "os2-testkoordinator.md"
    path.write_bytes(SOURCE.encode("utf-8"))
    return path


@pytest.fixture
def prose_window(qtbot: QtBot, source_file: Path, no_dialogs: None) -> Iterator[MainWindow]:
    win = open_window(qtbot, source_file)
    yield win
    win.session.undo_stack.setClean()


def intro_field(win: MainWindow) -> TextField:
    tasks = win.session.doc.tasks
    form = show(win, tasks)
    assert isinstance(form, TasksForm)
    field = form.widget_at(tasks, f.TASKS_INTRO)
    assert isinstance(field, TextField)
    return field


def char_format_at(field: TextField, position: int) -> QTextCharFormat | None:
    """The format the field draws the character at ``position`` with."""
    block = field.document().findBlock(position)
    offset = position - block.position()
    for span in block.layout().formats():
        if span.start <= offset < span.start + span.length:
            return QTextCharFormat(span.format)
    return None


def select(field: TextField, start: int, end: int) -> None:
    cursor = field.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)


def test_the_field_holds_markdown_and_draws_it_for_a_reader(prose_window: MainWindow) -> None:
    field = intro_field(prose_window)
    text = field.toPlainText()
    assert text.startswith(INTRO)  # the source, as written
    quiet = field.palette().color(QPalette.ColorRole.PlaceholderText)
    marker = char_format_at(field, text.index("**"))
    assert marker is not None and marker.foreground().color() == quiet
    bold = char_format_at(field, text.index("MUST"))
    assert bold is not None and bold.fontWeight() == QFont.Weight.Bold
    words = char_format_at(field, text.index("MoSCoW-metoden"))
    assert words is not None and words.fontUnderline()
    assert words.foreground().color() == field.palette().color(
        QPalette.ColorRole.Link)
    address = char_format_at(field, text.index("https://"))
    assert address is not None and address.foreground().color() == quiet
    assert char_format_at(field, text.index("prioriteres")) is None  # plain text stays plain


def test_ctrl_b_makes_a_word_bold_as_its_own_step_changing_one_line(
    prose_window: MainWindow,
) -> None:
    field = intro_field(prose_window)
    before = dumps(prose_window.session.doc)
    field.setFocus()
    text = field.toPlainText()
    cursor = field.textCursor()
    cursor.setPosition(text.index("prioriteres") + 3)  # inside the word, nothing selected
    field.setTextCursor(cursor)
    QTest.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    tasks = prose_window.session.doc.tasks
    assert tasks is not None
    assert tasks.intro.startswith("Opgaverne **prioriteres** med **MUST")
    assert field.textCursor().selectedText() == "prioriteres"  # the same words stay chosen
    assert changed_lines(before, dumps(prose_window.session.doc)) == [
        f"-{INTRO}\n", "+" + INTRO.replace("prioriteres", "**prioriteres**") + "\n"]
    QTest.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # bold again: off
    assert dumps(prose_window.session.doc) == before
    QTest.keyClick(field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert tasks.intro.startswith("Opgaverne *prioriteres* med")
    QTest.keyClicks(field, "X")  # typing over the chosen word: a step of its own again
    assert tasks.intro.startswith("Opgaverne *X* med")
    prose_window.window_actions.undo.trigger()
    assert tasks.intro.startswith("Opgaverne *prioriteres* med")
    prose_window.window_actions.undo.trigger()
    prose_window.window_actions.undo.trigger()
    prose_window.window_actions.undo.trigger()
    assert dumps(prose_window.session.doc) == before


def test_ctrl_k_links_the_chosen_words_and_edits_a_link_in_place(
    prose_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = intro_field(prose_window)
    asked: list[tuple[str, str]] = []
    answer = link.Link("OS2", "https://os2.eu")

    def ask(_parent: object, text: str, address: str) -> link.Link | None:
        asked.append((text, address))
        return answer

    monkeypatch.setattr(link, "ask_link", ask)
    field.setFocus()
    text = field.toPlainText()
    start = text.index("MoSCoW-metoden") + 2
    select(field, start, start)  # the cursor in the link
    QTest.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("MoSCoW-metoden", "https://en.wikipedia.org/wiki/MoSCoW_method")]
    tasks = prose_window.session.doc.tasks
    assert tasks is not None
    assert "efter [OS2](https://os2.eu):" in tasks.intro
    position = tasks.intro.index("prioriteres")
    select(field, position, position + len("prioriteres"))
    answer = link.Link("prioriteres", "https://os2.eu/moscow")
    QTest.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert asked[-1] == ("prioriteres", "")
    assert tasks.intro.startswith("Opgaverne [prioriteres](https://os2.eu/moscow) med")
    answer = link.Link("prioriteres", "")  # no address: the link goes, the words stay
    select(field, position + 3, position + 3)
    QTest.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert tasks.intro.startswith("Opgaverne prioriteres med")


def test_a_cancelled_link_changes_nothing(
    prose_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = intro_field(prose_window)
    monkeypatch.setattr(link, "ask_link", lambda *_: None)
    before = dumps(prose_window.session.doc)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert dumps(prose_window.session.doc) == before
    assert not prose_window.session.undo_stack.canUndo()


def test_the_context_menu_offers_bold_italic_and_link(prose_window: MainWindow) -> None:
    field = intro_field(prose_window)
    text = field.toPlainText()
    position = text.index("Opgaverne")
    select(field, position, position + len("Opgaverne"))
    menu = context_menu(field.viewport(), field.cursorRect().center())
    assert menu_texts(menu)[:3] == ["Bold", "Italic", "Link…"]
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Bold")
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    tasks = prose_window.session.doc.tasks
    assert tasks is not None and tasks.intro.startswith("**Opgaverne**")


def test_an_untouched_file_saves_byte_for_byte_after_every_form_was_shown(
    prose_window: MainWindow, source_file: Path
) -> None:
    doc = prose_window.session.doc
    for section in [None, *doc.sections]:
        show(prose_window, section)
    assert prose_window.files.save()
    assert source_file.read_bytes() == SOURCE.encode("utf-8")


def test_a_free_section_is_the_same_friendly_prose_field(prose_window: MainWindow) -> None:
    doc = prose_window.session.doc
    free = next(s for s in doc.sections if isinstance(s, FreeSection))
    form = show(prose_window, free)
    assert isinstance(form, FreeSectionForm)
    field = form.body_field
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert field.font().family() != fixed  # no longer a monospace raw box
    text = field.toPlainText()
    assert char_format_at(field, text.index("produktkoordinatoren")).fontWeight() == (
        QFont.Weight.Bold)
    heading = char_format_at(field, text.index("Beslutninger"))
    assert heading is not None and heading.fontWeight() == QFont.Weight.Bold
    before = dumps(doc)
    field.setFocus()
    position = text.index("ansvaret")
    select(field, position, position + len("ansvaret"))
    QTest.keyClick(field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert changed_lines(before, dumps(doc)) == [
        "-Rollen deler ansvaret med **produktkoordinatoren**.\n",
        "+Rollen deler *ansvaret* med **produktkoordinatoren**.\n"]


def test_list_rows_take_the_same_keys(prose_window: MainWindow) -> None:
    form = show(prose_window, prose_window.session.doc.tasks)
    assert isinstance(form, TasksForm)
    must = form.board.column(Priority.MUST).editor
    editor = open_row(must, 0)
    assert isinstance(editor, ElementEditor)
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    tasks = prose_window.session.doc.tasks
    assert tasks is not None
    assert tasks.must[0].text == "**Gennemføre test før hver udgivelse.**"
    bold = editor.document().firstBlock().layout().formats()
    assert any(span.format.fontWeight() == QFont.Weight.Bold for span in bold)


# The reading of inline markdown and the formatting behind the keys.


@pytest.mark.parametrize(("text", "expected"), [
    ("- **MUST** – opgaver", [("**", Mark.MARKER), ("MUST", Mark.BOLD), ("**", Mark.MARKER)]),
    ("*Roadmap* og _(PRODUCT OWNER)_", [("*", Mark.MARKER), ("Roadmap", Mark.ITALIC),
                                        ("*", Mark.MARKER), ("_", Mark.MARKER),
                                        ("(PRODUCT OWNER)", Mark.ITALIC), ("_", Mark.MARKER)]),
    ("[OS2](https://os2.eu)", [("[", Mark.MARKER), ("OS2", Mark.LINK), ("](", Mark.MARKER),
                               ("https://os2.eu", Mark.ADDRESS), (")", Mark.MARKER)]),
    ("### Beslutninger", [("###", Mark.MARKER), ("Beslutninger", Mark.HEADING)]),
    (r"a \*ikke\* b", [("\\", Mark.MARKER), ("\\", Mark.MARKER)]),
    ("snake_case_navn og 2*3*4", []),
    ("* punkt", []),
    ("`kode *her*`", [("`", Mark.MARKER), ("kode *her*", Mark.CODE), ("`", Mark.MARKER)]),
    ("``a ` b`` c`", [("``", Mark.MARKER), ("a ` b", Mark.CODE), ("``", Mark.MARKER)]),
    ("[[a](b)", [("[", Mark.MARKER), ("a", Mark.LINK), ("](", Mark.MARKER), ("b", Mark.ADDRESS),
                 (")", Mark.MARKER)]),
    ("Vi ***skal***", [("*", Mark.MARKER), ("**", Mark.MARKER | Mark.ITALIC),
                       ("skal", Mark.BOLD | Mark.ITALIC), ("**", Mark.MARKER | Mark.ITALIC),
                       ("*", Mark.MARKER)]),
    ("*a *a *a " * 50, []),  # nothing closes: read without scanning on from each opener
])
def test_inline_markdown_is_read_as_a_reader_reads_it(
    text: str, expected: list[tuple[str, Mark]]
) -> None:
    assert [(text[r.start:r.end], r.marks) for r in runs(text)] == expected


@pytest.mark.parametrize(("text", "start", "end", "markers", "expected"), [
    ("Vi skal gøre", 3, 7, BOLD, "Vi **skal** gøre"),
    ("Vi **skal** gøre", 5, 9, BOLD, "Vi skal gøre"),
    ("Vi **skal** gøre", 3, 11, BOLD, "Vi skal gøre"),  # the markers chosen too
    ("Vi **skal** gøre", 5, 9, ITALIC, "Vi ***skal*** gøre"),
    ("Vi ***skal*** gøre", 6, 10, ITALIC, "Vi **skal** gøre"),
    ("Vi _skal_ gøre", 4, 8, ITALIC, "Vi skal gøre"),
    ("Vi skal  gøre", 3, 9, BOLD, "Vi **skal**  gøre"),  # spaces stay outside
])
def test_bold_and_italic_toggle(
    text: str, start: int, end: int, markers: tuple[str, ...], expected: str
) -> None:
    assert toggled(text, start, end, markers)[0] == expected


def test_a_link_is_found_around_the_cursor() -> None:
    text = "se [MoSCoW](https://x.dk/a_(b)) nu"
    assert link_at(text, 6) == (3, 31, "MoSCoW", "https://x.dk/a_(b)")
    assert link_at(text, 1) is None
    # Found as the field draws links: with a title, and never inside a picture.
    assert link_at('se [ord](http://x.dk "titel") nu', 5) == (3, 29, "ord", "http://x.dk")
    assert link_at("se ![ord](a.png) nu", 6) is None


def test_the_fields_know_every_character_markdown_is_made_of() -> None:
    from os2editor.gui.views.widgets import inline_marks
    from os2editor.gui.views.widgets.prose_keys import MARKUP

    assert set(MARKUP) == set(inline_marks.MARKUP)
