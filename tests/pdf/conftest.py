"""The PDF tests paint with Qt: one application for all of them, the one pytest-qt makes."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _qt(qapp: Any) -> Any:
    """The running QApplication, which the PDF output uses rather than starting its own."""
    return qapp
