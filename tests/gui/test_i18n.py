"""The interface language: choosing it, loading the translations, and a complete Danish .ts."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import inspect
import pkgutil
import re
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import os2editor.gui
from os2editor.gui import i18n
from os2editor.gui.i18n import choose_language, current_language, install_translators
from os2editor.gui.main_window import MainWindow
from os2editor.gui.session import DocumentSession
from os2editor.gui.views.dialogs import interaction
from os2editor.gui.views.dialogs.export import ExportChoices
from os2editor.gui.views.dialogs.preferences import PreferencesDialog
from os2editor.gui.views.forms.base import Form
from os2editor.gui.views.navigation import TITLES
from os2editor.markdown import loads
from os2editor.model import Item
from os2editor.revision import Commit, diff
from os2editor.storage.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DANISH_TS = ROOT / "resources" / "translations" / "os2editor_da.ts"
ENGLISH_TS = ROOT / "resources" / "translations" / "os2editor_en.ts"

# An invented description in the shape of the OS2 handbook files: every known part plus a
# free section, so that every form of the window is built, and one task twice, so that the
# validation panel has a warning to show.
ROLE = """\
---
title: Mødekoordinator
layout: default
parent: Organisation og Roller
nav_order: 9
---

# Funktionsbeskrivelse – Mødekoordinator i OS2

## Formål med stillingen

Mødekoordinatoren sørger for, at møderne er forberedte og fører til beslutninger.

De strategiske indsatser er for tiden:

- **Klare dagsordener** – alle møder har en skriftlig dagsorden.
- **Korte referater** – beslutninger sendes ud samme dag.

## Ansvarsområde

Mødekoordinatoren har ansvar for at:

### 1. Planlægge møder

- Booke lokaler og udsende indkaldelser.
- Samle bilag i god tid.

### 2. Følge op

- Sende referater ud.

## Arbejdsopgaver og prioritering

Opgaverne prioriteres efter **MUST, SHOULD, COULD**.

### MUST (skal løses)

- Udsende dagsordener.
- Skrive referater.

### SHOULD (bør løses)

- Evaluere mødeformen.
- Skrive referater.

### COULD (kan løses)

- Afprøve nye mødeværktøjer.

## Samarbejdsrelationer

- Bestyrelsen.
- Sekretariatet.

## Faglige kvalifikationer

- Erfaring med mødeplanlægning.

## Personlige kvalifikationer

- Struktureret og venlig.

## Øvrige forhold

- Timetal: 37 timer om ugen.
- Arbejdssted: hjemme og på kontoret.

## Ansvarsfordeling

