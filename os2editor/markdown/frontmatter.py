"""Jekyll front matter: safe round-trip reading, and writing that touches only edited keys."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from os2editor.errors import ReadError
from os2editor.markdown.limits import MAX_FRONT_MATTER, MAX_FRONT_MATTER_DEPTH
from os2editor.model import KNOWN_KEYS, FrontMatter
from os2editor.storage.regular import kilobytes

FENCE = "---\n"
_SAFE_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary",
                 "merge", "omap", "set", "value")
}
# An alias bomb expands a few lines into billions of nodes; real front matter has dozens.
_MAX_NODES = 100_000
_MAX_DEPTH = 64


@dataclass
class FrontMatterSource:
    """What the writer needs to patch the original front matter."""

    lines: list[str]  # the YAML lines between the fences
    data: dict[str, Any]  # the plain values as read
    linked: bool = False  # anchors or aliases: edits go through ruamel, which keeps them valid


def _yaml() -> Any:
    # ruamel costs ~20 ms to import and most front matter takes the fast path without it.
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)  # `key:\n  - item`, as Jekyll sites write it
    return yaml


def find_end(lines: list[str]) -> int | None:
    """Index of the closing fence line when ``lines`` start with front matter, else None."""
    if not lines or lines[0].rstrip(" \t\r\n") != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip(" \t\r\n") in ("---", "..."):
            return index
    return None


def _tag(node: Any) -> str:
    tag = getattr(node, "tag", None)
    value = getattr(tag, "value", tag)
    return str(value) if value is not None else ""


class _UnsafeError(ValueError):
    """Front matter refused before it is built; ``code`` is the message to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _walk(node: Any, depth: int, budget: list[int]) -> Iterator[Any]:
    budget[0] -= 1
    if budget[0] < 0:
        raise _UnsafeError("yaml-too-much")
    if depth > _MAX_DEPTH:
        raise _UnsafeError("yaml-too-deep")
    yield node
    value = getattr(node, "value", None)
    if isinstance(value, list):
        for child in value:
            pairs = child if isinstance(child, tuple) else (child,)
            for part in pairs:
                yield from _walk(part, depth + 1, budget)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """ruamel reports some things (a reused anchor) as Python warnings, which print to stderr
    with its install path; the core never prints, and a reused anchor is valid YAML."""
    from ruamel.yaml.error import YAMLFutureWarning, YAMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", YAMLWarning)
        warnings.simplefilter("ignore", YAMLFutureWarning)
        yield


def _load_safely(text: str, first_line: int, path: str | None) -> tuple[Any, bool]:
    """Compose once, refuse unsafe tags and alias bombs, then build the values.

    Returns the values and whether the YAML holds anchors or aliases.
    """
    with _quiet():
        constructor, parser = _yaml().get_constructor_parser(text)
        try:
            node = constructor.composer.get_single_node()
            if node is None:
                return None, False
            linked = _check_safe(node, first_line, path)
            return constructor.construct_document(node), linked
        finally:
            parser.dispose()


def _check_safe(node: Any, first_line: int, path: str | None) -> bool:
    """Refuse what is unsafe; True when the YAML holds anchors or aliases."""
    seen: set[int] = set()
    linked = False
    try:
        for each in _walk(node, 0, [_MAX_NODES]):
            tag = _tag(each)
            if tag and tag not in _SAFE_TAGS:
                line = first_line + each.start_mark.line
                raise ReadError("yaml-tag", path=path, line=line, tag=tag)
            linked = linked or id(each) in seen or getattr(each, "anchor", None) is not None
            seen.add(id(each))
    except _UnsafeError as error:
        raise ReadError(error.code, path=path, line=first_line) from None
    return linked


@cache
def _slow_path_patterns() -> dict[str, re.Pattern[str]]:
    """Patterns for front matter that needs the YAML parser, compiled when first needed."""
    return {
        # Quoted scalars (on one line) cannot nest, so they are left out when nesting is counted.
        "quoted": re.compile(r"'(?:[^'\n]|'')*'|\"(?:[^\"\\\n]|\\.)*\""),
        "bracket": re.compile(r"[\[\]{}]"),
        "indent": re.compile(r"^[ \t]*", re.M),
        "compact": re.compile(r"^[ \t]*((?:[-?:][ \t]+)+)", re.M),
        "directive": re.compile(r"^%\S*", re.M),
    }


