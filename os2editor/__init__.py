"""os2editor: read, edit, export and revise OS2 funktionsbeskrivelser.

The public API (no Qt anywhere on this path)::

    doc = os2editor.load("role.md")          # or loads(text)
    doc.tasks.must[0].text = "..."
    os2editor.save(doc, "role.md")           # minimal diff; dumps(doc) gives the text
    os2editor.export_docx(doc, "role.docx")

Names are imported lazily so that the CLI starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from os2editor._lazy import lazy_attributes
from os2editor.errors import Os2EditorError, ReadError, WriteError

if TYPE_CHECKING:
    from os2editor.docx import export_docx
    from os2editor.markdown import dumps, load, loads, save
    from os2editor.model import FunctionDescription, Item, Priority

    __version__: str

__all__ = [
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
    "load": "os2editor.markdown",
    "loads": "os2editor.markdown",
    "dumps": "os2editor.markdown",
    "save": "os2editor.markdown",
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
