"""Windows and dialogs fit the screen they open on (QScreen.availableGeometry).

A PDF preview of 1,000 px or a help window of 820 px is taller than a laptop's 800 px
screen minus the task bar; ``fit_to_screen`` keeps the wished size where there is room and
shrinks it to the available area otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.94  # room for the window frame and title bar


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, at most the available area of its screen."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    available = screen.availableGeometry()
    widget.resize(min(width, int(available.width() * SHARE)), min(height, int(available.height() * SHARE)))
