"""Excursions and study trips: the overview, trip details, participants and their money.

An excursion is an ``Event`` of kind Exkursion; its trip details live in ``Trip`` (created on
the first save), the itinerary in ``TripDay``/``TripProgrammeItem``, the trip-only details of
a participant in ``TripParticipant`` and the money in ``Payment``. Capacity, waiting list and
promotion are those of every event (``model.events.registrations``).

Money rules (the office's, written down here once):

- **Amount due.** A registration with role Teilnahme owes the trip's contribution per person,
  plus the single-room supplement if the room wish is EZ. Office staff (role Organisation),
  speakers and moderators travel on the network's budget and owe nothing. The amount follows
  the trip's prices: ``Registration.fee_due`` stays empty (NULL) for the standard amount, and
  is set only for an individual amount (a reduction, a waiver, a cancellation fee).
- **Other costs** (``Trip.other_costs``) are the trip's costs borne by the office as a whole
  (guided tours, interpreters, a hired bus); they are shown in the cost overview and never
  charged to participants.
- **Waiting list.** Nobody on the waiting list owes anything until they get a seat.
- **Trip called off.** If the office cancels the trip (event status abgesagt), nobody owes
  anything, individual amounts included; everything paid is to be refunded.
- **Cancellation.** Cancelling (abgemeldet or entschuldigt) up to and including the
  registration deadline (without a deadline: before the trip starts) is free, and so is a
  later cancellation whose seat goes to someone from the waiting list. Everything already
  paid is then to be refunded. A later cancellation without a successor keeps the amount due
  as a cancellation fee (set as the individual amount, so the office can still waive it);
  only an overpayment is refunded. A registration cancelled elsewhere in the program (no
  individual amount) counts as cancelled free of charge.
- **Payments** are positive amounts with a date; refunds are stored as negative payments.
  ``Registration.fee_paid`` mirrors the sum of a registration's payments for other lists.
- **Status** per participant, from balance = due − paid: ``offen`` (balance > 0),
  ``Erstattung offen`` (balance < 0), and with balance 0: ``erstattet`` (a refund was made),
  ``beitragsfrei`` (nothing due, nothing paid) or ``bezahlt``.

Every function opens its own short session and returns plain data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import case, extract, func, literal, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from ..core import audit
from ..core.db import Database
from ..core.entities import Event, Organisation, Payment, Person, Registration, Trip, TripDay, TripParticipant
from ..core.errors import ChangedElsewhere, UserError, ValidationError
from ..core.formatting import money, short_date
from ..core.vocab import (
    CALLED_OFF,
    DEREGISTERED,
    EVENT_STATUSES,
    EXCURSION,
    EXCUSED,
    NO_SHOW,
    PARTICIPANT,
    PAYING_ROLES,
    PLANNED,
    ROOM_WISHES,
    SEAT_TAKING_STATUSES,
    SINGLE_ROOM,
    TRAVEL_MODES,
    WAITING,
)
from ..events.registrations import (
    CANCELLED_STATUSES,
    STATUS_ORDER,
    ConfirmationNeeded,
    change_status,
    list_order,
    promote_waiting,
    register,
    waiting_positions,
)

TRIP_KIND = EXCURSION
CANCELLED_TRIP = CALLED_OFF
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("99999.99")

# Payment statuses of a participant.
OPEN = "offen"
PAID = "bezahlt"
REFUNDED = "erstattet"
REFUND_DUE = "Erstattung offen"
NO_FEE = "beitragsfrei"
PAYMENT_STATUSES = (OPEN, PAID, REFUNDED, REFUND_DUE, NO_FEE)

__all__ = [
    "STATUS_ORDER",
    "TRIP_KIND",
    "CancellationResult",
    "ConfirmationNeeded",
    "CostSummary",
    "GroupRegistration",
    "ParticipantDetails",
    "ParticipantRow",
    "PaymentRow",
    "SeatCounts",
    "TripDetails",
    "TripRow",
    "add_payment",
    "add_refund",
    "cancel_participant",
    "cancellation_is_free",
    "cost_summary",
    "create_excursion",
    "debtors",
    "delete_payment",
    "list_order",
    "load_trip",
    "missing_emergency_contacts",
    "needs_emergency_contact",
    "participants",
    "payment_status",
    "payments",
    "register_participant",
    "register_participants",
    "save_trip",
    "seat_counts",
    "set_amount_due",
    "standard_due",
    "summarise_costs",
    "trip_export_columns",
    "trip_overview",
    "update_participant",
]


def _money(value) -> Decimal:
    """A database sum (Decimal, float or None) as Decimal with cents."""
    if value is None:
        return ZERO
    return Decimal(str(value)).quantize(CENT)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


# --- rules (pure functions) -----------------------------------------------------------


def standard_due(contribution, single_room_supplement, role: str, room_wish: str | None) -> Decimal:
    """The standard amount a registration owes (see the module docstring)."""
    if role not in PAYING_ROLES:
        return ZERO
    due = _money(contribution)
    if room_wish == SINGLE_ROOM:
        due += _money(single_room_supplement)
    return due


def payment_status(due: Decimal, paid: Decimal, refunded: bool) -> str:
    balance = _money(due) - _money(paid)
    if balance > 0:
        return OPEN
    if balance < 0:
        return REFUND_DUE
    if refunded:
        return REFUNDED
    if _money(due) == 0 and _money(paid) == 0:
        return NO_FEE
    return PAID


def cancellation_is_free(
    deadline: dt.date | None, starts_at: dt.datetime, today: dt.date, seat_taken_over: bool
) -> bool:
    """True if a cancellation today costs nothing (see the module docstring)."""
    if seat_taken_over:
        return True
    if deadline is not None:
        return today <= deadline
    return today < starts_at.date()


def _effective_due_sql():
    """SQL: the amount a registration owes, joined with Event, Trip and TripParticipant."""
    standard = case(
        (
            Registration.role.in_(PAYING_ROLES),
            func.coalesce(Trip.contribution, 0)
            + case((TripParticipant.room_wish == SINGLE_ROOM, func.coalesce(Trip.single_room_supplement, 0)), else_=0),
        ),
        else_=0,
    )
    return case(
        (Event.status == CANCELLED_TRIP, literal(0)),
        (Registration.status == WAITING, literal(0)),
        (Registration.fee_due.is_not(None), Registration.fee_due),
        (Registration.status.in_(CANCELLED_STATUSES), literal(0)),
        else_=standard,
    )


def _paid_subquery():
    return (
        select(Payment.registration_id.label("registration_id"), func.sum(Payment.amount).label("paid"))
        .group_by(Payment.registration_id)
        .subquery("paid_by_registration")
    )


# --- the overview ----------------------------------------------------------------------


@dataclass(frozen=True)
class TripRow:
    event_id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    destination_city: str | None
    destination_country: str | None
    capacity: int | None
    min_participants: int | None
    registration_deadline: dt.date | None
    seats_taken: int
    waiting: int
    expected: Decimal
    received: Decimal
    outstanding: Decimal
    to_refund: Decimal

    @property
    def destination(self) -> str:
        city = self.destination_city or ""
        if self.destination_country and self.destination_country != "Deutschland":
            return f"{city} ({self.destination_country})" if city else self.destination_country
        return city

    @property
    def seats_free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.seats_taken, 0)

    @property
    def days(self) -> int:
        return (self.ends_at.date() - self.starts_at.date()).days + 1

    @property
    def below_minimum(self) -> bool:
        return (
            self.min_participants is not None and 0 < self.min_participants and self.seats_taken < self.min_participants
        )


def trip_overview(db: Database, *, year: int | None = None, upcoming_from: dt.date | None = None) -> list[TripRow]:
    """All excursions (optionally of one year, or ending on/after a day), newest first.

    Seats and money are aggregated in SQL: one statement whatever the number of trips.
    """
    paid = _paid_subquery()
    paid_amount = func.coalesce(paid.c.paid, 0)
    due = _effective_due_sql()
    per_registration = (
        select(
            Registration.event_id.label("event_id"),
            case((Registration.status.in_(SEAT_TAKING_STATUSES), 1), else_=0).label("seat"),
            case((Registration.status == WAITING, 1), else_=0).label("waiting"),
            due.label("due"),
            paid_amount.label("paid"),
        )
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Trip, Trip.event_id == Registration.event_id)
        .outerjoin(TripParticipant, TripParticipant.registration_id == Registration.id)
        .outerjoin(paid, paid.c.registration_id == Registration.id)
        .where(Event.kind == TRIP_KIND)
        .subquery("per_registration")
    )
    r = per_registration.c
    money_per_event = (
        select(
            r.event_id,
            func.sum(r.seat).label("seats_taken"),
            func.sum(r.waiting).label("waiting"),
            func.sum(r.due).label("expected"),
            func.sum(r.paid).label("received"),
            # Rounded to cents before comparing: SQLite sums money as binary floats.
            func.sum(case((func.round(r.due - r.paid, 2) > 0, r.due - r.paid), else_=0)).label("outstanding"),
            func.sum(case((func.round(r.paid - r.due, 2) > 0, r.paid - r.due), else_=0)).label("to_refund"),
        )
        .group_by(r.event_id)
        .subquery("per_event")
    )
    m = money_per_event.c
    query = (
        select(
            Event.id,
            Event.title,
            Event.starts_at,
            Event.ends_at,
            Event.status,
            Event.capacity,
            Event.registration_deadline,
            Trip.destination_city,
            Trip.destination_country,
            Trip.min_participants,
            m.seats_taken,
            m.waiting,
            m.expected,
            m.received,
            m.outstanding,
            m.to_refund,
        )
        .outerjoin(Trip, Trip.event_id == Event.id)
        .outerjoin(money_per_event, m.event_id == Event.id)
        .where(Event.kind == TRIP_KIND)
        .order_by(Event.starts_at.desc(), Event.id)
    )
    if year is not None:
        query = query.where(extract("year", Event.starts_at) == year)
    if upcoming_from is not None:
        query = query.where(Event.ends_at >= dt.datetime.combine(upcoming_from, dt.time()))
    with db.session() as session:
        rows = session.execute(query).all()
    return [
        TripRow(
            event_id=row.id,
            title=row.title,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            status=row.status,
            destination_city=row.destination_city or None,
            destination_country=row.destination_country,
            capacity=row.capacity,
            min_participants=row.min_participants,
            registration_deadline=row.registration_deadline,
            seats_taken=int(row.seats_taken or 0),
            waiting=int(row.waiting or 0),
            expected=_money(row.expected),
            received=_money(row.received),
            outstanding=_money(row.outstanding),
            to_refund=_money(row.to_refund),
        )
        for row in rows
    ]


# --- trip details ----------------------------------------------------------------------


@dataclass
class TripDetails:
    """What the Reise tab edits: the event's title, dates, status, capacity and deadline, and
    the Trip row (created on the first save)."""

    event_id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    event_version: int
    capacity: int | None = None  # maximum participants
    registration_deadline: dt.date | None = None
    destination_city: str | None = None
    destination_country: str = "Deutschland"
    travel_mode: str | None = None
    departure_point: str | None = None
    departure_at: dt.datetime | None = None
    return_at: dt.datetime | None = None
    accommodation_name: str | None = None
    accommodation_address: str | None = None
    min_participants: int | None = None
    contribution: Decimal | None = None
    single_room_supplement: Decimal | None = None
    other_costs: Decimal | None = None
    retention_days: int = 30
    sensitive_purged_at: dt.datetime | None = None
    venue: str | None = None

    @property
    def abroad(self) -> bool:
        return (self.destination_country or "Deutschland").strip() != "Deutschland"

    @property
    def trip_end(self) -> dt.date:
        return (self.return_at or self.ends_at).date()

    @property
    def purge_due_on(self) -> dt.date:
        return self.trip_end + dt.timedelta(days=self.retention_days)

    @property
    def multi_day(self) -> bool:
        return self.ends_at.date() > self.starts_at.date() or bool(self.accommodation_name)


TRIP_FIELDS = (
    "destination_city",
    "destination_country",
    "travel_mode",
    "departure_point",
    "departure_at",
    "return_at",
    "accommodation_name",
    "accommodation_address",
    "min_participants",
    "contribution",
    "single_room_supplement",
    "other_costs",
    "retention_days",
)
PRICE_FIELDS = ("contribution", "single_room_supplement")


def load_trip_event(session: Session, event_id: int) -> Event:
    """The event of a trip in ``session``; a UserError if it is missing or not an Exkursion."""
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    if event.kind != TRIP_KIND:
        raise UserError(f"»{event.title}« ist keine Exkursion (Art: {event.kind}).")
    return event


def _details(event: Event, trip: Trip | None) -> TripDetails:
    details = TripDetails(
        event_id=event.id,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        status=event.status,
        event_version=event.version,
        capacity=event.capacity,
        registration_deadline=event.registration_deadline,
        venue=event.venue,
    )
    if trip is not None:
        for name in TRIP_FIELDS:
            setattr(details, name, getattr(trip, name))
        details.sensitive_purged_at = trip.sensitive_purged_at
        details.destination_country = trip.destination_country or "Deutschland"
        if details.retention_days is None:
            details.retention_days = 30
    else:
        details.destination_city = event.venue
        details.contribution = event.fee
    return details


def load_trip(db: Database, event_id: int) -> TripDetails:
    with db.session() as session:
        event = load_trip_event(session, event_id)
        return _details(event, session.get(Trip, event_id))


def _amount(value, label: str, field_name: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(CENT)
    except (InvalidOperation, ValueError):
        raise ValidationError(f"{label}: »{value}« ist kein Betrag.", field=field_name) from None
    if amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError(f"{label} muss zwischen 0 und {money(MAX_AMOUNT)} liegen.", field=field_name)
    return amount


def validate_trip(details: TripDetails) -> TripDetails:
    """Checked and cleaned copy of ``details``; raises ValidationError naming the field."""
    d = replace(details)
    d.title = _clean(d.title) or ""
    if not d.title:
        raise ValidationError("Bitte einen Titel angeben.", field="title")
    if len(d.title) > 300:
        raise ValidationError("Der Titel ist länger als 300 Zeichen.", field="title")
    if d.ends_at < d.starts_at:
        raise ValidationError("Das Ende der Reise liegt vor ihrem Beginn.", field="ends_at")
    if d.status not in EVENT_STATUSES:
        raise ValidationError(f"Unbekannter Status »{d.status}«.", field="status")
    for name in (
        "destination_city",
        "departure_point",
        "accommodation_name",
        "accommodation_address",
        "travel_mode",
        "destination_country",
    ):
        setattr(d, name, _clean(getattr(d, name)))
    d.destination_country = d.destination_country or "Deutschland"
    if d.travel_mode is not None and d.travel_mode not in TRAVEL_MODES:
        raise ValidationError(f"Unbekannte Reiseart »{d.travel_mode}«.", field="travel_mode")
    if d.departure_at and d.return_at and d.return_at < d.departure_at:
        raise ValidationError("Die Rückkehr liegt vor der Abfahrt.", field="return_at")
    for name, label in (("min_participants", "Die Mindestzahl"), ("capacity", "Die Höchstzahl")):
        value = getattr(d, name)
        if value is not None and (value < 0 or value > 10000):
            raise ValidationError(f"{label} der Teilnehmenden muss zwischen 0 und 10.000 liegen.", field=name)
    if d.min_participants and d.capacity is not None and d.min_participants > d.capacity:
        raise ValidationError(
            "Die Mindestzahl der Teilnehmenden ist größer als die Höchstzahl.", field="min_participants"
        )
    if d.registration_deadline and d.registration_deadline > d.starts_at.date():
        raise ValidationError("Der Anmeldeschluss liegt nach dem Beginn der Reise.", field="registration_deadline")
    if d.retention_days is None or not 0 <= d.retention_days <= 3650:
        raise ValidationError(
            "Die Frist für sensible Angaben muss zwischen 0 und 3650 Tagen liegen.", field="retention_days"
        )
    d.contribution = _amount(d.contribution, "Der Beitrag pro Person", "contribution")
    d.single_room_supplement = _amount(d.single_room_supplement, "Der Einzelzimmerzuschlag", "single_room_supplement")
    d.other_costs = _amount(d.other_costs, "Die sonstigen Kosten", "other_costs")
    return d


@dataclass(frozen=True)
class SaveResult:
    promoted: list[str] = field(default_factory=list)  # names moved up from the waiting list


def save_trip(db: Database, details: TripDetails) -> SaveResult:
    """Save the trip details (and the event's capacity and deadline) in one transaction.

    Fails if someone else changed the event since it was loaded. A larger capacity moves
    people up from the waiting list.
    """
    d = validate_trip(details)
    with db.writing() as session:
        event = load_trip_event(session, d.event_id)
        if event.version != d.event_version:
            raise ChangedElsewhere(
                f"»{event.title}« wurde inzwischen an einem anderen Arbeitsplatz geändert. "
                "Bitte neu laden und die Änderung wiederholen."
            )
        from ..events.registrations import seats_taken

        taken = seats_taken(session, event.id)
        if d.capacity is not None and d.capacity < taken:
            raise ValidationError(
                f"Es sind bereits {taken} Plätze vergeben; die Höchstzahl kann nicht darunter liegen.", field="capacity"
            )
        outside = sorted(
            day
            for day in session.scalars(select(TripDay.day_date).where(TripDay.trip_event_id == event.id))
            if not d.starts_at.date() <= day <= d.ends_at.date()
        )
        if outside:
            raise ValidationError(
                f"Das Programm enthält Tage außerhalb der neuen Reisedaten "
                f"({', '.join(short_date(day) for day in outside)}); bitte zuerst im Programm "
                "ändern oder entfernen.",
                field="starts_at",
            )
        trip = session.get(Trip, event.id)
        created = trip is None
        if created:
            trip = Trip(event_id=event.id)
            session.add(trip)
        changes: dict[str, list] = {}
        for name in TRIP_FIELDS:
            old, new = getattr(trip, name), getattr(d, name)
            if created or old != new:
                if not created:
                    changes[name] = [old, new]
                setattr(trip, name, new)
        for name in ("title", "starts_at", "ends_at", "status", "capacity", "registration_deadline"):
            old, new = getattr(event, name), getattr(d, name)
            if old != new:
                changes[name] = [old, new]
                setattr(event, name, new)
        if "title" in changes:
            from ..core.text import search_key

            event.search_key = search_key(event.title, event.venue)
        event.updated_at = dt.datetime.now().replace(microsecond=0)
        flag_modified(event, "updated_at")  # an UPDATE even within the same second: a new version
        session.flush()
        audit.record(
            session,
            "trip",
            event.id,
            "angelegt" if created else "geändert",
            f"Reisedaten: {event.title}",
            changes or None,
        )
        promoted = promote_waiting(session, event.id)
        names = [f"{r.person.first_name} {r.person.last_name}" for r in promoted]
    return SaveResult(promoted=names)


def create_excursion(
    db: Database,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    destination_city: str | None = None,
    destination_country: str = "Deutschland",
    capacity: int | None = None,
) -> int:
    """A new event of kind Exkursion with its trip row; returns the event id."""
    cleaned_title = _clean(title)
    if not cleaned_title:
        raise ValidationError("Bitte einen Titel angeben.", field="title")
    if ends_at < starts_at:
        raise ValidationError("Das Ende liegt vor dem Beginn.", field="ends_at")
    if capacity is not None and capacity < 0:
        raise ValidationError("Die Höchstzahl darf nicht negativ sein.", field="capacity")
    from ..core.text import search_key

    with db.writing() as session:
        city = _clean(destination_city)
        event = Event(
            kind=TRIP_KIND,
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            capacity=capacity,
            venue=city,
            status=PLANNED,
            search_key=search_key(title, city),
        )
        session.add(event)
        session.flush()
        session.add(
            Trip(
                event_id=event.id,
                destination_city=city,
                destination_country=_clean(destination_country) or "Deutschland",
                retention_days=30,
            )
        )
        audit.record(session, "event", event.id, "angelegt", f"Exkursion angelegt: {cleaned_title}")
        return event.id


# --- participants ----------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantRow:
    registration_id: int
    person_id: int
    first_name: str
    last_name: str
    organisation: str | None
    email: str | None
    phone: str | None  # the person's own (mobile first)
    status: str
    role: str
    registered_at: dt.datetime
    waiting_position: int | None
    room_wish: str | None
    room_partner_person_id: int | None
    room_partner_name: str | None
    trip_phone: str | None
    dietary_needs: str | None
    emergency_contact: str | None
    refunded: bool
    individual_due: Decimal | None
    due: Decimal
    paid: Decimal

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"

    @property
    def balance(self) -> Decimal:
        return self.due - self.paid

    @property
    def payment_status(self) -> str:
        if self.status == WAITING and self.paid == 0:
            return ""
        return payment_status(self.due, self.paid, self.refunded)

    @property
    def has_seat(self) -> bool:
        return self.status in SEAT_TAKING_STATUSES

    @property
    def cancelled(self) -> bool:
        return self.status in CANCELLED_STATUSES

    @property
    def phone_for_trip(self) -> str | None:
        return self.trip_phone or self.phone

    @property
    def waiting(self) -> bool:
        return self.status == WAITING

    @property
    def in_cost_list(self) -> bool:
        """Shown in the cost list: has a seat, owes or paid something, or kept a seat unused."""
        return self.has_seat or bool(self.due) or bool(self.paid) or self.status == NO_SHOW


@dataclass(frozen=True)
class SeatCounts:
    """How full a trip is, as the Teilnehmende tab and the travel pack say it."""

    taken: int
    waiting: int
    capacity: int | None
    min_participants: int | None

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.taken, 0)

    @property
    def below_minimum(self) -> bool:
        return self.min_participants is not None and self.taken < self.min_participants


def seat_counts(details: TripDetails, people: list[ParticipantRow]) -> SeatCounts:
    return SeatCounts(
        taken=sum(1 for p in people if p.has_seat),
        waiting=sum(1 for p in people if p.waiting),
        capacity=details.capacity,
        min_participants=details.min_participants,
    )


def needs_emergency_contact(details: TripDetails, person: ParticipantRow) -> bool:
    """A trip abroad needs an emergency contact of everyone with a seat - until the trip's
    sensitive details have been erased (``model.excursions.trip_privacy``), when asking makes no sense."""
    return details.abroad and details.sensitive_purged_at is None and person.has_seat and not person.emergency_contact


def missing_emergency_contacts(details: TripDetails, people: list[ParticipantRow]) -> list[ParticipantRow]:
    return [p for p in people if needs_emergency_contact(details, p)]


def participants(db: Database, event_id: int) -> list[ParticipantRow]:
    """Every registration of the trip: those with a seat by name, then the waiting list in
    order, then cancellations."""
    partner = aliased(Person)
    paid = _paid_subquery()
    query = (
        select(
            Registration.id,
            Registration.person_id,
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
            Person.email,
            Person.mobile,
            Person.phone,
            Registration.status,
            Registration.role,
            Registration.registered_at,
            Registration.fee_due,
            TripParticipant.room_wish,
            TripParticipant.room_partner_person_id,
            partner.first_name.label("partner_first"),
            partner.last_name.label("partner_last"),
            TripParticipant.trip_phone,
            TripParticipant.dietary_needs,
            TripParticipant.emergency_contact,
            TripParticipant.refunded,
            _effective_due_sql().label("due"),
            func.coalesce(paid.c.paid, 0).label("paid"),
        )
        .join(Person, Person.id == Registration.person_id)
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(Trip, Trip.event_id == Registration.event_id)
        .outerjoin(TripParticipant, TripParticipant.registration_id == Registration.id)
        .outerjoin(partner, partner.id == TripParticipant.room_partner_person_id)
        .outerjoin(paid, paid.c.registration_id == Registration.id)
        .where(Registration.event_id == event_id)
        .order_by(Registration.registered_at, Registration.id)
    )
    with db.session() as session:
        load_trip_event(session, event_id)
        rows = session.execute(query).all()
    result = []
    for row, waiting_position in zip(rows, waiting_positions([row.status for row in rows]), strict=True):
        partner_name = f"{row.partner_first} {row.partner_last}" if row.partner_first is not None else None
        result.append(
            ParticipantRow(
                registration_id=row.id,
                person_id=row.person_id,
                first_name=row.first_name,
                last_name=row.last_name,
                organisation=row.organisation,
                email=row.email,
                phone=row.mobile or row.phone,
                status=row.status,
                role=row.role,
                registered_at=row.registered_at,
                waiting_position=waiting_position,
                room_wish=row.room_wish,
                room_partner_person_id=row.room_partner_person_id,
                room_partner_name=partner_name,
                trip_phone=row.trip_phone,
                dietary_needs=row.dietary_needs,
                emergency_contact=row.emergency_contact,
                refunded=bool(row.refunded),
                individual_due=None if row.fee_due is None else _money(row.fee_due),
                due=_money(row.due),
                paid=_money(row.paid),
            )
        )
    result.sort(key=lambda p: list_order(p.status, p.waiting_position, p.last_name, p.first_name))
    return result


@dataclass
class ParticipantDetails:
    """The trip-only details of a registration, as the participant dialog edits them."""

    room_wish: str | None = None
    room_partner_person_id: int | None = None
    trip_phone: str | None = None
    dietary_needs: str | None = None
    emergency_contact: str | None = None


DETAIL_FIELDS = tuple(f.name for f in fields(ParticipantDetails))


def _validate_details(details: ParticipantDetails, person_id: int, session: Session) -> ParticipantDetails:
    d = replace(details)
    d.trip_phone, d.dietary_needs, d.emergency_contact = (
        _clean(d.trip_phone),
        _clean(d.dietary_needs),
        _clean(d.emergency_contact),
    )
    d.room_wish = _clean(d.room_wish)
    if d.room_wish is not None and d.room_wish not in ROOM_WISHES:
        raise ValidationError(f"Unbekannter Zimmerwunsch »{d.room_wish}« (EZ oder DZ).", field="room_wish")
    if d.room_partner_person_id is not None:
        if d.room_partner_person_id == person_id:
            raise ValidationError(
                "Eine Person kann nicht ihre eigene Zimmerpartnerin oder ihr eigener Zimmerpartner sein.",
                field="room_partner_person_id",
            )
        if session.get(Person, d.room_partner_person_id) is None:
            raise ValidationError(
                "Die gewählte Zimmerpartnerin / der gewählte Zimmerpartner ist nicht in der Datenbank.",
                field="room_partner_person_id",
            )
        if d.room_wish == SINGLE_ROOM:
            raise ValidationError(
                "Wer ein Einzelzimmer wünscht, hat keine Zimmerpartnerin und keinen Zimmerpartner.",
                field="room_partner_person_id",
            )
    for name, label, limit in (
        ("trip_phone", "Telefon", 50),
        ("dietary_needs", "Ernährung", 300),
        ("emergency_contact", "Notfallkontakt", 300),
    ):
        value = getattr(d, name)
        if value is not None and len(value) > limit:
            raise ValidationError(f"{label}: höchstens {limit} Zeichen.", field=name)
    return d


def _trip_participant(session: Session, registration_id: int) -> TripParticipant:
    row = session.get(TripParticipant, registration_id)
    if row is None:
        row = TripParticipant(registration_id=registration_id, refunded=False)
        session.add(row)
    return row


def register_participant(
    db: Database,
    event_id: int,
    person_id: int,
    details: ParticipantDetails | None = None,
    *,
    role: str = PARTICIPANT,
    confirmed: bool = False,
    now: dt.datetime | None = None,
) -> str:
    """Register a person for the trip with their trip details; returns the status
    (angemeldet or Warteliste). Raises ``ConfirmationNeeded`` after the deadline or for a
    cancelled trip: ask the user, then call again with ``confirmed=True``."""
    details = details or ParticipantDetails()
    with db.writing() as session:
        load_trip_event(session, event_id)
        clean = _validate_details(details, person_id, session)
        registration = register(session, event_id, person_id, role, confirmed=confirmed, now=now)
        registration.fee_due = None  # a re-registration starts again from the standard amount
        row = _trip_participant(session, registration.id)
        for name in DETAIL_FIELDS:
            setattr(row, name, getattr(clean, name))
        return registration.status


@dataclass
class GroupRegistration:
    """What registering several people on a trip did, by name (see ``register_participants``)."""

    registered: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    inactive: list[str] = field(default_factory=list)
    missing: int = 0  # people deleted or anonymised since they were chosen

    @property
    def added(self) -> int:
        return len(self.registered) + len(self.waiting)

    def message(self) -> str:
        """German sentences naming everyone who was not simply registered."""
        parts = []
        if self.registered:
            parts.append(
                "1 Person angemeldet" if len(self.registered) == 1 else f"{len(self.registered)} Personen angemeldet"
            )
        if self.waiting:
            parts.append(f"auf der Warteliste (die Reise ist ausgebucht): {', '.join(self.waiting)}")
        text = "; ".join(parts) + "." if parts else "Niemand angemeldet."
        if self.already:
            text += f" Bereits angemeldet: {', '.join(self.already)}."
        if self.inactive:
            text += f" Nicht angemeldet, weil nicht mehr aktiv: {', '.join(self.inactive)}."
        if self.missing:
            text += (
                " 1 gewählte Person gibt es nicht mehr."
                if self.missing == 1
                else f" {self.missing} gewählte Personen gibt es nicht mehr."
            )
        return text


def register_participants(
    db: Database,
    event_id: int,
    person_ids: list[int],
    *,
    role: str = "Teilnahme",
    confirmed: bool = False,
    now: dt.datetime | None = None,
) -> GroupRegistration:
    """Register several people on the trip in one transaction, in the order given (a whole
    Verteiler, a working group, a multiple choice); their trip details follow one by one.

    Skipped and named in the result: people already registered (not cancelled) and people no
    longer active; people deleted or anonymised meanwhile are counted. Raises
    ``ConfirmationNeeded`` once for the whole group (after the deadline, a cancelled trip):
    nothing is written then; ask, and call again with ``confirmed=True``.
    """
    now = now or dt.datetime.now().replace(microsecond=0)
    result = GroupRegistration()
    with db.writing() as session:
        load_trip_event(session, event_id)
        present = dict(
            session.execute(
                select(Registration.person_id, Registration.status).where(Registration.event_id == event_id)
            ).all()
        )
        for person_id in dict.fromkeys(person_ids):
            person = session.get(Person, person_id)
            if person is None or person.anonymised_at is not None:
                result.missing += 1
                continue
            name = f"{person.first_name} {person.last_name}"
            if present.get(person_id) not in (None, *CANCELLED_STATUSES):
                result.already.append(name)
                continue
            if not person.active:
                result.inactive.append(name)
                continue
            # One time for the group: the waiting list then keeps the order given.
            registration = register(session, event_id, person_id, role, confirmed=confirmed, now=now)
            registration.fee_due = None  # a re-registration starts again from the standard amount
            row = _trip_participant(session, registration.id)
            for detail in DETAIL_FIELDS:
                setattr(row, detail, None)
            (result.registered if registration.status == "angemeldet" else result.waiting).append(name)
    return result


def update_participant(db: Database, registration_id: int, details: ParticipantDetails) -> None:
    with db.writing() as session:
        registration = _registration(session, registration_id)
        clean = _validate_details(details, registration.person_id, session)
        row = _trip_participant(session, registration_id)
        changes = {}
        for name in DETAIL_FIELDS:
            old, new = getattr(row, name), getattr(clean, name)
            if old != new:
                # Sensitive values are not copied into the audit log, only that they changed.
                changes[name] = [old, new] if name in ("room_wish", "room_partner_person_id") else ["…", "…"]
                setattr(row, name, new)
        if changes:
            audit.record(
                session,
                "registration",
                registration_id,
                "Reiseangaben",
                f"Reiseangaben geändert: {', '.join(changes)}",
                changes,
            )


def _registration(session: Session, registration_id: int) -> Registration:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise UserError(f"Die Anmeldung mit der Nummer {registration_id} gibt es nicht.")
    load_trip_event(session, registration.event_id)
    return registration


def _due_and_paid(session: Session, registration: Registration) -> tuple[Decimal, Decimal]:
    paid = _paid_subquery()
    row = session.execute(
        select(_effective_due_sql().label("due"), func.coalesce(paid.c.paid, 0).label("paid"))
        .select_from(Registration)
        .join(Event, Event.id == Registration.event_id)
        .outerjoin(Trip, Trip.event_id == Registration.event_id)
        .outerjoin(TripParticipant, TripParticipant.registration_id == Registration.id)
        .outerjoin(paid, paid.c.registration_id == Registration.id)
        .where(Registration.id == registration.id)
    ).one()
    return _money(row.due), _money(row.paid)


@dataclass(frozen=True)
class CancellationResult:
    free: bool  # cancelled free of charge
    due: Decimal  # what the person still owes in total after cancelling (cancellation fee)
    paid: Decimal
    promoted: list[str]  # names moved up from the waiting list

    @property
    def to_refund(self) -> Decimal:
        return max(self.paid - self.due, ZERO)

    @property
    def still_to_pay(self) -> Decimal:
        return max(self.due - self.paid, ZERO)

    def message(self) -> str:
        """One German paragraph for the user."""
        parts = []
        if self.promoted:
            parts.append("Von der Warteliste nachgerückt: " + ", ".join(self.promoted) + ".")
        if self.free:
            parts.append("Die Abmeldung ist kostenfrei.")
        else:
            parts.append(
                f"Die Abmeldung kam nach dem Anmeldeschluss und niemand ist nachgerückt: "
                f"{money(self.due)} bleiben als Ausfallbeitrag fällig."
            )
        if self.to_refund > 0:
            parts.append(f"Zu erstatten: {money(self.to_refund)}.")
        elif self.still_to_pay > 0:
            parts.append(f"Noch zu zahlen: {money(self.still_to_pay)}.")
        return " ".join(parts)


def cancel_participant(
    db: Database, registration_id: int, *, excused: bool = False, today: dt.date | None = None
) -> CancellationResult:
    """Abmelden with the cancellation rule of the module docstring, in one transaction."""
    today = today or dt.date.today()
    with db.writing() as session:
        registration = _registration(session, registration_id)
        event = registration.event
        old_status = registration.status
        if old_status in CANCELLED_STATUSES:
            raise UserError("Diese Anmeldung ist bereits abgemeldet.")
        due_before, paid = _due_and_paid(session, registration)
        promoted = change_status(session, registration_id, EXCUSED if excused else DEREGISTERED)
        if old_status == WAITING:
            free = True
        else:
            free = cancellation_is_free(event.registration_deadline, event.starts_at, today, bool(promoted))
        registration.fee_due = None if free or due_before == 0 else due_before
        session.flush()
        due_after, paid = _due_and_paid(session, registration)
        if not free and due_before > 0:
            audit.record(
                session,
                "registration",
                registration_id,
                "Ausfallbeitrag",
                f"Abmeldung nach Anmeldeschluss: {money(due_before)} bleiben fällig",
            )
        names = [f"{r.person.first_name} {r.person.last_name}" for r in promoted]
        return CancellationResult(free=free, due=due_after, paid=paid, promoted=names)


# --- payments --------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentRow:
    id: int
    registration_id: int
    paid_on: dt.date
    amount: Decimal
    method: str | None
    notes: str | None

    @property
    def is_refund(self) -> bool:
        return self.amount < 0


def payments(db: Database, registration_id: int) -> list[PaymentRow]:
    with db.session() as session:
        return [
            PaymentRow(p.id, p.registration_id, p.paid_on, _money(p.amount), p.method, p.notes)
            for p in session.scalars(
                select(Payment).where(Payment.registration_id == registration_id).order_by(Payment.paid_on, Payment.id)
            )
        ]


def _positive_amount(amount) -> Decimal:
    value = _amount(amount, "Der Betrag", "amount")
    if value is None or value <= 0:
        raise ValidationError("Der Betrag muss größer als 0 sein.", field="amount")
    return value


def _sync_paid(session: Session, registration: Registration) -> Decimal:
    session.flush()
    total = _money(session.scalar(select(func.sum(Payment.amount)).where(Payment.registration_id == registration.id)))
    has_payments = session.scalar(select(func.count()).where(Payment.registration_id == registration.id))
    registration.fee_paid = total if has_payments else None
    return total


def _check_day(paid_on: dt.date) -> None:
    if paid_on is None:
        raise ValidationError("Bitte das Datum der Zahlung angeben.", field="paid_on")
    if paid_on > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("Das Zahlungsdatum liegt in der Zukunft.", field="paid_on")


def add_payment(
    db: Database,
    registration_id: int,
    paid_on: dt.date,
    amount,
    method: str | None = "Überweisung",
    notes: str | None = None,
) -> int:
    """Record money received from a participant; returns the payment id."""
    value = _positive_amount(amount)
    _check_day(paid_on)
    with db.writing() as session:
        registration = _registration(session, registration_id)
        payment = Payment(
            registration_id=registration_id, paid_on=paid_on, amount=value, method=_clean(method), notes=_clean(notes)
        )
        session.add(payment)
        total = _sync_paid(session, registration)
        audit.record(
            session,
            "payment",
            registration_id,
            "Zahlung",
            f"Zahlung {money(value)} am {short_date(paid_on)}; gezahlt gesamt {money(total)}",
        )
        return payment.id


def add_refund(
    db: Database,
    registration_id: int,
    paid_on: dt.date,
    amount,
    method: str | None = "Überweisung",
    notes: str | None = "Erstattung",
) -> int:
    """Record money paid back (stored as a negative payment); marks the participant refunded."""
    value = _positive_amount(amount)
    _check_day(paid_on)
    with db.writing() as session:
        registration = _registration(session, registration_id)
        _, paid = _due_and_paid(session, registration)
        if value > paid:
            raise ValidationError(
                f"Es wurden nur {money(paid)} gezahlt; mehr kann nicht erstattet werden.", field="amount"
            )
        payment = Payment(
            registration_id=registration_id, paid_on=paid_on, amount=-value, method=_clean(method), notes=_clean(notes)
        )
        session.add(payment)
        _trip_participant(session, registration_id).refunded = True
        total = _sync_paid(session, registration)
        audit.record(
            session,
            "payment",
            registration_id,
            "Erstattung",
            f"Erstattung {money(value)} am {short_date(paid_on)}; gezahlt gesamt {money(total)}",
        )
        return payment.id


def delete_payment(db: Database, payment_id: int) -> None:
    """Remove a wrongly entered payment or refund (noted in the audit log)."""
    with db.writing() as session:
        payment = session.get(Payment, payment_id)
        if payment is None:
            raise UserError("Diese Zahlung gibt es nicht mehr.")
        registration = _registration(session, payment.registration_id)
        amount, day = _money(payment.amount), payment.paid_on
        session.delete(payment)
        session.flush()
        if amount < 0 and not session.scalar(
            select(func.count()).where(Payment.registration_id == registration.id, Payment.amount < 0)
        ):
            _trip_participant(session, registration.id).refunded = False
        _sync_paid(session, registration)
        audit.record(
            session, "payment", registration.id, "Zahlung gelöscht", f"Gelöscht: {money(amount)} vom {short_date(day)}"
        )


def set_amount_due(db: Database, registration_id: int, amount, reason: str | None = None) -> None:
    """Set an individual amount (reduction, waiver, cancellation fee); None: back to the standard."""
    value = _amount(amount, "Der Betrag", "amount")
    with db.writing() as session:
        registration = _registration(session, registration_id)
        old = registration.fee_due
        registration.fee_due = value
        text = f"Betrag {'Standard' if value is None else money(value)}"
        if _clean(reason):
            text += f" ({_clean(reason)})"
        audit.record(session, "registration", registration_id, "Betrag", text, {"fee_due": [old, value]})


@dataclass(frozen=True)
class CostSummary:
    contribution: Decimal
    single_room_supplement: Decimal
    other_costs: Decimal
    paying: int  # participants who owe something
    expected: Decimal
    received: Decimal
    outstanding: Decimal
    to_refund: Decimal
    open_count: int
    refund_count: int

    @property
    def balance_for_office(self) -> Decimal:
        """Contributions expected minus the costs the office bears itself."""
        return self.expected - self.other_costs


def cost_summary(db: Database, event_id: int) -> CostSummary:
    return summarise_costs(load_trip(db, event_id), participants(db, event_id))


def summarise_costs(details: TripDetails, rows: list[ParticipantRow]) -> CostSummary:
    """The cost overview from already loaded trip details and participants."""
    return CostSummary(
        contribution=_money(details.contribution),
        single_room_supplement=_money(details.single_room_supplement),
        other_costs=_money(details.other_costs),
        paying=sum(1 for p in rows if p.due > 0),
        expected=sum((p.due for p in rows), ZERO),
        received=sum((p.paid for p in rows), ZERO),
        outstanding=sum((p.balance for p in rows if p.balance > 0), ZERO),
        to_refund=sum((-p.balance for p in rows if p.balance < 0), ZERO),
        open_count=sum(1 for p in rows if p.balance > 0),
        refund_count=sum(1 for p in rows if p.balance < 0),
    )


def debtors(db: Database, event_id: int) -> list[ParticipantRow]:
    """Who still has to pay, by name."""
    from ..core.text import fold

    return sorted(
        (p for p in participants(db, event_id) if p.balance > 0), key=lambda p: (fold(p.last_name), fold(p.first_name))
    )


# --- extra columns for the participant export -------------------------------------------

EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Zimmer", "text"),
    ("Zimmerpartner/in", "text"),
    ("Telefon (Reise)", "text"),
    ("Betrag fällig", "money"),
    ("Gezahlt", "money"),
    ("Offen", "money"),
    ("Zahlungsstatus", "text"),
    ("Letzte Zahlung", "date"),
)


def trip_export_columns(db: Database, event_id: int) -> tuple[tuple[tuple[str, str], ...], dict[int, list]]:
    """Room and payment columns of an excursion's participant list: (header, kind) pairs and
    the values per registration id. For events of another kind: no columns, no values."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.kind != TRIP_KIND:
            return (), {}
        last_payment = dict(
            session.execute(
                select(Payment.registration_id, func.max(Payment.paid_on))
                .join(Registration, Registration.id == Payment.registration_id)
                .where(Registration.event_id == event_id)
                .group_by(Payment.registration_id)
            ).all()
        )
    values = {
        p.registration_id: [
            p.room_wish,
            p.room_partner_name,
            p.trip_phone,
            p.due,
            p.paid,
            p.balance,
            p.payment_status,
            last_payment.get(p.registration_id),
        ]
        for p in participants(db, event_id)
    }
    return EXPORT_COLUMNS, values
