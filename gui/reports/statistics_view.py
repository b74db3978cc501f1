"""Statistik: participation per municipality and year, events per kind and year; table and chart.

The figures are counted in SQL (``model.reporting.statistics``) in the background; the table is a
``RowTableModel`` with one column per year, so sorting, "Exportieren (Excel)" and "Drucken"
work as in every list. The chart follows the table: it shows the column the table is sorted
by (or the sum), for the first rows in the table's order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.reporting.statistics import YearRow

from ..kit.columns import set_width
from ..list_output import ListOutput
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view
from ..worker import Job

PARTICIPATION = "participation"
EVENTS = "events"
CONTRIBUTIONS = "contributions"
CHART_ROWS = 20
BAR_COLOUR = QColor("#1d5391")
MUTED = QColor("#5f6b78")


def _count_in(year: int, row: YearRow) -> int:
    return row.per_year.get(year, 0)


def _count_text(locale: QLocale, year: int, row: YearRow) -> str:
    return locale.toString(row.per_year.get(year, 0))


class YearTableModel(RowTableModel):
    """A RowTableModel whose columns (one per year) change with the chosen period."""

    def set_columns(self, columns: Sequence[TableColumn], rows: Sequence) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._sort_column = -1
        self._rows = list(rows)
        self.endResetModel()

    def sort_column(self) -> int:
        return self._sort_column


class BarChart(QWidget):
    """Horizontal bars with labels and values, drawn with QPainter (no chart library)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[int] = []
        self.more = 0
        self.setMinimumSize(QSize(320, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[int], more: int = 0) -> None:
        self.title, self.labels, self.values, self.more = title, list(labels), list(values), more
        self.update()

    def paintEvent(self, event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        area = self.rect().adjusted(12, 10, -12, -10)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(area.left(), area.top() + QFontMetrics(title_font).ascent(), self.title)
        top = area.top() + QFontMetrics(title_font).height() + 8
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        if not self.labels:
            painter.setPen(MUTED)
            painter.drawText(area.left(), top + metrics.ascent(), self.tr("Keine Daten für diesen Zeitraum."))
            painter.end()
            return
        footer = metrics.height() + 4 if self.more else 0
        pitch = min(26.0, max(14.0, (area.bottom() - top - footer) / len(self.labels)))
        label_width = min(int(area.width() * 0.42), max(metrics.horizontalAdvance(text) for text in self.labels) + 8)
        value_width = metrics.horizontalAdvance(QLocale().toString(max(self.values or [0]))) + 8
        bar_left = area.left() + label_width
        bar_space = max(area.right() - bar_left - value_width, 10)
        peak = max(self.values or [0]) or 1
        for index, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = top + index * pitch
            painter.setPen(QColor("#1f2933"))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(area.left(), y, label_width - 8, pitch),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            width = bar_space * value / peak
            painter.fillRect(QRectF(bar_left, y + pitch * 0.18, width, pitch * 0.64), BAR_COLOUR)
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(bar_left + width + 4, y, value_width, pitch),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QLocale().toString(value),
            )
        if self.more:
            painter.setPen(MUTED)
            painter.drawText(
                area.left(),
                int(top + len(self.labels) * pitch + metrics.ascent() + 4),
                self.tr("… und %1 weitere (siehe Tabelle)").replace("%1", str(self.more)),
            )
        painter.end()


class StatisticsView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.job: Job | None = None
        self._pending = False
        self._years: tuple[int, int] | None = None

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Teilnahme je Mitgliedskommune und Jahr"), PARTICIPATION)
        self.kind.addItem(self.tr("Veranstaltungen je Art und Jahr"), EVENTS)
        self.kind.addItem(self.tr("Mitgliedsbeiträge je Jahr"), CONTRIBUTIONS)
        self.first_year = QComboBox()
        self.last_year = QComboBox()
        for combo in (self.kind, self.first_year, self.last_year):
            combo.currentIndexChanged.connect(self.reload)
        self.status = QLabel()
        self.status.setObjectName("pageSubtitle")

        self.model = YearTableModel([], self)
        self.view = make_table_view(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._update_chart)
        self.chart = BarChart()
        self.output = ListOutput(self, self.model, self.title)
        export = QPushButton(self.output.export_action.text())
        export.clicked.connect(self.output.export_action.trigger)
        print_button = QPushButton(self.output.print_action.text())
        print_button.clicked.connect(self.output.print_action.trigger)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Auswertung")))
        bar.addWidget(self.kind)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("von")))
        bar.addWidget(self.first_year)
        bar.addWidget(QLabel(self.tr("bis")))
        bar.addWidget(self.last_year)
        bar.addStretch()
        bar.addWidget(export)
        bar.addWidget(print_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    # --- data --------------------------------------------------------------------------

    def set_years(self, years: tuple[int, int] | None) -> None:
        """The years that have events; the period defaults to the last five of them."""
        self._years = years
        for combo in (self.first_year, self.last_year):
            combo.blockSignals(True)
            combo.clear()
        if years is not None:
            first, last = years
            for year in range(first, last + 1):
                self.first_year.addItem(str(year), year)
                self.last_year.addItem(str(year), year)
            self.first_year.setCurrentIndex(max(0, self.first_year.count() - 5))
            self.last_year.setCurrentIndex(self.last_year.count() - 1)
        for combo in (self.first_year, self.last_year):
            combo.blockSignals(False)

    def period(self) -> tuple[int, int] | None:
        first, last = self.first_year.currentData(), self.last_year.currentData()
        if first is None or last is None:
            return None
        return (first, last) if first <= last else (last, first)

    def title(self) -> str:
        period = self.period()
        span = f" {period[0]}–{period[1]}" if period and period[0] != period[1] else (f" {period[0]}" if period else "")
        if self.kind.currentData() == EVENTS:
            return self.tr("Veranstaltungen je Art") + span
        if self.kind.currentData() == CONTRIBUTIONS:
            return self.tr("Mitgliedsbeiträge") + span
        return self.tr("Teilnahme je Mitgliedskommune") + span

    @Slot()
    def reload(self) -> None:
        period = self.period()
        if period is None:
            self._show([], (dt.date.today().year, dt.date.today().year))
            self.status.setText(self.tr("Noch keine Veranstaltungen erfasst."))
            return
        if self.job is not None:  # one at a time; the newest wish wins
            self._pending = True
            return
        from model.reporting.statistics import events_by_kind_and_year, participation_by_municipality

        db, kind = self.db, self.kind.currentData()
        self.status.setText(self.tr("Wird gezählt…"))

        def work(progress, cancelled):  # Job's callback protocol
            if kind == CONTRIBUTIONS:
                from model.reporting.statistics import contribution_rows

                return kind, period, contribution_rows(db, *period)
            if kind == EVENTS:
                return kind, period, events_by_kind_and_year(db, *period)
            return kind, period, participation_by_municipality(db, *period)

        self.job = Job(self, "", work, self._loaded, self._failed, show_dialog=False)
        self.job.finished.connect(self._job_done)

    def wait(self, milliseconds: int = 30000) -> bool:
        return self.job.wait(milliseconds) if self.job is not None else True

    @Slot()
    def _job_done(self) -> None:
        self.job = None
        if self._pending:
            self._pending = False
            self.reload()

    def _loaded(self, result) -> None:  # (kind, period, rows)
        kind, period, rows = result
        self._show(rows, period, kind)

    def _failed(self, exc: BaseException) -> None:
        from model.core.errors import UserError, explain

        message = str(exc) if isinstance(exc, UserError) else explain(exc)
        if message is None:
            raise exc
        self.status.setText(message)

    def _show(self, rows: list, period: tuple[int, int], kind: str = PARTICIPATION) -> None:
        years = list(range(period[0], period[1] + 1))
        locale = QLocale()
        label = {EVENTS: self.tr("Art"), CONTRIBUTIONS: self.tr("Beiträge")}.get(
            kind, self.tr("Kommune / Organisation")
        )
        columns = [TableColumn(label, lambda r: r.label, tooltip=lambda r: r.label)]
        if kind == PARTICIPATION:
            columns.append(
                TableColumn(self.tr("Mitglied"), lambda r: self.tr("ja") if r.is_member else self.tr("nein"))
            )
        for year in years:
            columns.append(
                TableColumn(
                    str(year), partial(_count_in, year), display=partial(_count_text, locale, year), align_right=True
                )
            )
        columns.append(
            TableColumn(
                self.tr("Summe"), lambda r: r.total(), display=lambda r: locale.toString(r.total()), align_right=True
            )
        )
        self.model.set_columns(columns, rows)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_width(self.view, 0, 230 if kind == PARTICIPATION else 190)
        for column in range(1, len(columns)):
            set_width(self.view, column, 64)
        total = sum(r.total() for r in rows)
        if kind == CONTRIBUTIONS:
            text = self.tr("Beiträge nach Beitragsjahr in vollen Euro; berechnet ohne stornierte Rechnungen")
        elif kind == EVENTS:
            text = self.tr("%1 Veranstaltungen (ohne abgesagte)").replace("%1", locale.toString(total))
        else:
            members = sum(1 for r in rows if r.is_member)
            text = (
                self.tr("%1 Teilnahmen; %2 Mitgliedskommunen, dazu weitere Kommunen mit Teilnahmen")
                .replace("%1", locale.toString(total))
                .replace("%2", locale.toString(members))
            )
        self.status.setText(text)
        self._update_chart()

    @Slot()
    def _update_chart(self) -> None:
        columns = self.model.columns()
        rows = self.model.rows()
        if not columns:
            self.chart.set_data(self.title(), [], [])
            return
        sorted_by = self.model.sort_column()
        column = columns[sorted_by] if sorted_by >= 1 and columns[sorted_by].align_right else columns[-1]
        if sorted_by < 1 or not columns[sorted_by].align_right:
            rows = sorted(rows, key=lambda r: -r.total())  # the biggest first, whatever the table order
        shown = rows[:CHART_ROWS]
        title = self.title() if column is columns[-1] else f"{self.title()} – {column.header}"
        self.chart.set_data(
            title, [r.label for r in shown], [int(column.value(r)) for r in shown], max(0, len(rows) - len(shown))
        )
