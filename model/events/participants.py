"""Registrations of one event as the office works with them: the list, adding people in batches
(by search, a Verteiler, a working group), status, role and fees.

The rules (capacity, waiting list, promotion, confirmation) live in ``model.events.registrations``;
this module only calls them, each batch in one write transaction.

Fees: ``Registration.fee_due`` is empty for the event's standard fee and set only for an
individual amount (a reduction, a waiver). The standard fee is owed by role Teilnahme with a
seat or a no-show (angemeldet, teilgenommen, nicht erschienen); the waiting list, cancelled
registrations, speakers, moderators and office staff owe nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from ..core import audit
from ..core.db import Database
from ..core.entities import (
    Event,
    MailingList,
    MailingListMember,
    Organisation,
    Person,
    Registration,
    WorkingGroupMember,
)
from ..core.errors import UserError, ValidationError
from ..core.text import search_fold
from ..core.vocab import (
    ATTENDED,
    DEREGISTERED,
    EXCUSED,
    NO_SHOW,
    PARTICIPANT,
    PAYING_ROLES,
    REGISTERED,
    REGISTRATION_ROLES,
    REGISTRATION_STATUSES,
    SEAT_TAKING_STATUSES,
    WAITING,
)
from .registrations import STATUS_ORDER, ConfirmationNeeded, change_status, list_order, register, waiting_positions

# Who owes an event's fee: a paying role with a seat, or a no-show who kept one.
OWING_STATUSES = (REGISTERED, ATTENDED, NO_SHOW)
SEARCH_LIMIT = 200


def effective_fee(fee_due: Decimal | None, event_fee: Decimal | None, role: str, status: str) -> Decimal | None:
    if fee_due is not None:
        return fee_due
    if event_fee and role in PAYING_ROLES and status in OWING_STATUSES:
        return event_fee
    return None


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    person_id: int
    title: str | None
    first_name: str
    last_name: str
    organisation: str | None
    email: str | None
    status: str
    role: str
    registered_at: dt.datetime
    fee_due: Decimal | None  # effective amount owed
    fee_individual: bool  # fee_due set for this registration
    fee_paid: Decimal | None
    attended_minutes: int | None
    notes: str | None
    waiting_position: int | None = None

    @property
    def name(self) -> str:
        """ "Żółć, Dr. Łukasz"."""
        given = " ".join(part for part in (self.title, self.first_name) if part)
        return f"{self.last_name}, {given}" if given else self.last_name

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def fee_open(self) -> Decimal | None:
        if not self.fee_due:
            return None
        return self.fee_due - (self.fee_paid or Decimal(0))


def _rows(session, event_id: int) -> list[RegistrationRow]:
    event_fee = session.scalar(select(Event.fee).where(Event.id == event_id))
    result = session.execute(
        select(
            Registration.id,
            Registration.person_id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
            Person.email,
            Registration.status,
            Registration.role,
            Registration.registered_at,
            Registration.fee_due,
            Registration.fee_paid,
            Registration.attended_minutes,
            Registration.notes,
        )
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Registration.event_id == event_id)
        .order_by(Registration.registered_at, Registration.id)
    ).all()
    rows = [
        RegistrationRow(
            id=r.id,
            person_id=r.person_id,
            title=r.title,
            first_name=r.first_name or "",
            last_name=r.last_name or "",
            organisation=r.organisation,
            email=r.email,
            status=r.status,
            role=r.role,
            registered_at=r.registered_at,
            fee_due=effective_fee(r.fee_due, event_fee, r.role, r.status),
            fee_individual=r.fee_due is not None,
            fee_paid=r.fee_paid,
            attended_minutes=r.attended_minutes,
            notes=r.notes,
            waiting_position=position,
        )
        for r, position in zip(result, waiting_positions([r.status for r in result]), strict=True)
    ]
    rows.sort(key=lambda row: list_order(row.status, row.waiting_position, row.last_name, row.first_name, row.id))
    return rows


def registration_rows(db: Database, event_id: int) -> list[RegistrationRow]:
    """Every registration of the event: seats, then the waiting list in order, then the rest."""
    with db.session() as session:
        return _rows(session, event_id)


# --- the participant list as exported (all the person's contact fields) -----------------


@dataclass(frozen=True)
class ParticipantRow:
    registration_id: int
    person_id: int
    salutation: str
    title: str | None
    first_name: str
    last_name: str
    organisation: str | None
    department: str | None
    function: str | None
    email: str | None
    phone: str | None
    status: str
    role: str
    registered_at: dt.datetime
    fee_due: Decimal | None  # effective amount owed
    fee_paid: Decimal | None
    attended_minutes: int | None
    notes: str | None
    waiting_position: int | None

    @property
    def fee_open(self) -> Decimal | None:
        if not self.fee_due:
            return None
        return self.fee_due - (self.fee_paid or Decimal(0))


@dataclass(frozen=True)
class ParticipantList:
    """An event's heading data and its participants in list order (``STATUS_ORDER``)."""

    event_id: int
    title: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    rows: list[ParticipantRow]


