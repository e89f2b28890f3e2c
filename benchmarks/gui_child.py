"""Child process for bench_gui: show a window, then exit at once.

``editor FILE``: the real editor window showing FILE. ``empty``: an empty QMainWindow (the peer).
``rss FILE``: like editor, then print the peak RSS in MB. ``floor``: the empty QMainWindow after
what any editor on this stack must load before it can show a description: markdown-it-py and
the ``Qt`` namespace (whose ~100 enums PySide6 builds on first use), neither of which the empty
window touches. (pydantic was part of the floor while the model was built on it; the editor
now shows a description without it, so it is not.) ``bare FILE``: the floor plus the least window
that shows FILE for editing: our reader, a list of its parts, four line fields, one text box
and a rich-text preview of the whole file, laid out and painted.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    if mode in ("floor", "bare"):
        import markdown_it
        from PySide6.QtCore import Qt

        assert markdown_it.MarkdownIt and Qt.Orientation
    if mode in ("empty", "floor"):
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.show()
    elif mode == "bare":
        app = _bare_editor(sys.argv[2])
    else:
        from os2editor.cli import show_window  # what `os2editor FILE` runs before its event loop

        app = show_window(sys.argv[2], "en")
    app.processEvents()
    if mode == "rss":
        import resource

        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    sys.stdout.flush()
    os._exit(0)  # both sides skip teardown alike


def _bare_editor(path: str) -> object:
    from PySide6.QtWidgets import (
        QApplication,
        QFormLayout,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QPlainTextEdit,
        QSplitter,
        QTextBrowser,
        QWidget,
    )

    from os2editor.markdown import load

    app = QApplication(sys.argv[:1])
    doc = load(path)
    window = QMainWindow()
    splitter = QSplitter()
    parts = QListWidget()
    parts.addItems([getattr(section, "heading", "") or "" for section in doc.sections])
    form = QWidget()
    fields = QFormLayout(form)
    matter = doc.front_matter
    for label, value in (("title", matter.title), ("h1", doc.h1), ("layout", matter.layout),
                         ("parent", matter.parent)):
        fields.addRow(label, QLineEdit(value or ""))
    fields.addRow("lead", QPlainTextEdit(doc.lead))
    preview = QTextBrowser()
    with open(path, encoding="utf-8") as source:
        preview.setMarkdown(source.read())
    for widget in (parts, form, preview):
        splitter.addWidget(widget)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    return app


if __name__ == "__main__":
    main()
