"""Date and date-time fields that take a date typed as Germans type it.

Qt's sectional date editor mis-reads typed dots (``07.01.2027`` became 07.12.2026 20:27),
ignores digits when Tab lands on a weekday section and silently swallows ``31.02.``. These
fields take over the typing: the first digit starts a fresh entry, the whole entry is read
when the user leaves the field (Tab, Enter, click elsewhere), and an impossible date gets a
German message at the field and is not taken. Arrow keys and the calendar popup work as in Qt.

Accepted: ``7.1.2027``, ``07.01.27``, ``07012027``, ``070127``, ``7.1.`` (this year),
``2027-01-07``; in date-time fields optionally followed by a time (``14:30``, ``1430``, ``14``).
A date-time field keeps its time when only a date is typed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal, SignalInstance
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QLabel, QWidget

DATE_FORMAT = "dd.MM.yyyy"
DATETIME_FORMAT = "dd.MM.yyyy HH:mm"
translate = QCoreApplication.translate
TYPED_CHARACTERS = set("0123456789.:- /")
# An entry that cannot grow into another date: taken while typing, so that a form saved
# without leaving the field (Strg+S, a click that takes no focus) saves what is shown.
COMPLETE_ENTRY = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{4}|\d{8}|\d{4}-\d{2}-\d{2})( \d{1,2}:\d{2})?")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def from_qdatetime(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class DateInputError(ValueError):
    """A typed date or time that cannot be taken; the message is German, for the user."""


def _year(text: str, today: dt.date) -> int:
    if not text:
        return today.year
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    raise DateInputError(translate("GermanDate", "Das Jahr bitte mit vier Ziffern eingeben, z. B. 07.01.2027."))


def _day_month_year(text: str, today: dt.date) -> tuple[int, int, int]:
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return int(iso[3]), int(iso[2]), int(iso[1])
    if text.isdigit():  # 07012027, 070127, 0701
        if len(text) in (4, 6, 8):
            return int(text[:2]), int(text[2:4]), _year(text[4:], today)
        raise DateInputError(
            translate("GermanDate", "»%1« ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 07.01.2027.").replace(
                "%1", text
            )
        )
    parts = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?(\d{2}|\d{4})?", text)
    if not parts:
        raise DateInputError(
            translate("GermanDate", "»%1« ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 07.01.2027.").replace(
                "%1", text
            )
        )
    return int(parts[1]), int(parts[2]), _year(parts[3] or "", today)


def parse_german_date(text: str, today: dt.date | None = None) -> dt.date:
    """The date a German user means by ``text``; DateInputError (German message) if there is none."""
    today = today or dt.date.today()
    text = text.strip()
    if not text:
        raise DateInputError(translate("GermanDate", "Bitte ein Datum eingeben, z. B. 07.01.2027."))
    day, month, year = _day_month_year(text, today)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateInputError(
            translate("GermanDate", "Den %1 gibt es nicht. Bitte das Datum prüfen.").replace(
                "%1", f"{day:02d}.{month:02d}.{year}"
            )
        ) from None


def parse_german_time(text: str) -> dt.time:
    text = text.strip().removesuffix("Uhr").strip()
    match = re.fullmatch(r"(\d{1,2})(?::?(\d{2}))?", text)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise DateInputError(
        translate("GermanDate", "»%1« ist keine Uhrzeit. Bitte als HH:MM eingeben, z. B. 14:30.").replace("%1", text)
    )


def parse_german_datetime(text: str, today: dt.date | None = None) -> tuple[dt.date, dt.time | None]:
    """A typed date with an optional time after a space: (date, time or None)."""
    date_text, _, time_text = text.strip().partition(" ")
    day = parse_german_date(date_text, today)
    return day, (parse_german_time(time_text) if time_text.strip() else None)


def _calendar(parent: QWidget) -> QCalendarWidget:
    """The popup: a whole month, Monday first, weekday header and ISO week numbers."""
    calendar = QCalendarWidget(parent)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    calendar.setGridVisible(False)
    calendar.setMinimumSize(calendar.sizeHint().expandedTo(calendar.minimumSizeHint()))
    return calendar


if TYPE_CHECKING:
    _MixinBase = QDateTimeEdit  # what the mixin may call: the checker sees the widget it is mixed into
else:
    _MixinBase = object


class _GermanTyping(_MixinBase):
    """What both fields share; mixed into a QDateEdit/QDateTimeEdit subclass."""

    if TYPE_CHECKING:
        invalid_input: SignalInstance  # declared by each field

        def _take(self, typed: str) -> None: ...

    _typed: str | None = None  # Qt calls validate() before __init__ has run
    _bubble: QLabel | None = None  # the message line below the field (show_error_message)
    _calendar_ready = False
    error_message = ""

    def _setup_typing(self) -> None:
        self._typed: str | None = None
        self.error_message = ""
        self._bubble = None
        self.setCalendarPopup(True)
        self.setCorrectionMode(QDateTimeEdit.CorrectionMode.CorrectToPreviousValue)
        # a refused entry leaves the value as it was: any change after it is the user's correction
        self.dateTimeChanged.connect(self._clear_error)

    # --- typing ---------------------------------------------------------------------------

    def is_typing(self) -> bool:
        return self._typed is not None

    def _prepare_calendar(self) -> None:
        """Our calendar, made when the popup is first opened (a form has many date fields)."""
        if not self._calendar_ready:
            self._calendar_ready = True
            self.setCalendarWidget(_calendar(self))

    def mousePressEvent(self, event) -> None:  # Qt override
        self._prepare_calendar()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        self._prepare_calendar()  # F4 / Alt+Down open the popup too
        key, text = event.key(), event.text()
        if self._typed is None:
            if text and text.isdigit() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._typed = ""
            else:
                super().keyPressEvent(event)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit()
            event.accept()  # Enter takes the date; it does not press the dialog's default button
            return
        if key == Qt.Key.Key_Escape:
            self._typed = None
            self._show_value()
            event.accept()
            return
        if key == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
        elif text and text in TYPED_CHARACTERS:
            self._typed += text
        else:
            if self._commit():
                super().keyPressEvent(event)
            return
        if COMPLETE_ENTRY.fullmatch(self._typed):
            try:
                self._take(self._typed)
            except DateInputError:
                pass  # said when the user leaves the field
        self.lineEdit().setText(self._typed)
        self.lineEdit().setCursorPosition(len(self._typed))
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent (it moves the focus); take the entry before it leaves.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._typed is not None
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._commit()
        return super().event(event)

    def validate(self, text: str, position: int):  # Qt override
        if self._typed is not None:  # Qt must not re-read a half-typed entry
            return QValidator.State.Intermediate, text, position
        return super().validate(text, position)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusInEvent(event)
        # Tab lands on the day, not on a weekday section that ignores digits.
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        if self._typed is not None:
            self._commit()
        super().focusOutEvent(event)

    def commit_typing(self) -> bool:
        """Take a typed entry now (a form calls this before it saves); False if it was refused."""
        return self._commit() if self._typed is not None else not self.error_message

    def _commit(self) -> bool:
        typed, self._typed = self._typed or "", None
        try:
            self._take(typed)
        except DateInputError as exc:
            self.setDateTime(self.dateTime())  # resets Qt's remembered day (it kept "31" of 31.02.)
            self._show_value()
            self._show_error(str(exc))
            return False
        self._clear_error()
        return True

    def _check_range(self, moment: QDateTime) -> None:
        low, high = self.minimumDateTime(), self.maximumDateTime()
        if not (low <= moment <= high):
            raise DateInputError(
                translate("GermanDate", "Das Datum muss zwischen dem %1 und dem %2 liegen.")
                .replace("%1", low.date().toString(DATE_FORMAT))
                .replace("%2", high.date().toString(DATE_FORMAT))
            )

    def _show_value(self) -> None:
        """Show the value held; Qt must not parse the old text against its stale section state."""
        typed, self._typed = self._typed, ""
        try:
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        finally:
            self._typed = typed

    # --- the message at the field ------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error_message = message
        self.setToolTip(message)
        self.setStyleSheet("QAbstractSpinBox { border: 2px solid #c0392b; border-radius: 4px; }")
        self.show_error_message()
        self.invalid_input.emit(message)

    def show_error_message(self) -> None:
        """The message in a line right below the field, until the entry is corrected."""
        if not self.error_message or not self.isVisible():
            return
        window = self.window()
        if self._bubble is None or self._bubble.parent() is not window:
            self._bubble = QLabel(window)
            self._bubble.setObjectName("fieldError")
            self._bubble.setStyleSheet(
                "QLabel#fieldError { background: #fdecea; color: #8e1f14; border: 1px solid #c0392b;"
                " border-radius: 3px; padding: 2px 6px; }"
            )
        self._bubble.setText(self.error_message)
        self._bubble.adjustSize()
        self._bubble.move(self.mapTo(window, QPoint(0, self.height() + 2)))
        self._bubble.raise_()
        self._bubble.show()

    def _clear_error(self) -> None:
        if self.error_message:
            self.error_message = ""
            self.setToolTip("")
            self.setStyleSheet("")
        if self._bubble is not None:
            self._bubble.hide()

    def hideEvent(self, event) -> None:  # Qt override
        if self._bubble is not None:
            self._bubble.hide()  # its tab or page is no longer shown
        super().hideEvent(event)


def refused_date(form: QWidget) -> QWidget | None:
    """The first German date field of ``form`` whose typed entry is refused (an entry still being
    typed is taken first), with its message shown again and the focus on it; None if every date
    is a real one. A form calls this before it saves: nothing is stored over a refused date."""
    for field in form.findChildren(QDateTimeEdit):
        if isinstance(field, _GermanTyping) and field.isVisibleTo(form) and not field.commit_typing():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.show_error_message()
            return field
    return None


class GermanDateEdit(_GermanTyping, QDateEdit):
    """A date field (TT.MM.JJJJ) for German typing, with the month calendar as popup."""

    invalid_input = Signal(str)  # the German message shown at the field

    def __init__(self, day: dt.date | QDate | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self._setup_typing()
        if day is not None:
            self.setDate(day if isinstance(day, QDate) else QDate(day.year, day.month, day.day))

    def _take(self, typed: str) -> None:
        day = parse_german_date(typed)
        moment = QDateTime(QDate(day.year, day.month, day.day), self.time())
        self._check_range(moment)
        self.setDate(moment.date())

    def day(self) -> dt.date:
        """The date shown, as a Python date."""
        value = self.date()
        return dt.date(value.year(), value.month(), value.day())


class GermanDateTimeEdit(_GermanTyping, QDateTimeEdit):
    """A date-and-time field (TT.MM.JJJJ HH:MM): a typed date keeps the time already set."""

    invalid_input = Signal(str)  # the German message shown at the field

    def __init__(self, moment: dt.datetime | QDateTime | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(DATETIME_FORMAT)
        self._setup_typing()
        if moment is not None:
            self.setDateTime(
                moment
                if isinstance(moment, QDateTime)
                else QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
            )

    def _take(self, typed: str) -> None:
        day, time = parse_german_datetime(typed)
        kept = self.time() if time is None else QTime(time.hour, time.minute)
        moment = QDateTime(QDate(day.year, day.month, day.day), kept)
        self._check_range(moment)
        self.setDateTime(moment)
