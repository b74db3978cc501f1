"""Participation history: every event of a person, and a municipality's participation per year.

Counting is done in SQL (GROUP BY year), so the large demo's 100,000 registrations cost a
single indexed pass per question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, distinct, extract, func, select

from ..core.db import Database
from ..core.entities import Event, Organisation, Person, Registration
from ..core.errors import UserError
from ..core.vocab import ATTENDED, CALLED_OFF, NO_SHOW


@dataclass(frozen=True)
class PersonEvent:
    registration_id: int
    event_id: int
    starts_at: dt.datetime
    kind: str
    title: str
    event_status: str
    status: str
    role: str
    attended_minutes: int | None


def person_history(db: Database, person_id: int) -> list[PersonEvent]:
    """Every registration of the person, newest event first."""
    with db.session() as session:
        if session.get(Person, person_id) is None:
            raise UserError(f"Die Person mit der Nummer {person_id} gibt es nicht.")
        rows = session.execute(
            select(
                Registration.id,
                Event.id,
                Event.starts_at,
                Event.kind,
                Event.title,
                Event.status,
                Registration.status,
                Registration.role,
                Registration.attended_minutes,
            )
            .join(Event, Registration.event_id == Event.id)
            .where(Registration.person_id == person_id)
            .order_by(Event.starts_at.desc(), Event.id.desc())
        ).all()
    return [PersonEvent(*row) for row in rows]


@dataclass(frozen=True)
class ParticipationYear:
    year: int
    events: int  # distinct events at which someone of the organisation took part
    participations: int  # registrations with status teilgenommen
    people: int  # distinct people who took part
    registrations: int  # all registrations (any status)
    no_shows: int
    hosted: int = 0  # events hosted by the organisation


def _year(column):
    return extract("year", column)


def organisation_participation(db: Database, organisation_id: int) -> list[ParticipationYear]:
    """Per year (newest first): how many of its people came to how many events."""
    year = _year(Event.starts_at)
    attended = Registration.status == ATTENDED
    query = (
        select(
            year.label("year"),
            func.count(distinct(case((attended, Registration.event_id)))).label("events"),
            func.sum(case((attended, 1), else_=0)).label("participations"),
            func.count(distinct(case((attended, Registration.person_id)))).label("people"),
            func.count().label("registrations"),
            func.sum(case((Registration.status == NO_SHOW, 1), else_=0)).label("no_shows"),
        )
        .select_from(Registration)
        .join(Event, Registration.event_id == Event.id)
        .join(Person, Registration.person_id == Person.id)
        .where(Person.organisation_id == organisation_id)
        .group_by(year)
    )
    hosted_query = (
        select(year.label("year"), func.count())
        .where(Event.host_organisation_id == organisation_id, Event.status != CALLED_OFF)
        .group_by(year)
    )
    with db.session() as session:
        if session.get(Organisation, organisation_id) is None:
            raise UserError(f"Die Organisation mit der Nummer {organisation_id} gibt es nicht.")
        rows = {int(r.year): r for r in session.execute(query)}
        hosted = {int(y): n for y, n in session.execute(hosted_query)}
    years = sorted(set(rows) | set(hosted), reverse=True)
    result = []
    for y in years:
        r = rows.get(y)
        result.append(
            ParticipationYear(
                year=y,
                events=r.events if r else 0,
                participations=int(r.participations or 0) if r else 0,
                people=r.people if r else 0,
                registrations=r.registrations if r else 0,
                no_shows=int(r.no_shows or 0) if r else 0,
                hosted=hosted.get(y, 0),
            )
        )
    return result


@dataclass
class OrganisationYears:
    organisation_id: int
    name: str
    kind: str
    per_year: dict[int, int] = field(default_factory=dict)  # year -> participations

    def total(self) -> int:
        return sum(self.per_year.values())


def participation_overview(
    db: Database, first_year: int, last_year: int, kinds: tuple[str, ...] = ("Kommune", "Kreis")
) -> list[OrganisationYears]:
    """Participations (status teilgenommen) per organisation and year, for a whole table."""
    year = _year(Event.starts_at)
    query = (
        select(Organisation.id, year.label("year"), func.count())
        .select_from(Registration)
        .join(Event, Registration.event_id == Event.id)
        .join(Person, Registration.person_id == Person.id)
        .join(Organisation, Person.organisation_id == Organisation.id)
        .where(
            Registration.status == ATTENDED,
            Organisation.kind.in_(kinds),
            Event.starts_at >= dt.datetime(first_year, 1, 1),
            Event.starts_at < dt.datetime(last_year + 1, 1, 1),
        )
        .group_by(Organisation.id, year)
    )
    with db.session() as session:
        organisations = {
            r.id: OrganisationYears(r.id, r.name, r.kind)
            for r in session.execute(
                select(Organisation.id, Organisation.name, Organisation.kind)
                .where(Organisation.kind.in_(kinds))
                .order_by(Organisation.name)
            )
        }
        for organisation_id, y, count in session.execute(query):
            organisations[organisation_id].per_year[int(y)] = count
    return list(organisations.values())
