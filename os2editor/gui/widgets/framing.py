"""The layout every editing widget shares: its list or table, with a row of buttons below."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


def above_buttons(owner: QWidget, main: QWidget, *buttons: QPushButton, spacing: int = -1) -> None:
    """Fill ``owner`` with ``main`` over ``buttons`` (left-aligned); focus on ``owner`` goes to
    ``main``, so tabbing into the widget lands in its list."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing >= 0:
        layout.setSpacing(spacing)
    layout.addWidget(main)
    layout.addLayout(row)
    owner.setFocusProxy(main)