def participant_list(db: Database, event_id: int) -> ParticipantList:
    """Every registration of the event with contact fields: seats, waiting list in order, the rest."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        heading = (event.id, event.title, event.kind, event.starts_at, event.ends_at, event.fee)
        result = session.execute(
            select(
                Registration.id,
                Registration.person_id,
                Person.salutation,
                Person.title,
                Person.first_name,
                Person.last_name,
                Organisation.name.label("organisation"),
                Person.department,
                Person.function,
                Person.email,
                Person.phone,
                Registration.status,
                Registration.role,
                Registration.registered_at,
                Registration.fee_due,
                Registration.fee_paid,
                Registration.attended_minutes,
                Registration.notes,
            )
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id)
            .order_by(Registration.registered_at, Registration.id)
        ).all()
    event_fee = heading[-1]
    rows = [
        ParticipantRow(
            registration_id=r.id,
            person_id=r.person_id,
            salutation=r.salutation,
            title=r.title,
            first_name=r.first_name or "",
            last_name=r.last_name or "",
            organisation=r.organisation,
            department=r.department,
            function=r.function,
            email=r.email,
            phone=r.phone,
            status=r.status,
            role=r.role,
            registered_at=r.registered_at,
            fee_due=effective_fee(r.fee_due, event_fee, r.role, r.status),
            fee_paid=r.fee_paid,
            attended_minutes=r.attended_minutes,
            notes=r.notes,
            waiting_position=position,
        )
        for r, position in zip(result, waiting_positions([r.status for r in result]), strict=True)
    ]
    rows.sort(key=lambda p: list_order(p.status, p.waiting_position, p.last_name, p.first_name, p.registration_id))
    return ParticipantList(*heading[:-1], rows=rows)


@dataclass(frozen=True)
class Counts:
    capacity: int | None
    seats_taken: int
    waiting: int
    attended: int
    cancelled: int
    total: int

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.seats_taken)


def counts(db: Database, event_id: int) -> Counts:
    with db.session() as session:
        capacity = session.scalar(select(Event.capacity).where(Event.id == event_id))
        by_status = dict(
            session.execute(
                select(Registration.status, func.count())
                .where(Registration.event_id == event_id)
                .group_by(Registration.status)
            ).all()
        )
    return Counts(
        capacity=capacity,
        seats_taken=sum(by_status.get(s, 0) for s in SEAT_TAKING_STATUSES),
        waiting=by_status.get(WAITING, 0),
        attended=by_status.get(ATTENDED, 0),
        cancelled=by_status.get(DEREGISTERED, 0) + by_status.get(EXCUSED, 0),
        total=sum(by_status.values()),
    )


# --- adding people -------------------------------------------------------------------------


@dataclass
class BatchResult:
    registered: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = []
        if self.registered:
            parts.append(f"{len(self.registered)} angemeldet")
        if self.waiting:
            parts.append(f"{len(self.waiting)} auf der Warteliste")
        if self.already:
            parts.append(f"{len(self.already)} bereits eingetragen")
        return ", ".join(parts) if parts else "Niemand hinzugefügt."


def register_people(
    db: Database,
    event_id: int,
    person_ids: list[int],
    role: str = PARTICIPANT,
    *,
    confirmed: bool = False,
    now: dt.datetime | None = None,
) -> BatchResult:
    """Register several people in one transaction, in the order given.

    People already registered (and not cancelled) are skipped and named in the result.
    Raises ConfirmationNeeded once for the whole batch (cancelled event, deadline passed);
    nothing is written then.
    """
    now = now or dt.datetime.now().replace(microsecond=0)
    result = BatchResult()
    unique = list(dict.fromkeys(person_ids))
    with db.writing() as session:
        present = dict(
            session.execute(
                select(Registration.person_id, Registration.status).where(Registration.event_id == event_id)
            ).all()
        )
        for person_id in unique:
            if present.get(person_id) not in (None, DEREGISTERED, EXCUSED):
                person = session.get(Person, person_id)
                result.already.append(f"{person.first_name} {person.last_name}" if person else str(person_id))
                continue
            # Same time for the batch: the waiting list then follows the ids, i.e. this order.
            registration = register(session, event_id, person_id, role, confirmed=confirmed, now=now)
            person = session.get_one(Person, person_id)
            name = f"{person.first_name} {person.last_name}"
            (result.registered if registration.status == REGISTERED else result.waiting).append(name)
    return result


def mailing_list_person_ids(db: Database, list_id: int) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(MailingListMember.person_id)
                .join(Person, MailingListMember.person_id == Person.id)
                .where(MailingListMember.mailing_list_id == list_id, Person.active.is_(True))
                .order_by(Person.last_name, Person.first_name)
            )
        )


def working_group_person_ids(db: Database, group_id: int, on: dt.date | None = None) -> list[int]:
    """Current members of the group (joined by ``on`` and not left), lead first."""
    on = on or dt.date.today()
    with db.session() as session:
        return list(
            session.scalars(
                select(WorkingGroupMember.person_id)
                .join(Person, WorkingGroupMember.person_id == Person.id)
                .where(
                    WorkingGroupMember.working_group_id == group_id,
                    or_(WorkingGroupMember.joined_on.is_(None), WorkingGroupMember.joined_on <= on),
                    or_(WorkingGroupMember.left_on.is_(None), WorkingGroupMember.left_on > on),
                )
                .order_by(WorkingGroupMember.role != "Leitung", Person.last_name, Person.first_name)
            )
        )


@dataclass(frozen=True)
class PersonChoice:
    id: int
    title: str | None
    first_name: str
    last_name: str
    organisation: str | None
    email: str | None
    active: bool = True

    @property
    def name(self) -> str:
        given = " ".join(part for part in (self.title, self.first_name) if part)
        return f"{self.last_name}, {given}" if given else self.last_name


def search_people(
    db: Database, text: str, limit: int = SEARCH_LIMIT, include_inactive: bool = False, ids: list[int] | None = None
) -> list[PersonChoice]:
    """People whose name, organisation, function or e-mail contain every word typed."""
    query = (
        select(
            Person.id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
            Person.email,
            Person.active,
        )
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.anonymised_at.is_(None))
        .order_by(Person.last_name, Person.first_name, Person.id)
        .limit(limit)
    )
    if not include_inactive:
        query = query.where(Person.active.is_(True))
    if ids is not None:
        query = query.where(Person.id.in_(ids))
    words = search_fold(text).split()
    if words:
        query = query.where(
            and_(*(or_(Person.search_key.like(f"%{w}%"), Organisation.search_key.like(f"%{w}%")) for w in words))
        )
    with db.session() as session:
        return [
            PersonChoice(r.id, r.title, r.first_name or "", r.last_name or "", r.organisation, r.email, bool(r.active))
            for r in session.execute(query)
        ]


def mailing_lists(db: Database) -> list[tuple[int, str, int]]:
    """(id, name, number of members) of every Verteiler."""
    with db.session() as session:
        return [
            (row[0], row[1], row[2])
            for row in session.execute(
                select(MailingList.id, MailingList.name, func.count(MailingListMember.person_id))
                .outerjoin(MailingListMember, MailingListMember.mailing_list_id == MailingList.id)
                .group_by(MailingList.id, MailingList.name)
                .order_by(MailingList.name)
            )
        ]


# --- changing registrations ----------------------------------------------------------------


def set_status(db: Database, registration_ids: list[int], status: str) -> list[str]:
    """Set the status of registrations; returns the names of people who moved up."""
    if status not in REGISTRATION_STATUSES:
        raise UserError(f"Unbekannter Status »{status}«.")
    moved_up: list[str] = []
    with db.writing() as session:
        for registration_id in registration_ids:
            for promoted in change_status(session, registration_id, status):
                person = session.get_one(Person, promoted.person_id)
                moved_up.append(f"{person.first_name} {person.last_name}")
    return moved_up


def set_role(db: Database, registration_ids: list[int], role: str) -> None:
    if role not in REGISTRATION_ROLES:
        raise UserError(f"Unbekannte Rolle »{role}«.")
    with db.writing() as session:
        for registration_id in registration_ids:
            registration = session.get(Registration, registration_id)
            if registration is None or registration.role == role:
                continue
            audit.record(
                session,
                "registration",
                registration_id,
                "Rolle",
                f"Rolle {registration.role} → {role}",
                {"role": [registration.role, role]},
            )
            registration.role = role


def _money(value: Decimal | float | int | str | None, label: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).replace(",", ".")).quantize(Decimal("0.01"))
    except ArithmeticError as exc:
        raise ValidationError(f"»{value}« ist kein Geldbetrag.", label) from exc
    if not Decimal(0) <= amount <= Decimal("99999.99"):
        raise ValidationError("Der Betrag muss zwischen 0 und 99.999,99 € liegen.", label)
    return amount


def set_fee(
    db: Database,
    registration_id: int,
    *,
    fee_due: Decimal | str | None = "unchanged",
    fee_paid: Decimal | str | None = "unchanged",
) -> None:
    """Set an individual amount (None: the standard fee again) and/or the amount paid."""
    with db.writing() as session:
        registration = session.get(Registration, registration_id)
        if registration is None:
            raise UserError("Die Anmeldung gibt es nicht (mehr).")
        changes = {}
        if fee_due != "unchanged":
            new = _money(fee_due, "Gebühr")
            changes["fee_due"] = [registration.fee_due, new]
            registration.fee_due = new
        if fee_paid != "unchanged":
            new = _money(fee_paid, "bezahlt")
            changes["fee_paid"] = [registration.fee_paid, new]
            registration.fee_paid = new
        audit.record(session, "registration", registration_id, "Gebühr", "Gebühr geändert", changes)


def mark_paid(db: Database, registration_ids: list[int]) -> int:
    """Record the full amount owed as paid; returns how many registrations changed."""
    changed = 0
    with db.writing() as session:
        for registration in session.scalars(select(Registration).where(Registration.id.in_(registration_ids))):
            event_fee = session.scalar(select(Event.fee).where(Event.id == registration.event_id))
            due = effective_fee(registration.fee_due, event_fee, registration.role, registration.status)
            if due and registration.fee_paid != due:
                audit.record(
                    session,
                    "registration",
                    registration.id,
                    "bezahlt",
                    f"{due} € bezahlt",
                    {"fee_paid": [registration.fee_paid, due]},
                )
                registration.fee_paid = due
                changed += 1
    return changed


def set_notes(db: Database, registration_id: int, notes: str | None) -> None:
    with db.writing() as session:
        registration = session.get(Registration, registration_id)
        if registration is not None:
            registration.notes = (notes or "").strip() or None


__all__ = [
    "STATUS_ORDER",
    "ConfirmationNeeded",
    "list_order",
    "participant_list",
    "register_people",
    "registration_rows",
    "search_people",
    "set_status",
]
