"""The Fortbildung area's data: accredited events, accreditations, yearly credit overview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import extract, func, select

from ..core import audit
from ..core.db import Database
from ..core.entities import (
    Accreditation,
    Certificate,
    Chamber,
    Event,
    OfficeProfile,
    Organisation,
    Person,
    Registration,
)
from ..core.errors import ValidationError
from ..core.vocab import ACCREDITATION_STATES, ATTENDED, CHAMBER_FIELDS
from ..settings.chambers import rule_for
from .credits import earned_points


@dataclass
class AccreditedEvent:
    id: int
    starts_at: dt.datetime
    title: str
    kind: str
    chambers: str
    points: Decimal
    attendees: int
    certificates: int
    ends_at: dt.datetime | None = None

    def certificate_refusal(self, now: dt.datetime | None = None) -> str | None:
        """Why certificates cannot be issued yet (see model.training.certificates), or None."""
        from .certificates import certificate_refusal

        return certificate_refusal(self.title, self.ends_at or self.starts_at, now)


@dataclass
class AccreditationData:
    chamber: str
    recognition_number: str | None
    credit_points: Decimal
    field: str | None
    recognised_on: dt.date | None
    id: int | None = None
    # None: "anerkannt" with a recognition number, else "beantragt".
    state: str | None = None
    applied_on: dt.date | None = None
    late_accepted: bool = False


@dataclass
class PersonCredits:
    person_id: int
    name: str
    organisation: str | None
    chamber: str | None
    chamber_number: str | None
    points: Decimal
    requirement: Decimal | None  # None: no chamber or no rule for the year

    @property
    def missing(self) -> Decimal:
        return max(Decimal(0), (self.requirement or Decimal(0)) - self.points)


def accredited_events(db: Database, year: int | None = None) -> list[AccreditedEvent]:
    attendees = (
        select(func.count()).where(Registration.event_id == Event.id, Registration.status == ATTENDED).scalar_subquery()
    )
    certificates = (
        select(func.count()).where(Certificate.event_id == Event.id, Certificate.revoked_at.is_(None)).scalar_subquery()
    )
    query = (
        select(
            Event.id,
            Event.starts_at,
            Event.ends_at,
            Event.title,
            Event.kind,
            func.max(Accreditation.credit_points).label("points"),
            attendees.label("attendees"),
            certificates.label("certificates"),
        )
        .join(Accreditation, Accreditation.event_id == Event.id)
        .group_by(Event.id, Event.starts_at, Event.ends_at, Event.title, Event.kind)
        .order_by(Event.starts_at.desc())
    )
    if year is not None:
        query = query.where(extract("year", Event.starts_at) == year)
    with db.session() as session:
        rows = session.execute(query).all()
        chambers: dict[int, list[str]] = {}
        for event_id, chamber in session.execute(
            select(Accreditation.event_id, Accreditation.chamber)
            .where(Accreditation.event_id.in_([r.id for r in rows]))
            .order_by(Accreditation.chamber)
        ):
            chambers.setdefault(event_id, []).append(chamber)
    return [
        AccreditedEvent(
            r.id,
            r.starts_at,
            r.title,
            r.kind,
            ", ".join(chambers.get(r.id, [])),
            Decimal(r.points or 0),
            r.attendees,
            r.certificates,
            r.ends_at,
        )
        for r in rows
    ]


def event_accreditations(db: Database, event_id: int) -> list[AccreditationData]:
    with db.session() as session:
        return [
            AccreditationData(
                a.chamber,
                a.recognition_number,
                Decimal(a.credit_points),
                a.field,
                a.recognised_on,
                a.id,
                a.state,
                a.applied_on,
                bool(a.late_accepted),
            )
            for a in session.scalars(
                select(Accreditation).where(Accreditation.event_id == event_id).order_by(Accreditation.chamber)
            )
        ]


def save_accreditations(db: Database, event_id: int, items: list[AccreditationData]) -> None:
    """Replace the event's accreditations with ``items`` in one transaction."""
    seen = set()
    with db.session() as session:
        known = set(session.scalars(select(Chamber.code)))
    for item in items:
        if item.chamber not in known:
            raise ValidationError(f"Unbekannte Kammer »{item.chamber}«.", field="chamber")
        if item.state is not None and item.state not in ACCREDITATION_STATES:
            raise ValidationError(f"Unbekannter Stand »{item.state}«.", field="state")
        if item.state == "anerkannt" and not (item.recognition_number or "").strip():
            raise ValidationError(
                f"{item.chamber}: »anerkannt« braucht die Anerkennungsnummer.", field="recognition_number"
            )
        if item.chamber in seen:
            raise ValidationError(f"{item.chamber} ist doppelt eingetragen.", field="chamber")
        seen.add(item.chamber)
        if Decimal(item.credit_points) <= 0 or Decimal(item.credit_points) > 100:
            raise ValidationError("Die Punkte müssen größer als 0 und höchstens 100 sein.", field="credit_points")
        if item.field and item.field not in CHAMBER_FIELDS:
            raise ValidationError(f"Unbekannte Fachrichtung »{item.field}«.", field="field")
    with db.writing() as session:
        existing = {
            a.chamber: a for a in session.scalars(select(Accreditation).where(Accreditation.event_id == event_id))
        }
        for chamber, row in existing.items():
            if chamber not in seen:
                session.delete(row)
        for item in items:
            row = existing.get(item.chamber) or Accreditation(event_id=event_id, chamber=item.chamber)
            row.recognition_number = (item.recognition_number or "").strip() or None
            row.credit_points = Decimal(item.credit_points)
            row.field = item.field or None
            row.recognised_on = item.recognised_on
            row.state = item.state or ("anerkannt" if row.recognition_number else "beantragt")
            row.applied_on = item.applied_on
            row.late_accepted = bool(item.late_accepted)
            session.add(row)
        audit.record(
            session,
            "event",
            event_id,
            "Anerkennung",
            "Anerkennungen: " + (", ".join(f"{i.chamber} {i.credit_points}" for i in items) or "keine"),
        )


