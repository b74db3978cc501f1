"""Veranstaltungen: the list with search and filters, the month overview, the participation
of the municipalities per year. Events open in ``EventDialog``."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.formatting import MONTHS
from model.core.vocab import CALLED_OFF, EVENT_KINDS, EVENT_STATUSES, NETWORK_MEETING, TOPICS
from model.events.events import EventFilter, EventRow, copy_event, delete_event, event_years, form_choices, list_events
from model.events.history import OrganisationYears, participation_overview

from .. import dialogs
from ..kit import changes
from ..kit.columns import column_widths
from ..kit.dates import GermanDateTimeEdit, from_qdatetime, to_qdatetime
from ..kit.dialog import Dialog
from ..list_output import ListOutput
from ..page import Page, mark_search
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .calendar import MonthView
from .common import action_button, fill_combo, guarded, hint_label, long_date

ALL = None


def event_columns(owner: QWidget) -> list[TableColumn]:
    """Datum (with time), Titel, Art, Ort, Status, Belegt, Warteliste (``owner``: any caller)."""
    translate = QCoreApplication.translate
    return [
        TableColumn(translate("EventColumns", "Datum"), lambda e: e.starts_at, display=_when, tooltip=_span),
        TableColumn(translate("EventColumns", "Titel"), lambda e: e.title, tooltip=lambda e: e.title),
        TableColumn(translate("EventColumns", "Art"), lambda e: e.kind),
        TableColumn(translate("EventColumns", "Ort"), lambda e: e.place, tooltip=lambda e: e.place),
        TableColumn(translate("EventColumns", "Status"), lambda e: e.status),
        TableColumn(
            translate("EventColumns", "Belegt"),
            lambda e: e.seats_taken,
            display=lambda e: e.seats_text,
            align_right=True,
            tooltip=lambda e: translate("EventColumns", "belegte Plätze / Plätze; teilgenommen: %1").replace(
                "%1", str(e.attended)
            ),
        ),
        TableColumn(
            translate("EventColumns", "Warteliste"),
            lambda e: e.waiting,
            display=lambda e: str(e.waiting) if e.waiting else "",
            align_right=True,
        ),
    ]


EVENT_COLUMN_WIDTHS = {0: 154, 2: 136, 3: 140, 4: 122, 5: 92, 6: 96}


def _when(e: EventRow) -> str:
    """ "Do 08.01.26 10:00" (the full span is in the tooltip)."""
    return f"{_weekday(e.starts_at)} {e.starts_at:%d.%m.%y %H:%M}"


def _span(e: EventRow) -> str:
    if e.starts_at.date() == e.ends_at.date():
        return f"{e.starts_at:%d.%m.%Y}, {e.starts_at:%H:%M}–{e.ends_at:%H:%M} Uhr"
    return f"{e.starts_at:%d.%m.%Y %H:%M} – {e.ends_at:%d.%m.%Y %H:%M} Uhr"


def _weekday(moment: dt.datetime) -> str:
    return ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")[moment.weekday()]


def _count_in(year: int, row: OrganisationYears) -> int:
    return row.per_year.get(year, 0)


class EventsPage(Page):
    shows = frozenset({changes.EVENTS, changes.REGISTRATIONS, changes.GROUPS, changes.ORGANISATIONS})

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(
            db,
            self.tr("Veranstaltungen"),
            self.tr(
                "Netzwerktreffen, Werkstätten, Sitzungen, Tagungen – mit Tagesordnung, Anmeldungen und Anwesenheit"
            ),
            parent,
        )
        self.dialog: QDialog | None = None  # the dialog currently open (kept alive; tests reach it here)
        new_button = QPushButton(self.tr("Neue Veranstaltung…"))
        new_button.clicked.connect(self.new_event)
        series_button = QPushButton(self.tr("Reihe anlegen…"))
        series_button.setToolTip(self.tr("Viele Termine auf einmal, z. B. jeden ersten Donnerstag im Monat"))
        series_button.clicked.connect(self.new_series)
        self.header_actions.addWidget(new_button)
        self.header_actions.addWidget(series_button)
        calendar_button = QPushButton(self.tr("Kalenderdatei…"))
        calendar_button.setToolTip(self.tr("Alle kommenden Veranstaltungen als Kalenderdatei (.ics) für Outlook"))
        calendar_button.clicked.connect(self.save_upcoming_calendar)
        self.header_actions.addWidget(calendar_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._list_tab(), self.tr("Liste"))
        self.tabs.addTab(self._calendar_tab(), self.tr("Monatsübersicht"))
        self.tabs.addTab(self._participation_tab(), self.tr("Beteiligung der Kommunen"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.tabs, 1)
        self._loaded_tabs: set[int] = set()

    @Slot()
    def save_upcoming_calendar(self) -> None:
        from .calendar_export import save_calendar

        save_calendar(self, self.db, None)

    # --- list tab ---------------------------------------------------------------------------

    def _list_tab(self) -> QWidget:
        tab = QWidget()
        self.search = mark_search(QLineEdit())
        self.search.setPlaceholderText(self.tr("Titel, Thema, Ort, Gastgeber oder Nr. …"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.reload_list)
        self.search.textChanged.connect(self._search_timer.start)
        self.year = QComboBox()
        self.kind = QComboBox()
        fill_combo(self.kind, [(k, k) for k in EVENT_KINDS], self.tr("Alle Arten"))
        self.status = QComboBox()
        fill_combo(self.status, [(s, s) for s in EVENT_STATUSES], self.tr("Alle Status"))
        self.topic = QComboBox()
        fill_combo(self.topic, [(t, t) for t in TOPICS], self.tr("Alle Handlungsfelder"))
        self.topic.setMinimumContentsLength(18)
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group = QComboBox()
        self.group.setMinimumContentsLength(18)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.host = QComboBox()
        self.host.setMinimumContentsLength(16)
        self.host.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (self.year, self.kind, self.status, self.topic, self.group, self.host):
            combo.currentIndexChanged.connect(self.reload_list)
        reset = QPushButton(self.tr("Filter zurücksetzen"))
        reset.clicked.connect(self.reset_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")

        self.model = RowTableModel(event_columns(self), self)
        self.view = make_table_view(self.model, stretch_column=1, multi_select=False)
        column_widths(self.view, EVENT_COLUMN_WIDTHS)
        self.view.doubleClicked.connect(self.open_selected)
        self.output = ListOutput(self, self.model, self._list_title)

        open_button = QPushButton(self.tr("Öffnen"))
        open_button.clicked.connect(self.open_selected)
        copy_button = QPushButton(self.tr("Kopieren…"))
        copy_button.setToolTip(self.tr("Eine neue Veranstaltung wie die markierte anlegen (mit Tagesordnung)"))
        copy_button.clicked.connect(self.copy_selected)
        delete_button = QPushButton(self.tr("Löschen"))
        delete_button.setToolTip(self.tr("Nur für versehentlich angelegte Veranstaltungen ohne Anmeldungen"))
        delete_button.clicked.connect(self.delete_selected)

        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.year)
        first.addWidget(self.kind)
        first.addWidget(self.status)
        second = QHBoxLayout()
        second.addWidget(self.topic, 1)
        second.addWidget(self.group, 1)
        second.addWidget(self.host, 1)
        second.addWidget(reset)
        bottom = QHBoxLayout()
        for button in (open_button, copy_button, delete_button):
            bottom.addWidget(button)
        bottom.addStretch()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(action_button(self.output.export_action))
        bottom.addWidget(action_button(self.output.print_action))
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        return tab

    def _fill_filter_choices(self) -> None:
        choices = form_choices(self.db)
        years = event_years(self.db)
        current = self.year.currentData() if self.year.count() else dt.date.today().year
        fill_combo(self.year, [(str(y), y) for y in years], self.tr("Alle Jahre"), keep=False)
        index = self.year.findData(current)
        self.year.blockSignals(True)
        self.year.setCurrentIndex(index if index >= 0 else 0)
        self.year.blockSignals(False)
        fill_combo(self.group, [(c.name, c.id) for c in choices.working_groups], self.tr("Alle Arbeitsgruppen"))
        fill_combo(self.host, [(c.name, c.id) for c in choices.hosts], self.tr("Alle Gastgeber"))

    def current_filter(self) -> EventFilter:
        return EventFilter(
            text=self.search.text(),
            year=self.year.currentData(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            topic=self.topic.currentData(),
            working_group_id=self.group.currentData(),
            host_organisation_id=self.host.currentData(),
        )

    @Slot()
    def reload_list(self) -> None:
        selected = [row.id for row in selected_rows(self.view)]
        rows = list_events(self.db, self.current_filter())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n Veranstaltungen", "", len(rows)))
        if selected and self.select_event(selected[0]):
            return
        # Otherwise show what comes next (the list runs from January).
        now = dt.datetime.now()
        upcoming = next((number for number, row in enumerate(rows) if row.ends_at >= now), None)
        if upcoming is not None:
            self.view.scrollTo(self.model.index(max(upcoming - 2, 0), 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def select_event(self, event_id: int) -> bool:
        for row_number, row in enumerate(self.model.rows()):
            if row.id == event_id:
                self.view.selectRow(row_number)
                self.view.scrollTo(self.model.index(row_number, 0))
                return True
        return False

    @Slot()
    def reset_filters(self) -> None:
        for combo in (self.kind, self.status, self.topic, self.group, self.host):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.year.setCurrentIndex(max(0, self.year.findData(dt.date.today().year)))
        self.reload_list()

    def _list_title(self) -> str:
        parts = [self.tr("Veranstaltungen")]
        for combo in (self.year, self.kind, self.status, self.topic, self.group, self.host):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        return " – ".join(parts)

    def _selected_event(self) -> EventRow | None:
        rows = selected_rows(self.view)
        if not rows:
            dialogs.inform(self, self.tr("Veranstaltungen"), self.tr("Bitte zuerst eine Veranstaltung auswählen."))
            return None
        return rows[0]

    # --- actions ------------------------------------------------------------------------------

    def open_event(self, event_id: int | None = None, day: dt.date | None = None):
        from .event_dialog import EventDialog

        template = None
        if event_id is None and day is not None:
            from model.events.events import new_event

            template = new_event(NETWORK_MEETING, day)
        ok, dialog = guarded(
            self, self.tr("Veranstaltung"), lambda: EventDialog(self.db, event_id, template=template, parent=self)
        )
        if not ok:
            return None
        self.dialog = dialog
        dialog.saved.connect(self._event_saved)
        # Check-offs change counts with every key press: the list follows when the window closes.
        dialog.finished.connect(lambda _result, d=dialog: self._event_saved(d.record.id) if d.record.id else None)
        dialog.open()
        return dialog

    @Slot()
    def new_event(self) -> None:
        self.open_event()

    @Slot()
    def open_selected(self) -> None:
        row = self._selected_event()
        if row is not None:
            self.open_event(row.id)

    @Slot(int)
    def _event_saved(self, event_id: int) -> None:
        self._fill_filter_choices()  # a first event in a new year brings the year into the choices
        self.reload_list()
        self.show_event(event_id)
        self._loaded_tabs.discard(1)
        self._loaded_tabs.discard(2)

    def show_event(self, event_id: int) -> bool:
        """Select the event and scroll to it; filters that hide it give way (e.g. the year
        2026 for a new event in 2027), so that a saved event never vanishes without a word."""
        if self.select_event(event_id):
            return True
        row = next(iter(list_events(self.db, EventFilter(ids=(event_id,)))), None)
        if row is None:  # deleted meanwhile
            return False
        wanted = {
            self.year: row.starts_at.year,
            self.kind: row.kind,
            self.status: row.status,
            self.topic: row.topic,
            self.group: row.working_group_id,
            self.host: row.host_organisation_id,
        }
        for combo, value in wanted.items():
            if combo.currentData() is not None and combo.currentData() != value:
                index = combo.findData(value) if combo is self.year else -1
                combo.blockSignals(True)
                combo.setCurrentIndex(max(index, 0))  # the event's year, else "Alle …"
                combo.blockSignals(False)
        self.reload_list()
        if self.select_event(event_id):
            return True
        self.search.blockSignals(True)  # the search text hides it too
        self.search.clear()
        self.search.blockSignals(False)
        self.reload_list()
        return self.select_event(event_id)

    @Slot()
    def new_series(self) -> None:
        from .series_dialog import SeriesDialog

        self.dialog = dialog = SeriesDialog(self.db, self)
        dialog.created.connect(self._series_created)
        dialog.open()

    @Slot(list)
    def _series_created(self, ids: list) -> None:
        self.refresh()
        if ids:
            self.show_event(ids[0])

    @Slot()
    def copy_selected(self) -> None:
        row = self._selected_event()
        if row is None:
            return
        self.dialog = dialog = CopyDialog(row, self)
        dialog.accepted.connect(self._copy_chosen)
        dialog.open()

    @Slot()
    def _copy_chosen(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, CopyDialog)  # the dialog this slot answers
        source, (starts_at, title, with_agenda) = dialog.source, dialog.values()
        ok, new_id = guarded(
            self, self.tr("Kopieren"), lambda: copy_event(self.db, source.id, starts_at, title, with_agenda)
        )
        if ok:
            self.refresh()
            self.open_event(new_id)

    @Slot()
    def delete_selected(self) -> None:
        row = self._selected_event()
        if row is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Löschen"),
            self.tr("»%1« löschen?").replace("%1", row.title),
            accept=self.tr("Löschen"),
            details=self.tr("Nur möglich ohne Anmeldungen; die Tagesordnung wird mitgelöscht."),
        ):
            return
        if guarded(self, self.tr("Löschen"), lambda: delete_event(self.db, row.id))[0]:
            self.refresh()

    # --- calendar tab -------------------------------------------------------------------------

    def _calendar_tab(self) -> QWidget:
        tab = QWidget()
        today = dt.date.today()
        self.cal_year, self.cal_month = today.year, today.month
        self.month_view = MonthView()
        self.month_view.event_clicked.connect(self._calendar_event_clicked)
        self.month_view.event_activated.connect(self.open_event)
        self.month_view.day_clicked.connect(self._calendar_day_clicked)
        self.month_view.day_activated.connect(self._calendar_new_on_day)
        previous = QPushButton("◀")
        previous.setToolTip(self.tr("Vormonat"))
        previous.setFixedWidth(40)
        previous.clicked.connect(lambda: self.move_month(-1))
        following = QPushButton("▶")
        following.setToolTip(self.tr("Nächster Monat"))
        following.setFixedWidth(40)
        following.clicked.connect(lambda: self.move_month(+1))
        today_button = QPushButton(self.tr("Heute"))
        today_button.clicked.connect(self.show_today)
        self.month_label = QLabel()
        self.month_label.setObjectName("sectionTitle")
        self.month_label.setMinimumWidth(180)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_label = QLabel()
        self.day_label.setObjectName("sectionTitle")
        self.day_model = RowTableModel(
            [
                TableColumn(self.tr("Zeit"), lambda e: e.starts_at.time(), display=lambda e: f"{e.starts_at:%H:%M}"),
                TableColumn(
                    self.tr("Veranstaltung"),
                    lambda e: e.title,
                    tooltip=lambda e: f"{e.title}\n{e.place}\n{self.tr('Belegt')}: {e.seats_text}",
                ),
            ],
            self,
        )
        self.day_view = make_table_view(self.day_model, stretch_column=1)
        column_widths(self.day_view, {0: 58})
        self.day_view.doubleClicked.connect(self._open_from_day_list)
        self.coming_label = QLabel(self.tr("Als Nächstes"))
        self.coming_label.setObjectName("sectionTitle")
        self.coming_model = RowTableModel(
            [
                TableColumn(
                    self.tr("Datum"),
                    lambda e: e.starts_at,
                    display=lambda e: f"{_weekday(e.starts_at)} {e.starts_at:%d.%m.}",
                ),
                TableColumn(
                    self.tr("Veranstaltung"),
                    lambda e: e.title,
                    tooltip=lambda e: f"{e.title}\n{_span(e)}\n{self.tr('Belegt')}: {e.seats_text}",
                ),
            ],
            self,
        )
        self.coming_view = make_table_view(self.coming_model, stretch_column=1)
        column_widths(self.coming_view, {0: 86})
        self.coming_view.doubleClicked.connect(self._open_from_coming_list)

        navigation = QHBoxLayout()
        navigation.addWidget(previous)
        navigation.addWidget(self.month_label)
        navigation.addWidget(following)
        navigation.addWidget(today_button)
        navigation.addStretch()
        self.month_view.setToolTip("")
        side = QWidget()
        side.setMinimumWidth(300)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.day_label)
        side_layout.addWidget(self.day_view, 2)
        side_layout.addWidget(self.coming_label)
        side_layout.addWidget(self.coming_view, 3)
        splitter = QSplitter()
        splitter.addWidget(self.month_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(navigation)
        layout.addWidget(splitter, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Doppelklick auf eine Veranstaltung öffnet sie; Doppelklick auf einen "
                    "freien Platz eines Tages legt dort eine neue an."
                )
            )
        )
        return tab

    def load_month(self) -> None:
        self.month_view.today = dt.date.today()
        first, last = _month_grid(self.cal_year, self.cal_month)
        rows = list_events(self.db, EventFilter(first_day=first, last_day=last))
        self.month_view.set_month(self.cal_year, self.cal_month, rows)
        self.month_label.setText(f"{MONTHS[self.cal_month - 1]} {self.cal_year}")
        self._calendar_day_clicked(self.month_view.selected_day or first)
        coming = list_events(
            self.db, EventFilter(first_day=dt.date.today(), last_day=dt.date.today() + dt.timedelta(days=120))
        )
        self.coming_model.set_rows([e for e in coming if e.status != CALLED_OFF][:30])

    def move_month(self, offset: int) -> None:
        month = self.cal_month - 1 + offset
        self.cal_year, self.cal_month = self.cal_year + month // 12, month % 12 + 1
        self.month_view.selected_day = dt.date(self.cal_year, self.cal_month, 1)
        self.load_month()

    @Slot()
    def show_today(self) -> None:
        today = dt.date.today()
        self.cal_year, self.cal_month = today.year, today.month
        self.month_view.selected_day = today
        self.load_month()

    @Slot(object)
    def _calendar_day_clicked(self, day: dt.date) -> None:
        self.day_label.setText(long_date(day))
        self.day_model.set_rows(self.month_view.events_on(day))

    @Slot(int)
    def _calendar_event_clicked(self, event_id: int) -> None:
        for number, row in enumerate(self.day_model.rows()):
            if row.id == event_id:
                self.day_view.selectRow(number)

    @Slot(object)
    def _calendar_new_on_day(self, day: dt.date) -> None:
        self.open_event(None, day)

    @Slot()
    def _open_from_day_list(self) -> None:
        rows = selected_rows(self.day_view)
        if rows:
            self.open_event(rows[0].id)

    @Slot()
    def _open_from_coming_list(self) -> None:
        rows = selected_rows(self.coming_view)
        if rows:
            self.open_event(rows[0].id)

    # --- participation tab --------------------------------------------------------------------

    def _participation_tab(self) -> QWidget:
        tab = QWidget()
        this_year = dt.date.today().year
        self.from_year = QSpinBox()
        self.to_year = QSpinBox()
        for box, value in ((self.from_year, this_year - 4), (self.to_year, this_year)):
            box.setRange(1990, 2100)
            box.setValue(value)
            box.valueChanged.connect(self.load_participation)
        self.participation_model = ColumnsTableModel([], self)
        self.participation_view = make_table_view(self.participation_model, stretch_column=0)
        self.participation_view.doubleClicked.connect(self._open_participation)
        self.participation_output = ListOutput(
            self,
            self.participation_model,
            lambda: (
                self.tr("Teilnahmen der Kommunen %1–%2")
                .replace("%1", str(self.from_year.value()))
                .replace("%2", str(self.to_year.value()))
            ),
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Jahre")))
        bar.addWidget(self.from_year)
        bar.addWidget(QLabel(self.tr("bis")))
        bar.addWidget(self.to_year)
        bar.addStretch()
        bar.addWidget(action_button(self.participation_output.export_action))
        bar.addWidget(action_button(self.participation_output.print_action))
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.participation_view, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Teilnahmen (Status teilgenommen) von Personen der Kommunen und Kreise je Jahr. "
                    "Doppelklick zeigt die Einzelheiten einer Kommune."
                )
            )
        )
        return tab

    @Slot()
    def load_participation(self) -> None:
        first, last = sorted((self.from_year.value(), self.to_year.value()))
        rows = participation_overview(self.db, first, last)
        years = list(range(first, last + 1))
        columns = [TableColumn(self.tr("Kommune / Kreis"), lambda o: o.name)]
        columns += [TableColumn(str(y), partial(_count_in, y), align_right=True) for y in years]
        columns.append(TableColumn(self.tr("Summe"), lambda o: o.total(), align_right=True))
        self.participation_model.set_columns(columns, rows)
        header = self.participation_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            self.participation_view.setColumnWidth(column, 70 if column < len(columns) - 1 else 86)

    @Slot()
    def _open_participation(self) -> None:
        rows = selected_rows(self.participation_view)
        if rows:
            from .history import OrganisationParticipationDialog

            self.dialog = dialog = OrganisationParticipationDialog(self.db, rows[0].organisation_id, rows[0].name, self)
            dialog.open()

    # --- page ---------------------------------------------------------------------------------

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index in self._loaded_tabs:
            return
        self._loaded_tabs.add(index)
        if index == 1:
            self.load_month()
        elif index == 2:
            self.load_participation()

    def load(self) -> None:
        self._fill_filter_choices()
        self.reload_list()
        self._loaded_tabs = {0}
        self._tab_changed(self.tabs.currentIndex())


class ColumnsTableModel(RowTableModel):
    """A row table whose columns change with the data (one column per year or session)."""

    centered: frozenset[int] | set[int] = frozenset()  # until set_columns gives each table its own

    def set_columns(self, columns: list[TableColumn], rows: list, centered: set[int] | None = None) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._sort_column = -1
        self._rows = list(rows)
        self.centered = set(centered or ())
        self.endResetModel()

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.centered
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().headerData(section, orientation, role)


def _month_grid(year: int, month: int) -> tuple[dt.date, dt.date]:
    from .calendar import month_grid_start

    first = month_grid_start(year, month)
    return first, first + dt.timedelta(days=41)


class CopyDialog(Dialog):
    """New date (and title) for a copy of an event."""

    def __init__(self, source: EventRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Veranstaltung kopieren"))
        self.starts = GermanDateTimeEdit()
        self.starts.setDisplayFormat("ddd dd.MM.yyyy HH:mm")
        proposal = source.starts_at
        while proposal < dt.datetime.now():
            proposal += dt.timedelta(days=28)
        self.starts.setDateTime(to_qdatetime(proposal))
        self.title_edit = QLineEdit(source.title)
        self.title_edit.setMinimumWidth(420)
        self.with_agenda = QCheckBox(self.tr("Tagesordnung übernehmen"))
        self.with_agenda.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Vorlage"), QLabel(f"{source.starts_at:%d.%m.%Y} – {source.title}"))
        form.addRow(self.tr("Neuer Beginn"), self.starts)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow("", self.with_agenda)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kopie anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(self.tr("Die Kopie ist »geplant«, ohne Anmeldungen; Ende und Anmeldeschluss rücken mit."))
        )
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.datetime, str, bool]:
        return from_qdatetime(self.starts.dateTime()), self.title_edit.text(), self.with_agenda.isChecked()
