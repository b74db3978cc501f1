"""Small input widgets of the Exkursionen area: optional dates and times, money, counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from ..kit.dates import GermanDateEdit, GermanDateTimeEdit, from_qdate, from_qdatetime, to_qdate, to_qdatetime

DATE_FORMAT = "dd.MM.yyyy"
DATETIME_FORMAT = "dd.MM.yyyy HH:mm"


def date_edit(day: dt.date | None = None) -> GermanDateEdit:
    edit = GermanDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def datetime_edit(moment: dt.datetime | None = None) -> GermanDateTimeEdit:
    edit = GermanDateTimeEdit()
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setDateTime(to_qdatetime(moment or dt.datetime.now().replace(second=0, microsecond=0)))
    return edit


class _Optional(QWidget):
    """A check box that switches an editor on; unchecked means "no value"."""

    changed = Signal()

    def __init__(self, label: str, editor: QDateTimeEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.editor = editor
        self.editor.setEnabled(False)
        self.check.toggled.connect(self.editor.setEnabled)
        self.check.toggled.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)


class OptionalDate(_Optional):
    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(label, date_edit(), parent)

    def value(self) -> dt.date | None:
        return from_qdate(self.editor.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None, default: dt.date | None = None) -> None:
        self.check.setChecked(day is not None)
        self.editor.setDate(to_qdate(day or default or dt.date.today()))


class OptionalDateTime(_Optional):
    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(label, datetime_edit(), parent)

    def value(self) -> dt.datetime | None:
        if not self.check.isChecked():
            return None
        return from_qdatetime(self.editor.dateTime())

    def set_value(self, moment: dt.datetime | None, default: dt.datetime | None = None) -> None:
        self.check.setChecked(moment is not None)
        self.editor.setDateTime(to_qdatetime(moment or default or dt.datetime.now().replace(second=0, microsecond=0)))


class OptionalTime(_Optional):
    def __init__(self, label: str, parent: QWidget | None = None):
        editor = QTimeEdit()
        editor.setDisplayFormat("HH:mm")
        super().__init__(label, editor, parent)

    def value(self) -> dt.time | None:
        if not self.check.isChecked():
            return None
        time = self.editor.time()
        return dt.time(time.hour(), time.minute())

    def set_value(self, value: dt.time | None) -> None:
        self.check.setChecked(value is not None)
        value = value or dt.time(9, 0)
        self.editor.setTime(QTime(value.hour, value.minute))


class MoneyEdit(QDoubleSpinBox):
    """Euros with cents in German notation; 0 shows as "–" and means no amount."""

    def __init__(self, maximum: float = 99999.99, allow_empty: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, maximum)
        self.setSuffix(" €")
        self.setSingleStep(10)
        self.setGroupSeparatorShown(True)
        self._allow_empty = allow_empty
        if allow_empty:
            self.setSpecialValueText("–")

    def amount(self) -> Decimal | None:
        value = Decimal(str(round(self.value(), 2))).quantize(Decimal("0.01"))
        if value == 0 and self._allow_empty:
            return None
        return value

    def set_amount(self, amount: Decimal | None) -> None:
        self.setValue(float(amount or 0))


class CountEdit(QSpinBox):
    """A number of people; 0 shows as the given text and means "none"."""

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 10000)
        self.setSpecialValueText(empty_text)

    def count(self) -> int | None:
        return self.value() or None

    def set_count(self, value: int | None) -> None:
        self.setValue(value or 0)


def action_button(action) -> QPushButton:  # QAction
    button = QPushButton(action.text())
    button.clicked.connect(action.trigger)
    return button


def list_button(output, text: str) -> QToolButton:  # gui.list_output.ListOutput
    """One button with a menu for a list's Exportieren (Excel)… and Drucken… (saves room)."""
    from ..views import list_menu_button

    return list_menu_button(output, text=text)


__all__ = [
    "CountEdit",
    "MoneyEdit",
    "OptionalDate",
    "OptionalDateTime",
    "OptionalTime",
    "action_button",
    "date_edit",
    "datetime_edit",
    "list_button",
]
