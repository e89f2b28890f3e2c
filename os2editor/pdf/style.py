"""The look of the PDF: the Word export's page and styles, in points, in one table.

The values follow the bundled Word template (resources/templates/make_default.py) and what
the Word export sets on it (os2editor.docx.blockxml, os2editor.docx.flow): A4 with 2.5 cm
margins, header and footer 1.25 cm from the edge, Calibri 11 pt body text with 1.1 line
spacing and 6 pt after each paragraph, headings in the body's face in bold (Calibri, which has
a real bold; Carlito, its metric twin, where it is missing): 16 and 13 pt navy, then 11 pt
dark grey, with no space below them; lists indented 18 pt a level. Where the Word export
changes its look, change it here too. No Qt here: the renderer turns these values into Qt
formats.
"""

from __future__ import annotations

from typing import NamedTuple

POINTS_PER_INCH = 72.0

MARGIN_PT = 1418 / 20  # the template's w:pgMar, twips -> points (2.5 cm)
HEADER_FROM_EDGE_PT = 709 / 20  # w:header and w:footer: 1.25 cm from the paper's edge
FOOTER_FROM_EDGE_PT = 709 / 20

# Families in order of preference, the first one installed is used. Carlito has Calibri's
# metrics, so a page breaks where Word breaks it; the others are common fallbacks.
BODY_FAMILIES = ("Calibri", "Carlito", "Liberation Sans", "Arial", "Helvetica", "DejaVu Sans")
# The Word export sets code in Courier New; Liberation Mono and Cousine have its metrics.
CODE_FAMILIES = ("Courier New", "Liberation Mono", "Cousine", "DejaVu Sans Mono", "Courier")

TEXT_COLOUR = "#000000"
ACCENT = "#1F3864"  # title, headings 1 and 2
DARK_GREY = "#404040"  # headings 3 to 6, quotes
FURNITURE_GREY = "#595959"  # header and footer text, the approval line
DRAFT_COLOUR = "#C00000"  # the draft mark (UDKAST) in the header
LINE_GREY = "#A5A5A5"  # header rule, quote bar, table grid
LINK_COLOUR = "#0563C1"
INSERT_COLOUR = "#1A7F37"  # the redline: inserted text, underlined
DELETE_COLOUR = "#B3261E"  # the redline: deleted text, struck through

BODY_SIZE = 11.0
LINE_SPACING = 1.1  # w:spacing w:line="264" (264/240)
PARAGRAPH_AFTER = 6.0
FURNITURE_SIZE = 9.0
LIST_INDENT = 18.0  # per level; the bullet hangs in it (w:ind left 360*(level+1), hanging 360)
QUOTE_INDENT = 28.35  # 567 twips
CELL_PADDING = 5.4  # 108 twips left and right
CELL_PADDING_VERTICAL = 2.0


class TextStyle(NamedTuple):
    """One paragraph style: size, weight, slant, colour and spacing, in points."""

    size: float
    bold: bool = False
    italic: bool = False
    colour: str = TEXT_COLOUR
    before: float = 0.0
    after: float = PARAGRAPH_AFTER
    line_spacing: float = LINE_SPACING


TITLE = TextStyle(26.0, colour=ACCENT, after=12.0, line_spacing=1.0)
BODY = TextStyle(BODY_SIZE)
QUOTE = TextStyle(BODY_SIZE, italic=True, colour=DARK_GREY, before=6.0, after=6.0)
APPROVAL = TextStyle(BODY_SIZE, italic=True, colour=FURNITURE_GREY)
# Heading levels as the export blocks number them (1 = a section, 2 = an area or a MoSCoW
# group, deeper ones from markdown), styled as the template's Heading 1..6. The Word export
# moves the space above a heading to the paragraph before it and leaves none below it; the
# page looks the same as with the space above it, which is how it is kept here.
HEADINGS = {
    1: TextStyle(16.0, bold=True, colour=ACCENT, before=18.0, after=0.0),
    2: TextStyle(13.0, bold=True, colour=ACCENT, before=12.0, after=0.0),
    3: TextStyle(11.0, bold=True, colour=DARK_GREY, before=10.0, after=0.0),
    4: TextStyle(11.0, bold=True, italic=True, colour=DARK_GREY, before=10.0, after=0.0),
    5: TextStyle(11.0, italic=True, colour=DARK_GREY, before=10.0, after=0.0),
    6: TextStyle(10.0, italic=True, colour=DARK_GREY, before=10.0, after=0.0),
}


def heading_style(level: int) -> TextStyle:
    """The style of a heading of ``level`` (levels past 6 look like 6)."""
    return HEADINGS[min(max(level, 1), 6)]
