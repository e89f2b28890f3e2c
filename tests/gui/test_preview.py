"""The live preview: after every edit it shows exactly what a fresh render of the saved
markdown shows, although it re-renders only the parts of the page that changed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from benchmarks.corpus import description
from os2editor.gui.main_window import MainWindow
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.navigation import TITLES
from os2editor.gui.views.preview import PreviewPane
from os2editor.gui.views.preview_parts import PageParts, preview_markdown
from os2editor.markdown import dumps
from os2editor.model import FreeSection, Priority
from os2editor.model import fields as f

from .opening import open_window
from .role_sample import ROLE_MD

FREE_INDEX = 6  # "Ansvarsfordeling", a free section
LAST_INDEX = 7  # "Øvrige forhold"


@pytest.fixture
def window(qtbot: QtBot, role_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # Modal dialogs would wait for a click: none is expected, and edits are thrown away.
    for name in (
        "ask_save_path",
        "ask_open_path",
        "ask_export_path",
        "ask_external_change",
        "ask_restore",
        "show_error",
        "show_warning",
        "show_about",
        "show_difference",
    ):
        monkeypatch.setattr(interaction, name, lambda *_, n=name: pytest.fail(f"{n} shown"))
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_: interaction.DISCARD)
    win = open_window(qtbot, role_file, size=None)
    wait_for_preview(qtbot, win)
    yield win


def fresh_render(preview: PreviewPane, markdown: str) -> QTextDocument:
    """The page as a full render from scratch shows it (same font, margins and end padding)."""
    page = QTextDocument()
    page.setDefaultFont(preview.font())
    page.setDocumentMargin(12)
    page.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    root = page.rootFrame()
    frame_format = root.frameFormat()
    frame_format.setBottomMargin(preview.document().rootFrame().frameFormat().bottomMargin())
    root.setFrameFormat(frame_format)
    return page


def assert_same_page(shown: QTextDocument, fresh: QTextDocument) -> None:
    assert shown.toPlainText() == fresh.toPlainText()
    assert shown.blockCount() == fresh.blockCount()
    assert shown.toMarkdown() == fresh.toMarkdown()
    # Every block's and character's format, every list, the headings: all in the HTML.
    assert shown.toHtml() == fresh.toHtml()


def wait_for_preview(qtbot: QtBot, win: MainWindow) -> None:
    """Until the preview has rendered the document as it would be saved now."""
    expected = preview_markdown(dumps(win.session.doc))
    qtbot.waitUntil(lambda: win.preview._last_markdown == expected, timeout=3000)


def assert_preview_is_fresh(qtbot: QtBot, win: MainWindow) -> None:
    wait_for_preview(qtbot, win)
    markdown = preview_markdown(dumps(win.session.doc))
    assert_same_page(win.preview.document(), fresh_render(win.preview, markdown))


def open_form(qtbot: QtBot, win: MainWindow, key: int) -> Form:
    win.navigation.select(key)
    qtbot.waitUntil(lambda: win.current_form() is not None)
    form = win.current_form()
    assert isinstance(form, Form)
    return form


def first_task_field(qtbot: QtBot, win: MainWindow) -> QPlainTextEdit:
    doc = win.session.doc
    form = open_form(qtbot, win, doc.sections.index(doc.tasks))
    editor = form.board.column(Priority.MUST).editor  # type: ignore[attr-defined]
    editor.select_row(0)
    QTest.keyClick(editor.view, Qt.Key.Key_F2)
    field = editor.view.indexWidget(editor.view.list_model.index(0))
    assert isinstance(field, QPlainTextEdit)
    return field


def test_typing_in_a_task_updates_the_page_in_place(qtbot: QtBot, window: MainWindow) -> None:
    page = window.preview.document()
    field = first_task_field(qtbot, window)
    field.moveCursor(field.textCursor().MoveOperation.End)
    for letter in " grundigt æøå":
        QTest.keyClicks(field, letter)
        assert_preview_is_fresh(qtbot, window)
    field.insertPlainText(" – altid")  # the en dash is not Latin-1: keyClicks cannot type it
    assert_preview_is_fresh(qtbot, window)
    assert "Gennemføre test før hver udgivelse. grundigt æøå – altid" in (
        window.preview.toPlainText()
    )
    assert window.preview.document() is page  # replaced in place, never rebuilt


def test_editing_the_first_and_the_last_part_of_the_page(qtbot: QtBot, window: MainWindow) -> None:
    page = window.preview.document()
    titles = open_form(qtbot, window, TITLES)
    h1 = titles.h1_field  # type: ignore[attr-defined]
    assert isinstance(h1, QLineEdit)
    h1.end(False)
    QTest.keyClicks(h1, " og mere")
    assert_preview_is_fresh(qtbot, window)
    assert window.preview.document().begin().text().endswith("i OS2 og mere")
    h1.insert(" – nu")
    assert_preview_is_fresh(qtbot, window)

    heading = open_form(qtbot, window, LAST_INDEX).widget_at(
        window.session.doc.sections[LAST_INDEX], f.HEADING)
    assert isinstance(heading, QLineEdit)
    heading.end(False)
    QTest.keyClicks(heading, " i rollen")
    assert_preview_is_fresh(qtbot, window)
    assert "Øvrige forhold i rollen" in window.preview.toPlainText()
    assert window.preview.document() is page


def test_markdown_that_reaches_past_its_section_is_rendered_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Typed into a free section: things Qt's importer lets leak into the next sections
    # (an empty bullet, a task box, a table, HTML), then taken out again.
    body = open_form(qtbot, window, FREE_INDEX).widget_at(
        window.session.doc.sections[FREE_INDEX], f.FREE_BODY)
    assert isinstance(body, QPlainTextEdit)
    body.moveCursor(body.textCursor().MoveOperation.End)
    for text in ("\n\n- ", "\n- [ ] opgave", "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "\n<b>x"):
        body.insertPlainText(text)
        assert_preview_is_fresh(qtbot, window)
    body.setPlainText("Rollen deler ansvaret.\n\n- punkt")
    assert_preview_is_fresh(qtbot, window)
    QTest.keyClicks(body, " mere")
    assert_preview_is_fresh(qtbot, window)


def test_sections_added_and_removed_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    page = window.preview.document()
    navigation = window.navigation
    navigation.select(1)
    navigation.add_section(FreeSection(heading="Nyt afsnit", body="- et punkt\n"))
    assert_preview_is_fresh(qtbot, window)
    assert "Nyt afsnit" in window.preview.toPlainText()
    navigation.select(0)
    navigation.remove_section()  # the first section
    assert_preview_is_fresh(qtbot, window)
    navigation.select(len(window.session.doc.sections) - 1)
    navigation.remove_section()  # the last section
    assert_preview_is_fresh(qtbot, window)
    for _ in range(3):
        window.window_actions.undo.trigger()
        assert_preview_is_fresh(qtbot, window)
    assert (
        window.preview.toPlainText()
        == fresh_render(window.preview, preview_markdown(ROLE_MD)).toPlainText()
    )
    window.window_actions.redo.trigger()
    assert_preview_is_fresh(qtbot, window)
    assert window.preview.document() is page


def test_undo_and_redo_of_typing(qtbot: QtBot, window: MainWindow) -> None:
    before = window.preview.toHtml()
    field = first_task_field(qtbot, window)
    QTest.keyClicks(field, "Altid: ")
    assert_preview_is_fresh(qtbot, window)
    window.window_actions.undo.trigger()
    assert_preview_is_fresh(qtbot, window)
    assert window.preview.toHtml() == before
    window.window_actions.redo.trigger()
    assert_preview_is_fresh(qtbot, window)
    task = window.session.doc.tasks.must[0].text  # type: ignore[union-attr]
    assert "Altid: " in task
    assert task.strip() in window.preview.toPlainText()  # (the page drops the end space)


def test_the_scroll_position_stays_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    field = first_task_field(qtbot, window)
    bar = window.preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    qtbot.wait(50)  # the form scrolled the preview to its section; now the reader scrolls
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    qtbot.wait(20)
    assert bar.value() == position
    for letter in "abc":
        QTest.keyClicks(field, letter)
        assert_preview_is_fresh(qtbot, window)
        assert bar.value() == position


# The same promise for any edit, without the window: random edits of the markdown itself.

SNIPPETS = [
    "x", "æ", "**fed**", "\n\n- nyt punkt\n", "\n\n## Ny sektion\n\nTekst.\n",
    "\n\n### Under\n\n1. en\n2. to\n",
    "\n", "\n\n", " ", "–", "\n\nOverskrift\n===\n", "\n\n> citat\n", "\n\n---\n", "\n- ", "\n  - ",
    "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "\n\n<!-- x\n\n## skjult\n-->\n", "\n\n[ref]: http://x\n",
    "[ref]", "\n\n```\n## kode\n```\n", "*", "#", "\n# Top\n", "\n- [x] gjort\n", "<i>", "\n## \n",
    "{% include x %}", "\n{: .note }\n", "\n- ## h\n", "\n1. \n",
]  # fmt: skip


class _Source:
    text = ""

    def __call__(self, _doc: object) -> str:
        return self.text


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_always_show_a_fresh_render(qtbot: QtBot, seed: int) -> None:
    source = _Source()
    preview = PreviewPane(source)
    qtbot.addWidget(preview)
    preview.resize(400, 600)
    preview.show()
    rng = random.Random(seed)
    base = ROLE_MD if seed % 2 else description(2)
    source.text = base
    preview.set_document(object())  # type: ignore[arg-type]  # the stub source ignores it
    preview.render_now()
    for _ in range(60):
        text = source.text
        choice = rng.random()
        if choice < 0.6:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(SNIPPETS) + text[at:]
        elif choice < 0.9 and len(text) > 10:
            at = rng.randrange(len(text))
            text = text[:at] + text[at + rng.randrange(1, 60) :]
        else:
            text = base
        source.text = text
        preview.schedule_render()
        preview.render_now()
        assert_same_page(preview.document(), fresh_render(preview, preview_markdown(text)))


@pytest.mark.parametrize(
    "text",
    [
        ROLE_MD,
        description(1),
        "# Ingen front matter\n\nTekst.\n",
        "",
        "Tekst før overskriften.\n\n## Afsnit\n",
        "---\ntitle: x\n---\n\n{% include a.md %}\n## A {: .x }\n{: .note }\n\n## B\n",
        "## A\n\n```\n# kode\n## mere\n```\n\n## B\n",
    ],
)
def test_parts_join_to_the_preview_markdown(text: str) -> None:
    parts = PageParts()
    for _ in range(2):  # converted, then remembered
        markdown, pieces = parts.split(text)
        assert markdown == preview_markdown(text)
        if pieces is not None:
            assert "".join(pieces) == markdown
            assert all(p.lstrip("\n").startswith("#") for p in pieces[1:])


def test_fenced_code_and_link_definitions_make_the_page_render_whole() -> None:
    assert PageParts().split("## A\n\n```\n## x\n```\n")[1] is None
    assert PageParts().split("## A\n\n[a]: http://x\n\n## B\n\n[a]\n")[1] is None
    assert PageParts().split("## A\n\n<div>\n\n## B\n</div>\n")[1] is None
    assert PageParts().split("## A\n\nTekst.\n\n## B\n")[1] == ["### A\n\nTekst.\n\n", "### B\n"]
