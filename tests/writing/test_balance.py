"""MoSCoW balance: counts, shares and repeated tasks, and the warnings `check` gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from os2editor.checks import check
from os2editor.cli import main
from os2editor.markdown import loads
from os2editor.model import Item, Priority, TasksSection
from os2editor.writing.balance import duplicates, must_too_large, shares, task_counts
from tests.writing.samples import tasks_file


def _items(*texts: str) -> list[Item]:
    return [Item(text=text) for text in texts]


def test_counts_and_shares_of_the_planned_tasks() -> None:
    tasks = TasksSection.of(must=_items("a", "b", "c"), should=_items("d"), could=_items("e"),
                            wont=_items("f", "g", "h", "i"))
    assert task_counts(tasks) == {Priority.MUST: 3, Priority.SHOULD: 1, Priority.COULD: 1,
                                  Priority.WONT: 4}
    # WON'T is not planned: it is neither in the whole nor given a share
    assert shares(tasks) == {Priority.MUST: 0.6, Priority.SHOULD: 0.2, Priority.COULD: 0.2}
    assert not must_too_large(tasks)  # 60% is the most DSDM advises, not more than it


def test_an_empty_row_is_not_a_task() -> None:
    tasks = TasksSection.of(must=_items("a", "  ", ""), could=_items("b"))
    assert task_counts(tasks)[Priority.MUST] == 1
    assert shares(tasks)[Priority.MUST] == 0.5
    assert task_counts(None) == dict.fromkeys(Priority, 0)
    assert shares(TasksSection.of()) == dict.fromkeys(
        (Priority.MUST, Priority.SHOULD, Priority.COULD), 0.0)


def test_more_than_sixty_percent_must() -> None:
    assert must_too_large(TasksSection.of(must=_items("a", "b", "c", "d"), should=_items("e"),
                                          could=_items("f")))  # 4 of 6


def test_duplicates_within_and_across_priorities() -> None:
    tasks = TasksSection.of(must=_items("Skrive referat.", "Skrive referat"),
                            should=_items("skrive  REFERAT."), could=_items("Andet."))
    found = [(d.item.text, d.priority, d.earlier, d.across) for d in duplicates(tasks)]
    assert found == [("Skrive referat", Priority.MUST, Priority.MUST, False),
                     ("skrive  REFERAT.", Priority.SHOULD, Priority.MUST, True)]


def _codes(text: str) -> list[str]:
    return [problem.code for problem in check(loads(text))]


def test_check_warns_when_must_holds_more_than_sixty_percent() -> None:
    doc = loads(tasks_file(["Et.", "To.", "Tre.", "Fire."], ["Fem."], ["Seks."]))
    problems = [p for p in check(doc) if p.code == "must-share"]
    assert len(problems) == 1
    assert problems[0].message == ("MUST holds 67% of the tasks (4 of 6); at most 60% leaves room "
                                   "to adjust when time is short")
    assert problems[0].line == 5  # the MUST heading
    assert doc.tasks is not None and problems[0].node is doc.tasks.group(Priority.MUST)
    assert "must-share" not in _codes(tasks_file(["Et.", "To.", "Tre."], ["Fire."], ["Fem."]))


def test_check_warns_when_could_is_empty() -> None:
    doc = loads(tasks_file(["Et."], ["To."]))
    [problem] = [p for p in check(doc) if p.code == "could-empty"]
    assert problem.message == "there are no COULD tasks; a few leave room to adjust when time " \
                              "is short"
    assert problem.line == 3  # the file has no COULD heading: the tasks section's
    assert doc.tasks is not None and problem.node is doc.tasks.group(Priority.COULD)
    assert "could-empty" not in _codes(tasks_file(["Et."], ["To."], ["Tre."]))


def test_a_task_under_two_priorities_is_its_own_warning() -> None:
    text = tasks_file(["Skrive referat.", "Lede mødet."], ["Skrive referat."], ["Lede mødet."])
    problems = [p for p in check(loads(text)) if p.code == "task-two-priorities"]
    assert [p.message for p in problems] == [
        "the task “Skrive referat.” stands under both MUST and SHOULD; give it one priority",
        "the task “Lede mødet.” stands under both MUST and COULD; give it one priority",
    ]
    assert [p.line for p in problems] == [12, 16]
    assert "duplicate-task" not in _codes(text)


def test_a_task_twice_under_one_priority_is_still_a_duplicate() -> None:
    doc = loads(tasks_file(["Skrive referat.", "Lede mødet.", "Skrive referat."], [], ["Ja."]))
    problems = [p for p in check(doc) if p.code == "duplicate-task"]
    assert [p.message for p in problems] == [
        "the task “Skrive referat.” appears more than once (MUST)"]
    assert doc.tasks is not None and problems[0].node is doc.tasks.must[2]
    assert problems[0].line == 9


def test_balance_warnings_make_check_exit_1(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "role.md"
    path.write_text(tasks_file(["Et.", "To."]), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:5: MUST holds 100% of the tasks (2 of 2)" in out
    assert "there are no COULD tasks" in out
