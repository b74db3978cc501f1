"""The "Rechnungen" tab of the organisation form: invoice address, Leitweg-ID, channel,
invoice e-mail, population or fee overrides with a reason, and the fee of this year."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from model.core.db import Database
from model.core.errors import ValidationError
from model.core.formatting import money
from model.core.vocab import INVOICE_CHANNELS
from model.invoicing.fees import fee_of
from model.members.billing import OrganisationBillingData, load_organisation_billing, save_organisation_billing


class BillingTab(QWidget):
    def __init__(self, db: Database, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.loaded = load_organisation_billing(db, organisation_id) if organisation_id else OrganisationBillingData()
        data = self.loaded
        self.recipient = QLineEdit(data.recipient or "")
        self.recipient.setPlaceholderText(self.tr("z. B. Amt für Stadterneuerung"))
        self.street = QLineEdit(data.street or "")
        self.postcode = QLineEdit(data.postcode or "")
        self.city = QLineEdit(data.city or "")
        for edit in (self.street, self.postcode, self.city):
            edit.setPlaceholderText(self.tr("leer: wie Stammdaten"))
        self.leitweg_id = QLineEdit(data.leitweg_id or "")
        self.leitweg_id.setPlaceholderText(self.tr("z. B. 05113000-12345-67"))
        self.invoice_email = QLineEdit(data.invoice_email or "")
        self.channel = QComboBox()
        for channel in INVOICE_CHANNELS:
            self.channel.addItem(channel, channel)
        self.channel.setCurrentIndex(max(self.channel.findData(data.channel), 0))
        self.population = QLineEdit("" if data.population_override is None else str(data.population_override))
        self.population.setPlaceholderText(self.tr("leer: amtliche Zahl"))
        self.fee = QLineEdit("" if data.fee_override is None else f"{data.fee_override:.2f}".replace(".", ","))
        self.fee.setPlaceholderText(self.tr("leer: nach Beitragsstaffel"))
        self.reason = QLineEdit(data.override_reason or "")
        self.fee_label = QLabel()
        self.fee_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Rechnung an (Zusatz)"), self.recipient)
        form.addRow(self.tr("Straße"), self.street)
        form.addRow(self.tr("PLZ"), self.postcode)
        form.addRow(self.tr("Ort"), self.city)
        form.addRow(self.tr("Leitweg-ID"), self.leitweg_id)
        form.addRow(self.tr("E-Mail für Rechnungen"), self.invoice_email)
        form.addRow(self.tr("Rechnungsweg"), self.channel)
        form.addRow(self.tr("Einwohner (abweichend)"), self.population)
        form.addRow(self.tr("Beitrag (abweichend)"), self.fee)
        form.addRow(self.tr("Begründung"), self.reason)
        form.addRow(self.tr("Beitrag dieses Jahr"), self.fee_label)
        self.show_fee(organisation_id)

    def field_widgets(self) -> dict[str, QWidget]:
        """Widgets by the field names of ``model.members.billing`` errors."""
        return {
            "Leitweg-ID": self.leitweg_id,
            "E-Mail für Rechnungen": self.invoice_email,
            "Rechnungsweg": self.channel,
            "population_override": self.population,
            "fee_override": self.fee,
            "override_reason": self.reason,
        }

    def show_fee(self, organisation_id: int | None) -> None:
        year = dt.date.today().year
        fee = fee_of(self.db, organisation_id, year) if organisation_id else None
        if fee is None:
            self.fee_label.setText(self.tr("kein Mitglied im Jahr %1").replace("%1", str(year)))
        elif fee.amount is None:
            self.fee_label.setText(self.tr("kein Beitrag"))
        else:
            detail = "; ".join(p for p in (fee.tier, fee.population_note, fee.note) if p)
            self.fee_label.setText(f"{money(fee.amount)} ({detail})" if detail else money(fee.amount))

    def collect(self) -> OrganisationBillingData:
        population = self.population.text().strip().replace(".", "")
        if population and not population.isdigit():
            raise ValidationError(
                self.tr("Einwohner: »%1« ist keine Zahl.").replace("%1", population), "population_override"
            )
        fee_text = self.fee.text().strip().replace("€", "").replace(".", "").replace(",", ".").strip()
        try:
            fee = Decimal(fee_text) if fee_text else None
        except InvalidOperation:
            raise ValidationError(
                self.tr("Beitrag: »%1« ist kein Betrag.").replace("%1", self.fee.text()), "fee_override"
            ) from None
        return OrganisationBillingData(
            recipient=self.recipient.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            leitweg_id=self.leitweg_id.text(),
            invoice_email=self.invoice_email.text(),
            channel=self.channel.currentData(),
            population_override=int(population) if population else None,
            fee_override=fee,
            override_reason=self.reason.text(),
        )

    def checked(self) -> OrganisationBillingData:
        """The typed data, checked (raises ValidationError naming the field)."""
        return self.collect().checked()

    def is_dirty(self) -> bool:
        try:
            return asdict(self.collect().checked()) != asdict(self.loaded.checked())
        except ValidationError:
            return True

    def save(self, organisation_id: int, data: OrganisationBillingData) -> None:
        save_organisation_billing(self.db, organisation_id, data)
        self.loaded = data
        self.show_fee(organisation_id)
