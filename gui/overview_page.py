"""Übersicht: the key figures of the network and the next events, at a glance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.icons import icon
from gui.kit.columns import fit_columns
from gui.list_output import ListOutput
from gui.page import Page
from gui.table_model import RowTableModel, TableColumn
from model.core.db import Database
from model.reporting.overview import Overview, UpcomingEvent, overview

FULL_COLOR = QColor("#a12a2a")
ROW_HEIGHT = 32


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def event_day(event: UpcomingEvent) -> str:
    """ "Do. 05.03.2026"; several days "Mo. 04.–06.05.2026", "Do. 30.04.–01.05.2026",
    "Mi. 30.12.2026–02.01.2027": short enough that the title keeps the room (1280×800)."""
    locale = QLocale()
    start, end = event.starts_at.date(), event.ends_at.date()
    first, last = _qdate(start), _qdate(end)
    weekday = locale.toString(first, "ddd")
    if start == end:
        return f"{weekday} {locale.toString(first, 'dd.MM.yyyy')}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{weekday} {locale.toString(first, 'dd.')}–{locale.toString(last, 'dd.MM.yyyy')}"
    if start.year == end.year:
        return f"{weekday} {locale.toString(first, 'dd.MM.')}–{locale.toString(last, 'dd.MM.yyyy')}"
    return f"{weekday} {locale.toString(first, 'dd.MM.yyyy')}–{locale.toString(last, 'dd.MM.yyyy')}"


def event_time(event: UpcomingEvent) -> str:
    """ "10:00–13:30"; for several days the start: "ab 07:00"."""
    locale = QLocale()
    start, end = (
        locale.toString(QTime(t.hour, t.minute), "HH:mm") for t in (event.starts_at.time(), event.ends_at.time())
    )
    if event.starts_at.date() != event.ends_at.date():
        return QCoreApplication.translate("UpcomingEventsModel", "ab {start}").format(start=start)
    return f"{start}–{end}"


def event_seats(event: UpcomingEvent) -> str:
    taken = QLocale().toString(event.seats_taken)
    if event.capacity is None:
        return taken
    return f"{taken} / {QLocale().toString(event.capacity)}"


class UpcomingEventsModel(RowTableModel):
    """The next events with their registrations; rows are ``model.reporting.overview.UpcomingEvent``."""

    COL_DATE, COL_TIME, COL_KIND, COL_TITLE, COL_PLACE, COL_SEATS, COL_WAITING = range(7)

    def __init__(self, parent=None):
        translate = QCoreApplication.translate
        columns: dict[int, TableColumn] = {}
        columns[self.COL_DATE] = TableColumn(
            translate("UpcomingEventsModel", "Datum"), lambda e: e.starts_at, display=event_day
        )
        columns[self.COL_TIME] = TableColumn(
            translate("UpcomingEventsModel", "Zeit"), lambda e: e.starts_at.time(), display=event_time
        )
        columns[self.COL_KIND] = TableColumn(translate("UpcomingEventsModel", "Art"), lambda e: e.kind)
        columns[self.COL_TITLE] = TableColumn(
            translate("UpcomingEventsModel", "Titel"), lambda e: e.title, tooltip=lambda e: e.title
        )
        columns[self.COL_PLACE] = TableColumn(
            translate("UpcomingEventsModel", "Ort / Format"), lambda e: e.place, tooltip=lambda e: e.place
        )
        columns[self.COL_SEATS] = TableColumn(
            translate("UpcomingEventsModel", "Belegt"),
            lambda e: e.seats_taken,
            display=event_seats,
            align_right=True,
            tooltip=self._seats_tooltip,
        )
        columns[self.COL_WAITING] = TableColumn(
            translate("UpcomingEventsModel", "Warteliste"),
            lambda e: e.waiting,
            display=lambda e: QLocale().toString(e.waiting) if e.waiting else "",
            align_right=True,
        )
        super().__init__([columns[index] for index in range(len(columns))], parent)

    @staticmethod
    def _seats_tooltip(event: UpcomingEvent) -> str:
        translate = QCoreApplication.translate
        if event.capacity is None:
            return translate("UpcomingEventsModel", "{taken} Anmeldungen, keine Platzbegrenzung").format(
                taken=event.seats_taken
            )
        if event.is_full:
            return translate("UpcomingEventsModel", "Ausgebucht: {taken} von {capacity} Plätzen belegt").format(
                taken=event.seats_taken, capacity=event.capacity
            )
        return translate("UpcomingEventsModel", "{taken} von {capacity} Plätzen belegt").format(
            taken=event.seats_taken, capacity=event.capacity
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() in (self.COL_SEATS, self.COL_WAITING)
            and 0 <= index.row() < self.rowCount()
            and self.row_at(index.row()).is_full
        ):
            return FULL_COLOR
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in (self.COL_SEATS, self.COL_WAITING)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


class FigureTile(QFrame):
    """A caption, a large number and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.detail = QLabel("")
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_figure(self, value: int, detail: str = "", caption: str | None = None) -> None:
        self.value.setText(QLocale().toString(value))
        self.detail.setText(detail)
        if caption is not None:
            self.caption.setText(caption)


