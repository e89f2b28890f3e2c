"""The interface language: choosing Danish or English and loading the translations.

The source strings in the code are English. Danish comes from ``os2editor_da.qm`` (compiled
from ``resources/translations/os2editor_da.ts`` by ``scripts/update_translations.py``) and
Qt's own ``qtbase_da.qm``, which translates the standard buttons and the file dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from os2editor.messages import QT_TRANSLATE_NOOP
from os2editor.resources import path as resource_path

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "en"
"""The language of the source strings, used when nothing else applies."""

# The translators installed by the last install_translators() call, so a second call (a test
# switching language, say) replaces them instead of stacking another set on top.
_installed: list[QTranslator] = []
_current = {"language": DEFAULT_LANGUAGE}  # what install_translators() installed last

# Qt's own texts that qtbase_da leaves in English (Qt 6 added mnemonics to some, and its Danish
# has the old wording only): the key names menus show (QKeySequence.toString(NativeText) asks
# under "QShortcut", so a Danish menu said "Ctrl+PgDown"), two labels of Qt's own file dialog
# (used where the platform has none) and the print dialog's options. Ours translate them, and
# are installed after Qt's so that they are asked first.
QT_LEFT_IN_ENGLISH = (
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
)


def system_language() -> str:
    """Danish when the system locale is Danish (da_DK, da_GL, ...), English otherwise."""
    name = QLocale.system().name()
    return "da" if name == "da" or name.startswith("da_") else "en"


def choose_language(cli_lang: str | None, setting: str) -> str:
    """The interface language: the ``--lang`` flag, else the saved setting, else the system's.

    Unknown codes are skipped rather than trusted, so a hand-edited setting such as "de"
    falls back to the system language instead of showing a half-translated window.
    """
    for choice in (cli_lang, setting):
        code = (choice or "").strip().lower()
        if code in LANGUAGES:
            return code
    return system_language()


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)  # parented, so it lives as long as the app does
    if translator.load(name, folder) and app.installTranslator(translator):
        return translator
    translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translations for ``language`` ("da" or "en").

    A missing ``.qm`` file is not an error: the interface then stays in English. Danish also
    becomes the default QLocale, so numbers and Qt's own widgets follow Danish conventions.
    Returns the installed translators (they are parented to ``app`` as well).
    """
    remove_translators(app)
    code = language if language in LANGUAGES else DEFAULT_LANGUAGE
    # Qt asks the translator installed last first: ours go last, so they may also translate a
    # few of Qt's own texts (QT_LEFT_IN_ENGLISH).
    sources = (
        (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"os2editor_{code}", str(resource_path("translations"))),
    )
    for name, folder in sources:
        translator = _load(app, name, folder)
        if translator is not None:
            _installed.append(translator)
    QLocale.setDefault(_locale_for(code))
    _current["language"] = code
    return list(_installed)


def current_language() -> str:
    """The interface's language now: "da" or "en" (what dates, the user guide and the change
    lines follow)."""
    return _current["language"]


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators installed here: the English source strings show again."""
    _current["language"] = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def _locale_for(language: str) -> QLocale:
    if language == "da":
        return QLocale("da_DK")
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale("en_GB")

