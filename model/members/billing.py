"""Billing data: the invoice details of an organisation and the seller data of the office.

Identifiers are checked with ``python-stdnum`` (Leitweg-ID: form and ISO 7064 MOD 97-10
check digit; IBAN: MOD 97; BIC: form; German VAT ID: check digit), so that a typo is caught
when it is typed and not when the public body's invoice portal rejects the e-invoice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from ..core import audit
from ..core.db import Database
from ..core.entities import BillingProfile, Organisation, OrganisationBilling
from ..core.errors import ValidationError
from ..core.vocab import INVOICE_CHANNELS, TAX_CATEGORIES

PREFIX_PATTERN = re.compile(r"^[A-Za-z0-9]{1,12}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DEFAULT_REMINDER1 = (
    "sicher ist Ihnen entgangen, dass die folgende Rechnung noch offen ist. "
    "Wir bitten Sie, den offenen Betrag bis zum unten genannten Datum zu überweisen."
)
DEFAULT_REMINDER2 = (
    "trotz unserer Zahlungserinnerung ist die folgende Rechnung noch nicht beglichen. "
    "Bitte überweisen Sie den offenen Betrag bis zum unten genannten Datum."
)


# --- identifiers -----------------------------------------------------------------------


def normalise_leitweg_id(value: str | None, field: str = "Leitweg-ID") -> str | None:
    """The Leitweg-ID in upper case, or None when empty; raises ValidationError when wrong."""
    from stdnum import exceptions
    from stdnum.de import leitweg

    text = (value or "").strip().upper()
    if not text:
        return None
    try:
        return leitweg.validate(text)
    except exceptions.InvalidChecksum:
        raise ValidationError(f"{field}: Die Prüfziffer von »{text}« stimmt nicht (Tippfehler?).", field) from None
    except exceptions.ValidationError:
        raise ValidationError(
            f"{field}: »{text}« hat nicht die Form einer Leitweg-ID "
            "(Grobadressierung-Feinadressierung-Prüfziffer, z. B. 05113000-12345-67).",
            field,
        ) from None


def normalise_iban(value: str | None) -> str | None:
    from stdnum import exceptions, iban

    text = (value or "").strip()
    if not text:
        return None
    try:
        return iban.validate(text)
    except exceptions.InvalidChecksum:
        raise ValidationError(f"IBAN: Die Prüfziffer von »{text}« stimmt nicht (Tippfehler?).", "iban") from None
    except exceptions.ValidationError:
        raise ValidationError(f"IBAN: »{text}« ist keine gültige IBAN.", "iban") from None


def normalise_bic(value: str | None) -> str | None:
    from stdnum import bic, exceptions

    text = (value or "").strip()
    if not text:
        return None
    try:
        return bic.validate(text)
    except exceptions.ValidationError:
        raise ValidationError(f"BIC: »{text}« ist keine gültige BIC (8 oder 11 Zeichen).", "bic") from None


def normalise_vat_id(value: str | None) -> str | None:
    from stdnum import exceptions
    from stdnum.eu import vat

    text = (value or "").strip()
    if not text:
        return None
    try:
        return vat.validate(text)
    except exceptions.ValidationError:
        raise ValidationError(
            f"USt-IdNr.: »{text}« ist keine gültige Umsatzsteuer-Identifikationsnummer.", "vat_id"
        ) from None


def normalise_channel(value: str | None, field: str = "Rechnungsweg") -> str:
    text = (value or "").strip()
    if not text:
        return "PDF per E-Mail"
    for channel in INVOICE_CHANNELS:
        if text.casefold() == channel.casefold():
            return channel
    raise ValidationError(f"{field}: »{text}« ist kein Rechnungsweg (erlaubt: {', '.join(INVOICE_CHANNELS)}).", field)


def normalise_email(value: str | None, field: str = "E-Mail für Rechnungen") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not EMAIL_PATTERN.match(text):
        raise ValidationError(f"{field}: »{text}« ist keine E-Mail-Adresse.", field)
    return text


# --- organisation billing data ----------------------------------------------------------


@dataclass
class OrganisationBillingData:
    recipient: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    leitweg_id: str | None = None
    invoice_email: str | None = None
    channel: str = "PDF per E-Mail"
    population_override: int | None = None
    fee_override: Decimal | None = None
    override_reason: str | None = None

    def checked(self) -> OrganisationBillingData:
        """A normalised copy; raises ValidationError naming the field."""
        data = OrganisationBillingData(**{f.name: getattr(self, f.name) for f in fields(self)})
        for name in ("recipient", "street", "postcode", "city", "override_reason"):
            setattr(data, name, (getattr(data, name) or "").strip() or None)
        data.leitweg_id = normalise_leitweg_id(data.leitweg_id)
        data.invoice_email = normalise_email(data.invoice_email)
        data.channel = normalise_channel(data.channel)
        if data.channel == "XRechnung" and not data.leitweg_id:
            raise ValidationError("Rechnungsweg XRechnung braucht eine Leitweg-ID.", "Leitweg-ID")
        if data.channel == "PDF per E-Mail" and not data.invoice_email:
            pass  # falls back to the organisation's e-mail
        if data.population_override is not None and data.population_override < 0:
            raise ValidationError("Einwohnerzahl: darf nicht negativ sein.", "population_override")
        if data.fee_override is not None:
            try:
                data.fee_override = Decimal(str(data.fee_override)).quantize(Decimal("0.01"))
            except InvalidOperation:
                raise ValidationError("Beitrag: keine Zahl.", "fee_override") from None
            if data.fee_override < 0:
                raise ValidationError("Beitrag: darf nicht negativ sein.", "fee_override")
        overridden = data.population_override is not None or data.fee_override is not None
        if overridden and not data.override_reason:
            raise ValidationError(
                "Abweichende Einwohnerzahl oder abweichender Beitrag braucht eine Begründung.", "override_reason"
            )
        return data


def _billing_fields() -> list[str]:
    return [f.name for f in fields(OrganisationBillingData)]


def load_organisation_billing(db: Database, organisation_id: int) -> OrganisationBillingData:
    with db.session() as session:
        row = session.get(OrganisationBilling, organisation_id)
        if row is None:
            return OrganisationBillingData()
        return OrganisationBillingData(**{name: getattr(row, name) for name in _billing_fields()})


def billing_by_organisation(db: Database) -> dict[int, OrganisationBillingData]:
    """The billing data of every organisation that has some (for lists and exports)."""
    from sqlalchemy import select

    with db.session() as session:
        return {
            row.organisation_id: OrganisationBillingData(**{name: getattr(row, name) for name in _billing_fields()})
            for row in session.scalars(select(OrganisationBilling))
        }


def store_organisation_billing(session, organisation_id: int, data: OrganisationBillingData) -> None:
    """Writes checked billing data inside the caller's transaction (form save, import)."""
    row = session.get(OrganisationBilling, organisation_id)
    if row is None:
        row = OrganisationBilling(organisation_id=organisation_id)
        session.add(row)
    for name in _billing_fields():
        setattr(row, name, getattr(data, name))


