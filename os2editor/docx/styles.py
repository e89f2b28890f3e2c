"""The styles of a template, looked up by name."""

from __future__ import annotations

from typing import Any

from os2editor.docx.wordml import W_VAL, qn
from os2editor.messages import Message

Spacing = tuple[int | None, int | None]  # twips before and after a paragraph, None: not set


class StyleMap:
    """Style ids by (case-insensitive) style name, read once per template.

    Looking a name up that the template lacks records a warning, once per name; the caller
    then falls back to direct formatting. (A plain class: a dataclass would take a
    millisecond to create, in every export's process.)
    """

    def __init__(
        self,
        ids: dict[str, str],
        outlined: set[str],
        tab_stops: dict[str, list[str]],
        spacing: dict[str, tuple[Spacing, str | None]] | None = None,
        default_spacing: Spacing = (None, None),
        *,
        resolved: dict[str | None, tuple[int, int]] | None = None,
        font_size: int = 22,
    ) -> None:
        self.ids = ids
        self.outlined = outlined  # ids of styles that set an outline level
        self.tab_stops = tab_stops  # tab positions by style id
        self._spacing = spacing or {}  # own spacing and base style, by style id
        self._default_spacing = default_spacing
        self._resolved = {} if resolved is None else resolved  # shared by copies
        self.font_size = font_size  # of body text, in half-points
        self.warnings: list[Message] = []
        self._warned: set[str] = set()

    @classmethod
    def of(cls, styles: Any) -> StyleMap:
        """The style map of a ``w:styles`` element (``document.styles.element``)."""
        ids: dict[str, str] = {}
        outlined: set[str] = set()
        tabs: dict[str, list[str]] = {}
        spacing: dict[str, tuple[Spacing, str | None]] = {}
        for style in styles.iterfind(qn("w:style")):
            name = style.find(qn("w:name"))
            style_id = style.get(qn("w:styleId"))
            if name is None or style_id is None:
                continue
            ids.setdefault(name.get(W_VAL, "").lower(), style_id)
            based = style.find(qn("w:basedOn"))
            ppr = style.find(qn("w:pPr"))
            spacing[style_id] = (_spacing(ppr), based.get(W_VAL) if based is not None else None)
            if ppr is not None:
                if ppr.find(qn("w:outlineLvl")) is not None:
                    outlined.add(style_id)
                positions = [t.get(qn("w:pos"), "") for t in ppr.iterfind(f"{qn('w:tabs')}/*")]
                tabs[style_id] = positions
        default = styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
        return cls(ids, outlined, tabs, spacing, _spacing(default), font_size=_body_size(styles))

    def copy(self) -> StyleMap:
        """A map with the same styles and no warnings yet."""
        return StyleMap(
            self.ids,
            self.outlined,
            self.tab_stops,
            self._spacing,
            self._default_spacing,
            resolved=self._resolved,
            font_size=self.font_size,
        )

    def id_for(self, name: str) -> str | None:
        """The style id for ``name`` (e.g. "Heading 1"), or None after warning once."""
        style_id = self.ids.get(name.lower())
        if style_id is None and name not in self._warned:
            self._warned.add(name)
            self.warnings.append(Message.of("template-no-style", style=name))
        return style_id

    def spacing(self, style_id: str | None) -> tuple[int, int]:
        """The space (twips) a paragraph of this style has before and after it, following
        the styles it is based on down to the document's defaults."""
        found = self._resolved.get(style_id)
        if found is None:
            found = self._resolved[style_id] = self._resolve(style_id)
        return found

    def _resolve(self, style_id: str | None) -> tuple[int, int]:
        before, after = None, None
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:
            seen.add(style_id)
            own, based = self._spacing.get(style_id, ((None, None), None))
            before = own[0] if before is None else before
            after = own[1] if after is None else after
            style_id = based
        default_before, default_after = self._default_spacing
        before = default_before if before is None else before
        after = default_after if after is None else after
        return before or 0, after or 0


def _body_size(styles: Any) -> int:
    """The size of body text in half-points: the Normal style's, else the defaults', else 11 pt."""
    for path in (
        f"{qn('w:style')}[@{qn('w:styleId')}='Normal']/{qn('w:rPr')}/{qn('w:sz')}",
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}",
    ):
        size = styles.find(path)
        if size is not None and (size.get(W_VAL) or "").isdigit():
            return int(size.get(W_VAL))
    return 22


def _spacing(ppr: Any) -> Spacing:
    spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
    if spacing is None:
        return None, None
    return _twips(spacing.get(qn("w:before"))), _twips(spacing.get(qn("w:after")))


def _twips(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
