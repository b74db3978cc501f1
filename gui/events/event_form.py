"""The "Angaben" tab of an event: every field of the event in two columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from model.core.entities import Event
from model.core.vocab import EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES, HYBRID, IN_PERSON, ONLINE, TOPICS
from model.events.events import FormChoices

from ..kit.dates import GermanDateEdit, GermanDateTimeEdit, from_qdate, from_qdatetime, to_qdate, to_qdatetime
from .common import fill_combo, searchable, set_combo_data

DATETIME_FORMAT = "ddd dd.MM.yyyy HH:mm"
MAX_CAPACITY = 5000


class EventForm(QWidget):
    """Shows an event and writes the user's input back with ``apply_to``."""

    changed = Signal()

    def __init__(self, choices: FormChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False

        self.kind = QComboBox()
        self.kind.addItems(EVENT_KINDS)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("z. B. Netzwerktreffen März 2027 in Bochum"))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItem("")
        self.topic.addItems(TOPICS)
        topic_line = self.topic.lineEdit()
        assert topic_line is not None  # editable
        topic_line.setMaxLength(100)
        topic_line.setPlaceholderText(self.tr("Handlungsfeld wählen oder eingeben"))
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(22)
        self.starts = GermanDateTimeEdit()
        self.ends = GermanDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(DATETIME_FORMAT)
        self.status = QComboBox()
        self.status.addItems(EVENT_STATUSES)
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.addItem("")
        self.responsible.addItems(choices.responsible)
        responsible_line = self.responsible.lineEdit()
        assert responsible_line is not None  # editable
        responsible_line.setMaxLength(200)
        self.working_group = searchable(QComboBox())
        fill_combo(self.working_group, [(c.name, c.id) for c in choices.working_groups], self.tr("— keine —"))

        self.format = QComboBox()
        self.format.addItems(EVENT_FORMATS)
        self.venue = QLineEdit()
        self.venue.setMaxLength(300)
        self.venue.setPlaceholderText(self.tr("z. B. Rathaus Bochum, Ratssaal"))
        self.venue_address = QLineEdit()
        self.venue_address.setMaxLength(300)
        self.venue_address.setPlaceholderText(self.tr("Straße, PLZ Ort"))
        self.online_link = QLineEdit()
        self.online_link.setMaxLength(500)
        self.online_link.setPlaceholderText("https://…")
        self.host = searchable(QComboBox())
        fill_combo(self.host, [(c.name, c.id) for c in choices.organisations], self.tr("— keine —"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("unbegrenzt"))
        self.capacity.setSuffix(self.tr(" Plätze"))
        self.has_deadline = QCheckBox(self.tr("bis"))
        self.deadline = GermanDateEdit()
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 99999.99)
        self.fee.setDecimals(2)
        self.fee.setSingleStep(5)
        self.fee.setSuffix(" €")
        self.fee.setSpecialValueText(self.tr("keine"))

        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Text für Einladung und Ausschreibung"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Nur für die Geschäftsstelle"))
        for text_edit in (self.description, self.notes):
            text_edit.setTabChangesFocus(True)
            text_edit.setMinimumHeight(70)

        left = QFormLayout()
        left.addRow(self.tr("Art"), self.kind)
        left.addRow(self.tr("Titel"), self.title_edit)
        left.addRow(self.tr("Handlungsfeld"), self.topic)
        left.addRow(self.tr("Beginn"), self.starts)
        left.addRow(self.tr("Ende"), self.ends)
        left.addRow(self.tr("Status"), self.status)
        left.addRow(self.tr("Verantwortlich"), self.responsible)
        left.addRow(self.tr("Arbeitsgruppe"), self.working_group)
        right = QFormLayout()
        right.addRow(self.tr("Format"), self.format)
        right.addRow(self.tr("Veranstaltungsort"), self.venue)
        right.addRow(self.tr("Adresse"), self.venue_address)
        right.addRow(self.tr("Online-Link"), self.online_link)
        right.addRow(self.tr("Gastgebende Kommune"), self.host)
        right.addRow(self.tr("Plätze"), self.capacity)
        deadline_row = QHBoxLayout()
        deadline_row.setContentsMargins(0, 0, 0, 0)
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        right.addRow(self.tr("Anmeldeschluss"), deadline_row)
        right.addRow(self.tr("Gebühr"), self.fee)
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(8)

        what = QGroupBox(self.tr("Veranstaltung"))
        what.setLayout(left)
        where = QGroupBox(self.tr("Ort und Anmeldung"))
        where.setLayout(right)
        description_box = QGroupBox(self.tr("Beschreibung"))
        QVBoxLayout(description_box).addWidget(self.description)
        notes_box = QGroupBox(self.tr("Notizen (intern)"))
        QVBoxLayout(notes_box).addWidget(self.notes)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 8, 4, 4)
        grid.setHorizontalSpacing(14)
        grid.addWidget(what, 0, 0)
        grid.addWidget(where, 0, 1)
        grid.addWidget(description_box, 1, 0)
        grid.addWidget(notes_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        # Field names of ValidationError -> the widget to focus.
        self.fields = {
            "Art": self.kind,
            "Titel": self.title_edit,
            "Handlungsfeld": self.topic,
            "Beginn": self.starts,
            "Ende": self.ends,
            "Status": self.status,
            "Verantwortlich": self.responsible,
            "Format": self.format,
            "Veranstaltungsort": self.venue,
            "Adresse": self.venue_address,
            "Online-Link": self.online_link,
            "Plätze": self.capacity,
            "Anmeldeschluss": self.deadline,
            "Gebühr": self.fee,
        }

        self.format.currentIndexChanged.connect(self._format_changed)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.starts.dateTimeChanged.connect(self._start_moved)
        self._last_start: dt.datetime | None = None
        for signal in (
            self.kind.currentIndexChanged,
            self.title_edit.textChanged,
            self.topic.currentTextChanged,
            self.starts.dateTimeChanged,
            self.ends.dateTimeChanged,
            self.status.currentIndexChanged,
            self.responsible.currentTextChanged,
            self.working_group.currentIndexChanged,
            self.format.currentIndexChanged,
            self.venue.textChanged,
            self.venue_address.textChanged,
            self.online_link.textChanged,
            self.host.currentIndexChanged,
            self.capacity.valueChanged,
            self.has_deadline.toggled,
            self.deadline.dateChanged,
            self.fee.valueChanged,
            self.description.textChanged,
            self.notes.textChanged,
        ):
            signal.connect(self._changed)

    # --- values ---------------------------------------------------------------------------

    def load(self, event: Event) -> None:
        self._loading = True
        try:
            self.kind.setCurrentText(event.kind)
            self.title_edit.setText(event.title or "")
            self.title_edit.setCursorPosition(0)
            self.topic.setCurrentText(event.topic or "")
            self.starts.setDateTime(to_qdatetime(event.starts_at))
            self.ends.setDateTime(to_qdatetime(event.ends_at))
            self._last_start = event.starts_at
            self.status.setCurrentText(event.status)
            self.responsible.setCurrentText(event.responsible or "")
            set_combo_data(self.working_group, event.working_group_id)
            self.format.setCurrentText(event.format)
            self.venue.setText(event.venue or "")
            self.venue_address.setText(event.venue_address or "")
            self.online_link.setText(event.online_link or "")
            set_combo_data(self.host, event.host_organisation_id)
            self.capacity.setValue(event.capacity or 0)
            self.has_deadline.setChecked(event.registration_deadline is not None)
            self.deadline.setEnabled(event.registration_deadline is not None)
            deadline = event.registration_deadline or (event.starts_at.date() - dt.timedelta(days=7))
            self.deadline.setDate(to_qdate(deadline))
            self.fee.setValue(float(event.fee or 0))
            self.description.setPlainText(event.description or "")
            self.notes.setPlainText(event.notes or "")
            self._format_changed()
        finally:
            self._loading = False

    def apply_to(self, event: Event) -> None:
        """Write the form's values into the (detached) event; validation is the model's job."""
        event.kind = self.kind.currentText()
        event.title = self.title_edit.text()
        event.topic = self.topic.currentText().strip() or None
        event.starts_at = from_qdatetime(self.starts.dateTime())
        event.ends_at = from_qdatetime(self.ends.dateTime())
        event.status = self.status.currentText()
        event.responsible = self.responsible.currentText().strip() or None
        event.working_group_id = self._combo_id(self.working_group)
        event.format = self.format.currentText()
        event.venue = self.venue.text().strip() or None
        event.venue_address = self.venue_address.text().strip() or None
        event.online_link = self.online_link.text().strip() or None
        event.host_organisation_id = self._combo_id(self.host)
        event.capacity = self.capacity.value() or None
        event.registration_deadline = from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None
        fee = Decimal(str(round(self.fee.value(), 2)))
        event.fee = fee if fee else None
        event.description = self.description.toPlainText().strip() or None
        event.notes = self.notes.toPlainText().strip() or None

    @staticmethod
    def _combo_id(combo: QComboBox) -> int | None:
        """The chosen item's id; typed text that names no item means none."""
        if combo.isEditable() and combo.currentText().strip() and combo.findText(combo.currentText()) < 0:
            return None
        return combo.currentData()

    def focus_field(self, name: str | None) -> None:
        widget = self.fields.get(name or "")
        if widget is not None:
            widget.setFocus()

    # --- behaviour --------------------------------------------------------------------------

    @Slot()
    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    @Slot()
    def _format_changed(self) -> None:
        form = self.format.currentText()
        on_site = form in (IN_PERSON, HYBRID)
        online = form in (ONLINE, HYBRID)
        for widget in (self.venue, self.venue_address, self.host):
            widget.setEnabled(on_site)
        self.online_link.setEnabled(online)

    @Slot()
    def _start_moved(self) -> None:
        """Moving the start keeps the duration (the end moves along), like a calendar does."""
        new_start = from_qdatetime(self.starts.dateTime())
        if self._last_start is not None and not self._loading:
            duration = from_qdatetime(self.ends.dateTime()) - self._last_start
            if duration >= dt.timedelta(0):
                self.ends.setDateTime(to_qdatetime(new_start + duration))
        self._last_start = new_start
