"""Create a series of events in one step: template on the left, rhythm and dates on the right.

The dates are listed before anything is written; NRW holidays and left-out months come up
unticked with the reason, and any date can be ticked or unticked by hand.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import ValidationError
from model.core.formatting import MONTHS, WEEKDAYS
from model.core.vocab import EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES, NETWORK_MEETING, TOPICS
from model.events.events import EventFilter, form_choices, list_events
from model.events.series import (
    LAST,
    MONTHLY,
    WEEKLY,
    SeriesRule,
    SeriesTemplate,
    create_series,
    series_dates,
    series_title,
)

from .. import dialogs
from ..kit.dates import GermanDateEdit, from_qdate, from_qtime, to_qdate
from ..kit.dialog import Dialog
from ..kit.screen import fit_to_screen
from .common import fill_combo, guarded, hint_label, searchable, set_combo_data

DAY_ROLE = Qt.ItemDataRole.UserRole


class SeriesDialog(Dialog):
    created = Signal(list)  # ids of the new events

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        kind: str = NETWORK_MEETING,
        working_group_id: int | None = None,
        title: str | None = None,
        first_number: int = 1,
    ):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Veranstaltungsreihe anlegen"))
        fit_to_screen(self, 1060, 680)
        choices = form_choices(db)
        next_year = dt.date.today().year + 1

        # --- the template ----------------------------------------------------------------
        self.kind = QComboBox()
        self.kind.addItems(EVENT_KINDS)
        self.kind.setCurrentText(kind)
        self.title_edit = QLineEdit(title or self.tr("Netzwerktreffen {Monat} {Jahr}"))
        self.title_edit.setToolTip(self.tr("Platzhalter: {Monat}, {Jahr}, {Datum}, {Nr}"))
        self.first_number = QSpinBox()
        self.first_number.setRange(1, 999)
        self.first_number.setValue(first_number)
        self.first_number.setPrefix(self.tr("{Nr} beginnt bei "))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItem("")
        self.topic.addItems(TOPICS)
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(22)
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        for edit, hour in ((self.start_time, 10), (self.end_time, 13)):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(edit.time().fromString(f"{hour:02d}:00", "HH:mm"))
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("bis")))
        times.addWidget(self.end_time)
        times.addStretch()
        self.format = QComboBox()
        self.format.addItems(EVENT_FORMATS)
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("leer lassen, wenn der Ort wechselt"))
        self.online_link = QLineEdit()
        self.online_link.setPlaceholderText("https://…")
        self.host = searchable(QComboBox())
        fill_combo(self.host, [(c.name, c.id) for c in choices.organisations], self.tr("— keine —"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 5000)
        self.capacity.setSpecialValueText(self.tr("unbegrenzt"))
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 99999.99)
        self.fee.setSuffix(" €")
        self.fee.setSpecialValueText(self.tr("keine"))
        self.deadline_days = QSpinBox()
        self.deadline_days.setRange(-1, 365)
        self.deadline_days.setSpecialValueText(self.tr("kein Anmeldeschluss"))
        self.deadline_days.setSuffix(self.tr(" Tage vorher"))
        self.deadline_days.setValue(7)
        self.status = QComboBox()
        self.status.addItems(EVENT_STATUSES)
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.addItem("")
        self.responsible.addItems(choices.responsible)
        self.working_group = searchable(QComboBox())
        fill_combo(self.working_group, [(c.name, c.id) for c in choices.working_groups], self.tr("— keine —"))
        set_combo_data(self.working_group, working_group_id)
        self.agenda_from = searchable(QComboBox())
        self._fill_agenda_sources()
        self.kind.currentIndexChanged.connect(self._fill_agenda_sources)

        template = QFormLayout()
        template.addRow(self.tr("Art"), self.kind)
        template.addRow(self.tr("Titel"), self.title_edit)
        template.addRow("", hint_label(self.tr("Platzhalter: {Monat}, {Jahr}, {Datum}, {Nr}")))
        template.addRow(self.tr("Nummerierung"), self.first_number)
        template.addRow(self.tr("Handlungsfeld"), self.topic)
        template.addRow(self.tr("Uhrzeit"), times)
        template.addRow(self.tr("Format"), self.format)
        template.addRow(self.tr("Veranstaltungsort"), self.venue)
        template.addRow(self.tr("Online-Link"), self.online_link)
        template.addRow(self.tr("Gastgebende Kommune"), self.host)
        template.addRow(self.tr("Plätze"), self.capacity)
        template.addRow(self.tr("Gebühr"), self.fee)
        template.addRow(self.tr("Anmeldeschluss"), self.deadline_days)
        template.addRow(self.tr("Status"), self.status)
        template.addRow(self.tr("Verantwortlich"), self.responsible)
        template.addRow(self.tr("Arbeitsgruppe"), self.working_group)
        template.addRow(self.tr("Tagesordnung von"), self.agenda_from)
        template_box = QGroupBox(self.tr("Jede Veranstaltung der Reihe"))
        template_box.setLayout(template)

        # --- the rhythm ------------------------------------------------------------------
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("monatlich"), MONTHLY)
        self.frequency.addItem(self.tr("wöchentlich"), WEEKLY)
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.nth = QComboBox()
        for text, value in (
            (self.tr("am ersten"), 1),
            (self.tr("am zweiten"), 2),
            (self.tr("am dritten"), 3),
            (self.tr("am vierten"), 4),
            (self.tr("am letzten"), LAST),
        ):
            self.nth.addItem(text, value)
        self.weekday = QComboBox()
        for index, name in enumerate(WEEKDAYS[:5]):
            self.weekday.addItem(name, index)
        self.weekday.setCurrentIndex(3)
        rhythm = QHBoxLayout()
        for widget in (self.frequency, self.interval, self.nth, self.weekday):
            rhythm.addWidget(widget)
        rhythm.addStretch()
        self.first_day = GermanDateEdit()
        self.last_day = GermanDateEdit()
        for date_edit, day in ((self.first_day, dt.date(next_year, 1, 1)), (self.last_day, dt.date(next_year, 12, 31))):
            date_edit.setDisplayFormat("dd.MM.yyyy")
            date_edit.setDate(to_qdate(day))
        period = QHBoxLayout()
        period.addWidget(self.first_day)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.last_day)
        period.addStretch()
        self.skip_holidays = QCheckBox(self.tr("Feiertage in NRW auslassen"))
        self.skip_holidays.setChecked(True)
        self.month_boxes: dict[int, QCheckBox] = {}
        months = QGridLayout()
        months.setHorizontalSpacing(10)
        months.setVerticalSpacing(2)
        for number, name in enumerate(MONTHS, start=1):
            box = QCheckBox(name[:3])
            box.setToolTip(self.tr("%1 auslassen").replace("%1", name))
            box.setChecked(number == 8)
            box.toggled.connect(self.update_dates)
            self.month_boxes[number] = box
            months.addWidget(box, (number - 1) // 6, (number - 1) % 6)
        self.dates = QListWidget()
        self.dates.itemChanged.connect(self._count)
        self.count_label = QLabel()
        self.count_label.setObjectName("sectionTitle")
        self.rule_error = hint_label()
        self.rule_error.setStyleSheet("color: #b3261e;")

        rule = QFormLayout()
        rule.addRow(self.tr("Rhythmus"), rhythm)
        rule.addRow(self.tr("Zeitraum"), period)
        rule.addRow("", self.skip_holidays)
        rule.addRow(self.tr("Monate auslassen"), months)
        rule_box = QGroupBox(self.tr("Termine"))
        rule_layout = QVBoxLayout(rule_box)
        rule_layout.addLayout(rule)
        rule_layout.addWidget(self.rule_error)
        rule_layout.addWidget(self.dates, 1)
        rule_layout.addWidget(hint_label(self.tr("Haken entfernen, um einzelne Termine auszulassen.")))

        for signal in (
            self.frequency.currentIndexChanged,
            self.interval.valueChanged,
            self.nth.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.first_day.dateChanged,
            self.last_day.dateChanged,
            self.skip_holidays.toggled,
        ):
            signal.connect(self.update_dates)
        self.title_edit.textChanged.connect(self.update_dates)
        self.first_number.valueChanged.connect(self.update_dates)
        self.frequency.currentIndexChanged.connect(self._frequency_changed)

        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_events)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.create_button)
        bottom.addWidget(cancel)

        columns = QHBoxLayout()
        columns.addWidget(template_box, 5)
        columns.addWidget(rule_box, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._frequency_changed()
        self.update_dates()
        self.kind.setFocus()  # opens in its first field, not on the first button

    def _fill_agenda_sources(self) -> None:
        rows = list_events(self.db, EventFilter(kind=self.kind.currentText()))[-40:]
        fill_combo(
            self.agenda_from,
            [(f"{r.starts_at:%d.%m.%Y} – {r.title}", r.id) for r in reversed(rows)],
            self.tr("— keine Tagesordnung —"),
            keep=False,
        )

    @Slot()
    def _frequency_changed(self) -> None:
        monthly = self.frequency.currentData() == MONTHLY
        self.nth.setVisible(monthly)
        self.interval.setPrefix(self.tr("alle "))
        self.interval.setSuffix(self.tr(" Monate") if monthly else self.tr(" Wochen"))
        self.interval.setSpecialValueText(self.tr("jeden Monat") if monthly else self.tr("jede Woche"))

    def rule(self) -> SeriesRule:
        skipped = frozenset(n for n, box in self.month_boxes.items() if box.isChecked())
        return SeriesRule(
            first_day=from_qdate(self.first_day.date()),
            last_day=from_qdate(self.last_day.date()),
            weekday=self.weekday.currentData(),
            frequency=self.frequency.currentData(),
            nth=self.nth.currentData(),
            interval=self.interval.value(),
            skip_holidays=self.skip_holidays.isChecked(),
            skip_months=skipped,
        )

    @Slot()
    def update_dates(self) -> None:
        self.dates.blockSignals(True)
        self.dates.clear()
        try:
            planned = series_dates(self.rule())
            self.rule_error.hide()
        except ValidationError as exc:
            planned = []
            self.rule_error.setText(str(exc))
            self.rule_error.show()
        pattern = self.title_edit.text().strip() or "…"
        number = self.first_number.value() - 1
        for entry in planned:
            if entry.included:
                number += 1
            label = f"{WEEKDAYS[entry.day.weekday()][:2]}, {entry.day:%d.%m.%Y}   " + (
                series_title(pattern, entry.day, number) if entry.included else entry.skip_reason or ""
            )
            item = QListWidgetItem(label)
            item.setData(DAY_ROLE, entry.day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.included else Qt.CheckState.Unchecked)
            if not entry.included:
                item.setForeground(QColor("#8a94a0"))
            self.dates.addItem(item)
        self.dates.blockSignals(False)
        self._count()

    def chosen_days(self) -> list[dt.date]:
        return [
            self.dates.item(i).data(DAY_ROLE)
            for i in range(self.dates.count())
            if self.dates.item(i).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def _count(self) -> None:
        count = len(self.chosen_days())
        self.count_label.setText(self.tr("%n Termine ausgewählt", "", count))
        self.create_button.setText(self.tr("%n Veranstaltungen anlegen", "", count))
        self.create_button.setEnabled(count > 0)

    def template(self) -> SeriesTemplate:
        fee = Decimal(str(round(self.fee.value(), 2)))
        host_id = self.host.currentData() if self.host.findText(self.host.currentText()) >= 0 else None
        group_id = (
            self.working_group.currentData()
            if self.working_group.findText(self.working_group.currentText()) >= 0
            else None
        )
        agenda_id = (
            self.agenda_from.currentData() if self.agenda_from.findText(self.agenda_from.currentText()) >= 0 else None
        )
        return SeriesTemplate(
            kind=self.kind.currentText(),
            title=self.title_edit.text(),
            start_time=from_qtime(self.start_time.time()),
            end_time=from_qtime(self.end_time.time()),
            topic=self.topic.currentText().strip() or None,
            format=self.format.currentText(),
            venue=self.venue.text().strip() or None,
            online_link=self.online_link.text().strip() or None,
            host_organisation_id=host_id,
            capacity=self.capacity.value() or None,
            fee=fee or None,
            status=self.status.currentText(),
            responsible=self.responsible.currentText().strip() or None,
            working_group_id=group_id,
            deadline_days_before=None if self.deadline_days.value() < 0 else self.deadline_days.value(),
            agenda_from_event_id=agenda_id,
            first_number=self.first_number.value(),
        )

    @Slot()
    def create_events(self) -> None:
        if not self.dates_accepted():
            return
        days = self.chosen_days()
        if not days:
            return
        ok, ids = guarded(self, self.windowTitle(), lambda: create_series(self.db, self.template(), days))
        if not ok:
            return
        self.created.emit(ids)
        dialogs.inform(self, self.windowTitle(), self.tr("%n Veranstaltungen wurden angelegt.", "", len(ids)))
        self.accept()