def save_organisation_billing(db: Database, organisation_id: int, data: OrganisationBillingData) -> None:
    checked = data.checked()
    with db.writing() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise ValidationError(f"Die Organisation mit der Nummer {organisation_id} gibt es nicht.")
        store_organisation_billing(session, organisation_id, checked)
        audit.record(session, "organisation", organisation_id, "update", "Rechnungsdaten gespeichert")


# --- the office as seller ----------------------------------------------------------------


@dataclass
class SellerData:
    seller_name: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    vat_id: str | None = None
    tax_number: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    tax_category: str = "E"
    tax_rate: Decimal = Decimal("0")
    exemption_reason: str | None = None
    trip_tax_category: str = "E"
    trip_tax_rate: Decimal = Decimal("0")
    trip_exemption_reason: str | None = None
    invoice_prefix: str = "RE"
    payment_days: int = 30
    pro_rata: bool = False
    reminder1_text: str | None = None
    reminder2_text: str | None = None

    def checked(self) -> SellerData:
        data = SellerData(**{f.name: getattr(self, f.name) for f in fields(self)})
        for f in fields(data):
            if f.type in ("str | None",):
                setattr(data, f.name, (getattr(data, f.name) or "").strip() or None)
        data.iban = normalise_iban(data.iban)
        data.bic = normalise_bic(data.bic)
        data.vat_id = normalise_vat_id(data.vat_id)
        if data.contact_email:
            data.contact_email = normalise_email(data.contact_email, "E-Mail (Ansprechpartner)")
        data.tax_rate = _checked_tax(data.tax_category, data.tax_rate, data.exemption_reason, "")
        data.trip_tax_rate = _checked_tax(
            data.trip_tax_category, data.trip_tax_rate, data.trip_exemption_reason, "Reisekosten: ", "trip_"
        )
        if not PREFIX_PATTERN.match(data.invoice_prefix or ""):
            raise ValidationError("Präfix der Rechnungsnummer: 1 bis 12 Buchstaben oder Ziffern.", "invoice_prefix")
        if not 0 <= int(data.payment_days) <= 365:
            raise ValidationError("Zahlungsziel: 0 bis 365 Tage.", "payment_days")
        return data

    def missing_for_invoices(self) -> list[str]:
        """What an invoice needs and the profile lacks (German field names)."""
        missing = []
        if not self.iban:
            missing.append("IBAN")
        if not (self.vat_id or self.tax_number):
            missing.append("Steuernummer oder USt-IdNr.")
        if not (self.contact_name and self.contact_phone and self.contact_email):
            missing.append("Ansprechpartner mit Telefon und E-Mail")
        return missing


def _checked_tax(category: str, rate, reason: str | None, label: str, prefix: str = "") -> Decimal:
    """The tax rate for the category; raises ValidationError for a missing rate or reason."""
    if category not in TAX_CATEGORIES:
        raise ValidationError(
            f"{label}Steuerkategorie: S (Regelsatz), E (steuerbefreit) oder O (nicht steuerbar).",
            f"{prefix}tax_category",
        )
    try:
        rate = Decimal(str(rate)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValidationError(f"{label}Steuersatz: keine Zahl.", f"{prefix}tax_rate") from None
    if category == "S" and rate <= 0:
        raise ValidationError(f"{label}Steuersatz: beim Regelsatz (S) größer als 0 %.", f"{prefix}tax_rate")
    if category != "S":
        if not reason:
            raise ValidationError(
                f"{label}Befreiungsgrund: ohne Umsatzsteuer braucht die Rechnung einen Befreiungsgrund.",
                f"{prefix}exemption_reason",
            )
        return Decimal("0.00")
    return rate


def load_seller(db: Database) -> SellerData:
    with db.session() as session:
        row = session.get(BillingProfile, 1)
        if row is None:
            return SellerData()
        return SellerData(**{f.name: getattr(row, f.name) for f in fields(SellerData)})


def save_seller(db: Database, data: SellerData) -> None:
    checked = data.checked()
    with db.writing() as session:
        row = session.get(BillingProfile, 1)
        if row is None:
            row = BillingProfile(id=1)
            session.add(row)
        for f in fields(SellerData):
            setattr(row, f.name, getattr(checked, f.name))
        audit.record(session, "billing_profile", 1, "update", "Rechnungsangaben gespeichert")
