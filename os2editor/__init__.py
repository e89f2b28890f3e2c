"""os2editor: read, edit, export and revise OS2 funktionsbeskrivelser.

The public API (no Qt anywhere on this path)::

    doc = os2editor.load("role.md")          # or loads(text)
    editor = os2editor.DocumentEditor(doc)   # the edits the window makes (os2editor.edits)
    editor.apply(os2editor.edits.move_task(doc.tasks, Priority.SHOULD, 0, Priority.MUST, 0))
    doc.tasks.must[0].text = "..."           # or change the nodes directly
    os2editor.save(doc, "role.md")           # minimal diff; dumps(doc) gives the text
    os2editor.export_docx(doc, "role.docx")

Names are imported lazily so that the CLI starts fast.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from os2editor._lazy import lazy_attributes
from os2editor.errors import Os2EditorError, ReadError, WriteError

if TYPE_CHECKING:
    from os2editor.api import dumps, load, loads, save
    from os2editor.docx import export_docx
    from os2editor.edits import DocumentEditor
    from os2editor.model import FunctionDescription, Item, Priority

    __version__: str

__all__ = [
    "DocumentEditor",
    "FunctionDescription",
    "Item",
    "Os2EditorError",
    "Priority",
    "ReadError",
    "WriteError",
    "dumps",
    "export_docx",
    "load",
    "loads",
    "save",
]

_LAZY = {
    "load": "os2editor.api",
    "loads": "os2editor.api",
    "dumps": "os2editor.api",
    "save": "os2editor.api",
    "DocumentEditor": "os2editor.edits",
    "export_docx": "os2editor.docx",
    "FunctionDescription": "os2editor.model",
    "Item": "os2editor.model",
    "Priority": "os2editor.model",
}

_lazy_attribute = lazy_attributes(__name__, _LAZY)

def __getattr__(name: str) -> Any:
    # The version comes from the installed metadata (one source: pyproject.toml), read on
    # first use only; see os2editor.about.
    if name == "__version__":
        from os2editor.about import version

        return version()
    return _lazy_attribute(name)


# A library logs and lets the program decide where to: nothing reaches stderr (where the CLI's
# one line of error is all a user should see) until the window gives the log a file
# (os2editor.logfile).
logging.getLogger(__name__).addHandler(logging.NullHandler())