Fri tekst om, hvem der gør hvad.
"""


# -- the .ts files --------------------------------------------------------------------------


def active_messages(ts: Path) -> list[etree._Element]:
    """The messages lupdate found in the code (not the vanished ones kept as memory)."""
    tree = etree.parse(str(ts))
    return [
        message
        for message in tree.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    ]


def context_of(message: etree._Element) -> str:
    return str(message.getparent().findtext("name") or "")


def translations(message: etree._Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def placeholders(text: str) -> set[str]:
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    return names | set(re.findall(r"%(?:n|\d)", text))


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def english_only_sources() -> set[str]:
    """Source texts (without accelerators) whose Danish differs: seen in Danish, a leftover."""
    found = set()
    for message in active_messages(DANISH_TS):
        source = message.findtext("source") or ""
        if plain(source) not in {plain(text) for text in translations(message)}:
            found.add(plain(source))
    return found


def test_danish_ts_has_no_unfinished_or_empty_translation() -> None:
    messages = active_messages(DANISH_TS)
    assert len(messages) > 150  # the whole interface, not a stub
    tree = etree.parse(str(DANISH_TS))
    unfinished = [
        (context_of(m), m.findtext("source"))
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    empty = [
        (context_of(m), m.findtext("source")) for m in messages if not all(translations(m))
    ]
    assert empty == []


def test_danish_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for message in active_messages(DANISH_TS):
        source = message.findtext("source") or ""
        for text in translations(message):
            if placeholders(text) != placeholders(source):
                wrong.append((source, text, "placeholders"))
            has_key = plain(source) != source
            if has_key and plain(text) == text:
                wrong.append((source, text, "accelerator"))
    assert wrong == []


def test_english_plural_forms_are_filled_in() -> None:
    messages = active_messages(ENGLISH_TS)
    assert messages, "os2editor_en.ts holds the English plural forms"
    for message in messages:
        forms = translations(message)
        assert len(forms) == 2
        assert all(forms)


def load_update_script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lupdate_finds_no_string_missing_from_the_danish_ts(tmp_path: Path) -> None:
    script = load_update_script()
    fresh = tmp_path / "fresh_da.ts"
    started = time.monotonic()
    script.lupdate(fresh, "da_DK")
    script.add_helper_strings(fresh)
    assert time.monotonic() - started < 20

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(context_of(m), m.findtext("source") or "") for m in active_messages(ts)}

    in_code = keys(fresh)
    assert ("WindowActions", "&File") in in_code  # lupdate really read the GUI code
    assert ("interaction", "Unsaved changes") in in_code  # and the _tr() helpers
    missing = sorted(in_code - keys(DANISH_TS))
    assert missing == [], "run scripts/update_translations.py and translate the new strings"


def test_compiled_qm_matches_the_danish_ts(qapp: QApplication) -> None:
    """Every finished entry of the .ts comes back from the shipped .qm (lrelease was run)."""
    install_translators(qapp, "da")
    try:
        stale = []
        for message in active_messages(DANISH_TS):
            if message.get("numerus") == "yes":
                continue
            context, source = context_of(message), message.findtext("source") or ""
            comment = message.findtext("comment")
            expected = translations(message)[0]
            if QCoreApplication.translate(context, source, comment) != expected:
                stale.append((context, source))
        assert stale == []
    finally:
        i18n.remove_translators(qapp)


# -- choosing the language ------------------------------------------------------------------


def fake_system_locale(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(name)))


def test_the_command_line_flag_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_system_locale(monkeypatch, "da_DK")
    assert choose_language("en", "da") == "en"
    fake_system_locale(monkeypatch, "en_US")
    assert choose_language("da", "en") == "da"


def test_the_setting_applies_without_a_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_system_locale(monkeypatch, "en_US")
    assert choose_language(None, "da") == "da"
    fake_system_locale(monkeypatch, "da_DK")
    assert choose_language(None, "en") == "en"


@pytest.mark.parametrize(
    ("system", "expected"), [("da_DK", "da"), ("da_GL", "da"), ("en_US", "en"), ("de_DE", "en")]
)
def test_without_flag_or_setting_the_system_locale_decides(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    fake_system_locale(monkeypatch, system)
    assert choose_language(None, "") == expected


def test_unknown_codes_fall_through_to_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_system_locale(monkeypatch, "da_DK")
    assert choose_language("xx", "de") == "da"
    assert choose_language(None, " DA ") == "da"


# -- installing the translations ------------------------------------------------------------


def test_danish_translates_the_app_and_qt_itself(
    qapp: QApplication, language: Callable[[str], list[Any]]
) -> None:
    installed = language("da")
    assert len(installed) == 2
    assert all(translator.parent() is qapp for translator in installed)
    assert QCoreApplication.translate("WindowActions", "&File") == "&Filer"
    assert QCoreApplication.translate("WindowActions", "&Save") == "&Gem"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"
    assert QLocale().language() == QLocale.Language.Danish


def test_switching_back_to_english_removes_the_danish(
    language: Callable[[str], list[Any]],
) -> None:
    language("da")
    language("en")
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() != QLocale.Language.Danish


def test_english_plurals_come_from_the_english_catalogue(
    language: Callable[[str], list[Any]],
) -> None:
    language("en")
    messages = [m for m in active_messages(ENGLISH_TS) if "%n" in (m.findtext("source") or "")]
    assert messages
    for message in messages:
        context, source = context_of(message), message.findtext("source") or ""
        one, many = translations(message)
        assert QCoreApplication.translate(context, source, "", 1) == one.replace("%n", "1")
        assert QCoreApplication.translate(context, source, "", 3) == many.replace("%n", "3")
        assert one != many


def test_missing_qm_files_leave_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Callable[[str], list[Any]]
) -> None:
    monkeypatch.setattr(i18n, "resource_path", lambda *_parts: tmp_path)
    installed = language("da")
    assert len(installed) == 1  # only Qt's own qtbase_da
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"


# -- every window and dialog, in both languages -------------------------------------------


def texts_of(root: QWidget) -> set[str]:
    """Every text a user can see or hear in ``root`` and its children."""
    found = {root.windowTitle(), root.toolTip(), root.accessibleName()}
    for widget in root.findChildren(QWidget):
        found |= {widget.toolTip(), widget.accessibleName(), widget.whatsThis()}
        if isinstance(widget, QLabel):
            found.add(widget.text())
        if isinstance(widget, QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QMenu | QDockWidget):
            found.add(widget.title() if isinstance(widget, QMenu) else widget.windowTitle())
        if isinstance(widget, QTreeWidget):
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                assert item is not None
                found |= {item.text(0), item.toolTip(0)}
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder):
            found.add(str(placeholder()))
    for action in root.findChildren(QAction):
        found |= {action.text(), action.toolTip(), action.statusTip()}
    return {plain(text) for text in found if text}


def assert_no_english_left(texts: set[str]) -> None:
    leftovers = sorted(texts & english_only_sources())
    assert leftovers == [], "shown in English although the .ts has Danish for them"


@pytest.fixture
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interaction, "ask_save_discard_cancel", lambda *_a: interaction.DISCARD)
    monkeypatch.setattr(QDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)


def open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(Settings(), DocumentSession(loads(ROLE)))
    qtbot.addWidget(window)
    window.show()
    keys = [TITLES, *range(len(window.session.doc.sections))]
    for key in keys:  # build every form, as a user clicking through the parts would
        window.navigation.select(key)
        assert isinstance(window.current_form(), Form), f"no form for part {key}"
    return window


@pytest.mark.usefixtures("no_modal_dialogs")
def test_main_window_opens_in_english(qtbot: QtBot, language: Callable[[str], list[Any]]) -> None:
    language("en")
    window = open_window(qtbot)
    titles = [action.text() for action in window.menuBar().actions()]
    assert {"&File", "&Edit", "&View", "&Help"} <= set(titles)
    warnings = problem_lines(window)
    assert any("the task “Skrive referater.” stands under both MUST and SHOULD" in w
               for w in warnings)


@pytest.mark.usefixtures("no_modal_dialogs")
def test_main_window_opens_in_danish(qtbot: QtBot, language: Callable[[str], list[Any]]) -> None:
    language("da")
    window = open_window(qtbot)
    titles = [action.text() for action in window.menuBar().actions()]
    assert {"&Filer", "&Rediger", "&Vis", "&Hjælp"} <= set(titles)
    assert not {"&File", "&Edit", "&View", "&Help"} & set(titles)
    assert_no_english_left(texts_of(window))
    assert clashing_accelerators(window) == []
    warnings = problem_lines(window)
    assert any("opgaven »Skrive referater.« står under både MUST og SHOULD" in w
               for w in warnings)


def accelerator(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def clashes(texts: list[str]) -> list[str]:
    keys = [key for key in map(accelerator, texts) if key]
    return sorted({key for key in keys if keys.count(key) > 1})


def clashing_accelerators(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Alt+letter keys used twice in the menu bar, in one menu, or in one form."""
    found = []
    groups: list[tuple[str, list[str]]] = [
        ("menu bar", [action.text() for action in window.menuBar().actions()])
    ]
    for menu in window.findChildren(QMenu):
        groups.append((menu.title(), [action.text() for action in menu.actions()]))
    for index in range(window.forms.count()):
        form = window.forms.widget(index)
        assert form is not None
        labels = [label.text() for label in form.findChildren(QLabel) if label.buddy()]
        groups.append((type(form).__name__, labels))
    for name, texts in groups:
        if clashes(texts):
            found.append((name, texts))
    return found