FIRST_IMPORT, FIRST_PERSON, FIRST_MEETING = "import", "person", "meeting"


class OverviewPage(Page):
    """The figures and the next events; on an empty database the first steps, with buttons."""

    first_step = Signal(str)  # FIRST_IMPORT / FIRST_PERSON / FIRST_MEETING: the main window does it
    TILE_COLUMNS = 3
    # A narrow page drops the less important columns first, so that the title keeps room.
    HIDE_BELOW_WIDTH = (
        (UpcomingEventsModel.COL_TIME, 860),
        (UpcomingEventsModel.COL_KIND, 860),
        (UpcomingEventsModel.COL_WAITING, 700),
        (UpcomingEventsModel.COL_PLACE, 540),
    )

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent=parent)
        self.set_title(self.tr("Übersicht"))
        self.data: Overview | None = None

        self.refresh_button = QPushButton(icon("refresh"), self.tr("Aktualisieren"))
        self.refresh_button.setToolTip(self.tr("Zahlen neu aus der Datenbank lesen (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header_actions.addWidget(self.refresh_button)

        self.members_tile = FigureTile(self.tr("Mitgliedskommunen"))
        self.organisations_tile = FigureTile(self.tr("Organisationen"))
        self.people_tile = FigureTile(self.tr("Aktive Personen"))
        self.events_tile = FigureTile(self.tr("Veranstaltungen"))
        self.participations_tile = FigureTile(self.tr("Teilnahmen"))
        self.waiting_tile = FigureTile(self.tr("Warteliste"))
        tiles = QGridLayout()
        tiles.setSpacing(16)
        for position, tile in enumerate(self.tiles()):
            tiles.addWidget(tile, position // self.TILE_COLUMNS, position % self.TILE_COLUMNS)
        for column in range(self.TILE_COLUMNS):
            tiles.setColumnStretch(column, 1)

        section = QLabel(self.tr("Nächste Veranstaltungen"))
        section.setObjectName("sectionTitle")

        self.events_model = UpcomingEventsModel(self)
        self.events_view = QTableView()
        self.events_view.setObjectName("upcomingEvents")
        self.events_view.setModel(self.events_model)
        self.events_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_view.setAlternatingRowColors(True)
        self.events_view.setShowGrid(False)
        self.events_view.setWordWrap(False)
        self.events_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The table is as tall as its (at most ten) rows; the page scrolls, not the table.
        self.events_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events_view.verticalHeader().hide()
        self.events_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.events_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.events_fitter = fit_columns(
            self.events_view, UpcomingEventsModel.COL_TITLE
        )  # the title takes the free width

        self.no_events = QLabel(self.tr("Keine anstehenden Veranstaltungen."))
        self.no_events.setObjectName("emptyHint")
        self.events_view.setToolTip(self.tr("Doppelklick öffnet die Veranstaltung"))
        self.events_view.doubleClicked.connect(self.open_event)
        self.dialog: QDialog | None = None
        self.first_steps = self._first_steps()

        # Chambers want recognition before the event: events of the next weeks without it.
        self.recognition_warning = QLabel()
        self.recognition_warning.setObjectName("warningHint")
        self.recognition_warning.setWordWrap(True)
        self.recognition_warning.setVisible(False)

        content = QWidget()
        content.setObjectName("pageContent")
        page_column = QVBoxLayout(content)
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.setSpacing(16)
        page_column.addWidget(self.first_steps)
        page_column.addWidget(self.recognition_warning)
        page_column.addLayout(tiles)
        page_column.addSpacing(4)
        # "Exportieren (Excel)" and "Drucken" of the list, as on every list page.
        self.events_output = ListOutput(self, self.events_model, lambda: self.tr("Nächste Veranstaltungen"))
        section_row = QHBoxLayout()
        section_row.addWidget(section)
        section_row.addStretch(1)
        for action in (self.events_output.export_action, self.events_output.print_action):
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            section_row.addWidget(button)
        page_column.addLayout(section_row)
        page_column.addWidget(self.events_view)
        page_column.addWidget(self.no_events)
        page_column.addStretch(1)
        self.scroll_area = QScrollArea()  # not `scroll`: that is QWidget.scroll()
        self.scroll_area.setObjectName("pageScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        self.body.addWidget(self.scroll_area, 1)

    def _first_steps(self) -> QFrame:
        """What to do first on an empty database, each step a button that does it."""
        box = QFrame()
        box.setObjectName("tile")
        title = QLabel(self.tr("Erste Schritte"))
        title.setObjectName("sectionTitle")
        text = QLabel(
            self.tr(
                "Die Datenbank ist noch leer. Am schnellsten geht es mit der Mitgliederliste aus Excel; "
                "einzelne Personen und das erste Netzwerktreffen lassen sich auch direkt anlegen."
            )
        )
        text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("1. Mitgliederliste importieren…"))
        self.person_button = QPushButton(self.tr("2. Erste Person anlegen…"))
        self.meeting_button = QPushButton(self.tr("3. Erstes Netzwerktreffen anlegen…"))
        self.import_button.clicked.connect(self._import_first)
        self.person_button.clicked.connect(self._person_first)
        self.meeting_button.clicked.connect(self._meeting_first)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.person_button, self.meeting_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        box.hide()
        return box

    @Slot()
    def _import_first(self) -> None:
        self.first_step.emit(FIRST_IMPORT)

    @Slot()
    def _person_first(self) -> None:
        self.first_step.emit(FIRST_PERSON)

    @Slot()
    def _meeting_first(self) -> None:
        self.first_step.emit(FIRST_MEETING)

    @Slot(QModelIndex)
    def open_event(self, index: QModelIndex) -> None:
        """Double-click on a coming event: its window, as in Veranstaltungen."""
        if not index.isValid():
            return
        from gui.events.event_dialog import EventDialog

        self.dialog = dialog = EventDialog(self.db, self.events_model.row_at(index.row()).id, parent=self)
        dialog.open()

    def tiles(self) -> list[FigureTile]:
        return [
            self.members_tile,
            self.organisations_tile,
            self.people_tile,
            self.events_tile,
            self.participations_tile,
            self.waiting_tile,
        ]

    @Slot()
    def refresh(self) -> None:
        super().refresh()

    def load(self) -> None:
        self.show_overview(overview(self.db))
        # After the first screen: the check needs SQLAlchemy, which the start loads later.
        QTimer.singleShot(1500, self.show_recognition_warnings)

    @Slot()
    def show_recognition_warnings(self) -> None:
        from model.training.recognition import WARNING_WEEKS, pending_recognitions

        pending = pending_recognitions(self.db)
        if pending:
            lines = [p.line() for p in pending[:5]] + ([f"… (+{len(pending) - 5})"] if len(pending) > 5 else [])
            self.recognition_warning.setText(
                self.tr("Anerkennung fehlt für Veranstaltungen der nächsten %1 Wochen:").replace(
                    "%1", str(WARNING_WEEKS)
                )
                + "\n"
                + "\n".join(lines)
            )
        self.recognition_warning.setVisible(bool(pending))

    def show_overview(self, data: Overview) -> None:
        self.data = data
        locale = QLocale()
        self.set_subtitle(
            self.tr("Stand: {date}").format(date=locale.toString(_qdate(data.today), QLocale.FormatType.LongFormat))
        )
        year = str(data.year)
        self.members_tile.set_figure(data.member_municipalities, self.tr("aktuell Mitglied im Netzwerk"))
        self.organisations_tile.set_figure(data.organisations, self.tr("Kommunen, Land, Institute, Träger"))
        self.people_tile.set_figure(data.active_people, self.tr("Ansprechpersonen im Adressbestand"))
        self.events_tile.set_figure(
            data.events_this_year,
            self.tr("{done} durchgeführt · {planned} geplant").format(
                done=locale.toString(data.events_done), planned=locale.toString(data.events_planned)
            ),
            caption=self.tr("Veranstaltungen {year}").format(year=year),
        )
        self.participations_tile.set_figure(
            data.participations,
            self.tr("bestätigte Teilnahmen"),
            caption=self.tr("Teilnahmen {year}").format(year=year),
        )
        self.waiting_tile.set_figure(data.waiting_list_open, self.tr("Einträge für kommende Termine"))
        self.first_steps.setVisible(data.organisations == 0 and data.active_people == 0 and not data.upcoming)
        self.events_model.set_rows(data.upcoming)
        self.events_view.setVisible(bool(data.upcoming))
        self.no_events.setVisible(not data.upcoming)
        self._fit_table()

    def _fit_table(self) -> None:
        """Height for all rows (no inner scrolling); fewer columns when the page is narrow."""
        view = self.events_view
        rows = self.events_model.rowCount()
        height = view.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 2 * view.frameWidth()
        view.setFixedHeight(height)
        width = self.scroll_area.viewport().width()
        hidden = {column for column, minimum in self.HIDE_BELOW_WIDTH if width < minimum}
        if not any(event.waiting for event in self.events_model.rows()):
            hidden.add(UpcomingEventsModel.COL_WAITING)  # nobody waits: the tile above says 0
        shown = [column for column in range(self.events_model.columnCount()) if column not in hidden]
        if UpcomingEventsModel.COL_KIND in shown and rows:
            # The kind gives way when the row would not show in full (most titles name it too:
            # "Netzwerktreffen …", "10. Sitzung AG …"), rather than every text being cut.
            if self.events_fitter.full_width(shown) > width - 2 * view.frameWidth():
                hidden.add(UpcomingEventsModel.COL_KIND)
        for column in range(self.events_model.columnCount()):
            if view.isColumnHidden(column) != (column in hidden):
                view.setColumnHidden(column, column in hidden)
        self.events_fitter.fit()  # a column shown again takes its width from the title

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_table()
