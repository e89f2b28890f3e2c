"""Front matter a tester wrote to break things (issue 14 points 5, 6, 12, 15, 18): anchors
stay valid after edits, a title that is not text is never silently dropped, YAML that would
take without bound or break the parser is refused before parsing, and ruamel prints nothing."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from os2editor.checks import check
from os2editor.errors import ReadError, WriteError
from os2editor.markdown import dumps, load, loads, save
from os2editor.markdown.limits import MAX_FRONT_MATTER, MAX_FRONT_MATTER_DEPTH
from tests.bounded import GIB, cli
from tests.helpers import changed_lines

BODY = "\n# Funktionsbeskrivelse – X i OS2\n\n## Formål med stillingen\n\nTekst.\n"

# -- point 5: anchors and aliases ---------------------------------------------------------


def test_editing_an_anchored_title_keeps_its_alias_valid_and_its_value() -> None:
    text = "---\ntitle: &t X\nparent: *t\nlayout: default\n---\n" + BODY
    doc = loads(text)
    assert (doc.front_matter.title, doc.front_matter.parent) == ("X", "X")
    doc.front_matter.title = "Y"
    again = loads(dumps(doc))  # "found undefined alias" before
    assert (again.front_matter.title, again.front_matter.parent) == ("Y", "X")
    assert again.front_matter.layout == "default"
    assert dumps(again).endswith(BODY)


def test_editing_the_alias_side_keeps_the_anchor_for_the_others() -> None:
    text = "---\ntitle: &t X\nparent: *t\nnav_order: 3\nsee: *t\n---\n" + BODY
    doc = loads(text)
    doc.front_matter.parent = "Organisation og Roller"
    again = loads(dumps(doc))
    assert again.front_matter.title == "X"
    assert again.front_matter.parent == "Organisation og Roller"
    assert again.front_matter.extra == {"see": "X"}


def test_anchored_lists_and_merge_keys_survive_an_edit_with_their_values() -> None:
    text = ("---\n# roller\nbase: &b\n  team: OS2\ntags: &l [a, b]\ntitle: X  # kort\n"
            "copy: *l\nother:\n  <<: *b\n  extra: 1\n---\n" + BODY)
    doc = loads(text)
    before = dict(doc.front_matter.extra)
    doc.front_matter.title = "Y"
    out = dumps(doc)
    again = loads(out)
    assert again.front_matter.title == "Y"
    assert again.front_matter.extra == before
    assert "# roller" in out


def test_an_unedited_file_with_anchors_is_written_back_byte_for_byte() -> None:
    text = "---\ntitle: &t X\nparent: *t\n---\n" + BODY
    assert dumps(loads(text)) == text


def test_anchors_keep_an_edit_elsewhere_minimal() -> None:
    text = "---\ntitle: &t X\nparent: *t\n---\n" + BODY
    doc = loads(text)
    assert doc.sections[0].intro == "Tekst."
    doc.sections[0].intro = "Ny tekst."
    assert changed_lines(text, dumps(doc)) == ["-Tekst.\n", "+Ny tekst.\n"]


# -- point 6: a title that is not text ----------------------------------------------------


def test_a_list_title_is_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    text = "---\ntitle: [a, b]\n---\n" + BODY
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    assert doc.front_matter.title is None
    problems = [p for p in check(doc) if p.code == "not-text"]
    assert [(p.node, p.args["key"], p.message) for p in problems] == [
        (doc.front_matter, "title",
         'the front matter\'s title is not text (["a", "b"]), so the form cannot change it')]
    save(doc, path)
    assert path.read_text(encoding="utf-8") == text


def test_setting_a_title_over_a_list_title_is_refused_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    text = "---\ntitle: [a, b]\nlayout: default\n---\n" + BODY
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    doc.front_matter.title = "Ny titel"
    with pytest.raises(WriteError) as caught:
        save(doc, path)
    assert caught.value.message.code == "save-not-text"
    assert "title is not text" in str(caught.value) and str(path) in str(caught.value)
    assert path.read_text(encoding="utf-8") == text  # nothing written
    assert doc.front_matter.title == "Ny titel"  # and the edit still there


def test_check_warns_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    path.write_text("---\ntitle: {a: 1}\nparent: [x]\n---\n" + BODY, encoding="utf-8")
    done = cli("check", str(path), timeout=60)
    assert done.returncode == 1
    assert f"{path}:2: the front matter's title is not text" in done.stdout
    assert f"{path}:2: the front matter's parent is not text" in done.stdout


def test_an_empty_title_given_a_value_is_written() -> None:
    text = "---\ntitle:\nlayout: default\n---\n" + BODY
    doc = loads(text)
    doc.front_matter.title = "Koordinator"
    out = dumps(doc)
    assert changed_lines(text, out) == ["-title:\n", "+title: Koordinator\n"]
    assert loads(out).front_matter.title == "Koordinator"


# -- point 12: depth and size bounded before parsing ---------------------------------------


def test_two_kb_of_nested_brackets_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    path.write_text("---\nx: " + "[" * 1000 + "]" * 1000 + "\n---\n" + BODY, encoding="utf-8")
    done = cli("check", str(path), timeout=30, address_space=GIB)
    assert done.returncode == 2
    assert done.stderr.strip() == f"{path}:2: the front matter is nested too deeply"
    assert done.seconds < 20  # (4.7 s before, in the YAML parser alone; a bound, not a target)


@pytest.mark.parametrize("nested", [
    "x: " + "[" * (MAX_FRONT_MATTER_DEPTH + 1) + "\n",
    "".join("  " * n + f"k{n}:\n" for n in range(MAX_FRONT_MATTER_DEPTH + 1)) + "  " * 40 + "v\n",
    "x:\n" + "  " + "- " * (MAX_FRONT_MATTER_DEPTH + 1) + "a\n",
])
def test_nesting_in_any_form_is_bounded(nested: str) -> None:
    with pytest.raises(ReadError) as caught:
        loads("---\n" + nested + "---\n" + BODY)
    assert caught.value.message.code == "yaml-too-deep"


def test_real_nesting_is_read() -> None:
    doc = loads("---\ntitle: X\nmeta:\n  tags: [a, [b, {c: d}]]\n  list:\n    - - e\n---\n")
    assert doc.front_matter.extra["meta"] == {"tags": ["a", ["b", {"c": "d"}]],
                                              "list": [["e"]]}


def test_front_matter_larger_than_its_limit_is_refused_by_size_not_as_an_alias_bomb() -> None:
    keys = "".join(f"key{n}: 'v'\n" for n in range(MAX_FRONT_MATTER // 10))
    with pytest.raises(ReadError) as caught:
        loads("---\n" + keys + "---\n" + BODY)
    assert caught.value.message.code == "yaml-too-large"
    assert "alias" not in str(caught.value)


# -- point 15: directives ------------------------------------------------------------------


@pytest.mark.parametrize("directive", ["%YAML 1.2", "%TAG ! tag:example.com,2000:", "%FOO bar"])
def test_a_directive_is_a_clear_error(directive: str, tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    path.write_text(f"---\ntitle: X\n{directive}\n---\n" + BODY, encoding="utf-8")
    done = cli("check", str(path), timeout=60)
    assert done.returncode == 2
    name = directive.split(maxsplit=1)[0]
    assert done.stderr.strip() == (
        f"{path}:3: the front matter holds the YAML directive {name}, which Jekyll cannot "
        "read there")


def test_a_percent_sign_inside_a_value_is_fine() -> None:
    assert loads("---\ntitle: '%YAML 1.2'\nx: '50 %'\n---\n").front_matter.title == "%YAML 1.2"


# -- point 18: duplicate anchors -----------------------------------------------------------


def test_a_reused_anchor_prints_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rolle.md"
    path.write_text("---\ntitle: &a X\nparent: &a Y\nsee: *a\n---\n" + BODY, encoding="utf-8")
    done = cli("check", str(path), timeout=60)
    assert done.stderr == ""
    assert done.returncode == 1  # warnings about the document only
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = load(path)
        doc.front_matter.title = "Z"
        again = loads(dumps(doc))
    assert (again.front_matter.title, again.front_matter.parent) == ("Z", "Y")
    assert again.front_matter.extra == {"see": "Y"}  # the alias meant the last anchor
