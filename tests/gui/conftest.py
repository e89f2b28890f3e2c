"""Fixtures shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from os2editor.gui import i18n


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], list[Any]]]:
    """Switch the interface language for one test; English source strings again afterwards."""
    yield lambda code: i18n.install_translators(qapp, code)
    i18n.remove_translators(qapp)
