"""The styles of a template, looked up by name; no lxml here (see :mod:`os2editor.docx.wordml`)."""

from __future__ import annotations

from typing import Any

from os2editor.docx.wordml import W_VAL, qn
from os2editor.messages import Message


class StyleMap:
    """Style ids by (case-insensitive) style name, read once per template.

    Looking a name up that the template lacks records a warning, once per name; the caller
    then falls back to direct formatting. (A plain class: a dataclass would take a
    millisecond to create, in every export's process.)
    """

    def __init__(
        self, ids: dict[str, str], outlined: set[str], tab_stops: dict[str, list[str]]
    ) -> None:
        self.ids = ids
        self.outlined = outlined  # ids of styles that set an outline level
        self.tab_stops = tab_stops  # tab positions by style id
        self.warnings: list[Message] = []
        self._warned: set[str] = set()

    @classmethod
    def of(cls, styles: Any) -> StyleMap:
        """The style map of a ``w:styles`` element (``document.styles.element`` in python-docx,
        or an xml.etree element)."""
        ids: dict[str, str] = {}
        outlined: set[str] = set()
        tabs: dict[str, list[str]] = {}
        for style in styles.iterfind(qn("w:style")):
            name = style.find(qn("w:name"))
            style_id = style.get(qn("w:styleId"))
            if name is None or style_id is None:
                continue
            ids.setdefault(name.get(W_VAL, "").lower(), style_id)
            ppr = style.find(qn("w:pPr"))
            if ppr is not None:
                if ppr.find(qn("w:outlineLvl")) is not None:
                    outlined.add(style_id)
                positions = [t.get(qn("w:pos"), "") for t in ppr.iterfind(f"{qn('w:tabs')}/*")]
                tabs[style_id] = positions
        return cls(ids, outlined, tabs)

    def copy(self) -> StyleMap:
        """A map with the same styles and no warnings yet."""
        return StyleMap(self.ids, self.outlined, self.tab_stops)

    def id_for(self, name: str) -> str | None:
        """The style id for ``name`` (e.g. "Heading 1"), or None after warning once."""
        style_id = self.ids.get(name.lower())
        if style_id is None and name not in self._warned:
            self._warned.add(name)
            self.warnings.append(Message.of("template-no-style", style=name))
        return style_id
