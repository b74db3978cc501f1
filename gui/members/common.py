"""Small helpers shared by the windows of Mitglieder and Personen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from ..kit.dates import GermanDateEdit, from_qdate, to_qdate
from ..kit.keys import enter_stays_in
from ..page import mark_search

SEARCH_DELAY_MS = 150


def tr(text: str) -> str:
    """Translate an already marked text (``QT_TRANSLATE_NOOP("Mitglieder", "…")``).

    lupdate does not see a literal passed through this helper: write
    ``QCoreApplication.translate("Mitglieder", "…")`` or ``self.tr("…")`` instead.
    """
    return QCoreApplication.translate("Mitglieder", text)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], none_text: str | None = None) -> None:
    """Replace the items (text, data); ``none_text`` first with data None."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def set_combo_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index < 0 and value is not None and combo.isEditable():
        combo.setEditText(str(value))
        return
    combo.setCurrentIndex(max(index, 0))


class SearchField(QLineEdit):
    search_timer: QTimer  # the pause before the search; tests wait for it


def search_field(placeholder: str, slot: Callable[[], None], parent: QObject) -> SearchField:
    """A search box that calls ``slot`` once typing pauses (and at once on Enter)."""
    field = SearchField()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    timer = QTimer(parent, singleShot=True, interval=SEARCH_DELAY_MS)
    timer.timeout.connect(slot)
    field.textChanged.connect(timer.start)
    field.returnPressed.connect(slot)
    field.returnPressed.connect(timer.stop)
    field.setProperty("searchTimer", True)
    mark_search(field)
    enter_stays_in(field)
    field.search_timer = timer
    return field


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageSubtitle")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


ERROR_COLOR = "#a4262c"


def error_label() -> QLabel:
    """A label for problems, in red. (Colours go through the palette: a per-widget style sheet
    would break when the application style is set again.)"""
    from PySide6.QtGui import QColor, QPalette

    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
    label.setPalette(palette)
    return label


def action_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def button(text: str, slot: Callable, default: bool = False, tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(slot)
    widget.setAutoDefault(False)
    widget.setDefault(default)
    if tip:
        widget.setToolTip(tip)
    return widget


class OptionalDateEdit(QWidget):
    """A date that may be empty: a check box in front of a date field."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = GermanDateEdit()
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch()
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day) if day else QDate.currentDate())


def count_text(count: int, one: str, many: str) -> str:
    """ "1 Person" / "1.234 Personen" (German thousands separator)."""
    number = f"{count:,}".replace(",", ".")
    return f"{number} {one if count == 1 else many}"
