"""Small helpers shared by the windows of Veranstaltungen and Arbeitsgruppen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from ..kit.dates import to_qdate
from ..kit.errors import show_error
from ..kit.keys import enter_stays_in

NONE_TEXT = "—"


def tr(text: str) -> str:
    """Translate an already marked text (``QT_TRANSLATE_NOOP("Veranstaltungen", "…")``).

    lupdate does not see a literal passed through this helper: write
    ``QCoreApplication.translate("Veranstaltungen", "…")`` or ``self.tr("…")`` instead.
    """
    return QCoreApplication.translate("Veranstaltungen", text)


def long_date(day: dt.date) -> str:
    """ "Donnerstag, 4. März 2027" in the program's (German) locale."""
    return QLocale().toString(to_qdate(day), "dddd, d. MMMM yyyy")


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def money_text(value) -> str:
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), "€")


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[str, Any]], none_text: str | None = None, keep: bool = True
) -> None:
    """Replace the combo's items by (text, data); ``none_text`` adds a first entry for None."""
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def set_combo_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


def searchable(combo: QComboBox, width_chars: int = 22) -> QComboBox:
    """An editable combo whose typed text completes from its items anywhere in the name.

    Its width does not follow the longest item (organisation names run to 100 characters).
    """
    combo.setEditable(True)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width_chars)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo box has one
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    enter_stays_in(combo)
    return combo


def action_button(action: QAction) -> QPushButton:
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


def _without_arguments(slot: Callable[[], None]) -> Callable[[], None]:
    """``slot`` behind a lambda without parameters: ``triggered`` passes ``checked`` to a slot that
    has a parameter, and each menu entry needs its own binding (not the loop's last one)."""
    return lambda: slot()


def menu_button(text: str, entries: Iterable[tuple[str, Callable[[], None]]], parent: QWidget) -> QToolButton:
    """A button that opens a menu of actions (e.g. "Status ▾")."""
    button = QToolButton(parent)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = QMenu(button)
    for label, slot in entries:
        menu.addAction(label).triggered.connect(_without_arguments(slot))
    button.setMenu(menu)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
    return button


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageSubtitle")
    label.setWordWrap(True)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def guarded(parent: QWidget, title: str, work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``work``; on a known error show it and return (False, None)."""
    try:
        return True, work()
    except Exception as exc:  # noqa: BLE001 - sorted by show_error
        show_error(parent, exc, title=title)
        return False, None
