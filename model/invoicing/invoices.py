"""The invoice register: yearly fee run, trip invoices, payments, reminders, credit notes.

- Numbers ``PREFIX-YYYY-NNNN`` run without gaps per issue year over invoices and credit
  notes alike. They are allocated inside the write transaction (``Database.writing``: BEGIN
  IMMEDIATE on SQLite, an advisory lock on PostgreSQL), with UNIQUE(year, sequence) as the
  backstop, as for certificates; a run that fails or is cancelled rolls back as a whole, so
  no number is ever skipped, and none is reused because rows are never deleted.
- What was billed carries a unique ``billing_key``: a rerun of a year (or a trip) bills
  nobody twice. A credit note frees the key, so a corrected invoice can follow.
- The snapshot is everything the documents say; PDF and XML are rendered from it, so a
  reprint is identical. XRechnung invoices are validated by the official rules before the
  transaction commits: an invalid one is refused with the broken rule's text.
- The state is derived: storniert (a credit note cancels it), bezahlt, teilbezahlt, offen.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from ..core import audit
from ..core.db import Database
from ..core.entities import (
    BillingProfile,
    Event,
    Invoice,
    InvoicePayment,
    InvoiceReminder,
    OfficeProfile,
    Organisation,
    OrganisationBilling,
    Person,
    Registration,
    Trip,
)
from ..core.errors import Cancelled, UserError, ValidationError
from ..core.formatting import money
from ..core.vocab import CALLED_OFF, EXCURSION, SINGLE_ROOM
from ..members.billing import DEFAULT_REMINDER1, DEFAULT_REMINDER2, SellerData, load_seller
from .fees import MemberFee, member_fees

CENT = Decimal("0.01")
REMINDER_DAYS = 14
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class IssuedInvoice:
    id: int
    number: str
    snapshot: dict

    @property
    def wants_xml(self) -> bool:
        return self.snapshot["channel"] == "XRechnung"

    def xml(self) -> bytes:
        from .xrechnung import document_xml

        return document_xml(self.snapshot)


@dataclass
class RunResult:
    issued: list[IssuedInvoice] = field(default_factory=list)
    already_billed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "name: reason"


# --- parties ---------------------------------------------------------------------------


def _seller_snapshot(session, seller: SellerData) -> dict:
    office = session.get_one(OfficeProfile, 1)
    missing = seller.missing_for_invoices()
    if not (office.street and office.postcode and office.city):
        missing.append("Anschrift der Geschäftsstelle")
    if missing:
        raise UserError(
            "Für Rechnungen fehlt in den Einstellungen (Beiträge & Rechnungen): " + ", ".join(missing) + "."
        )
    return {
        "name": seller.seller_name or office.office_name,
        "office_name": office.office_name,
        "network": office.network_name,
        "street": office.street,
        "postcode": office.postcode,
        "city": office.city,
        "country": "DE",
        "email": office.email or seller.contact_email,
        "website": office.website,
        "phone": office.phone,
        "contact_name": seller.contact_name,
        "contact_phone": seller.contact_phone,
        "contact_email": seller.contact_email,
        "vat_id": seller.vat_id,
        "tax_number": seller.tax_number,
        "iban": seller.iban,
        "bic": seller.bic,
        "bank_name": seller.bank_name,
        "signatory_name": office.signatory_name,
        "signatory_function": office.signatory_function,
    }


def customer_number(organisation_id: int | None = None, person_id: int | None = None) -> str:
    return f"K{organisation_id:05d}" if organisation_id is not None else f"P{person_id:05d}"


def _organisation_buyer(organisation: Organisation, billing: OrganisationBilling | None) -> dict:
    b = billing
    return {
        "name": organisation.name,
        "recipient": b.recipient if b and b.recipient else None,
        "street": (b.street if b and b.street else organisation.street),
        "postcode": (b.postcode if b and b.postcode else organisation.postcode),
        "city": (b.city if b and b.city else organisation.city),
        "country": "DE",
        "leitweg_id": b.leitweg_id if b else None,
        "email": (b.invoice_email if b and b.invoice_email else organisation.email),
        "channel": b.channel if b else ("PDF per E-Mail" if organisation.email else "Brief"),
        "customer_number": customer_number(organisation_id=organisation.id),
    }


def _person_buyer(person: Person) -> dict:
    name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
    return {
        "name": name,
        "recipient": None,
        "street": person.street,
        "postcode": person.postcode,
        "city": person.city,
        "country": "DE",
        "leitweg_id": None,
        "email": person.email,
        "channel": "PDF per E-Mail" if person.email else "Brief",
        "customer_number": customer_number(person_id=person.id),
    }


# --- numbering and snapshots -------------------------------------------------------------


def _next_sequence(session, year: int) -> int:
    current = session.scalar(select(func.max(Invoice.sequence)).where(Invoice.year == year))
    return (current or 0) + 1


def _grouped(iban: str | None) -> str:
    compact = (iban or "").replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _date_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _totals(lines: list[dict], tax: dict) -> tuple[Decimal, Decimal, Decimal]:
    net = sum((Decimal(line["amount"]) for line in lines), Decimal("0"))
    amount = (net * Decimal(tax["rate"]) / 100).quantize(CENT) if tax["category"] == "S" else Decimal("0.00")
    return net.quantize(CENT), amount, (net + amount).quantize(CENT)


def _line(position: int, description: str, amount: Decimal, detail: str | None = None) -> dict:
    amount = Decimal(amount).quantize(CENT)
    return {
        "position": position,
        "description": description,
        "detail": detail,
        "quantity": "1",
        "unit_price": str(amount),
        "amount": str(amount),
    }


def _tax_snapshot(seller: SellerData, purpose: str) -> dict:
    """Contributions and trip fees each have their own tax treatment (Einstellungen)."""
    if purpose == "Reisekosten":
        category, rate, reason = seller.trip_tax_category, seller.trip_tax_rate, seller.trip_exemption_reason
    else:
        category, rate, reason = seller.tax_category, seller.tax_rate, seller.exemption_reason
    return {
        "category": category,
        "rate": str(Decimal(rate).quantize(CENT)),
        "exemption_reason": reason if category != "S" else None,
    }


def _issue(
    session,
    *,
    seller: SellerData,
    seller_party: dict,
    buyer: dict,
    kind: str,
    purpose: str,
    subject: str,
    intro: str,
    lines: list[dict],
    period: dict | None,
    issued_on: dt.date,
    billing_key: str | None,
    organisation_id: int | None = None,
    person_id: int | None = None,
    fee_year: int | None = None,
    trip_event_id: int | None = None,
    cancels: Invoice | None = None,
) -> IssuedInvoice:
    """Allocates the next number and stores the invoice; validates the XRechnung first."""
    sequence = _next_sequence(session, issued_on.year)
    number = f"{seller.invoice_prefix}-{issued_on.year}-{sequence:04d}"
    due_on = issued_on + dt.timedelta(days=int(seller.payment_days))
    # A credit note repeats the tax treatment of the invoice it cancels.
    tax = json.loads(cancels.snapshot)["tax"] if cancels is not None else _tax_snapshot(seller, purpose)
    net, tax_amount, total = _totals(lines, tax)
    terms = (
        f"Zahlbar ohne Abzug bis zum {_date_text(due_on)} auf das Konto IBAN {_grouped(seller.iban)}"
        f"{' (BIC ' + seller.bic + ')' if seller.bic else ''} unter Angabe der Rechnungsnummer {number}."
    )
    if kind == "Gutschrift" and cancels is not None:
        terms = f"Der Betrag wird mit der Rechnung {cancels.number} verrechnet oder erstattet."
    snapshot = {
        "number": number,
        "kind": kind,
        "purpose": purpose,
        "issued_on": issued_on.isoformat(),
        "due_on": due_on.isoformat(),
        "currency": "EUR",
        "channel": buyer["channel"],
        "subject": subject,
        "intro": intro,
        "seller": seller_party,
        "buyer": buyer,
        "lines": lines,
        "tax": tax,
        "net": str(net),
        "tax_amount": str(tax_amount),
        "total": str(total),
        "period": period,
        "payment_terms": terms,
        "cancels": ({"number": cancels.number, "issued_on": cancels.issued_on.isoformat()} if cancels else None),
    }
    issued = IssuedInvoice(0, number, snapshot)
    if issued.wants_xml:
        from .einvoice_validation import ensure_valid

        ensure_valid(issued.xml())  # raises with the broken rule's text; the run rolls back
    invoice = Invoice(
        number=number,
        year=issued_on.year,
        sequence=sequence,
        kind=kind,
        purpose=purpose,
        billing_key=billing_key,
        organisation_id=organisation_id,
        person_id=person_id,
        fee_year=fee_year,
        trip_event_id=trip_event_id,
        cancels_invoice_id=cancels.id if cancels else None,
        issued_on=issued_on,
        due_on=due_on,
        total=total,
        channel=buyer["channel"],
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        issued_at=dt.datetime.now().replace(microsecond=0),
        issued_by=audit.current_user(),
    )
    session.add(invoice)
    session.flush()
    audit.record(session, "invoice", invoice.id, "create", f"{kind} {number} über {money(total)}")
    return IssuedInvoice(invoice.id, number, snapshot)


def _step(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int, text: str) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(done, total, text)


# --- the yearly fee run -------------------------------------------------------------------


def fee_billing_key(year: int, organisation_id: int) -> str:
    return f"fee:{year}:org:{organisation_id}"


@dataclass(frozen=True)
class PlannedFee:
    fee: MemberFee
    billed_as: str | None  # number of the invoice that already bills it


def plan_fee_run(db: Database, year: int) -> list[PlannedFee]:
    """The preview of a fee run: every member's fee and whether it is billed already."""
    fees = member_fees(db, year)
    with db.session() as session:
        billed = dict(
            session.execute(
                select(Invoice.billing_key, Invoice.number).where(Invoice.billing_key.like(f"fee:{year}:%"))
            ).all()
        )
    return [PlannedFee(fee, billed.get(fee_billing_key(year, fee.organisation_id))) for fee in fees]


