"""Plain-data listings of the main entities, as the command line prints them.

The JSON field names and value forms are a contract for scripts (stable from the first
release on): German vocabulary words for kinds, statuses and roles; ISO dates.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import exists, func, or_, select

from ..core.db import Database
from ..core.entities import Accreditation, Event, Membership, Organisation, Person, Registration
from ..core.errors import UserError
from ..core.text import fold


def _number(value: Decimal | float | int | None) -> int | float:
    if value is None:
        return 0
    as_float = float(value)
    return int(as_float) if as_float.is_integer() else as_float


def current_member_clause(on: dt.date):
    """SQL condition: the organisation is a Mitglied on the given day."""
    return exists().where(
        Membership.organisation_id == Organisation.id,
        Membership.type == "Mitglied",
        Membership.since <= on,
        or_(Membership.until.is_(None), Membership.until >= on),
    )


def organisations(db: Database, on: dt.date | None = None) -> list[dict]:
    on = on or dt.date.today()
    is_member = current_member_clause(on).label("is_member")
    query = select(Organisation.id, Organisation.name, Organisation.kind, Organisation.ags, is_member).order_by(
        Organisation.name, Organisation.id
    )
    with db.session() as session:
        return [
            {"id": r.id, "name": r.name, "kind": r.kind, "ags": r.ags, "is_member": bool(r.is_member)}
            for r in session.execute(query)
        ]


def persons(db: Database) -> list[dict]:
    query = (
        select(
            Person.id,
            Person.salutation,
            Person.title,
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
            Person.email,
            Person.chamber,
            Person.chamber_number,
        )
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    with db.session() as session:
        return [dict(row._mapping) for row in session.execute(query)]


def events(db: Database) -> list[dict]:
    credit = (
        select(func.max(Accreditation.credit_points))
        .where(Accreditation.event_id == Event.id)
        .scalar_subquery()
        .label("credit_hours")
    )
    query = select(
        Event.id,
        Event.kind,
        Event.title,
        Event.starts_at,
        Event.ends_at,
        Event.format,
        Event.status,
        credit,
    ).order_by(Event.starts_at, Event.id)
    with db.session() as session:
        accreditations: dict[int, list[dict]] = {}
        for a in session.scalars(select(Accreditation).order_by(Accreditation.event_id, Accreditation.chamber)):
            accreditations.setdefault(a.event_id, []).append(
                {
                    "chamber": a.chamber,
                    "state": a.state,
                    "number": a.recognition_number,
                    "points": _number(a.credit_points),
                }
            )
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "title": r.title,
                "start": r.starts_at.isoformat(),
                "end": r.ends_at.isoformat(),
                "format": r.format,
                "status": r.status,
                "credit_hours": _number(r.credit_hours),
                "accreditations": accreditations.get(r.id, []),
            }
            for r in session.execute(query)
        ]


def registrations(db: Database, event_id: int | None = None) -> list[dict]:
    query = (
        select(
            Registration.id,
            Registration.event_id,
            Registration.person_id,
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
            Registration.status,
            Registration.role,
            Registration.attendance_mode.label("mode"),
            Registration.attended_minutes,
        )
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .order_by(Registration.event_id, Person.last_name, Person.first_name, Registration.id)
    )
    with db.session() as session:
        if event_id is not None:
            if session.get(Event, event_id) is None:
                raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
            query = query.where(Registration.event_id == event_id)
        return [dict(row._mapping) for row in session.execute(query)]


def matching(rows: list[dict], text: str) -> list[dict]:
    """The rows where any field contains ``text`` (case- and accent-insensitive, as the search fields)."""
    wanted = fold(text.strip())
    return [row for row in rows if any(wanted in fold(str(value)) for value in row.values() if value is not None)]
