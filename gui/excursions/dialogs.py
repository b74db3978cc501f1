"""Dialogs of the Exkursionen area. Each checks its input through the model's validation and
shows the message next to the fields instead of closing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from model.core.db import Database
from model.core.errors import UserError
from model.core.formatting import money
from model.core.vocab import DOUBLE_ROOM, ROOM_WISHES, SINGLE_ROOM
from model.excursions import excursions as ex
from model.excursions.itinerary import DayData, ItemData

from ..kit.dates import from_qdate, from_qdatetime, to_qdate
from ..kit.dialog import Dialog
from ..kit.errors import show_error
from ..table_model import RowTableModel, TableColumn
from ..views import make_table_view, selected_rows
from .widgets import MoneyEdit, OptionalTime, date_edit, datetime_edit

PAYMENT_METHODS = ("Überweisung", "Bar", "Lastschrift", "Verrechnung")


class FormDialog(Dialog):
    """A form with an error line and Speichern/Abbrechen; subclasses implement ``save``."""

    def __init__(self, title: str, parent: QWidget | None = None, accept_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a12a2a;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text or self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self._save_real_dates)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def _save_real_dates(self) -> None:
        if self.dates_accepted():  # else the refused date shows its message below it
            self.save()

    def save(self) -> None:  # pragma: no cover - every dialog implements it
        raise NotImplementedError


class NewExcursionDialog(FormDialog):
    """Title, dates and destination of a new excursion; the rest follows in the Reise tab."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Neue Exkursion"), parent, self.tr("Anlegen"))
        self.db = db
        self.created_id: int | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("z. B. Studienfahrt Lyon: Politique de la ville"))
        self.title.setMinimumWidth(420)
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=60), dt.time(8))
        self.starts = datetime_edit(start)
        self.ends = datetime_edit(start.replace(hour=18))
        self.starts.dateTimeChanged.connect(self._keep_order)
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
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("leer = unbegrenzt"))
        self.form.addRow(self.tr("Titel"), self.title)
        self.form.addRow(self.tr("Beginn"), self.starts)
        self.form.addRow(self.tr("Ende"), self.ends)
        self.form.addRow(self.tr("Ziel (Stadt)"), self.city)
        self.form.addRow(self.tr("Land"), self.country)
        self.form.addRow(self.tr("Höchstzahl Teilnehmende"), self.capacity)
        self.title.setFocus()  # opens in its first field, not on the Anlegen button

    @Slot()
    def _keep_order(self) -> None:
        if self.ends.dateTime() < self.starts.dateTime():
            self.ends.setDateTime(self.starts.dateTime().addSecs(10 * 3600))

    @Slot()
    def save(self) -> None:
        capacity_text = self.capacity.text().strip()
        if capacity_text and not capacity_text.isdigit():
            self.show_error(self.tr("Die Höchstzahl muss eine ganze Zahl sein (oder leer für unbegrenzt)."))
            return
        try:
            self.created_id = ex.create_excursion(
                self.db,
                self.title.text(),
                from_qdatetime(self.starts.dateTime()),
                from_qdatetime(self.ends.dateTime()),
                self.city.text(),
                self.country.currentText(),
                int(capacity_text) if capacity_text else None,
            )
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.accept()


