"""The program's SVG icons (``resources/icons``), crisp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from model.core.paths import resource


@cache
def icon(name: str) -> QIcon:
    """``icon("overview")`` → ``resources/icons/overview.svg``; an empty icon if missing."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
