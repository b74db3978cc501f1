"""A month overview: six weeks of days with the events in them, NRW holidays marked.

Painted in one ``paintEvent`` (no widget per day), so switching months is instant. A click on
an event selects it, a double click opens it; a double click on an empty spot of a day asks
for a new event on that day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from model.core.formatting import WEEKDAYS
from model.core.holidays import holidays_between
from model.core.vocab import (
    CALLED_OFF,
    CONFERENCE,
    EXCURSION,
    EXPERT_TALK,
    GROUP_MEETING,
    NETWORK_MEETING,
    SITE_VISIT,
    TRAINING,
    WORKSHOP,
)
from model.events.events import EventRow

KIND_COLOURS = {
    NETWORK_MEETING: "#1d5391",
    WORKSHOP: "#7b4fa0",
    GROUP_MEETING: "#2f7d6d",
    EXPERT_TALK: "#b26b00",
    TRAINING: "#a33b3b",
    EXCURSION: "#3d7d2f",
    CONFERENCE: "#8c2f6b",
    SITE_VISIT: "#4f6478",
}
HEADER_HEIGHT = 28
CHIP_HEIGHT = 19
CHIP_GAP = 2
DAY_LABEL_HEIGHT = 22


def month_grid_start(year: int, month: int) -> dt.date:
    """The Monday on or before the first of the month."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


