"""What every export (Word, PDF) says about a description besides writing it.

A part to omit that the description does not have, and a description whose words are all in
its front matter (so the document would hold only its title), are said as warnings, in the
same words by the Word and the PDF export. No python-docx here: the PDF output reads it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from os2editor.docx.blocks import Approval, Block, Title, absent_parts
from os2editor.docx.language import front_matter_texts
from os2editor.messages import Message
from os2editor.model import FunctionDescription


def export_notices(
    doc: FunctionDescription, blocks: Sequence[Block], omit: Iterable[str]
) -> list[Message]:
    """The warnings of an export of ``doc`` whose blocks are ``blocks``, ``omit`` left out."""
    notices = [Message.of("omit-absent", part=part) for part in absent_parts(doc, omit)]
    if front_matter_only(doc, blocks):
        notices.append(Message.of("export-front-matter-only"))
    return notices


def front_matter_only(doc: FunctionDescription, blocks: Sequence[Block]) -> bool:
    """Whether the body says nothing beyond its title while the front matter holds text (a
    job posting kept as data): the document would then hold only the title."""
    if any(not isinstance(block, Title | Approval) for block in blocks):
        return False
    texts = front_matter_texts(doc.front_matter.extra.values())
    return any(len(text.split()) >= 4 for text in texts)
