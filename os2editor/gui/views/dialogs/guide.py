"""Help > User Guide (F1): a short guide in the window's language, beside the window.

Not modal: a reader keeps it open while trying what it says. The topics on the left jump to
their place in the text.
"""

from __future__ import annotations

import html
from types import ModuleType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("guide", text)


def about_html() -> str:
    """Help > About: the version, the licence and where the source lives."""
    from os2editor.about import APP_NAME, LICENCE, LICENCE_URL, SOURCE_URL, version

    return "".join((
        f"<h3>{APP_NAME} {html.escape(version())}</h3><p>",
        html.escape(_tr("os2editor edits OS2 function descriptions and exports them to Word "
                        "and PDF.")),
        "</p><p>",
        _tr("Licence: {licence}").format(
            licence=f'<a href="{LICENCE_URL}">Mozilla Public License 2.0 ({LICENCE})</a>'),
        "<br>",
        _tr("Source code: {url}").format(url=f'<a href="{SOURCE_URL}">{SOURCE_URL}</a>'),
        "</p>",
    ))


def guide_for(language: str) -> ModuleType:
    """The guide's text module for ``language`` ("da" or "en")."""
    if language == "da":
        from os2editor.gui.views.dialogs import guide_da

        return guide_da
    from os2editor.gui.views.dialogs import guide_en

    return guide_en


class UserGuide(QDialog):
    """Topics on the left, the guide on the right."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = guide_for(language)
        self.language = language
        self.setWindowTitle(guide.TITLE)
        self.setObjectName("user_guide")
        self.topics = QListWidget(self)
        self.topics.setAccessibleName(_tr("Topics"))
        for anchor, title in guide.TOPICS:
            item = QListWidgetItem(title, self.topics)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
        self.topics.setSpacing(3)
        self.topics.setFixedWidth(self.topics.sizeHintForColumn(0) + 40)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(guide.TITLE)
        self.text.setHtml(f"<h1>{guide.TITLE}</h1>{guide.BODY}")
        self.topics.currentItemChanged.connect(self._show_topic)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)

    def _show_topic(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.text.scrollToAnchor(str(item.data(Qt.ItemDataRole.UserRole)))
