"""Lines up the export blocks of two documents for a redline.

Blocks that are equal stay as they are; the rest are paired where they have the same shape and
similar text (an edited list item, a renamed heading), and the others are deleted or inserted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from os2editor.docx.blocks import Block, Heading, ListItem, Paragraph, Quote, Run, Table, Title
from os2editor.docx.language import Texts
from os2editor.model import FunctionDescription
from os2editor.revision.words import SIMILAR, similarity

StepKind = Literal["equal", "insert", "delete", "edit"]


@dataclasses.dataclass(frozen=True)
class Step:
    """One block of the redline: kept, inserted (``new``), deleted (``old``) or edited (both)."""

    kind: StepKind
    old: Block | None
    new: Block | None


def block_key(block: Block) -> Hashable:
    """What makes two blocks the same on the page; list ids only group items, so they don't."""
    if isinstance(block, ListItem):
        return dataclasses.replace(block, list_id=0)
    return block


def block_text(block: Block) -> str:
    """The plain text of a block, tables cell by cell."""
    if isinstance(block, Table):
        return "\n".join(
            "\t".join("".join(run.text for run in cell) for cell in row) for row in block.rows
        )
    runs = getattr(block, "runs", ())
    return "".join("\n" if run.line_break else run.text for run in runs)


def plan(old: Sequence[Block], new: Sequence[Block]) -> list[Step]:
    """The steps that turn ``old`` into ``new``, in the new document's order."""
    matcher = SequenceMatcher(
        None, [block_key(b) for b in old], [block_key(b) for b in new], autojunk=False
    )
    steps: list[Step] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            steps += [Step("equal", o, n) for o, n in zip(old[i1:i2], new[j1:j2], strict=True)]
        else:
            steps += _align(old[i1:i2], new[j1:j2])
    return _adopt_list_ids(steps)


OLD_LIST_OFFSET = 100_000
"""Added to the list ids of OLD lists that have no neighbour in NEW, so no two lists mix."""


def _adopt_list_ids(steps: list[Step]) -> list[Step]:
    """Give deleted list items the list id of the NEW list they sit in.

    List ids number each document's lists on their own, so an OLD id could name an unrelated
    NEW list; a deleted item takes its neighbour's list instead, and shows in that list.
    """
    result = list(steps)
    for k, step in enumerate(result):
        if step.kind != "delete" or not isinstance(step.old, ListItem):
            continue
        previous = _written_list_item(result[k - 1]) if k else None
        following = next((later for later in result[k + 1 :] if later.kind != "delete"), None)
        neighbour = previous or (_written_list_item(following) if following else None)
        list_id = neighbour.list_id if neighbour else step.old.list_id + OLD_LIST_OFFSET
        result[k] = Step("delete", dataclasses.replace(step.old, list_id=list_id), None)
    return result


def _written_list_item(step: Step) -> ListItem | None:
    block = step.old if step.kind == "delete" else step.new
    return block if isinstance(block, ListItem) else None


def _shape(block: Block) -> tuple[object, ...] | None:
    """Blocks of one shape can be edited into each other; None for blocks never edited."""
    if isinstance(block, ListItem):
        return ("item", block.level, block.ordered)
    if isinstance(block, Heading):
        return ("heading", block.level)
    if isinstance(block, Paragraph):
        return ("paragraph", block.code)
    if isinstance(block, Title | Quote):
        return (type(block).__name__,)
    return None


def _pair_score(old: Block, new: Block) -> float | None:
    shape = _shape(old)
    if shape is None or shape != _shape(new):
        return None
    old_text, new_text = block_text(old), block_text(new)
    score = similarity(old_text, new_text)
    if score < SIMILAR and isinstance(old, Heading | Title) and _same_start(old_text, new_text):
        # "MUST" -> "MUST (skal løses ...)": a heading that grew is the same heading.
        score = SIMILAR
    return score if score >= SIMILAR else None


def _same_start(old: str, new: str) -> bool:
    shorter, longer = sorted((old.strip().casefold(), new.strip().casefold()), key=len)
    return bool(shorter) and longer.startswith(shorter)


def _align(old: Sequence[Block], new: Sequence[Block]) -> list[Step]:
    """Pair similar blocks in order so that the paired similarity is largest; the rest go."""
    n, m = len(old), len(new)
    pair = [[_pair_score(o, b) for b in new] for o in old]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in reversed(range(n)):
        for j in reversed(range(m)):
            score = pair[i][j]
            paired = score + best[i + 1][j + 1] if score is not None else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], paired)
    steps: list[Step] = []
    i = j = 0
    while i < n and j < m:
        score = pair[i][j]
        if score is not None and best[i][j] == score + best[i + 1][j + 1]:
            steps.append(Step("edit", old[i], new[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            steps.append(Step("delete", old[i], None))
            i += 1
        else:
            steps.append(Step("insert", None, new[j]))
            j += 1
    steps += [Step("delete", o, None) for o in old[i:]]
    steps += [Step("insert", None, b) for b in new[j:]]
    return steps


class RedlinePlan(NamedTuple):
    """A redline's steps: the title's (``head``), then what the redline says of itself (the
    baseline, a changed front matter title: ``preface``), then the body's (``body``)."""

    head: list[Step]
    preface: list[Step]
    body: list[Step]


def redline_plan(
    old: FunctionDescription,
    new: FunctionDescription,
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
    *,
    texts: Texts,
    baseline: str | None,
) -> RedlinePlan:
    """The steps of a redline from OLD to NEW, whose blocks are given, in the order every
    redline (Word, PDF) writes them: the title, a line naming the ``baseline`` ("Ændringer i
    forhold til …"), a changed front matter title (the short name the website shows, which
    the body does not; issue 16 point 13) as a change of its own, then the body."""
    steps = plan(old_blocks, new_blocks)
    lead = 1 if steps and isinstance(steps[0].new or steps[0].old, Title) else 0
    preface: list[Step] = []
    if baseline:
        line = Paragraph((Run(texts.compared.format(baseline=baseline), italic=True),))
        preface.append(Step("equal", line, line))
    before, after = old.front_matter.title or "", new.front_matter.title or ""
    if before != after:
        label = Run(f"{texts.short_title}: ", bold=True)
        lines = [Paragraph((label, Run(title))) if title else None for title in (before, after)]
        kind: StepKind = "edit" if before and after else "insert" if after else "delete"
        preface.append(Step(kind, lines[0], lines[1]))
    return RedlinePlan(steps[:lead], preface, steps[lead:])
