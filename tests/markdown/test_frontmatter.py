"""Front matter: the fast path for simple lines agrees with ruamel; edits touch only their key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from os2editor.markdown import dumps, loads
from os2editor.markdown.frontmatter import _simple, plain
from tests.helpers import changed_lines, examples

VALUES = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
                 min_size=1, max_size=12) | st.sampled_from(
    ["yes", "No", "null", "~", "0x1f", "1_000", "-3", "1.5", "2024-01-02", "a: b", "x #c", "007",
     "Organisation og Roller", "Bilag B - x", ".inf", "true"])


@settings(max_examples=examples(400))
@given(st.lists(st.tuples(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), VALUES), max_size=5))
def test_fast_path_agrees_with_ruamel(pairs: list[tuple[str, str]]) -> None:
    lines = [f"{key}: {value}\n" for key, value in pairs]
    fast = _simple(lines)
    if fast is None:
        return
    try:
        real = plain(YAML(typ="rt").load("".join(lines)))
    except YAMLError:
        raise AssertionError(f"fast path accepted what YAML refuses: {lines}") from None
    assert fast == (real or {})


def test_removing_a_key_removes_its_line() -> None:
    text = "---\ntitle: X\nstatus: DRAFT\nnav_order: 3\n---\n\n# X\n"
    doc = loads(text)
    del doc.front_matter.extra["status"]
    assert changed_lines(text, dumps(doc)) == ["-status: DRAFT\n"]


def test_structural_edit_keeps_comments() -> None:
    text = "---\n# keep me\ntitle: X\ntags:\n  - a\n  - b  # and me\n---\n"
    doc = loads(text)
    doc.front_matter.extra["tags"] = ["a", "b", "c"]
    out = dumps(doc)
    assert "# keep me" in out and "# and me" in out
    assert loads(out).front_matter.extra["tags"] == ["a", "b", "c"]