def _refuse_before_parsing(text: str, path: str | None) -> None:
    """Refuse what would make the YAML parser fail badly or work without bound.

    ruamel's time grows steeply with nesting (2 KB of ``[[[...`` took seconds), and a
    directive line (``%YAML``) breaks its parser; Jekyll cannot read a directive after the
    opening ``---`` either.
    """
    directive = _slow_path_patterns()["directive"].search(text)
    if directive is not None:
        line = 2 + text.count("\n", 0, directive.start())
        raise ReadError("yaml-directive", path=path, line=line, directive=directive.group())
    if _nesting(text) > MAX_FRONT_MATTER_DEPTH:
        raise ReadError("yaml-too-deep", path=path, line=2)


def _nesting(text: str) -> int:
    """An upper bound of the YAML's nesting depth, found without parsing it.

    Block nesting needs a new indentation for each level (or a compact ``- `` on one line),
    and flow nesting a bracket.
    """
    patterns = _slow_path_patterns()
    bare = patterns["quoted"].sub("", text)
    flow = deepest_flow = 0
    for bracket in patterns["bracket"].findall(bare):
        flow = flow + 1 if bracket in "[{" else max(flow - 1, 0)
        deepest_flow = max(deepest_flow, flow)
    indents = len(set(map(len, patterns["indent"].findall(bare))))
    compact = max((sum(map(part.count, "-?:")) for part in patterns["compact"].findall(bare)),
                  default=0)
    return indents + compact + deepest_flow