def problem_lines(window: MainWindow) -> list[str]:
    """The lines of every list in the window once the checks have run (the warnings)."""
    window.validation.check_now()
    return [
        view.item(row).text()
        for view in window.findChildren(QListWidget)
        for row in range(view.count())
    ]


def gui_dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass written in os2editor.gui."""
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(os2editor.gui.__path__, "os2editor.gui."):
        module = importlib.import_module(info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found[name] = value
    return found


def make_dialog(cls: type[QDialog], parent: QWidget) -> QDialog:
    commit = Commit("0" * 40, dt.datetime(2026, 3, 2, 10, 0), "Bestyrelsen", "Godkendt")
    item = Item(text="Planlægge møder", children=[Item(text="Booke lokaler")])
    session = DocumentSession(loads(ROLE))
    factories: dict[str, Callable[[], QDialog]] = {
        "PreferencesDialog": lambda: PreferencesDialog(Settings(), parent),
        "CommitDialog": lambda: cast(Any, cls)([commit], parent),
        "SubItemsDialog": lambda: cast(Any, cls)(session, item, parent),
        "BaselineDialog": lambda: cast(Any, cls)(None, parent),
        "ApprovalDialog": lambda: cast(Any, cls)(["Mødekoordinator"], "bestyrelsen", parent),
        "CommitQuestion": lambda: cast(Any, cls)(["rolle.md"], "Godkendt af bestyrelsen", parent),
        "DifferenceDialog": lambda: cast(Any, cls)(
            "rolle.md", diff(loads(ROLE), session.doc), "", parent),
        "ExportDialog": lambda: cast(Any, cls)(ExportChoices("docx", "rolle.docx"), parent),
        "UserGuide": lambda: cast(Any, cls)(current_language(), parent),
    }
    assert cls.__name__ in factories, f"add a factory for the new dialog {cls.__name__}"
    return factories[cls.__name__]()


@pytest.mark.usefixtures("no_modal_dialogs")
@pytest.mark.parametrize("code", ["en", "da"])
def test_every_dialog_opens(
    qtbot: QtBot, language: Callable[[str], list[Any]], code: str
) -> None:
    language(code)
    parent = QWidget()
    qtbot.addWidget(parent)
    classes = gui_dialog_classes()
    assert "PreferencesDialog" in classes
    for cls in classes.values():
        dialog = make_dialog(cls, parent)
        dialog.show()
        assert dialog.isVisible()
        assert dialog.windowTitle()
        if code == "da":
            assert_no_english_left(texts_of(dialog))
        dialog.close()


def test_preferences_dialog_in_danish_uses_qt_buttons(
    qtbot: QtBot, language: Callable[[str], list[Any]]
) -> None:
    language("da")
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Indstillinger"
    buttons = {button.text() for button in dialog.findChildren(QAbstractButton)}
    assert "Annuller" in buttons


@pytest.mark.parametrize(
    ("code", "title", "buttons"),
    [
        ("en", "Unsaved changes", {"Save", "Discard", "Cancel"}),
        ("da", "Ikke gemte ændringer", {"Gem", "Forkast", "Annuller"}),
    ],
)
def test_unsaved_changes_question_in_both_languages(
    monkeypatch: pytest.MonkeyPatch,
    language: Callable[[str], list[Any]],
    code: str,
    title: str,
    buttons: set[str],
) -> None:
    language(code)
    seen: dict[str, Any] = {}

    def answer(box: QMessageBox) -> int:
        seen["title"] = box.windowTitle()
        seen["buttons"] = {plain(button.text()) for button in box.buttons()}
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert interaction.ask_save_discard_cancel(None, "rolle.md") == interaction.CANCEL
    assert seen == {"title": title, "buttons": buttons}


INTERACTION_ARGUMENTS: dict[str, object] = {
    "parent": None,
    "name": "rolle.md",
    "saved_at": "14:02",
    "changes": [],
    "problem": "",
    "start_dir": "",
    "start": "",
    "title": "",
    "suggested": "rolle.md",
    "pdf": False,
    "choices": ExportChoices("pdf", "rolle.pdf"),
}
NOT_QUESTIONS = ("file_dialog",)  # builds the dialog the questions ask with


@pytest.mark.parametrize("code", ["en", "da"])
def test_every_question_in_interaction_opens(
    monkeypatch: pytest.MonkeyPatch, language: Callable[[str], list[Any]], code: str
) -> None:
    """Each modal question opens (exec patched) and, in Danish, shows no English text."""
    language(code)
    shown: list[set[str]] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(texts_of(dialog))
        return 0

    def fake_file_dialog(_parent: object, caption: str, _dir: str, filters: str) -> Any:
        shown.append({caption, *filters.split(";;")})
        return "", ""

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)  # Qt's own exec, not QDialog's
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(fake_file_dialog))
    asked = 0
    for name, function in inspect.getmembers(interaction, inspect.isfunction):
        source = inspect.getsource(function)
        if function.__module__ != interaction.__name__ or not (
            "exec()" in source or "QFileDialog" in source
        ) or name.startswith("_") or name in NOT_QUESTIONS:
            continue
        parameters = inspect.signature(function).parameters
        unknown = set(parameters) - set(INTERACTION_ARGUMENTS)
        assert not unknown, f"add test arguments for interaction.{name}: {unknown}"
        function(**{key: INTERACTION_ARGUMENTS[key] for key in parameters})
        asked += 1
    assert asked >= 4 and len(shown) == asked
    if code == "da":
        for texts in shown:
            assert_no_english_left(texts)


@pytest.mark.parametrize(("code", "name_label"), [("en", "File name:"), ("da", "Filnavn:")])
def test_qt_file_dialog_follows_the_language(
    qtbot: QtBot, language: Callable[[str], list[Any]], code: str, name_label: str
) -> None:
    language(code)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert name_label in {plain(label.text()) for label in dialog.findChildren(QLabel)}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))
