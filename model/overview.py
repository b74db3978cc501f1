"""The figures of the start page (Übersicht): what the office sees first every morning.

All counting happens in SQL (the large demo has 100,000 registrations): the key figures come
back in one statement of scalar subqueries, the next events with their seat counts in a
second one, both in one short session. Plain data out; no Qt here.

This is the first query of every start. It uses lightweight Core table descriptions of the
few columns it reads, so the first screen needs neither the ORM nor the mapped classes
(importing them costs about as much as a bare Qt window); ``tests/test_overview_tables.py``
checks these descriptions against the mapped schema.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, DateTime, Integer, String, and_, case, column, exists, func, or_, select, table

from .db import Database
from .formatting import place_line
from .vocab import SEAT_TAKING_STATUSES

EVENT = table(
    "event", column("id", Integer), column("kind", String), column("title", String),
    column("starts_at", DateTime), column("ends_at", DateTime), column("format", String),
    column("venue", String), column("status", String), column("capacity", Integer),
    column("host_organisation_id", Integer),
)
MEMBERSHIP = table(
    "membership", column("organisation_id", Integer), column("type", String),
    column("since", Date), column("until", Date),
)
ORGANISATION = table("organisation", column("id", Integer), column("name", String))
PERSON = table("person", column("id", Integer), column("active", Boolean), column("anonymised_at", DateTime))
REGISTRATION = table("registration", column("event_id", Integer), column("status", String))

UPCOMING_LIMIT = 10
# Statuses of events that still lie ahead of the office (not done, not cancelled).
PLANNED_STATUSES = ("geplant", "ausgeschrieben")
DONE_STATUS = "durchgeführt"
CANCELLED_STATUS = "abgesagt"


@dataclass(frozen=True)
class UpcomingEvent:
    id: int
    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    format: str
    venue: str | None
    host: str | None
    status: str
    capacity: int | None
    seats_taken: int
    waiting: int

    @property
    def place(self) -> str:
        return place_line(self.format, self.venue, self.host)

    @property
    def is_full(self) -> bool:
        return self.capacity is not None and self.seats_taken >= self.capacity


@dataclass(frozen=True)
class Overview:
    today: dt.date
    member_municipalities: int
    organisations: int
    active_people: int
    events_done: int
    events_planned: int
    participations: int
    waiting_list_open: int
    upcoming: list[UpcomingEvent] = field(default_factory=list)

    @property
    def year(self) -> int:
        return self.today.year

    @property
    def events_this_year(self) -> int:
        """Events of the year that took or will take place (cancelled ones not counted)."""
        return self.events_done + self.events_planned


def overview(db: Database, today: dt.date | None = None, limit: int = UPCOMING_LIMIT) -> Overview:
    today = today or dt.date.today()
    year_start = dt.datetime(today.year, 1, 1)
    next_year_start = dt.datetime(today.year + 1, 1, 1)
    from_today = dt.datetime.combine(today, dt.time.min)
    event, registration, organisation = EVENT.c, REGISTRATION.c, ORGANISATION.c
    membership, person = MEMBERSHIP.c, PERSON.c

    in_year = and_(event.starts_at >= year_start, event.starts_at < next_year_start)
    ahead = and_(event.starts_at >= from_today, event.status != CANCELLED_STATUS)
    is_member_today = exists().where(  # as model.listing.current_member_clause
        membership.organisation_id == organisation.id,
        membership.type == "Mitglied",
        membership.since <= today,
        or_(membership.until.is_(None), membership.until >= today),
    )
    registrations_of_events = REGISTRATION.join(EVENT, registration.event_id == event.id)

    def count(query):
        return query.scalar_subquery()

    figures = select(
        count(select(func.count()).select_from(ORGANISATION).where(is_member_today)).label("members"),
        count(select(func.count()).select_from(ORGANISATION)).label("organisations"),
        count(
            select(func.count()).select_from(PERSON)
            .where(person.active.is_(True), person.anonymised_at.is_(None))
        ).label("people"),
        count(select(func.count()).select_from(EVENT).where(in_year, event.status == DONE_STATUS)).label("done"),
        count(
            select(func.count()).select_from(EVENT).where(in_year, event.status.in_(PLANNED_STATUSES))
        ).label("planned"),
        count(
            select(func.count()).select_from(registrations_of_events)
            .where(in_year, registration.status == "teilgenommen")
        ).label("participations"),
        count(
            select(func.count()).select_from(registrations_of_events)
            .where(ahead, registration.status == "Warteliste")
        ).label("waiting"),
    )

    next_events = (
        select(event.id)
        .where(ahead)
        .order_by(event.starts_at, event.id)
        .limit(limit)
        .subquery("next_events")
    )
    seats = (
        select(
            registration.event_id,
            func.sum(case((registration.status.in_(SEAT_TAKING_STATUSES), 1), else_=0)).label("taken"),
            func.sum(case((registration.status == "Warteliste", 1), else_=0)).label("waiting"),
        )
        .where(registration.event_id.in_(select(next_events.c.id)))
        .group_by(registration.event_id)
        .subquery("seats")
    )
    upcoming = (
        select(
            event.id,
            event.kind,
            event.title,
            event.starts_at,
            event.ends_at,
            event.format,
            event.venue,
            organisation.name.label("host"),
            event.status,
            event.capacity,
            func.coalesce(seats.c.taken, 0).label("taken"),
            func.coalesce(seats.c.waiting, 0).label("waiting"),
        )
        .select_from(
            EVENT.join(next_events, next_events.c.id == event.id)
            .outerjoin(seats, seats.c.event_id == event.id)
            .outerjoin(ORGANISATION, organisation.id == event.host_organisation_id)
        )
        .order_by(event.starts_at, event.id)
    )

    with db.engine.connect() as session:
        row = session.execute(figures).one()
        events = [
            UpcomingEvent(
                id=r.id,
                kind=r.kind,
                title=r.title,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                format=r.format,
                venue=r.venue,
                host=r.host,
                status=r.status,
                capacity=r.capacity,
                seats_taken=int(r.taken),
                waiting=int(r.waiting),
            )
            for r in session.execute(upcoming)
        ]
    return Overview(
        today=today,
        member_municipalities=row.members,
        organisations=row.organisations,
        active_people=row.people,
        events_done=row.done,
        events_planned=row.planned,
        participations=row.participations,
        waiting_list_open=row.waiting,
        upcoming=events,
    )