def plain(value: Any) -> Any:
    """ruamel's round-trip types to plain Python values."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dt.datetime):
        return dt.datetime(*value.timetuple()[:6], value.microsecond, value.tzinfo)
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, str):
        return str(value)
    return str(value)


# `key: value` with a value YAML can only read as a plain string or a decimal integer. The OS2
# files' front matter is all like this; reading it without ruamel saves most of a load's time.
_SIMPLE_LINE = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]*): +([^\s!&*|>'\"%@`#{}\[\],?:~-][^#]*?)[ \t]*\n"
)
_SPECIAL = re.compile(r": |:$| #|^(true|false|null|yes|no|on|off|y|n)$|^[+-]?(\.|[0-9])|^0[0-9]",
                      re.IGNORECASE)
_DECIMAL = re.compile(r"[1-9][0-9]{0,17}|0")


def _simple(lines: list[str]) -> dict[str, Any] | None:
    """The values of simple front matter, or None when it needs a real YAML parser."""
    values: dict[str, Any] = {}
    for line in lines:
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None or match.group(1) in values:
            return None
        key, value = match.groups()
        if not value.isprintable():
            return None
        if _DECIMAL.fullmatch(value):
            values[key] = int(value)
        elif _SPECIAL.search(value):
            return None
        else:
            values[key] = value
    return values


def parse(lines: list[str], path: str | None) -> tuple[FrontMatter, FrontMatterSource]:
    """Parse the YAML lines between the fences (file line 2 onwards)."""
    text = "".join(lines)
    if len(text) > MAX_FRONT_MATTER:
        raise ReadError("yaml-too-large", path=path, line=2, size=kilobytes(len(text)),
                        limit=f"{MAX_FRONT_MATTER // 1024}")
    simple = _simple(lines)
    if simple is not None:
        return to_model(simple), FrontMatterSource(lines=lines, data=simple)
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    _refuse_before_parsing(text, path)
    try:
        data, linked = _load_safely(text, 2, path)
    except ReadError:
        raise
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = 2 + mark.line if mark is not None else 2
        problem = error.problem or error.context or "it cannot be read"
        raise ReadError("yaml-invalid", path=path, line=line, problem=problem) from None
    except (YAMLError, RecursionError, ValueError) as error:
        raise ReadError("yaml-invalid", path=path, line=2, problem=error) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ReadError("yaml-not-mapping", path=path, line=2)
    values = plain(data)
    return to_model(values), FrontMatterSource(lines=lines, data=values, linked=linked)


def to_model(values: dict[str, Any]) -> FrontMatter:
    """Split plain front matter values into the known keys and the rest."""
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in values.items():
        is_text = isinstance(value, str) or value is None
        if key in KNOWN_KEYS and (key == "nav_order" or is_text) and value is not None:
            known[key] = value
        else:
            extra[key] = value
    return FrontMatter(present=True, extra=extra, **known)


def _dump(values: dict[str, Any]) -> str:
    buffer = io.StringIO()
    _yaml().dump(values, buffer)
    return buffer.getvalue()


def _single_line(line: str, key: str, value: Any) -> bool:
    """True when ``line`` alone holds ``key`` and its whole value."""
    if not line.startswith(f"{key}:") and not line.startswith(f"'{key}':"):
        return False
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        with _quiet():
            parsed = YAML(typ="safe").load(line)
    except YAMLError:
        return False
    return isinstance(parsed, dict) and plain(parsed).get(key, object()) == value


def written_values(model: FrontMatter) -> dict[str, Any]:
    """The keys and values the writer writes for ``model``.

    A known key read with an empty value (``title:``) is kept among the other keys; once the
    form gives it a value, that value is written. A known key whose value is not text
    (``title: [a, b]``) is written as read: see :func:`not_text_keys`.
    """
    values = model.as_dict()
    for key in KNOWN_KEYS:
        given = getattr(model, key)
        if given is not None and key in model.extra and model.extra[key] is None:
            values[key] = given
    return values


def not_text_keys(model: FrontMatter) -> dict[str, Any]:
    """The known keys (``title``, ``layout``, ``parent``) whose value in the file is not text.

    The form cannot edit them: the window shows their fields disabled, ``check`` warns, and a
    save that set one through the API is refused (:func:`conflicts`) rather than dropping it.
    """
    return {key: model.extra[key] for key in KNOWN_KEYS
            if model.extra.get(key) is not None and key != "nav_order"}


def conflicts(model: FrontMatter) -> dict[str, Any]:
    """The keys of :func:`not_text_keys` that were nevertheless given a text value."""
    return {key: value for key, value in not_text_keys(model).items()
            if getattr(model, key) is not None}


def shown(value: Any) -> str:
    """A front matter value as a person reads it in a message: ``["a", "b"]``."""
    import json  # only for a message; the reader's start-up does not pay for it

    return json.dumps(value, ensure_ascii=False, default=str)


def render(model: FrontMatter, source: FrontMatterSource | None) -> str:
    """The YAML lines for ``model``, changing as few source lines as possible.

    Whatever is written reads back as the model's values: with anchors and aliases, or after
    a structural edit, ruamel's round trip writes it (keeping comments, anchors valid), and
    when even that would not read back the same, every value is written plainly.
    """
    new = written_values(model)
    if source is None:
        return _dump(new) if new else ""
    if source.linked:  # a line patched alone could drop an anchor that an alias needs
        return _checked(_full_dump(source, new), new)
    old = source.data
    lines = list(source.lines)
    for key in [k for k in old if k not in new]:
        lines = _drop_key(lines, key, old[key])
    for key, value in new.items():
        if key not in old:
            lines.append(_dump({key: value}))
        elif old[key] != value:
            index = next((i for i, ln in enumerate(lines) if _single_line(ln, key, old[key])), None)
            if index is None or isinstance(value, dict | list):
                return _checked(_full_dump(source, new), new)
            comment = _trailing_comment(lines[index])
            lines[index] = _dump({key: value}).rstrip("\n") + comment + "\n"
    return "".join(lines)


def _checked(text: str, new: dict[str, Any]) -> str:
    """``text`` if it reads back as ``new``; else ``new`` written plainly, without comments."""
    from ruamel.yaml.error import YAMLError

    try:
        data, _linked = _load_safely(text, 2, None)
    except (ReadError, YAMLError, RecursionError, ValueError):
        data = ()
    if isinstance(data or {}, dict) and plain(data or {}) == new:
        return text
    return _dump(new)


def _trailing_comment(line: str) -> str:
    body = line.rstrip("\n")
    hash_at = body.find(" #")
    # The comment with all the space before it, so "key: v  # note" keeps its two spaces.
    return body[len(body[:hash_at].rstrip(" \t")) :] if hash_at > 0 else ""


def _drop_key(lines: list[str], key: str, value: Any) -> list[str]:
    index = next((i for i, ln in enumerate(lines) if _single_line(ln, key, value)), None)
    if index is None:
        return lines
    return lines[:index] + lines[index + 1 :]


def _full_dump(source: FrontMatterSource, new: dict[str, Any]) -> str:
    """Fallback for structural edits: ruamel round-trip keeps comments and order."""
    yaml = _yaml()
    with _quiet():
        data = _merge(yaml.load("".join(source.lines)) or {}, new)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def _merge(target: Any, new: Any) -> Any:
    """``new`` written into ruamel's ``target`` in place, so comments on kept parts stay."""
    if plain(target) == new:
        return target
    if isinstance(target, dict) and isinstance(new, dict):
        for key in [k for k in target if k not in new]:
            del target[key]
        for key, value in new.items():
            target[key] = _merge(target[key], value) if key in target else value
        return target
    if isinstance(target, list) and isinstance(new, list):
        for index, value in enumerate(new[: len(target)]):
            target[index] = _merge(target[index], value)
        del target[len(new) :]
        target.extend(new[len(target) :])
        return target
    return new