def yearly_credits(db: Database, year: int) -> list[PersonCredits]:
    """Everyone with a chamber or with credited attendance in the year, with totals."""
    with db.session() as session:
        profile = session.get_one(OfficeProfile, 1)
        minutes = dict(session.execute(select(Chamber.code, Chamber.minutes_per_unit)).all())
        rows = session.execute(
            select(
                Registration.person_id,
                Registration.status,
                Registration.role,
                Registration.attended_minutes,
                Registration.event_id,
                Accreditation.chamber,
                Accreditation.credit_points,
            )
            .join(Event, Registration.event_id == Event.id)
            .join(Accreditation, Accreditation.event_id == Event.id)
            .where(extract("year", Event.starts_at) == year, Registration.status == ATTENDED)
        ).all()
        people = {
            p.id: p
            for p in session.execute(
                select(
                    Person.id,
                    Person.first_name,
                    Person.last_name,
                    Person.title,
                    Person.chamber,
                    Person.chamber_number,
                    Person.chamber_category,
                    Organisation.name.label("organisation"),
                )
                .outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .where((Person.chamber.is_not(None)) | Person.id.in_({r.person_id for r in rows}))
            )
        }
        rules: dict[tuple, Decimal | None] = {}
        for key in {(p.chamber, p.chamber_category) for p in people.values()}:
            rule = rule_for(session, key[0], key[1], year)
            rules[key] = rule.required if rule else None
    totals: dict[int, Decimal] = {pid: Decimal(0) for pid in people}
    counted: set[tuple[int, int]] = set()
    for r in rows:
        person = people.get(r.person_id)
        if person is None or (person.chamber and r.chamber != person.chamber) or (r.person_id, r.event_id) in counted:
            continue
        points = earned_points(
            r.status,
            r.role,
            r.credit_points,
            r.attended_minutes,
            minutes.get(r.chamber, 45),
            bool(profile.credit_speakers),
        )
        if points > 0:
            counted.add((r.person_id, r.event_id))
            totals[r.person_id] += points
    result = []
    for pid, person in people.items():
        name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
        result.append(
            PersonCredits(
                pid,
                name,
                person.organisation,
                person.chamber,
                person.chamber_number,
                totals[pid],
                rules[(person.chamber, person.chamber_category)],
            )
        )
    result.sort(key=lambda c: (c.missing == 0, -c.missing, c.name))
    return result


def person_emails(db: Database, event_id: int) -> dict[int, tuple[str | None, str | None]]:
    """E-mail address and salutation of everyone registered for the event (for drafts)."""
    with db.session() as session:
        return {
            r.id: (r.email, r.salutation)
            for r in session.execute(
                select(Person.id, Person.email, Person.salutation)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.event_id == event_id)
            )
        }
