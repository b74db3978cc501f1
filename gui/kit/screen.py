"""Windows and dialogs fit the screen they open on (QScreen.availableGeometry).

A PDF preview of 1,000 px or a help window of 820 px is taller than a laptop's 800 px
screen minus the task bar; ``fit_to_screen`` keeps the wished size where there is room and
shrinks it to the available area otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget, QWidget

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


def widen_for_tabs(window: QWidget) -> None:
    """Make ``window`` wide enough to show every tab title of its tab widgets in full (no cut
    title, no scroll arrows), as far as its screen allows."""
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the tab widgets' widths as they will be shown
    missing = max(
        (
            tabs.tabBar().sizeHint().width() - tabs.width()
            for tabs in window.findChildren(QTabWidget)
            if tabs.isVisible()
        ),
        default=0,
    )
    if missing <= 0:
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    limit = int(screen.availableGeometry().width() * SHARE) if screen is not None else window.width() + missing + 8
    window.resize(max(window.width(), min(window.width() + missing + 8, limit)), window.height())