class MonthView(QWidget):
    event_clicked = Signal(int)
    event_activated = Signal(int)
    day_clicked = Signal(object)  # datetime.date
    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.events: list[EventRow] = []
        self.selected_day: dt.date | None = today
        self.selected_event: int | None = None
        self.today = today
        self._chips: list[tuple[QRect, EventRow]] = []
        self._days: list[tuple[QRect, dt.date]] = []
        self._holidays: dict[dt.date, str] = {}
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 420)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(900, 640)

    # --- content ----------------------------------------------------------------------------

    def first_day(self) -> dt.date:
        return month_grid_start(self.year, self.month)

    def last_day(self) -> dt.date:
        return self.first_day() + dt.timedelta(days=41)

    def set_month(self, year: int, month: int, events: list[EventRow]) -> None:
        self.year, self.month = year, month
        self.events = sorted(events, key=lambda e: (e.starts_at, e.id))
        self._holidays = holidays_between(self.first_day(), self.last_day())
        self.update()

    def events_on(self, day: dt.date) -> list[EventRow]:
        return [e for e in self.events if e.starts_at.date() <= day <= e.ends_at.date()]

    # --- painting -----------------------------------------------------------------------------

    def _cell_rect(self, index: int) -> QRect:
        width = self.width() / 7
        height = (self.height() - HEADER_HEIGHT) / 6
        column, row = index % 7, index // 7
        left, top = int(column * width), int(HEADER_HEIGHT + row * height)
        return QRect(left, top, int((column + 1) * width) - left, int(HEADER_HEIGHT + (row + 1) * height) - top)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() - 1.5))
        bold = QFont(base)
        bold.setBold(True)
        muted, border, text = QColor("#5f6b78"), QColor("#dfe3e9"), QColor("#1f2933")

        # Weekday header.
        painter.fillRect(QRect(0, 0, self.width(), HEADER_HEIGHT), QColor("#f1f3f6"))
        painter.setFont(bold)
        painter.setPen(muted)
        for column, name in enumerate(WEEKDAYS):
            rect = self._cell_rect(column)
            painter.drawText(QRect(rect.left(), 0, rect.width(), HEADER_HEIGHT), Qt.AlignmentFlag.AlignCenter, name)

        self._chips, self._days = [], []
        start = self.first_day()
        metrics = QFontMetrics(small)
        for index in range(42):
            day = start + dt.timedelta(days=index)
            rect = self._cell_rect(index)
            self._days.append((rect, day))
            in_month = day.month == self.month
            weekend = day.weekday() >= 5
            holiday = self._holidays.get(day)
            background = QColor("white")
            if not in_month:
                background = QColor("#f7f8fa")
            elif weekend or holiday:
                background = QColor("#fbf6f0")
            if day == self.selected_day:
                background = QColor("#eef4fb")
            painter.fillRect(rect, background)
            painter.setPen(QPen(border, 1))
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if rect.left() == 0:
                painter.drawLine(rect.topLeft(), rect.bottomLeft())

            # Day number (today in a filled circle) and holiday name.
            number_rect = QRect(rect.left() + 6, rect.top() + 3, 26, 18)
            painter.setFont(bold if day == self.today else base)
            if day == self.today:
                painter.setBrush(QColor("#1d5391"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(QRectF(number_rect.adjusted(-3, -1, 3, 1)), 9, 9)
                painter.setPen(QColor("white"))
            else:
                painter.setPen(text if in_month else QColor("#a4acb6"))
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if holiday:
                painter.setFont(small)
                painter.setPen(QColor("#a33b3b"))
                painter.drawText(
                    QRect(rect.left() + 38, rect.top() + 3, rect.width() - 42, 18),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, rect.width() - 44),
                )

            # Event chips.
            events = self.events_on(day)
            top = rect.top() + DAY_LABEL_HEIGHT + 2
            room = (rect.bottom() - top - 2) // (CHIP_HEIGHT + CHIP_GAP)
            shown = events if len(events) <= room else events[: max(room - 1, 0)]
            painter.setFont(small)
            for row in shown:
                chip = QRect(rect.left() + 4, top, rect.width() - 8, CHIP_HEIGHT)
                self._paint_chip(painter, chip, row, day, metrics)
                self._chips.append((chip, row))
                top += CHIP_HEIGHT + CHIP_GAP
            hidden = len(events) - len(shown)
            if hidden > 0:
                painter.setPen(muted)
                painter.drawText(
                    QRect(rect.left() + 6, top, rect.width() - 10, CHIP_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    self.tr("+ %n weitere", "", hidden),
                )
        painter.end()

    def _paint_chip(self, painter: QPainter, chip: QRect, row: EventRow, day: dt.date, metrics: QFontMetrics) -> None:
        colour = QColor(KIND_COLOURS.get(row.kind, "#4f6478"))
        cancelled = row.status == CALLED_OFF
        fill = QColor(colour)
        fill.setAlpha(40 if not cancelled else 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(chip), 4, 4)
        painter.setBrush(colour if not cancelled else QColor("#b8c0c9"))
        painter.drawRoundedRect(QRectF(chip.left(), chip.top(), 4, chip.height()), 2, 2)
        if row.id == self.selected_event:
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(chip).adjusted(0.75, 0.75, -0.75, -0.75), 4, 4)
        label = row.title
        if chip.width() >= 150:  # room for the time too
            time = row.starts_at.strftime("%H:%M") if row.starts_at.date() == day else "…"
            label = f"{time} {row.title}"
        font = painter.font()
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933") if not cancelled else QColor("#8a94a0"))
        painter.drawText(
            chip.adjusted(8, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, chip.width() - 12),
        )
        font.setStrikeOut(False)
        painter.setFont(font)

    # --- mouse ----------------------------------------------------------------------------------

    def chip_at(self, point: QPoint) -> EventRow | None:
        for rect, row in self._chips:
            if rect.contains(point):
                return row
        return None

    def day_at(self, point: QPoint) -> dt.date | None:
        for rect, day in self._days:
            if rect.contains(point):
                return day
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is not None:
            self.selected_day = day
            self.day_clicked.emit(day)
        row = self.chip_at(point)
        self.selected_event = row.id if row else None
        if row is not None:
            self.event_clicked.emit(row.id)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        point = event.position().toPoint()
        row = self.chip_at(point)
        if row is not None:
            self.event_activated.emit(row.id)
            return
        day = self.day_at(point)
        if day is not None:
            self.day_activated.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        row = self.chip_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if row else Qt.CursorShape.ArrowCursor)
        if row is not None:
            where = row.place or ""
            text = (
                f"<b>{_escape(row.title)}</b><br>{row.starts_at:%d.%m.%Y %H:%M}–{row.ends_at:%H:%M} · "
                f"{_escape(row.kind)} · {_escape(row.status)}" + (f"<br>{_escape(where)}" if where else "")
            )
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()


def _escape(text: str) -> str:
    from html import escape

    return escape(text or "")
