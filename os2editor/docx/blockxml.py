"""Export blocks -> WordprocessingML text; the half of the block writer that needs no document.

:class:`BlockXml` decides what every block looks like in Word. It writes text, which the
:class:`~os2editor.docx.writer.BlockWriter` parses once into the document: building the same
tree element by element costs several times more. Where a block needs the document (a list
instance in the numbering part, a hyperlink or picture relationship), it asks the hooks
:meth:`BlockXml.add_list`, :meth:`BlockXml.new_link` and :meth:`BlockXml.picture_xml`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple
from urllib.parse import quote

from os2editor.docx.blocks import (
    Approval,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Run,
    Runs,
    Table,
    Title,
)
from os2editor.docx.language import TEXTS, Texts
from os2editor.docx.styles import StyleMap
from os2editor.docx.wordml import BULLET_LIST, ORDERED_LIST, xml_attr, xml_text
from os2editor.messages import Message


class Look(NamedTuple):
    """Direct run formatting, used where a style is missing (and for table headers).

    A NamedTuple, not a frozen dataclass, which would take a millisecond to create.
    """

    bold: bool = False
    italic: bool = False
    size: int | None = None  # half-points
    font: str | None = None
    colour: str | None = None


PLAIN = Look()
_HEADING_SIZES = {1: 32, 2: 26, 3: 23}
_CODE_FONT = "Courier New"
_LINK_COLOUR = "0563C1"
_QUIET = "595959"  # the approval line's grey
# Table columns: the width of an average character, and (more, to be safe) of a character
# in the longest word, in ems; a bold cell's extra width; the cell's left and right margins.
_AVERAGE_EM, _WORD_EM, _BOLD_WIDTH = 0.5, 0.6, 1.1
_CELL_MARGINS = 2 * 108
# Characters in URLs that need no escaping; everything else is percent-encoded, because
# Word refuses a document whose relationship targets are not valid URIs.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


class BlockXml:
    """Blocks as WordprocessingML text for a document with these styles and this page width.

    ``abstract_ids`` are the ``w:abstractNumId`` of our bullet and ordered list definitions;
    list instances get ``w:numId`` from ``next_num_id`` on. Subclasses put the instances and
    the hyperlink relationships into their document (:meth:`add_list`, :meth:`new_link`).
    """

    def __init__(
        self,
        styles: StyleMap,
        text_width: int,
        abstract_ids: dict[str, str],
        next_num_id: int,
        texts: Texts | None = None,
    ) -> None:
        self.styles = styles
        self.text_width = text_width
        self.abstract_ids = abstract_ids
        self.texts = texts or TEXTS["da"]
        self.notices: list[Message] = []  # what the hooks could not do (a picture left out)
        self._num_ids: dict[tuple[int, bool], str] = {}
        self._next_num_id = next_num_id
        self._link_ids: dict[str, str] = {}
        self._style_xml: dict[str, str] = {}

    @property
    def warnings(self) -> list[Message]:
        """What fell back so far (missing styles, pictures left out), each said once."""
        return [*self.styles.warnings, *dict.fromkeys(self.notices)]

    def add_list(self, num_id: int, abstract_id: str, start: int | None) -> None:
        """Add list instance ``num_id`` of ``abstract_id`` to the document's numbering."""
        raise NotImplementedError

    def new_link(self, url: str) -> str:
        """Relate the document to the external (escaped) ``url``; returns the relationship id."""
        raise NotImplementedError

    def picture_xml(self, run: Run) -> str | None:
        """The ``w:r`` showing the picture of an image ``run``, or None (with a notice) when
        it cannot be shown; then the picture's description stands in its place."""
        return None

    def xml(self, block: Block) -> str:
        """The WordprocessingML text of ``block`` (one ``w:p`` or ``w:tbl``)."""
        if isinstance(block, ListItem):
            numbering = (
                f'<w:numPr><w:ilvl w:val="{min(block.level, 8)}"/>'
                f'<w:numId w:val="{self.num_id(block)}"/></w:numPr>'
            )
            fallback = '<w:spacing w:after="60"/>'  # items closer together than paragraphs
            return self._paragraph("List Paragraph", block.runs, numbering, fallback)
        if isinstance(block, Paragraph):
            look = Look(font=_CODE_FONT) if block.code else PLAIN
            return _element("w:p", self.runs_xml(block.runs, look))
        if isinstance(block, Heading):
            return self._heading(block)
        if isinstance(block, Title):  # kept with what follows, whatever the template says
            return self._paragraph(
                "Title", block.runs, "<w:keepNext/>", '<w:spacing w:after="240"/>', _TITLE
            )
        if isinstance(block, Quote):
            return self._paragraph("Quote", block.runs, "", '<w:ind w:left="567"/>', _ITALIC)
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, Rule):
            return (
                '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
                'w:color="auto"/></w:pBdr></w:pPr></w:p>'
            )
        if isinstance(block, Approval):
            line = self.texts.approved.format(by=block.by, date=self.texts.format_when(block.on))
            return _element("w:p", self.runs_xml((Run(line),), _APPROVAL))
        raise TypeError(f"not an export block: {block!r}")

    def all_xml(self, blocks: Iterable[Block]) -> str:
        """The text of every block, in order."""
        return "".join(self.xml(block) for block in blocks)

    def style_xml(self, name: str) -> str:
        """``<w:pStyle>`` for the style called ``name``, or "" when the template lacks it."""
        found = self._style_xml.get(name)
        if found is None:
            style_id = self.styles.id_for(name)
            found = f"<w:pStyle w:val={xml_attr(style_id)}/>" if style_id is not None else ""
            self._style_xml[name] = found
        return found

    def _paragraph(
        self, style: str, runs: Runs, extra: str, fallback: str = "", look: Look = PLAIN
    ) -> str:
        """A paragraph in ``style``; without the style, ``fallback`` properties and ``look``."""
        style_xml = self.style_xml(style)
        if style_xml:
            fallback, look = "", PLAIN
        properties = style_xml + extra + fallback
        properties = f"<w:pPr>{properties}</w:pPr>" if properties else ""
        return _element("w:p", properties + self.runs_xml(runs, look))

    def _heading(self, block: Heading) -> str:
        level = min(max(block.level, 1), 9)
        name = f"Heading {level}"
        style_xml = self.style_xml(name)
        # Kept with what follows, whatever the template says; no space below it (see
        # os2editor.docx.flow, which also moves the space above it when it can).
        fallback, look = "<w:keepNext/>", PLAIN
        if not style_xml:
            fallback += '<w:spacing w:before="240" w:after="0"/>'
            look = Look(bold=True, size=_HEADING_SIZES.get(level, 22))
        elif self.styles.spacing(self.styles.ids[name.lower()])[1]:
            fallback += '<w:spacing w:after="0"/>'
        if not style_xml or self.styles.ids[name.lower()] not in self.styles.outlined:
            # Word's navigation pane and tables of contents need the outline level.
            fallback += f'<w:outlineLvl w:val="{level - 1}"/>'
        return f"<w:p><w:pPr>{style_xml}{fallback}</w:pPr>{self.runs_xml(block.runs, look)}</w:p>"

    def num_id(self, block: ListItem) -> str:
        """The ``w:numId`` of the list ``block`` belongs to, made on first use."""
        key = (block.list_id, block.ordered)
        num_id = self._num_ids.get(key)
        if num_id is None:
            name = ORDERED_LIST if block.ordered else BULLET_LIST
            start = block.start if block.ordered else None
            self.add_list(self._next_num_id, self.abstract_ids[name], start)
            num_id = self._num_ids[key] = str(self._next_num_id)
            self._next_num_id += 1
        return num_id

    def _table(self, block: Table) -> str:
        columns = max((len(row) for row in block.rows), default=1) or 1
        widths = column_widths(block, columns, self.text_width, self.styles.font_size)
        style_id = self.styles.id_for("Table Grid")
        # Fixed layout: the widths below follow the content, and Word and LibreOffice both
        # keep them (Word's own autofit would otherwise redo them, LibreOffice ignores it).
        table_width = f'<w:tblW w:w="{self.text_width}" w:type="dxa"/>'
        layout = '<w:tblLayout w:type="fixed"/>'
        if style_id is not None:
            properties = f"<w:tblStyle w:val={xml_attr(style_id)}/>{table_width}{layout}"
        else:
            sides = "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            properties = f"{table_width}<w:tblBorders>{sides}</w:tblBorders>{layout}"
        parts = [f"<w:tbl><w:tblPr>{properties}</w:tblPr><w:tblGrid>"]
        parts.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
        parts.append("</w:tblGrid>")
        starts = [f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>' for width in widths]
        for index, row in enumerate(block.rows):
            header = index < block.header_rows
            # A row never splits across pages; header rows repeat on every page.
            repeat = "<w:tblHeader/>" if header else ""
            parts.append(f"<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>")
            look = _BOLD if header else PLAIN
            for start, cell in zip(starts, (*row, *([()] * (columns - len(row)))), strict=True):
                parts.append(f"{start}{_element('w:p', self.runs_xml(cell, look))}</w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        return "".join(parts)

    def runs_xml(self, runs: Runs, look: Look = PLAIN) -> str:
        """``w:r`` (and ``w:hyperlink`` around linked runs) text for ``runs``."""
        parts: list[str] = []
        link: str | None = None
        for run in runs:
            if run.link != link:
                if link is not None:
                    parts.append("</w:hyperlink>")
                if run.link is not None:
                    parts.append(f'<w:hyperlink r:id="{self.link_id(run.link)}" w:history="1">')
                link = run.link
            parts.append(self.run_xml(run, look))
        if link is not None:
            parts.append("</w:hyperlink>")
        return "".join(parts)

    def run_xml(self, run: Run, look: Look = PLAIN) -> str:
        """One ``w:r``: a break, a picture, or text (tabs as ``w:tab``) with its formatting."""
        if run.image is not None:
            picture = self.picture_xml(run)
            if picture is not None:
                return picture
        properties = self._run_properties(run, look)
        if run.line_break:
            return f"<w:r>{properties}<w:br/></w:r>"
        content = "<w:tab/>".join(_text_xml(piece) for piece in run.text.split("\t"))
        return _element("w:r", properties + content)

    def _run_properties(self, run: Run, look: Look) -> str:
        bold, italic = run.bold or look.bold, run.italic or look.italic
        font = _CODE_FONT if run.code else look.font
        colour = _LINK_COLOUR if run.link else look.colour
        if not (bold or italic or run.link or run.strike or look.size or font or colour):
            return ""
        parts = ["<w:rPr>"]
        link_style = self.styles.id_for("Hyperlink") if run.link else None
        if link_style is not None:
            parts.append(f"<w:rStyle w:val={xml_attr(link_style)}/>")
            colour = look.colour
        if font:
            parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
        if bold:
            parts.append("<w:b/>")
        if italic:
            parts.append("<w:i/>")
        if run.strike:
            parts.append("<w:strike/>")
        if colour:
            parts.append(f'<w:color w:val="{colour}"/>')
        if look.size:
            parts.append(f'<w:sz w:val="{look.size}"/><w:szCs w:val="{look.size}"/>')
        if run.link and link_style is None:
            parts.append('<w:u w:val="single"/>')
        parts.append("</w:rPr>")
        return "".join(parts)

    def link_id(self, url: str) -> str:
        """The relationship id of an external hyperlink to ``url`` (one per distinct URL)."""
        link_id = self._link_ids.get(url)
        if link_id is None:
            link_id = self.new_link(quote(url, safe=_URL_SAFE))
            self._link_ids[url] = link_id
        return link_id


_TITLE = Look(size=52)
_ITALIC = Look(italic=True)
_BOLD = Look(bold=True)
_APPROVAL = Look(italic=True, colour=_QUIET)


def column_widths(table: Table, columns: int, total: int, font_size: int = 22) -> list[int]:
    """Column widths in twips that follow the content and fill ``total``.

    Each column wants its longest cell on one line and needs at least its longest word, so
    that no word breaks. When everything fits, the spare width is shared out in proportion
    to what each wants; when not, each column first gets its longest word, and the rest is
    shared out in proportion to what each still wants. ``font_size`` is the body text's size
    in half-points (an em is ten twips per half-point).
    """
    em = font_size * 10
    want = [1] * columns
    need = [1] * columns
    for index, row in enumerate(table.rows):
        for column, cell in enumerate(row):
            bold = index < table.header_rows or any(run.bold for run in cell)
            scale = em * (_BOLD_WIDTH if bold else 1.0)
            text = "".join("\n" if run.line_break else run.text for run in cell)
            longest_line = max(len(line) for line in text.split("\n"))
            longest_word = max((len(word) for word in text.split()), default=0)
            line_width = int(longest_line * _AVERAGE_EM * scale) + _CELL_MARGINS
            word_width = int(longest_word * _WORD_EM * scale) + _CELL_MARGINS
            want[column] = max(want[column], line_width, word_width)
            need[column] = max(need[column], word_width)
    if sum(want) <= total:
        widths = [total * w // sum(want) for w in want]
    elif sum(need) >= total:
        widths = [total * n // sum(need) for n in need]
    else:
        spare = total - sum(need)
        extra = [w - n for w, n in zip(want, need, strict=True)]
        widths = [n + spare * e // max(sum(extra), 1) for n, e in zip(need, extra, strict=True)]
    widths[-1] += total - sum(widths)  # rounding
    return widths


def _element(tag: str, content: str) -> str:
    # An empty element as lxml writes it.
    return f"<{tag}>{content}</{tag}>" if content else f"<{tag}/>"


def _text_xml(text: str) -> str:
    if not text:
        return ""
    if text[0].isspace() or text[-1].isspace():
        return f'<w:t xml:space="preserve">{xml_text(text)}</w:t>'
    return f"<w:t>{xml_text(text)}</w:t>"
