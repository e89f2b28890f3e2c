"""pydantic's check of a document built in code: every field holds a value of its type.

Reading a file builds nodes from text the reader has already typed, and edits clean what they
take, so neither needs this; a script that builds or changes nodes by hand does, before the
writer meets an ``Item(text=3)``. ``os2editor.save`` and ``os2editor.dumps`` call it. pydantic
is loaded on first use (a third of a second), never on the way to reading or writing a file.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from os2editor.errors import Os2EditorError
from os2editor.model.nodes import FunctionDescription, Node


class ModelError(Os2EditorError):
    """A document whose fields hold values of the wrong type."""


@lru_cache(maxsize=1)
def _adapter() -> Any:
    from pydantic import ConfigDict, TypeAdapter, with_config

    # Nodes are checked as they are, instance by instance, and never converted: a "3" is no 3.
    with_config(ConfigDict(strict=True, revalidate_instances="always"))(Node)
    return TypeAdapter(FunctionDescription)


def validate(doc: FunctionDescription) -> None:
    """Raise ModelError naming the first field of ``doc`` that holds a value of a wrong type."""
    from pydantic import ValidationError

    try:
        _adapter().validate_python(doc)
    except ValidationError as error:
        # A section is tried against every kind; the kinds it is not are no news.
        found = [e for e in error.errors() if e["type"] != "dataclass_exact_type"] \
            or error.errors()
        first = found[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ModelError("model-invalid", where=where, problem=first["msg"]) from None
