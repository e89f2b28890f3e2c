"""Jekyll front matter: safe round-trip reading, and writing that touches only edited keys."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from os2editor.errors import ReadError
from os2editor.model import KNOWN_KEYS, FrontMatter

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


def _load_safely(text: str, first_line: int, path: str | None) -> Any:
    """Compose once, refuse unsafe tags and alias bombs, then build the values."""
    constructor, parser = _yaml().get_constructor_parser(text)
    try:
        node = constructor.composer.get_single_node()
        if node is None:
            return None
        _check_safe(node, first_line, path)
        return constructor.construct_document(node)
    finally:
        parser.dispose()


def _check_safe(node: Any, first_line: int, path: str | None) -> None:
    try:
        for each in _walk(node, 0, [_MAX_NODES]):
            tag = _tag(each)
            if tag and tag not in _SAFE_TAGS:
                line = first_line + each.start_mark.line
                raise ReadError("yaml-tag", path=path, line=line, tag=tag)
    except _UnsafeError as error:
        raise ReadError(error.code, path=path, line=first_line) from None


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
    simple = _simple(lines)
    if simple is not None:
        return to_model(simple), FrontMatterSource(lines=lines, data=simple)
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    text = "".join(lines)
    try:
        data = _load_safely(text, 2, path)
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
    return to_model(values), FrontMatterSource(lines=lines, data=values)


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
        parsed = YAML(typ="safe").load(line)
    except YAMLError:
        return False
    return isinstance(parsed, dict) and plain(parsed).get(key, object()) == value


def render(model: FrontMatter, source: FrontMatterSource | None) -> str:
    """The YAML lines for ``model``, changing as few source lines as possible."""
    new = model.as_dict()
    if source is None:
        return _dump(new) if new else ""
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
                return _full_dump(source, new)
            comment = _trailing_comment(lines[index])
            lines[index] = _dump({key: value}).rstrip("\n") + comment + "\n"
    return "".join(lines)


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