class ParticipantDialog(FormDialog):
    """Room wish and partner, the phone for the trip, dietary needs, an emergency contact."""

    def __init__(
        self,
        name: str,
        details: ex.ParticipantDetails,
        partners: list[tuple[int, str]],
        abroad: bool,
        parent: QWidget | None = None,
        accept_text: str | None = None,
    ):
        super().__init__(self.tr("Reiseangaben: %1").replace("%1", name), parent, accept_text)
        self.wish = QComboBox()
        self.wish.addItem(self.tr("keine Angabe"), None)
        names = {SINGLE_ROOM: self.tr("Einzelzimmer (EZ)"), DOUBLE_ROOM: self.tr("Doppelzimmer (DZ)")}
        for wish in ROOM_WISHES:
            self.wish.addItem(names[wish], wish)
        self.wish.setCurrentIndex(max(0, self.wish.findData(details.room_wish)))
        self.partner = QComboBox()
        self.partner.addItem(self.tr("noch offen"), None)
        for person_id, partner_name in partners:
            self.partner.addItem(partner_name, person_id)
        index = self.partner.findData(details.room_partner_person_id)
        self.partner.setCurrentIndex(max(0, index))
        self.wish.currentIndexChanged.connect(self._wish_changed)
        self.phone = QLineEdit(details.trip_phone or "")
        self.phone.setPlaceholderText(self.tr("Mobilnummer, unter der die Person unterwegs erreichbar ist"))
        self.dietary = QLineEdit(details.dietary_needs or "")
        self.dietary.setPlaceholderText(self.tr("z. B. vegetarisch, glutenfrei"))
        self.emergency = QLineEdit(details.emergency_contact or "")
        self.emergency.setPlaceholderText(self.tr("Name und Telefonnummer"))
        for edit in (self.phone, self.dietary, self.emergency):
            edit.setMinimumWidth(380)
        self.form.addRow(self.tr("Zimmerwunsch"), self.wish)
        self.form.addRow(self.tr("Zimmerpartner/in"), self.partner)
        self.form.addRow(self.tr("Telefon (Reise)"), self.phone)
        self.form.addRow(self.tr("Ernährung"), self.dietary)
        emergency_label = self.tr("Notfallkontakt") + (self.tr(" (Auslandsreise)") if abroad else "")
        self.form.addRow(emergency_label, self.emergency)
        note = QLabel(
            self.tr(
                "Telefon, Ernährung, Notfallkontakt und Zimmerpartner/in werden nach der Reise automatisch gelöscht."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("emptyHint")
        self.form.addRow(note)
        self._wish_changed()

    @Slot()
    def _wish_changed(self) -> None:
        double = self.wish.currentData() == DOUBLE_ROOM
        self.partner.setEnabled(double)
        if not double:
            self.partner.setCurrentIndex(0)

    def details(self) -> ex.ParticipantDetails:
        return ex.ParticipantDetails(
            self.wish.currentData(),
            self.partner.currentData(),
            self.phone.text(),
            self.dietary.text(),
            self.emergency.text(),
        )

    @Slot()
    def save(self) -> None:
        self.accept()  # the page saves and shows errors; see ExcursionsPage


class PaymentDialog(FormDialog):
    """Date, amount, method and note of a payment or a refund."""

    def __init__(self, title: str, name: str, suggested: Decimal, parent: QWidget | None = None):
        super().__init__(title, parent, self.tr("Erfassen"))
        self.form.addRow(QLabel(f"<b>{_html(name)}</b>"))
        self.day = date_edit(dt.date.today())
        self.day.setMaximumDate(to_qdate(dt.date.today() + dt.timedelta(days=1)))
        self.amount = MoneyEdit(allow_empty=False)
        self.amount.set_amount(suggested if suggested > 0 else None)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems(list(PAYMENT_METHODS))
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Datum"), self.day)
        self.form.addRow(self.tr("Betrag"), self.amount)
        self.form.addRow(self.tr("Zahlungsweg"), self.method)
        self.form.addRow(self.tr("Notiz"), self.notes)

    def values(self) -> tuple[dt.date, Decimal, str, str]:
        return (
            from_qdate(self.day.date()),
            self.amount.amount() or Decimal(0),
            self.method.currentText(),
            self.notes.text(),
        )

    @Slot()
    def save(self) -> None:
        if (self.amount.amount() or 0) <= 0:
            self.show_error(self.tr("Bitte einen Betrag größer als 0 eingeben."))
            return
        self.accept()


class AmountDialog(FormDialog):
    """The standard amount or an individual one (reduction, waiver, cancellation fee)."""

    def __init__(self, name: str, standard: Decimal, individual: Decimal | None, parent: QWidget | None = None):
        super().__init__(self.tr("Betrag ändern"), parent)
        self.form.addRow(QLabel(f"<b>{_html(name)}</b>"))
        self.standard = QRadioButton(
            self.tr("Standardbetrag nach den Preisen der Reise (%1)").replace("%1", money(standard))
        )
        self.individual = QRadioButton(self.tr("Individueller Betrag"))
        group = QButtonGroup(self)
        group.addButton(self.standard)
        group.addButton(self.individual)
        self.amount = MoneyEdit(allow_empty=False)
        self.amount.set_amount(individual if individual is not None else standard)
        (self.individual if individual is not None else self.standard).setChecked(True)
        self.amount.setEnabled(individual is not None)
        self.individual.toggled.connect(self.amount.setEnabled)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("z. B. Ermäßigung, Ausfallbeitrag erlassen"))
        row = QHBoxLayout()
        row.addWidget(self.individual)
        row.addWidget(self.amount, 1)
        self.form.addRow(self.standard)
        self.form.addRow(row)
        self.form.addRow(self.tr("Grund"), self.reason)

    def value(self) -> Decimal | None:
        return self.amount.amount() if self.individual.isChecked() else None

    @Slot()
    def save(self) -> None:
        self.accept()


class PaymentsDialog(Dialog):
    """The payments and refunds of one participant; a wrong entry can be deleted."""

    def __init__(self, db: Database, registration_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.registration_id = db, registration_id
        self.changed = False
        self.setWindowTitle(self.tr("Zahlungen: %1").replace("%1", name))
        self.resize(640, 360)
        self.model = RowTableModel(
            [
                TableColumn(self.tr("Datum"), lambda p: p.paid_on),
                TableColumn(self.tr("Betrag"), lambda p: p.amount, display=lambda p: money(p.amount), align_right=True),
                TableColumn(self.tr("Art"), lambda p: self.tr("Erstattung") if p.is_refund else self.tr("Zahlung")),
                TableColumn(self.tr("Zahlungsweg"), lambda p: p.method),
                TableColumn(self.tr("Notiz"), lambda p: p.notes),
            ],
            self,
        )
        self.view = make_table_view(self.model, stretch_column=4)
        delete = QPushButton(self.tr("Eintrag löschen…"))
        delete.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(delete)
        bar.addStretch()
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.load()

    def load(self) -> None:
        self.model.set_rows(ex.payments(self.db, self.registration_id))

    @Slot()
    def delete_selected(self) -> None:
        from .. import dialogs

        rows = selected_rows(self.view)
        if not rows:
            dialogs.inform(self, self.windowTitle(), self.tr("Bitte zuerst einen Eintrag auswählen."))
            return
        payment = rows[0]
        if not dialogs.ask(
            self,
            self.windowTitle(),
            self.tr("Den Eintrag über %1 vom %2 löschen?")
            .replace("%1", money(payment.amount))
            .replace("%2", payment.paid_on.strftime("%d.%m.%Y")),
            accept=self.tr("Löschen"),
            details=self.tr("Nur für falsch erfasste Einträge; die Löschung wird protokolliert."),
        ):
            return
        try:
            ex.delete_payment(self.db, payment.id)
        except UserError as exc:
            show_error(self, exc, title=self.windowTitle())
        self.changed = True
        self.load()


class DayDialog(FormDialog):
    def __init__(self, title: str, day: DayData, first: dt.date, last: dt.date, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.day = date_edit(day.day_date)
        self.day.setDateRange(to_qdate(first), to_qdate(last))
        self.day_title = QLineEdit(day.title or "")
        self.day_title.setPlaceholderText(self.tr("z. B. Anreise und Delft"))
        self.day_title.setMinimumWidth(360)
        self.form.addRow(self.tr("Datum"), self.day)
        self.form.addRow(self.tr("Überschrift"), self.day_title)

    def values(self) -> tuple[dt.date, str]:
        return from_qdate(self.day.date()), self.day_title.text()

    @Slot()
    def save(self) -> None:
        self.accept()


class ItemDialog(FormDialog):
    def __init__(self, title: str, item: ItemData, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.time = OptionalTime(self.tr("Uhrzeit"))
        self.time.set_value(item.start_time)
        self.place = QLineEdit(item.place or "")
        self.host = QLineEdit(item.host_contact or "")
        self.host.setPlaceholderText(self.tr("z. B. Quartiersmanagement, Frau Smit"))
        self.description = QPlainTextEdit(item.description or "")
        self.description.setPlaceholderText(self.tr("Was wird besichtigt oder besprochen?"))
        self.description.setMinimumSize(420, 90)
        self.form.addRow(self.tr("Zeit"), self.time)
        self.form.addRow(self.tr("Ort"), self.place)
        self.form.addRow(self.tr("Gastgeber / Kontakt"), self.host)
        self.form.addRow(self.tr("Programm"), self.description)

    def item(self) -> ItemData:
        return ItemData(self.time.value(), self.place.text(), self.host.text(), self.description.toPlainText())

    @Slot()
    def save(self) -> None:
        if not self.description.toPlainText().strip():
            self.show_error(self.tr("Bitte beschreiben, was auf dem Programm steht."))
            return
        self.accept()


def _html(text: str) -> str:
    from html import escape

    return escape(text)
