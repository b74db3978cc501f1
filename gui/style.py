"""The look: Qt's Fusion style in a light palette, plus a small style sheet for the named
parts (navigation, page headers, tiles, tables). Fusion looks the same on every Windows
version and in offscreen screenshots; the light scheme keeps the office look even when
Windows runs in dark mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1d5391"
ACCENT_SOFT = "#dde8f6"
TEXT = "#1f2933"
MUTED = "#5f6b78"
BORDER = "#dfe3e9"
CANVAS = "#f5f6f8"
NAVIGATION = "#eceff3"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: {NAVIGATION};
    border: none;
    border-right: 1px solid {BORDER};
    padding: 12px 0;
    outline: none;
}}
QListWidget#navigation::item {{
    color: {TEXT};
    padding: 6px 12px;
    margin: 1px 10px;
    border-radius: 6px;
}}
QListWidget#navigation::item:hover {{
    background: #e2e7ee;
}}
QListWidget#navigation::item:selected {{
    background: {ACCENT_SOFT};
    color: {ACCENT};
    font-weight: 600;
}}
QStackedWidget#pages, QWidget[page="true"] {{
    background: {CANVAS};
}}
QScrollArea#pageScroll, QWidget#pageContent {{
    background: transparent;
}}
QLabel#pageTitle {{
    font-size: 20pt;
    font-weight: 600;
    color: {TEXT};
}}
QLabel#pageSubtitle, QLabel#emptyHint {{
    color: {MUTED};
}}
QLabel#sectionTitle {{
    font-size: 13pt;
    font-weight: 600;
    color: {TEXT};
}}
QLabel#aboutTitle {{
    font-size: 16pt;
    font-weight: 600;
}}
QFrame#tile {{
    background: white;
    border: 1px solid {BORDER};
    border-radius: 10px;
}}
QLabel#tileCaption {{
    color: {MUTED};
    font-weight: 600;
}}
QLabel#tileValue {{
    color: {ACCENT};
    font-size: 26pt;
    font-weight: 600;
}}
QLabel#tileDetail {{
    color: {MUTED};
}}
QTableView {{
    background: white;
    alternate-background-color: #f8f9fb;
    border: 1px solid {BORDER};
    border-radius: 8px;
    selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT};
    gridline-color: {BORDER};
}}
QTableView::item {{
    padding: 0 8px;
    border: none;
}}
/* The month table of a date field's calendar popup is a QTableView too: the list padding above
   pushed days 10-31 out of their cells. Give it back Qt's own cell geometry. */
QCalendarWidget QTableView {{
    border: none;
    border-radius: 0;
    alternate-background-color: white;
    selection-background-color: {ACCENT};
    selection-color: white;
}}
QCalendarWidget QTableView::item {{
    padding: 0;
}}
QHeaderView::section {{
    background: #f1f3f6;
    color: {MUTED};
    font-weight: 600;
    padding: 7px 8px 7px 11px;
    border: none;
    border-bottom: 1px solid {BORDER};
}}
QTabWidget::pane {{
    border: 1px solid {BORDER};
    border-radius: 0 6px 6px 6px;
    top: -1px;
}}
QTabBar::tab {{
    background: #eceff3;
    color: {MUTED};
    border: 1px solid {BORDER};
    border-top-left-radius: 6px;
    border-top-right-radius: 6px;
    padding: 5px 14px 6px 14px;
    margin-right: 2px;
}}
QTabBar::tab:selected {{
    background: #f5f6f8;
    color: {TEXT};
    border-bottom-color: #f5f6f8;
}}
QTabBar::tab:!selected:hover {{
    background: #f5f6f8;
}}
QStatusBar {{
    color: {MUTED};
}}
QStatusBar QLabel#databaseLabel {{
    padding: 0 8px;
}}
"""


def light_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f5f6f8",
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f8f9fb",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a94a0",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#fbfbfc",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#eceff3",
        QPalette.ColorRole.Mid: "#c9cfd7",
        QPalette.ColorRole.Dark: "#9aa3ae",
        QPalette.ColorRole.Shadow: "#6b7480",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa3ae"))
    return palette


def apply_style(app: QApplication) -> None:
    """The program's look; applying it again changes nothing and costs nothing.

    Each ``setStyle``/``setPalette``/``setStyleSheet`` repolishes every widget alive, which
    takes about a second with many widgets: it is only done when the look is not in place.
    """
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    if app.styleSheet() == STYLE_SHEET and app.palette() == light_palette():
        return  # set here before (the style sheet is set last); the font was checked then
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