def run_fee_invoices(
    db: Database,
    year: int,
    *,
    issued_on: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RunResult:
    """One invoice per member of ``year`` not yet billed; all or nothing."""
    if not 2000 <= year <= 2100:
        raise ValidationError("Beitragsjahr: ein Jahr zwischen 2000 und 2100.")
    issued_on = issued_on or dt.date.today()
    fees = member_fees(db, year)
    seller = load_seller(db)
    result = RunResult()
    with db.writing() as session:
        seller_party = _seller_snapshot(session, seller)
        for done, fee in enumerate(fees):
            _step(progress, cancelled, done, len(fees), fee.organisation)
            if not fee.amount:
                result.skipped.append(f"{fee.organisation}: {fee.note or 'kein Beitrag'}")
                continue
            key = fee_billing_key(year, fee.organisation_id)
            existing = session.scalar(select(Invoice.number).where(Invoice.billing_key == key))
            if existing:
                result.already_billed.append(f"{fee.organisation}: {existing}")
                continue
            organisation = session.get_one(Organisation, fee.organisation_id)
            buyer = _organisation_buyer(organisation, session.get(OrganisationBilling, organisation.id))
            detail = "; ".join(
                p
                for p in (
                    fee.tier,
                    f"Einwohner: {fee.population:,}".replace(",", ".") if fee.population is not None else "",
                    fee.note,
                )
                if p
            )
            lines = [_line(1, f"Mitgliedsbeitrag {year}", fee.amount, detail or None)]
            try:
                result.issued.append(
                    _issue(
                        session,
                        seller=seller,
                        seller_party=seller_party,
                        buyer=buyer,
                        kind="Rechnung",
                        purpose="Mitgliedsbeitrag",
                        subject=f"Mitgliedsbeitrag {year}",
                        intro=f"für die Mitgliedschaft im Netzwerk berechnen wir Ihnen den Jahresbeitrag {year}:",
                        lines=lines,
                        period={"start": f"{year}-01-01", "end": f"{year}-12-31"},
                        issued_on=issued_on,
                        billing_key=key,
                        organisation_id=organisation.id,
                        fee_year=year,
                    )
                )
            except UserError as exc:
                raise UserError(f"{fee.organisation}: {exc}") from None
        _step(progress, cancelled, len(fees), len(fees), "")
    return result


# --- trip invoices -------------------------------------------------------------------------


def run_trip_invoices(
    db: Database,
    event_id: int,
    *,
    issued_on: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RunResult:
    """Per paying organisation one invoice listing its participants; people without an
    organisation pay themselves. Amounts follow ``model.excursions.excursions`` (contribution,
    single-room supplement, individual amounts)."""
    from ..excursions.excursions import participants, standard_due

    issued_on = issued_on or dt.date.today()
    seller = load_seller(db)
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.kind != EXCURSION:
            raise UserError(f"Die Exkursion mit der Nummer {event_id} gibt es nicht.")
        if event.status == CALLED_OFF:
            raise UserError("Die Exkursion ist abgesagt: es gibt nichts zu berechnen.")
        trip = session.get(Trip, event_id)
        contribution = (trip.contribution if trip else None) or event.fee
        supplement = trip.single_room_supplement if trip else None
        title, start, end = event.title, event.starts_at.date(), event.ends_at.date()
        organisation_of = dict(
            session.execute(
                select(Registration.person_id, Person.organisation_id)
                .join(Person, Person.id == Registration.person_id)
                .where(Registration.event_id == event_id)
            ).all()
        )
    groups: dict[tuple[str, int], list[tuple[str, Decimal, str | None]]] = {}
    for row in participants(db, event_id):
        if row.due <= 0:
            continue
        org_id = organisation_of.get(row.person_id)
        payer = ("org", org_id) if org_id else ("person", row.person_id)
        entries = groups.setdefault(payer, [])
        if row.individual_due is not None:
            entries.append((f"Reisekostenbeitrag {row.name}", row.due, "individueller Betrag"))
        else:
            base = standard_due(contribution, None, row.role, None)
            entries.append((f"Reisekostenbeitrag {row.name}", base, None))
            if row.room_wish == SINGLE_ROOM and supplement:
                entries.append((f"Einzelzimmerzuschlag {row.name}", Decimal(supplement), None))
    result = RunResult()
    with db.writing() as session:
        seller_party = _seller_snapshot(session, seller)
        for done, ((kind, payer_id), entries) in enumerate(groups.items()):
            key = f"trip:{event_id}:{kind}:{payer_id}"
            if kind == "org":
                organisation = session.get_one(Organisation, payer_id)
                buyer = _organisation_buyer(organisation, session.get(OrganisationBilling, payer_id))
            else:
                buyer = _person_buyer(session.get_one(Person, payer_id))
            _step(progress, cancelled, done, len(groups), buyer["name"])
            existing = session.scalar(select(Invoice.number).where(Invoice.billing_key == key))
            if existing:
                result.already_billed.append(f"{buyer['name']}: {existing}")
                continue
            lines = [
                _line(position, description, amount, detail)
                for position, (description, amount, detail) in enumerate(entries, start=1)
            ]
            try:
                result.issued.append(
                    _issue(
                        session,
                        seller=seller,
                        seller_party=seller_party,
                        buyer=buyer,
                        kind="Rechnung",
                        purpose="Reisekosten",
                        subject=f"Reisekosten: {title}",
                        intro=f"für die Teilnahme an der Exkursion »{title}« ({_date_text(start)} – {_date_text(end)}) "
                        "berechnen wir Ihnen:",
                        lines=lines,
                        period={"start": start.isoformat(), "end": end.isoformat()},
                        issued_on=issued_on,
                        billing_key=key,
                        organisation_id=payer_id if kind == "org" else None,
                        person_id=payer_id if kind == "person" else None,
                        trip_event_id=event_id,
                    )
                )
            except UserError as exc:
                raise UserError(f"{buyer['name']}: {exc}") from None
    return result


# --- credit notes ------------------------------------------------------------------------


def _invoice(session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise UserError(f"Die Rechnung mit der Nummer {invoice_id} gibt es nicht.")
    return invoice


def find_invoice_id(db: Database, number: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Invoice.id).where(Invoice.number == number.strip()))
    if found is None:
        raise UserError(f"Eine Rechnung »{number}« gibt es nicht.")
    return found


def cancel_invoice(db: Database, invoice_id: int, reason: str, *, issued_on: dt.date | None = None) -> IssuedInvoice:
    """A credit note that cancels the invoice in full; the invoice stays in the register."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Grund der Stornierung: bitte angeben.", "reason")
    issued_on = issued_on or dt.date.today()
    seller = load_seller(db)
    with db.writing() as session:
        invoice = _invoice(session, invoice_id)
        if invoice.kind == "Gutschrift":
            raise UserError(f"{invoice.number} ist selbst eine Gutschrift.")
        if session.scalar(select(Invoice.number).where(Invoice.cancels_invoice_id == invoice.id)):
            raise UserError(f"Die Rechnung {invoice.number} ist schon storniert.")
        original = json.loads(invoice.snapshot)
        credit = _issue(
            session,
            seller=seller,
            seller_party=original["seller"],
            buyer=original["buyer"],
            kind="Gutschrift",
            purpose=invoice.purpose,
            subject=f"Gutschrift zur Rechnung {invoice.number}",
            intro=f"die Rechnung {invoice.number} vom {_date_text(invoice.issued_on)} stornieren wir hiermit "
            f"vollständig. Grund: {reason}",
            lines=original["lines"],
            period=original.get("period"),
            issued_on=issued_on,
            billing_key=None,
            organisation_id=invoice.organisation_id,
            person_id=invoice.person_id,
            fee_year=invoice.fee_year,
            trip_event_id=invoice.trip_event_id,
            cancels=invoice,
        )
        invoice.billing_key = None  # a corrected invoice may follow
        return credit


# --- payments and state -------------------------------------------------------------------


def _paid(session, invoice_id: int) -> Decimal:
    return Decimal(
        session.scalar(
            select(func.coalesce(func.sum(InvoicePayment.amount), 0)).where(InvoicePayment.invoice_id == invoice_id)
        )
        or 0
    ).quantize(CENT)


def state_of(total: Decimal, paid: Decimal, cancelled: bool) -> str:
    if cancelled:
        return "storniert"
    if paid >= total:
        return "bezahlt"
    return "teilbezahlt" if paid > 0 else "offen"


def add_payment(db: Database, invoice_id: int, paid_on: dt.date, amount, notes: str | None = None) -> str:
    """Records a (partial) payment; returns the new state."""
    try:
        amount = Decimal(str(amount).replace(",", ".")).quantize(CENT)
    except Exception:  # noqa: BLE001 - any unreadable amount
        raise ValidationError(f"Betrag: »{amount}« ist keine Zahl.", "amount") from None
    if amount <= 0:
        raise ValidationError("Betrag: muss größer als 0 sein.", "amount")
    if paid_on > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("Zahlungsdatum: liegt in der Zukunft.", "paid_on")
    with db.writing() as session:
        invoice = _invoice(session, invoice_id)
        if invoice.kind == "Gutschrift":
            raise UserError("Auf eine Gutschrift wird keine Zahlung gebucht.")
        if session.scalar(select(Invoice.id).where(Invoice.cancels_invoice_id == invoice.id)):
            raise UserError(f"Die Rechnung {invoice.number} ist storniert.")
        open_amount = Decimal(invoice.total) - _paid(session, invoice.id)
        if amount > open_amount:
            raise ValidationError(f"Betrag: {money(amount)} ist mehr als offen ({money(open_amount)}).", "amount")
        session.add(InvoicePayment(invoice_id=invoice.id, paid_on=paid_on, amount=amount, notes=notes))
        audit.record(session, "invoice", invoice.id, "payment", f"Zahlung {money(amount)} am {_date_text(paid_on)}")
        session.flush()
        return state_of(Decimal(invoice.total), _paid(session, invoice.id), False)


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: str
    purpose: str
    issued_on: dt.date
    due_on: dt.date
    organisation: str  # the buyer's name (organisation or person)
    amount: Decimal
    paid: Decimal
    state: str
    channel: str
    reminder_level: int
    fee_year: int | None

    @property
    def open_amount(self) -> Decimal:
        return Decimal("0") if self.state == "storniert" or self.kind == "Gutschrift" else self.amount - self.paid

    def as_json(self) -> dict:
        return {
            "number": self.number,
            "date": self.issued_on.isoformat(),
            "organisation": self.organisation,
            "amount": f"{self.amount:.2f}",
            "paid": f"{self.paid:.2f}",
            "state": self.state,
            "kind": self.kind,
            "due": self.due_on.isoformat(),
        }


def invoices(db: Database, *, year: int | None = None, open_only: bool = False) -> list[InvoiceRow]:
    """The register by number; a credit note's amount is negative and its state storniert."""
    paid = (
        select(InvoicePayment.invoice_id, func.sum(InvoicePayment.amount).label("paid"))
        .group_by(InvoicePayment.invoice_id)
        .subquery()
    )
    level = (
        select(InvoiceReminder.invoice_id, func.max(InvoiceReminder.level).label("level"))
        .group_by(InvoiceReminder.invoice_id)
        .subquery()
    )
    query = (
        select(Invoice, paid.c.paid, level.c.level)
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .outerjoin(level, level.c.invoice_id == Invoice.id)
        .order_by(Invoice.year, Invoice.sequence)
    )
    if year is not None:
        query = query.where(Invoice.year == year)
    with db.session() as session:
        rows = session.execute(query).all()
        cancelled = set(
            session.scalars(select(Invoice.cancels_invoice_id).where(Invoice.cancels_invoice_id.is_not(None)))
        )
    result = []
    for invoice, paid_sum, reminder in rows:
        buyer = json.loads(invoice.snapshot)["buyer"]["name"]
        credit = invoice.kind == "Gutschrift"
        total = Decimal(invoice.total).quantize(CENT)
        paid_amount = Decimal(paid_sum or 0).quantize(CENT)
        state = "storniert" if credit else state_of(total, paid_amount, invoice.id in cancelled)
        result.append(
            InvoiceRow(
                invoice.id,
                invoice.number,
                invoice.kind,
                invoice.purpose,
                invoice.issued_on,
                invoice.due_on,
                buyer,
                -total if credit else total,
                paid_amount,
                state,
                invoice.channel,
                reminder or 0,
                invoice.fee_year,
            )
        )
    if open_only:
        result = [row for row in result if row.state in ("offen", "teilbezahlt")]
    return result


def load_issued(db: Database, invoice_id: int) -> IssuedInvoice:
    """An invoice as it was issued, for a reprint."""
    with db.session() as session:
        invoice = _invoice(session, invoice_id)
        return IssuedInvoice(invoice.id, invoice.number, json.loads(invoice.snapshot))


# --- reminders -----------------------------------------------------------------------------


def issue_reminder(db: Database, invoice_id: int, *, issued_on: dt.date | None = None) -> dict:
    """The next reminder (1st, then 2nd) of an overdue invoice; returns its snapshot.

    The 2nd comes only after the 1st's deadline; asking again after the 2nd reprints the 2nd.
    """
    issued_on = issued_on or dt.date.today()
    with db.writing() as session:
        invoice = _invoice(session, invoice_id)
        if invoice.kind == "Gutschrift":
            raise UserError("Zu einer Gutschrift gibt es keine Mahnung.")
        if session.scalar(select(Invoice.id).where(Invoice.cancels_invoice_id == invoice.id)):
            raise UserError(f"Die Rechnung {invoice.number} ist storniert.")
        paid = _paid(session, invoice.id)
        open_amount = Decimal(invoice.total) - paid
        if open_amount <= 0:
            raise UserError(f"Die Rechnung {invoice.number} ist bezahlt.")
        levels = {
            r.level: r for r in session.scalars(select(InvoiceReminder).where(InvoiceReminder.invoice_id == invoice.id))
        }
        if 2 in levels:
            return json.loads(levels[2].snapshot)
        level = 2 if 1 in levels else 1
        last_due = levels[1].due_on if level == 2 else invoice.due_on
        if issued_on <= last_due:
            raise UserError(
                f"Die Rechnung {invoice.number} ist erst nach dem {_date_text(last_due)} fällig"
                f"{' (Frist der 1. Mahnung)' if level == 2 else ''}."
            )
        profile = session.get(BillingProfile, 1)
        text = (profile.reminder1_text if level == 1 else profile.reminder2_text) if profile else None
        text = text or (DEFAULT_REMINDER1 if level == 1 else DEFAULT_REMINDER2)
        due_on = issued_on + dt.timedelta(days=REMINDER_DAYS)
        original = json.loads(invoice.snapshot)
        snapshot = {
            "level": level,
            "title": "Zahlungserinnerung" if level == 1 else "2. Mahnung",
            "issued_on": issued_on.isoformat(),
            "due_on": due_on.isoformat(),
            "text": text,
            "invoice": original,
            "paid": str(paid.quantize(CENT)),
            "open": str(open_amount.quantize(CENT)),
        }
        session.add(
            InvoiceReminder(
                invoice_id=invoice.id,
                level=level,
                issued_on=issued_on,
                due_on=due_on,
                snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            )
        )
        audit.record(session, "invoice", invoice.id, "reminder", f"{level}. Mahnung zu {invoice.number}")
        return snapshot


# --- figures for reports -------------------------------------------------------------------


@dataclass(frozen=True)
class ContributionFigures:
    year: int
    billed: Decimal
    paid: Decimal
    cancelled: Decimal

    @property
    def open(self) -> Decimal:
        return self.billed - self.cancelled - self.paid


def contribution_figures(db: Database, year: int) -> ContributionFigures:
    """Member contributions of fee year ``year``: billed, paid, cancelled and open (in SQL)."""
    with db.session() as session:
        base = (Invoice.purpose == "Mitgliedsbeitrag") & (Invoice.fee_year == year)
        billed = session.scalar(
            select(func.coalesce(func.sum(Invoice.total), 0)).where(base, Invoice.kind == "Rechnung")
        )
        cancelled = session.scalar(
            select(func.coalesce(func.sum(Invoice.total), 0)).where(base, Invoice.kind == "Gutschrift")
        )
        paid = session.scalar(
            select(func.coalesce(func.sum(InvoicePayment.amount), 0))
            .join(Invoice, Invoice.id == InvoicePayment.invoice_id)
            .where(base)
        )
    return ContributionFigures(
        year,
        Decimal(billed or 0).quantize(CENT),
        Decimal(paid or 0).quantize(CENT),
        Decimal(cancelled or 0).quantize(CENT),
    )
