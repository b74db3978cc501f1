"""Einstellungen › Beiträge & Rechnungen: the office as seller (bank, tax, contact), invoice
numbering and payment term, reminder texts, pro rata, and the fee schedule by population."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.kit.errors import show_error
from model.core.db import Database
from model.core.errors import ValidationError
from model.core.vocab import EXEMPT, MUNICIPALITY, NOT_SUBJECT, ORGANISATION_KINDS, STANDARD_RATE
from model.invoicing.fees import POPULATION_AS_OF, POPULATION_SOURCE, Tier, save_schedule, schedule_for
from model.members.billing import SellerData, load_seller, save_seller

TAX_LABELS = {EXEMPT: "E – steuerbefreit", NOT_SUBJECT: "O – nicht steuerbar", STANDARD_RATE: "S – Regelsatz"}


def _amount(text: str, label: str) -> Decimal | None:
    text = text.strip().replace("€", "").replace(".", "").replace(",", ".").strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValidationError(f"{label}: »{text}« ist kein Betrag.") from None


class FeesSettingsTab(QWidget):
    """One tab of the settings dialog; ``save`` returns False (after a message) on bad input."""

    def __init__(self, db: Database, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        year = year or dt.date.today().year  # shows the schedule that applies now
        self.db = db
        self.seller = load_seller(db)
        self.inputs: dict[str, QLineEdit] = {}
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self._seller_box())
        inner.addWidget(self._schedule_box(year))
        scroll = QScrollArea()  # taller than the dialog: scroll instead of squeezing the fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit(str(getattr(self.seller, name) or ""))
        edit.setPlaceholderText(placeholder)
        form.addRow(label, edit)
        self.inputs[name] = edit

    def _seller_box(self) -> QWidget:
        box = QGroupBox(self.tr("Rechnungssteller"))
        form = QFormLayout(box)
        self._line(form, "seller_name", self.tr("Name (rechtlich)"), self.tr("z. B. Stadt Essen"))
        self._line(form, "contact_name", self.tr("Ansprechpartner"))
        self._line(form, "contact_phone", self.tr("Telefon"))
        self._line(form, "contact_email", self.tr("E-Mail"))
        self._line(form, "tax_number", self.tr("Steuernummer"))
        self._line(form, "vat_id", self.tr("USt-IdNr."))
        self._line(form, "iban", self.tr("IBAN"))
        self._line(form, "bic", self.tr("BIC"))
        self._line(form, "bank_name", self.tr("Bank"))
        self.tax_category = QComboBox()
        for code, label in TAX_LABELS.items():
            self.tax_category.addItem(label, code)
        self.tax_category.setCurrentIndex(max(self.tax_category.findData(self.seller.tax_category), 0))
        form.addRow(self.tr("Umsatzsteuer Beiträge"), self.tax_category)
        self._line(form, "tax_rate", self.tr("Steuersatz Beiträge (%)"))
        self._line(form, "exemption_reason", self.tr("Befreiungsgrund Beiträge"))
        self.trip_tax_category = QComboBox()
        for code, label in TAX_LABELS.items():
            self.trip_tax_category.addItem(label, code)
        self.trip_tax_category.setCurrentIndex(max(self.trip_tax_category.findData(self.seller.trip_tax_category), 0))
        form.addRow(self.tr("Umsatzsteuer Reisekosten"), self.trip_tax_category)
        self._line(form, "trip_tax_rate", self.tr("Steuersatz Reisekosten (%)"))
        self._line(form, "trip_exemption_reason", self.tr("Befreiungsgrund Reisekosten"))
        self._line(form, "invoice_prefix", self.tr("Kürzel der Rechnungsnummern"), "RE")
        self.payment_days = QSpinBox()
        self.payment_days.setRange(0, 365)
        self.payment_days.setValue(int(self.seller.payment_days))
        self.payment_days.setSuffix(self.tr(" Tage"))
        form.addRow(self.tr("Zahlungsziel"), self.payment_days)
        self.pro_rata = QCheckBox(
            self.tr("Bei Eintritt oder Austritt im Jahr nur die Monate der Mitgliedschaft berechnen")
        )
        self.pro_rata.setChecked(bool(self.seller.pro_rata))
        form.addRow("", self.pro_rata)
        self.reminder1 = QPlainTextEdit(self.seller.reminder1_text or "")
        self.reminder2 = QPlainTextEdit(self.seller.reminder2_text or "")
        for edit in (self.reminder1, self.reminder2):
            edit.setPlaceholderText(self.tr("Leer lassen für den Standardtext"))
            edit.setFixedHeight(48)
        form.addRow(self.tr("Text der Zahlungserinnerung"), self.reminder1)
        form.addRow(self.tr("Text der 2. Mahnung"), self.reminder2)
        return box

    def _schedule_box(self, year: int) -> QWidget:
        box = QGroupBox(self.tr("Beitragsstaffel"))
        layout = QVBoxLayout(box)
        schedule = schedule_for(self.db, year)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Gültig ab")))
        self.valid_from = QSpinBox()
        self.valid_from.setRange(2000, 2100)
        self.valid_from.setValue(schedule.valid_from_year if schedule else year)
        row.addWidget(self.valid_from)
        row.addStretch()
        layout.addLayout(row)
        self.tiers = QTableWidget(6, 2)
        self.tiers.setHorizontalHeaderLabels([self.tr("Einwohner unter (leer: oberste Stufe)"), self.tr("Beitrag €")])
        self.tiers.horizontalHeader().setStretchLastSection(True)
        self.tiers.setColumnWidth(0, 260)
        self.tiers.setFixedHeight(200)
        for index, tier in enumerate(schedule.tiers if schedule else ()):
            if index >= self.tiers.rowCount():
                self.tiers.insertRow(index)
            bound = "" if tier.population_below is None else str(tier.population_below)
            self.tiers.setItem(index, 0, QTableWidgetItem(bound))
            self.tiers.setItem(index, 1, QTableWidgetItem(f"{tier.amount:.2f}".replace(".", ",")))
        layout.addWidget(self.tiers)
        kinds = QFormLayout()
        self.kind_inputs: dict[str, QLineEdit] = {}
        for kind in ORGANISATION_KINDS:
            if kind == MUNICIPALITY:
                continue
            amount = schedule.kind_amounts.get(kind) if schedule else None
            edit = QLineEdit("" if amount is None else f"{amount:.2f}".replace(".", ","))
            edit.setPlaceholderText(self.tr("kein Beitrag"))
            kinds.addRow(self.tr("Fester Beitrag %1").replace("%1", kind), edit)
            self.kind_inputs[kind] = edit
        layout.addLayout(kinds)
        note = QLabel(
            self.tr(
                "Einwohnerzahlen: %1, Stand %2. Abweichende Zahlen oder Beiträge trägt man "
                "bei der Organisation mit Begründung ein."
            )
            .replace("%1", POPULATION_SOURCE)
            .replace("%2", POPULATION_AS_OF)
        )
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        layout.addWidget(note)
        return box

    def collect(self) -> tuple[SellerData, list[Tier], dict[str, Decimal | None]]:
        data = SellerData(**vars(self.seller))
        for name, edit in self.inputs.items():
            setattr(data, name, edit.text())
        data.tax_rate = _amount(self.inputs["tax_rate"].text(), self.tr("Steuersatz")) or Decimal(0)
        data.tax_category = self.tax_category.currentData()
        data.trip_tax_rate = _amount(self.inputs["trip_tax_rate"].text(), self.tr("Steuersatz Reisekosten")) or Decimal(
            0
        )
        data.trip_tax_category = self.trip_tax_category.currentData()
        data.payment_days = self.payment_days.value()
        data.pro_rata = self.pro_rata.isChecked()
        data.reminder1_text = self.reminder1.toPlainText().strip() or None
        data.reminder2_text = self.reminder2.toPlainText().strip() or None
        tiers = []
        for row in range(self.tiers.rowCount()):
            cells = [self.tiers.item(row, column) for column in (0, 1)]
            bound, amount = [(cell.text().strip() if cell else "") for cell in cells]
            if not bound and not amount:
                continue
            label = self.tr("Beitragsstaffel, Zeile %1").replace("%1", str(row + 1))
            if bound and not bound.replace(".", "").isdigit():
                raise ValidationError(f"{label}: »{bound}« ist keine Einwohnerzahl.")
            value = _amount(amount, label)
            if value is None:
                raise ValidationError(f"{label}: Bitte einen Beitrag angeben.")
            tiers.append(Tier(int(bound.replace(".", "")) if bound else None, value))
        kinds = {kind: _amount(edit.text(), kind) for kind, edit in self.kind_inputs.items()}
        return data, tiers, kinds

    def save(self) -> bool:
        try:
            seller, tiers, kinds = self.collect()
            seller.checked()
            save_schedule(self.db, self.valid_from.value(), tiers, kinds)
            save_seller(self.db, seller)
        except ValidationError as exc:
            show_error(self, exc, title=self.tr("Beiträge & Rechnungen"))
            return False
        return True
