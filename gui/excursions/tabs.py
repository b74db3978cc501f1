"""The tabs of a trip: Reise, Programm, Teilnehmende, Kosten, Zimmerliste.

Each tab shows data the page loaded for the selected trip (``show_trip``) and saves through
``model`` services, each change in its own transaction. After a change a tab emits
``changed``; the page then reloads the list and every tab, so all show the same state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError, ValidationError
from model.core.formatting import money, short_date
from model.core.vocab import EVENT_STATUSES, PARTICIPANT, REGISTRATION_ROLES, TRAVEL_MODES, WAITING
from model.events.registrations import ConfirmationNeeded
from model.excursions import excursions as ex
from model.excursions import itinerary, rooming, trip_privacy
from model.services.conflicts import trip_conflict

from .. import dialogs
from ..kit.dates import from_qdatetime, to_qdatetime
from ..kit.editor import RecordEditor, save_versioned
from ..kit.errors import show_error
from ..list_output import ListOutput
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .dialogs import (
    AmountDialog,
    DayDialog,
    ItemDialog,
    ParticipantDialog,
    PaymentDialog,
    PaymentsDialog,
)
from .widgets import CountEdit, MoneyEdit, OptionalDate, OptionalDateTime, datetime_edit, list_button

ERROR_STYLE = "color: #a12a2a;"


class TripTab(QWidget):
    """Base of the tabs: the database, the trip shown, the dialog open (tests reach it here)."""

    changed = Signal()
    message = Signal(str)  # a line of feedback for the page

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.details: ex.TripDetails | None = None
        self.people: list[ex.ParticipantRow] = []
        self.dialog: QDialog | None = None

    @property
    def event_id(self) -> int | None:
        return self.details.event_id if self.details else None

    @property
    def trip(self) -> ex.TripDetails:
        """The trip shown; a tab without one is disabled, so its actions never get here."""
        if self.details is None:
            raise RuntimeError("no trip shown")
        return self.details

    @property
    def trip_id(self) -> int:
        return self.trip.event_id

    def show_trip(self, details: ex.TripDetails | None, people: list[ex.ParticipantRow]) -> None:
        self.details, self.people = details, people
        self.setEnabled(details is not None)
        self.fill()

    def fill(self) -> None:  # pragma: no cover - every tab implements it
        raise NotImplementedError

    def _selected_person(self, view, title: str):
        rows = selected_rows(view)
        if not rows:
            dialogs.inform(self, title, self.tr("Bitte zuerst eine Person in der Liste auswählen."))
            return None
        return rows[0]


def _bar(*widgets, stretch_at: int | None = None) -> QHBoxLayout:
    bar = QHBoxLayout()
    for index, widget in enumerate(widgets):
        if stretch_at == index:
            bar.addStretch()
        bar.addWidget(widget)
    if stretch_at is None or stretch_at >= len(widgets):
        bar.addStretch()
    return bar


# --- Reise -----------------------------------------------------------------------------


class TravelTab(RecordEditor, TripTab):
    """The trip's details: what, when, where to, how, where to sleep, how many, what it costs.

    The one tab saved by its own button: a record editor (``gui.kit.editor``), so the page asks
    before another trip or area replaces unsaved details.
    """

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.title_edit = QLineEdit()
        self.status = QComboBox()
        for status in EVENT_STATUSES:
            self.status.addItem(status, status)
        self.starts = datetime_edit()
        self.ends = datetime_edit()
        self.city = QLineEdit()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(
            [
                "Deutschland",
                "Niederlande",
                "Belgien",
                "Frankreich",
                "Österreich",
                "Schweiz",
                "Dänemark",
                "Polen",
                "Vereinigtes Königreich",
            ]
        )
        self.mode = QComboBox()
        self.mode.addItem(self.tr("–"), None)
        for mode in TRAVEL_MODES:
            self.mode.addItem(mode, mode)
        self.departure_point = QLineEdit()
        self.departure_point.setPlaceholderText(self.tr("z. B. Dortmund Hbf, Treffpunkt Reisezentrum"))
        self.departure_at = OptionalDateTime(self.tr("Abfahrt"))
        self.return_at = OptionalDateTime(self.tr("Rückkehr"))
        self.accommodation = QLineEdit()
        self.accommodation_address = QLineEdit()
        self.minimum = CountEdit(self.tr("–"))
        self.capacity = CountEdit(self.tr("unbegrenzt"))
        self.deadline = OptionalDate(self.tr("Anmeldeschluss"))
        self.contribution = MoneyEdit()
        self.supplement = MoneyEdit()
        self.other_costs = MoneyEdit(maximum=999999.99)
        self.retention = QSpinBox()
        self.retention.setRange(0, 3650)
        self.retention.setSuffix(self.tr(" Tage nach Reiseende"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.revert_button.clicked.connect(self.fill)

        what = self._group(
            self.tr("Reise"),
            [
                (self.tr("Titel"), self.title_edit),
                (self.tr("Status"), self.status),
                (self.tr("Beginn"), self.starts),
                (self.tr("Ende"), self.ends),
                (self.tr("Ziel (Stadt)"), self.city),
                (self.tr("Land"), self.country),
            ],
        )
        travel = self._group(
            self.tr("An- und Abreise"),
            [
                (self.tr("Reiseart"), self.mode),
                (self.tr("Treffpunkt"), self.departure_point),
                (None, self.departure_at),
                (None, self.return_at),
            ],
        )
        stay = self._group(
            self.tr("Unterkunft"),
            [
                (self.tr("Name"), self.accommodation),
                (self.tr("Adresse"), self.accommodation_address),
            ],
        )
        seats = self._group(
            self.tr("Teilnahme"),
            [
                (self.tr("Mindestens"), self.minimum),
                (self.tr("Höchstens"), self.capacity),
                (None, self.deadline),
            ],
        )
        costs = self._group(
            self.tr("Kosten"),
            [
                (self.tr("Beitrag pro Person"), self.contribution),
                (self.tr("Einzelzimmerzuschlag"), self.supplement),
                (self.tr("Sonstige Kosten"), self.other_costs),
            ],
        )
        costs_note = QLabel(
            self.tr(
                "Sonstige Kosten (Führungen, Bus, Dolmetscher) trägt die Geschäftsstelle; "
                "sie werden nicht auf die Teilnehmenden umgelegt."
            )
        )
        costs_note.setWordWrap(True)
        costs_note.setObjectName("emptyHint")
        grid = costs.layout()
        assert isinstance(grid, QGridLayout)  # made by _group
        grid.addWidget(costs_note, grid.rowCount(), 0, 1, 2)
        privacy = self._group(self.tr("Datenschutz"), [(self.tr("Sensible Angaben löschen"), self.retention)])

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(what, 0, 0)
        grid.addWidget(travel, 0, 1)
        grid.addWidget(stay, 1, 0)
        grid.addWidget(seats, 1, 1)
        grid.addWidget(costs, 2, 0)
        grid.addWidget(privacy, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(grid)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(_bar(self.revert_button, self.save_button, stretch_at=0))
        self.fields = {
            "title": self.title_edit,
            "status": self.status,
            "starts_at": self.starts,
            "ends_at": self.ends,
            "destination_city": self.city,
            "destination_country": self.country,
            "travel_mode": self.mode,
            "departure_point": self.departure_point,
            "departure_at": self.departure_at,
            "return_at": self.return_at,
            "accommodation_name": self.accommodation,
            "accommodation_address": self.accommodation_address,
            "min_participants": self.minimum,
            "capacity": self.capacity,
            "registration_deadline": self.deadline,
            "contribution": self.contribution,
            "single_room_supplement": self.supplement,
            "other_costs": self.other_costs,
            "retention_days": self.retention,
        }

    @staticmethod
    def _group(title: str, rows: list) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for row, (label, widget) in enumerate(rows):
            if label is None:
                grid.addWidget(widget, row, 0, 1, 2)
            else:
                grid.addWidget(QLabel(label), row, 0)
                grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rows), 1)  # rows stay together at the top when the neighbour box is taller
        return box

    @Slot()
    def fill(self) -> None:
        self.error.hide()
        d = self.details
        if d is None:
            self._clean_state = None  # no trip shown: nothing to lose (the last trip's state is gone)
            return
        self.title_edit.setText(d.title)
        self.title_edit.setCursorPosition(0)
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.starts.setDateTime(to_qdatetime(d.starts_at))
        self.ends.setDateTime(to_qdatetime(d.ends_at))
        self.city.setText(d.destination_city or "")
        self.country.setCurrentText(d.destination_country or "Deutschland")
        self.mode.setCurrentIndex(max(0, self.mode.findData(d.travel_mode)))
        self.departure_point.setText(d.departure_point or "")
        self.departure_at.set_value(d.departure_at, d.starts_at)
        self.return_at.set_value(d.return_at, d.ends_at)
        self.accommodation.setText(d.accommodation_name or "")
        self.accommodation_address.setText(d.accommodation_address or "")
        self.minimum.set_count(d.min_participants)
        self.capacity.set_count(d.capacity)
        self.deadline.set_value(d.registration_deadline, d.starts_at.date() - dt.timedelta(days=28))
        self.contribution.set_amount(d.contribution)
        self.supplement.set_amount(d.single_room_supplement)
        self.other_costs.set_amount(d.other_costs)
        self.retention.setValue(d.retention_days if d.retention_days is not None else 30)
        self.mark_clean()

    def editor_state(self) -> object:
        return self.form_details() if self.details is not None else None

    def unsaved_text(self) -> str:
        return self.tr("Die Reisedaten von »%1« sind noch nicht gespeichert.").replace(
            "%1", self.details.title if self.details else ""
        )

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self.fill()

    def _reload(self) -> None:
        """The stored version instead of the user's: the page loads the trip anew into every tab."""
        self._clean_state = None  # the edits are given up: nothing to keep on the refresh
        self.changed.emit()

    def form_details(self) -> ex.TripDetails:
        return replace(
            self.trip,
            title=self.title_edit.text(),
            status=self.status.currentData(),
            starts_at=from_qdatetime(self.starts.dateTime()),
            ends_at=from_qdatetime(self.ends.dateTime()),
            destination_city=self.city.text(),
            destination_country=self.country.currentText(),
            travel_mode=self.mode.currentData(),
            departure_point=self.departure_point.text(),
            departure_at=self.departure_at.value(),
            return_at=self.return_at.value(),
            accommodation_name=self.accommodation.text(),
            accommodation_address=self.accommodation_address.text(),
            min_participants=self.minimum.count(),
            capacity=self.capacity.count(),
            registration_deadline=self.deadline.value(),
            contribution=self.contribution.amount(),
            single_room_supplement=self.supplement.amount(),
            other_costs=self.other_costs.amount(),
            retention_days=self.retention.value(),
        )

    @Slot()
    def save(self) -> bool:
        if self.details is None or not self.dates_accepted():
            return False
        return self._write(self.form_details())

    def _write(self, details: ex.TripDetails) -> bool:
        title = self.tr("Reise speichern")
        try:
            result = save_versioned(
                self,
                title,
                self.tr("Jemand anderes hat diese Reise gespeichert, während sie hier offen war."),
                lambda version: ex.save_trip(
                    self.db, details if version is None else replace(details, event_version=version)
                ),
                lambda: trip_conflict(self.db, details),
                self._reload,
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return False
        except UserError as exc:  # e.g. deleted meanwhile
            show_error(self, exc, title=title)
            return False
        if result is None:
            return False
        self.error.hide()
        self.mark_clean()
        text = self.tr("Reisedaten gespeichert.")
        if result.promoted:
            text += " " + self.tr("Von der Warteliste nachgerückt: %1.").replace("%1", ", ".join(result.promoted))
        self.message.emit(text)
        self.changed.emit()
        return True


# --- Programm ---------------------------------------------------------------------------


class ProgrammeTab(TripTab):
    """Days on the left, the selected day's items on the right; every change is saved at once."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.days: list[itinerary.DayData] = []
        self.day_list = QListWidget()
        self.day_list.setMinimumWidth(260)
        self.day_list.setWordWrap(True)  # a long day title takes a second line, not a scroll bar
        self.day_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.currentRowChanged.connect(self._show_items)
        self.day_list.itemDoubleClicked.connect(self.edit_day)
        add_day = QPushButton(self.tr("Tag hinzufügen…"))
        add_day.clicked.connect(self.add_day)
        edit_day = QPushButton(self.tr("Bearbeiten…"))
        edit_day.clicked.connect(self.edit_day)
        remove_day = QPushButton(self.tr("Entfernen…"))
        remove_day.clicked.connect(self.remove_day)
        self.items_model = RowTableModel(
            [
                TableColumn(
                    self.tr("Zeit"),
                    lambda i: i.start_time,
                    display=lambda i: i.start_time.strftime("%H:%M") if i.start_time else "",
                ),
                TableColumn(self.tr("Ort"), lambda i: i.place),
                TableColumn(self.tr("Programm"), lambda i: i.description, tooltip=lambda i: i.description),
                TableColumn(self.tr("Gastgeber / Kontakt"), lambda i: i.host_contact),
            ],
            self,
        )
        self.items_view = make_table_view(self.items_model, stretch_column=2)  # fitted: the programme takes the room
        self.items_view.setSortingEnabled(False)  # the order is the programme's order
        self.items_view.doubleClicked.connect(self.edit_item)
        add_item = QPushButton(self.tr("Punkt hinzufügen…"))
        add_item.clicked.connect(self.add_item)
        edit_item = QPushButton(self.tr("Bearbeiten…"))
        edit_item.clicked.connect(self.edit_item)
        remove_item = QPushButton(self.tr("Entfernen"))
        remove_item.clicked.connect(self.remove_item)
        up = QPushButton(self.tr("Nach oben"))
        up.clicked.connect(lambda: self.move_item(-1))
        down = QPushButton(self.tr("Nach unten"))
        down.clicked.connect(lambda: self.move_item(1))

        # The days' column is no wider than the list needs (Tag hinzufügen… beside its heading,
        # not in a row of three buttons below it; long day titles wrap): the table of the day's
        # items gets the room, so its places show in full at 1280×800.
        left = QVBoxLayout()
        days_heading = QHBoxLayout()
        days_heading.addWidget(QLabel(self.tr("Tage")))
        days_heading.addStretch(1)
        days_heading.addWidget(add_day)
        left.addLayout(days_heading)
        left.addWidget(self.day_list, 1)
        left.addLayout(_bar(edit_day, remove_day))
        right = QVBoxLayout()
        self.day_heading = QLabel()
        self.day_heading.setObjectName("sectionTitle")
        right.addWidget(self.day_heading)
        right.addWidget(self.items_view, 1)
        right.addLayout(_bar(add_item, edit_item, remove_item, up, down))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def fill(self) -> None:
        row = max(self.day_list.currentRow(), 0)
        self.days = itinerary.load_days(self.db, self.details.event_id) if self.details else []
        self.day_list.blockSignals(True)
        self.day_list.clear()
        for day in self.days:
            self.day_list.addItem(self._day_label(day))
        self.day_list.blockSignals(False)
        if self.days:
            self.day_list.setCurrentRow(min(row, len(self.days) - 1))
        self._show_items(self.day_list.currentRow())

    def _day_label(self, day: itinerary.DayData) -> str:
        from model.core.formatting import WEEKDAYS

        number = (day.day_date - self.trip.starts_at.date()).days + 1
        text = (
            self.tr("Tag %1 – %2, %3")
            .replace("%1", str(number))
            .replace("%2", WEEKDAYS[day.day_date.weekday()][:2])
            .replace("%3", short_date(day.day_date))
        )
        return f"{text}: {day.title}" if day.title else text

    @Slot(int)
    def _show_items(self, row: int) -> None:
        day = self.days[row] if 0 <= row < len(self.days) else None
        self.day_heading.setText(self._day_label(day) if day else self.tr("Noch keine Tage im Programm"))
        self.items_model.set_rows(list(day.items) if day else [])

    def _current_day(self) -> itinerary.DayData | None:
        row = self.day_list.currentRow()
        return self.days[row] if 0 <= row < len(self.days) else None

    def _save(self, days: list[itinerary.DayData], select: dt.date | None = None) -> bool:
        try:
            itinerary.save_days(self.db, self.trip_id, days)
        except UserError as exc:
            show_error(self, exc, title=self.tr("Programm"))
            self.fill()
            return False
        self.fill()
        if select is not None:
            for index, day in enumerate(self.days):
                if day.day_date == select:
                    self.day_list.setCurrentRow(index)
        self.message.emit(self.tr("Programm gespeichert."))
        return True

    def _range(self) -> tuple[dt.date, dt.date]:
        first = self.trip.starts_at.date()
        return first, max(self.trip.ends_at.date(), first)

    @Slot()
    def add_day(self) -> None:
        first, last = self._range()
        taken = {d.day_date for d in self.days}
        free = next(
            (
                first + dt.timedelta(days=n)
                for n in range((last - first).days + 1)
                if first + dt.timedelta(days=n) not in taken
            ),
            None,
        )
        if free is None:
            dialogs.inform(self, self.tr("Programm"), self.tr("Jeder Reisetag steht schon im Programm."))
            return
        self.dialog = dialog = DayDialog(self.tr("Tag hinzufügen"), itinerary.DayData(free), first, last, self)
        dialog.accepted.connect(self._day_added)
        dialog.open()

    @Slot()
    def _day_added(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, DayDialog)  # the dialog this slot answers
        day, title = dialog.values()
        self._save([*self.days, itinerary.DayData(day, title)], select=day)

    @Slot()
    def edit_day(self) -> None:
        day = self._current_day()
        if day is None:
            return
        first, last = self._range()
        self.dialog = dialog = DayDialog(self.tr("Tag bearbeiten"), day, first, last, self)
        dialog.accepted.connect(self._day_edited)
        dialog.open()

    @Slot()
    def _day_edited(self) -> None:
        row = self.day_list.currentRow()
        dialog = self.dialog
        assert isinstance(dialog, DayDialog)  # the dialog this slot answers
        day, title = dialog.values()
        days = list(self.days)
        days[row] = itinerary.DayData(day, title, days[row].items)
        self._save(days, select=day)

    @Slot()
    def remove_day(self) -> None:
        day = self._current_day()
        if day is None:
            return
        if day.items and not dialogs.ask(
            self,
            self.tr("Tag entfernen"),
            self.tr("Den %1 mit %2 Programmpunkten entfernen?")
            .replace("%1", short_date(day.day_date))
            .replace("%2", str(len(day.items))),
            accept=self.tr("Entfernen"),
        ):
            return
        self._save([d for d in self.days if d is not day])

    @Slot()
    def add_item(self) -> None:
        if self._current_day() is None:
            dialogs.inform(self, self.tr("Programm"), self.tr("Bitte zuerst einen Tag hinzufügen."))
            return
        self.dialog = dialog = ItemDialog(
            self.tr("Programmpunkt hinzufügen"), itinerary.ItemData(None, None, None, ""), self
        )
        dialog.accepted.connect(self._item_added)
        dialog.open()

    @Slot()
    def _item_added(self) -> None:
        day = self._current_day()
        if day is None:
            return
        dialog = self.dialog
        assert isinstance(dialog, ItemDialog)  # the dialog this slot answers
        item = dialog.item()
        items = sorted([*day.items, item], key=lambda i: (i.start_time is None, i.start_time or dt.time()))
        self._replace_items(day, items)

    @Slot()
    def edit_item(self) -> None:
        day = self._current_day()
        if day is None:
            return
        rows = self.items_view.selectionModel().selectedRows()
        if not rows:
            return
        self._item_row = rows[0].row()
        self.dialog = dialog = ItemDialog(self.tr("Programmpunkt bearbeiten"), day.items[self._item_row], self)
        dialog.accepted.connect(self._item_edited)
        dialog.open()

    @Slot()
    def _item_edited(self) -> None:
        day = self._current_day()
        if day is None:
            return
        items = list(day.items)
        dialog = self.dialog
        assert isinstance(dialog, ItemDialog)  # the dialog this slot answers
        items[self._item_row] = dialog.item()
        self._replace_items(day, items)

    @Slot()
    def remove_item(self) -> None:
        day = self._current_day()
        if day is None:
            return
        rows = self.items_view.selectionModel().selectedRows()
        if rows:
            items = list(day.items)
            del items[rows[0].row()]
            self._replace_items(day, items)

    def move_item(self, step: int) -> None:
        day = self._current_day()
        if day is None:
            return
        rows = self.items_view.selectionModel().selectedRows()
        if not rows:
            return
        index = rows[0].row()
        target = index + step
        if not 0 <= target < len(day.items):
            return
        items = list(day.items)
        items[index], items[target] = items[target], items[index]
        if self._replace_items(day, items):
            self.items_view.selectRow(target)

    def _replace_items(self, day: itinerary.DayData, items: list[itinerary.ItemData]) -> bool:
        days = [itinerary.DayData(d.day_date, d.title, items if d is day else d.items) for d in self.days]
        return self._save(days, select=day.day_date)


# --- Teilnehmende -----------------------------------------------------------------------


def _status_text(person: ex.ParticipantRow) -> str:
    if person.waiting_position:
        return f"Warteliste ({person.waiting_position})"
    return person.status


class ParticipantsTab(TripTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.sort_name),
                TableColumn(self.tr("Organisation"), lambda p: p.organisation, tooltip=lambda p: p.organisation or ""),
                TableColumn(
                    self.tr("Status"),
                    lambda p: _status_text(p),
                    sort_key=lambda p: ex.list_order(p.status, p.waiting_position, "", ""),
                ),
                TableColumn(self.tr("Rolle"), lambda p: p.role),
                TableColumn(self.tr("Zimmer"), lambda p: p.room_wish),
                TableColumn(self.tr("Zimmerpartner/in"), lambda p: p.room_partner_name),
                TableColumn(self.tr("Telefon (Reise)"), lambda p: p.trip_phone),
                TableColumn(self.tr("Ernährung"), lambda p: p.dietary_needs, tooltip=lambda p: p.dietary_needs or ""),
                TableColumn(
                    self.tr("Notfallkontakt"),
                    lambda p: p.emergency_contact,
                    tooltip=lambda p: p.emergency_contact or "",
                ),
            ],
            self,
        )
        self.view = make_table_view(self.model)
        self.view.doubleClicked.connect(self.edit_details)
        self.output = ListOutput(self, self.model, self._list_title)
        register = QPushButton(self.tr("Anmelden…"))
        register.clicked.connect(self.start_registration)
        edit = QPushButton(self.tr("Reiseangaben…"))
        edit.clicked.connect(self.edit_details)
        cancel = QPushButton(self.tr("Abmelden…"))
        cancel.clicked.connect(self.cancel_selected)
        self.letters_button = QPushButton(self.tr("Infobriefe (PDF)…"))  # the page builds them in the background
        self.letters_button.setToolTip(
            self.tr("Ein persönlicher Brief an alle mit Platz: Reise, Zimmer, offener Betrag, Programm")
        )
        self.seats = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(ERROR_STYLE)
        self.retention = QLabel()
        self.retention.setWordWrap(True)
        self.retention.setObjectName("emptyHint")
        self.purge_button = QPushButton(self.tr("Sensible Angaben jetzt löschen…"))
        self.purge_button.clicked.connect(self.purge_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(
            _bar(
                self.seats,
                register,
                edit,
                cancel,
                self.letters_button,
                list_button(self.output, self.tr("Liste")),
                stretch_at=1,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        privacy = QHBoxLayout()
        privacy.addWidget(self.retention, 1)
        privacy.addWidget(self.purge_button)
        layout.addLayout(privacy)

    def _list_title(self) -> str:
        return self.tr("Teilnehmende: %1").replace("%1", self.details.title if self.details else "")

    def fill(self) -> None:
        self.model.set_rows(self.people)
        d = self.details
        if d is None:
            return
        seats = ex.seat_counts(d, self.people)
        text = self.tr("%1 angemeldet").replace("%1", str(seats.taken))
        if seats.capacity is not None:
            text += self.tr(" von %1, %2 frei").replace("%1", str(seats.capacity)).replace("%2", str(seats.free))
        if seats.waiting:
            text += self.tr(", %1 auf der Warteliste").replace("%1", str(seats.waiting))
        self.seats.setText(text)
        hints = []
        if seats.below_minimum:
            hints.append(self.tr("Mindestzahl (%1) noch nicht erreicht.").replace("%1", str(seats.min_participants)))
        if d.abroad:
            missing = [p.name for p in ex.missing_emergency_contacts(d, self.people)]
            if missing:
                hints.append(self.tr("Auslandsreise – Notfallkontakt fehlt bei: %1.").replace("%1", ", ".join(missing)))
        self.hint.setText(" ".join(hints))
        self.hint.setVisible(bool(hints))
        self.retention.setText(
            trip_privacy.retention_notice(d.ends_at, d.return_at, d.retention_days, d.sensitive_purged_at)
        )
        self.purge_button.setEnabled(d.trip_end < dt.date.today())

    def _partners(self, person_id: int | None, current: int | None = None) -> list[tuple[int, str]]:
        """Fellow participants to choose as room partner; the current partner stays choosable
        even after cancelling (shown with the status), so that saving never drops them silently."""
        choices = []
        for p in sorted(self.people, key=lambda p: p.sort_name):
            if p.person_id == person_id or (p.cancelled and p.person_id != current):
                continue
            choices.append((p.person_id, f"{p.name} ({p.status})" if p.cancelled else p.name))
        if current is not None and all(pid != current for pid, _ in choices):
            partner = next((p.room_partner_name for p in self.people if p.person_id == person_id), None)
            choices.append((current, partner or self.tr("(nicht angemeldet)")))
        return choices

    @Slot()
    def start_registration(self) -> None:
        """Several people at once, as for every event: a multiple choice, a Verteiler, a working group."""
        if self.details is None:
            return
        from ..kit.people_picker import PeoplePickerDialog

        self.dialog = PeoplePickerDialog(
            self.db,
            self.tr("Anmelden: %1").replace("%1", self.details.title),
            roles=REGISTRATION_ROLES,
            default_role=PARTICIPANT,
            accept_text=self.tr("Anmelden"),
            parent=self,
        )
        self.dialog.accepted.connect(self._people_chosen)
        self.dialog.open()

    @Slot()
    def _people_chosen(self) -> None:
        from ..kit.people_picker import PeoplePickerDialog

        dialog = self.dialog
        assert isinstance(dialog, PeoplePickerDialog)  # the dialog this slot answers
        self.register_people(dialog.chosen_ids(), dialog.chosen_role() or PARTICIPANT)

    def register_people(self, person_ids: list[int], role: str = PARTICIPANT) -> None:
        """Register the group in one transaction; one newcomer is asked for the trip details at once."""
        if not person_ids or self.event_id is None:
            return
        title = self.tr("Anmelden")
        try:
            result = ex.register_participants(self.db, self.event_id, person_ids, role=role)
        except ConfirmationNeeded as question:
            if not dialogs.ask(self, title, str(question), accept=self.tr("Trotzdem anmelden")):
                return
            try:
                result = ex.register_participants(self.db, self.event_id, person_ids, role=role, confirmed=True)
            except UserError as exc:
                show_error(self, exc, title=title)
                return
        except UserError as exc:
            show_error(self, exc, title=title)
            return
        self.message.emit(result.message())
        if result.added:
            self.changed.emit()  # the page loads the trip anew: self.people then has the newcomers
        if result.added == 1:
            name = (result.registered or result.waiting)[0]
            person = next((p for p in self.people if p.name == name and not p.cancelled), None)
            if person is not None:
                self._ask_details(person, self.tr("Speichern"))

    @Slot()
    def edit_details(self) -> None:
        person = self._selected_person(self.view, self.tr("Reiseangaben"))
        if person is None:
            return
        self._ask_details(person)

    def _ask_details(self, person: ex.ParticipantRow, accept_text: str | None = None) -> None:
        details = ex.ParticipantDetails(
            person.room_wish,
            person.room_partner_person_id,
            person.trip_phone,
            person.dietary_needs,
            person.emergency_contact,
        )
        self.dialog = dialog = ParticipantDialog(
            person.name,
            details,
            self._partners(person.person_id, person.room_partner_person_id),
            self.trip.abroad,
            self,
            accept_text,
        )
        dialog.accepted.connect(lambda: self.save_details(person, dialog.details()))
        dialog.open()

    def save_details(self, person: ex.ParticipantRow, details: ex.ParticipantDetails) -> None:
        try:
            ex.update_participant(self.db, person.registration_id, details)
        except UserError as exc:
            show_error(self, exc, title=self.tr("Reiseangaben"))
            return
        self.message.emit(self.tr("Reiseangaben von %1 gespeichert.").replace("%1", person.name))
        self.changed.emit()

    @Slot()
    def cancel_selected(self) -> None:
        title = self.tr("Abmelden")
        person = self._selected_person(self.view, title)
        if person is None:
            return
        if person.cancelled:
            dialogs.inform(self, title, self.tr("%1 ist bereits abgemeldet.").replace("%1", person.name))
            return
        d = self.trip
        if person.status == WAITING:
            rule = self.tr("Die Person steht auf der Warteliste; die Abmeldung ist kostenfrei.")
        elif d.registration_deadline:
            rule = self.tr(
                "Bis zum Anmeldeschluss (%1) ist die Abmeldung kostenfrei; danach bleibt der Beitrag "
                "fällig, außer jemand rückt von der Warteliste nach."
            ).replace("%1", short_date(d.registration_deadline))
        else:
            rule = self.tr("Bis zum Beginn der Reise ist die Abmeldung kostenfrei.")
        if not dialogs.ask(
            self,
            title,
            self.tr("%1 von der Reise abmelden?").replace("%1", person.name),
            accept=self.tr("Abmelden"),
            details=rule,
        ):
            return
        try:
            result = ex.cancel_participant(self.db, person.registration_id)
        except UserError as exc:
            show_error(self, exc, title=title)
            return
        self.changed.emit()
        dialogs.inform(self, title, self.tr("%1 ist abgemeldet.").replace("%1", person.name), result.message())

    @Slot()
    def purge_now(self) -> None:
        title = self.tr("Sensible Angaben löschen")
        if not dialogs.ask(
            self,
            title,
            self.tr("Die sensiblen Angaben aller Teilnehmenden dieser Reise jetzt löschen?"),
            accept=self.tr("Löschen"),
            details=self.tr("Gelöscht werden: %1. Das lässt sich nicht rückgängig machen.").replace(
                "%1", trip_privacy.SENSITIVE_LABELS
            ),
        ):
            return
        try:
            result = trip_privacy.purge_trip(self.db, self.trip_id)
        except UserError as exc:
            show_error(self, exc, title=title)
            return
        self.changed.emit()
        dialogs.inform(self, title, result.message())


# --- Kosten -----------------------------------------------------------------------------


class CostsTab(TripTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.figures: dict[str, QLabel] = {}
        summary = QGridLayout()
        summary.setHorizontalSpacing(28)
        for column, (key, caption) in enumerate(
            (
                ("expected", self.tr("Erwartet")),
                ("received", self.tr("Eingegangen")),
                ("outstanding", self.tr("Offen")),
                ("to_refund", self.tr("Zu erstatten")),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("tileCaption")
            value = QLabel()
            value.setStyleSheet("font-size: 15pt; font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary.addWidget(label, 0, column)
            summary.addWidget(value, 1, column)
            self.figures[key] = value
        self.prices = QLabel()
        self.prices.setWordWrap(True)
        summary.addWidget(self.prices, 0, 4, 2, 1)
        summary.setColumnStretch(4, 1)
        self.only_open = QCheckBox(self.tr("Nur wer noch zahlen muss"))
        self.only_open.toggled.connect(self.fill)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Name"), lambda p: p.sort_name),
                TableColumn(self.tr("Anmeldung"), lambda p: _status_text(p)),
                TableColumn(self.tr("Zimmer"), lambda p: p.room_wish),
                TableColumn(
                    self.tr("Fällig"),
                    lambda p: p.due,
                    display=lambda p: money(p.due),
                    align_right=True,
                    tooltip=lambda p: self.tr("individueller Betrag") if p.individual_due is not None else "",
                ),
                TableColumn(self.tr("Gezahlt"), lambda p: p.paid, display=lambda p: money(p.paid), align_right=True),
                TableColumn(
                    self.tr("Offen"), lambda p: p.balance, display=lambda p: money(p.balance), align_right=True
                ),
                TableColumn(self.tr("Zahlungsstatus"), lambda p: p.payment_status),
            ],
            self,
        )
        self.view = make_table_view(self.model)
        self.view.doubleClicked.connect(self.record_payment)
        self.output = ListOutput(self, self.model, self._list_title)
        pay = QPushButton(self.tr("Zahlung erfassen…"))
        pay.clicked.connect(self.record_payment)
        refund = QPushButton(self.tr("Erstattung erfassen…"))
        refund.clicked.connect(self.record_refund)
        history = QPushButton(self.tr("Zahlungen…"))
        history.clicked.connect(self.show_payments)
        amount = QPushButton(self.tr("Betrag ändern…"))
        amount.clicked.connect(self.change_amount)
        rule = QLabel(
            self.tr(
                "Fällig: Beitrag pro Person, bei EZ plus Einzelzimmerzuschlag; Organisation, Referent/innen "
                "und Moderation reisen beitragsfrei, die Warteliste zahlt erst mit einem Platz. Abmeldung "
                "bis zum Anmeldeschluss kostenfrei, danach bleibt der Beitrag fällig, außer jemand rückt nach. "
                "Bei abgesagter Reise ist nichts fällig."
            )
        )
        rule.setWordWrap(True)
        rule.setObjectName("emptyHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(summary)
        layout.addLayout(
            _bar(self.only_open, pay, refund, history, amount, list_button(self.output, self.tr("Liste")), stretch_at=1)
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(rule)

    def _list_title(self) -> str:
        name = self.details.title if self.details else ""
        if self.only_open.isChecked():
            return self.tr("Offene Beiträge: %1").replace("%1", name)
        return self.tr("Kosten: %1").replace("%1", name)

    @Slot()
    def fill(self) -> None:
        if self.details is None:
            self.model.set_rows([])
            return
        relevant = [p for p in self.people if p.in_cost_list]
        if self.only_open.isChecked():
            relevant = [p for p in relevant if p.balance > 0]
        self.model.set_rows(relevant)
        costs = ex.summarise_costs(self.details, self.people)
        prices = self.tr("Beitrag %1 pro Person").replace("%1", money(costs.contribution))
        if costs.single_room_supplement:
            prices += self.tr(", Einzelzimmerzuschlag %1").replace("%1", money(costs.single_room_supplement))
        if costs.other_costs:
            prices += "\n" + self.tr("Sonstige Kosten (trägt die Geschäftsstelle): %1").replace(
                "%1", money(costs.other_costs)
            )
        self.prices.setText(prices)
        for key in ("expected", "received", "outstanding", "to_refund"):
            self.figures[key].setText(money(getattr(costs, key)))

    def _selected(self, title: str) -> ex.ParticipantRow | None:
        return self._selected_person(self.view, title)

    @Slot()
    def record_payment(self) -> None:
        person = self._selected(self.tr("Zahlung erfassen"))
        if person is None:
            return
        self.dialog = dialog = PaymentDialog(
            self.tr("Zahlung erfassen"), person.name, max(person.balance, Decimal(0)), self
        )
        dialog.accepted.connect(lambda: self._store(ex.add_payment, person, self.tr("Zahlung")))
        dialog.open()

    @Slot()
    def record_refund(self) -> None:
        person = self._selected(self.tr("Erstattung erfassen"))
        if person is None:
            return
        if person.paid <= 0:
            dialogs.inform(
                self,
                self.tr("Erstattung erfassen"),
                self.tr("%1 hat nichts gezahlt; es gibt nichts zu erstatten.").replace("%1", person.name),
            )
            return
        suggested = -person.balance if person.balance < 0 else person.paid
        self.dialog = dialog = PaymentDialog(self.tr("Erstattung erfassen"), person.name, suggested, self)
        dialog.accepted.connect(lambda: self._store(ex.add_refund, person, self.tr("Erstattung")))
        dialog.open()

    def _store(self, function: Callable[..., object], person: ex.ParticipantRow, what: str) -> None:
        dialog = self.dialog
        assert isinstance(dialog, PaymentDialog)  # the dialog this method answers
        day, amount, method, notes = dialog.values()
        try:
            function(self.db, person.registration_id, day, amount, method, notes or None)
        except UserError as exc:
            show_error(self, exc, title=what)
            return
        self.message.emit(
            self.tr("%1 über %2 für %3 erfasst.")
            .replace("%1", what)
            .replace("%2", money(amount))
            .replace("%3", person.name)
        )
        self.changed.emit()

    @Slot()
    def show_payments(self) -> None:
        person = self._selected(self.tr("Zahlungen"))
        if person is None:
            return
        self.dialog = dialog = PaymentsDialog(self.db, person.registration_id, person.name, self)
        dialog.finished.connect(self._payments_closed)
        dialog.open()

    @Slot()
    def _payments_closed(self) -> None:
        if getattr(self.dialog, "changed", False):
            self.changed.emit()

    @Slot()
    def change_amount(self) -> None:
        person = self._selected(self.tr("Betrag ändern"))
        if person is None:
            return
        d = self.trip
        standard = ex.standard_due(d.contribution, d.single_room_supplement, person.role, person.room_wish)
        self.dialog = dialog = AmountDialog(person.name, standard, person.individual_due, self)
        dialog.accepted.connect(lambda: self._set_amount(person, dialog.value(), dialog.reason.text()))
        dialog.open()

    def _set_amount(self, person: ex.ParticipantRow, value, reason: str) -> None:
        try:
            ex.set_amount_due(self.db, person.registration_id, value, reason)
        except UserError as exc:
            show_error(self, exc, title=self.tr("Betrag ändern"))
            return
        self.changed.emit()


# --- Zimmerliste ------------------------------------------------------------------------


CONFLICTS_MAX_HEIGHT = 150


class RoomsTab(TripTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.rooming: rooming.RoomingList | None = None
        self.summary = QLabel()
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Nr."), lambda r: r.number, align_right=True),
                TableColumn(self.tr("Art"), lambda r: r.kind),
                TableColumn(self.tr("Belegung"), lambda r: " / ".join(o.sort_name for o in r.occupants)),
                TableColumn(self.tr("Hinweis"), lambda r: r.note),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=3)
        for column in (0, 1, 2):
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.output = ListOutput(self, self.model, self._list_title)
        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)
        self.conflicts_title = QLabel(self.tr("Noch zu klären"))
        self.conflicts_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(_bar(self.summary, list_button(self.output, self.tr("Liste")), stretch_at=1))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts)

    def _list_title(self) -> str:
        return self.tr("Zimmerliste: %1").replace("%1", self.details.title if self.details else "")

    def fill(self) -> None:
        self.conflicts.clear()
        if self.details is None:
            self.model.set_rows([])
            return
        self.rooming = rooming.build_rooming_list(self.people, overnight=self.details.multi_day)
        self.model.set_rows(self.rooming.rooms)
        r = self.rooming
        if not r.overnight:
            self.summary.setText(self.tr("Ohne Übernachtung: keine Zimmerliste nötig."))
        else:
            text = (
                self.tr("%1 Doppelzimmer, %2 Einzelzimmer für %3 Personen")
                .replace("%1", str(r.double_rooms))
                .replace("%2", str(r.single_rooms))
                .replace("%3", str(r.persons))
            )
            if self.details.accommodation_name:
                text += f" – {self.details.accommodation_name}"
            self.summary.setText(text)
        for conflict in r.conflicts:
            item = QListWidgetItem(conflict.text)
            item.setToolTip(conflict.kind)
            self.conflicts.addItem(item)
        if not r.conflicts:
            self.conflicts.addItem(self.tr("Keine Konflikte."))
        self.conflicts_title.setVisible(r.overnight)
        self.conflicts.setVisible(r.overnight)
        self._fit_conflicts()

    def _fit_conflicts(self) -> None:
        """As high as its lines (up to ``CONFLICTS_MAX_HEIGHT``): the rooms keep the room."""
        lines = sum(
            max(self.conflicts.sizeHintForRow(row), self.conflicts.fontMetrics().height())
            for row in range(self.conflicts.count())
        )
        self.conflicts.setFixedHeight(min(CONFLICTS_MAX_HEIGHT, lines + 2 * self.conflicts.frameWidth() + 8))

    def resizeEvent(self, event) -> None:  # Qt override; wrapped lines change with the width
        super().resizeEvent(event)
        self._fit_conflicts()
