"""The figures of the start page (Übersicht): what the office sees first every morning.

All counting happens in SQL (the large demo has 100,000 registrations): the key figures come
back in one statement of scalar subqueries, the next events with their seat counts in a
second one, both in one short read. Plain data out; no Qt here.

This is the first query of every start, so it is plain SQL that SQLite and PostgreSQL both
understand. While the program has not needed SQLAlchemy yet (a SQLite file, just opened),
it runs through the standard library's ``sqlite3``: the first screen needs neither the ORM
nor SQLAlchemy, whose import costs more than a bare Qt window. Otherwise it runs through
the engine (``tests/test_overview_tables.py`` checks that both ways give the same figures).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from ..core.db import BUSY_TIMEOUT_SECONDS, Database
from ..core.formatting import place_line
from ..core.vocab import ANNOUNCED, ATTENDED, CALLED_OFF, HELD, PLANNED, SEAT_TAKING_STATUSES, WAITING

UPCOMING_LIMIT = 10
# Statuses of events that still lie ahead of the office (not done, not cancelled).
PLANNED_STATUSES = (PLANNED, ANNOUNCED)
DONE_STATUS = HELD
CANCELLED_STATUS = CALLED_OFF


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


def _placeholders(name: str, values: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """ ":name_0, :name_1" and their values, for an IN list of constants."""
    params = {f"{name}_{i}": value for i, value in enumerate(values)}
    return ", ".join(f":{key}" for key in params), params


_PLANNED_IN, _PLANNED_PARAMS = _placeholders("planned", PLANNED_STATUSES)
_SEATS_IN, _SEATS_PARAMS = _placeholders("seat", tuple(SEAT_TAKING_STATUSES))

FIGURES_SQL = f"""
SELECT
  (SELECT count(*) FROM organisation
    WHERE EXISTS (SELECT 1 FROM membership
                  WHERE membership.organisation_id = organisation.id AND membership.type = :member
                    AND membership.since <= :today
                    AND (membership.until IS NULL OR membership.until >= :today))) AS members,
  (SELECT count(*) FROM organisation) AS organisations,
  (SELECT count(*) FROM person WHERE person.active = :yes AND person.anonymised_at IS NULL) AS people,
  (SELECT count(*) FROM event
    WHERE event.starts_at >= :year_start AND event.starts_at < :next_year_start
      AND event.status = :done) AS done,
  (SELECT count(*) FROM event
    WHERE event.starts_at >= :year_start AND event.starts_at < :next_year_start
      AND event.status IN ({_PLANNED_IN})) AS planned,
  (SELECT count(*) FROM registration JOIN event ON registration.event_id = event.id
    WHERE event.starts_at >= :year_start AND event.starts_at < :next_year_start
      AND registration.status = :attended) AS participations,
  (SELECT count(*) FROM registration
    WHERE registration.status = :waiting
      AND registration.event_id IN (SELECT event.id FROM event
                                    WHERE event.starts_at >= :from_today AND event.status <> :cancelled)
  ) AS waiting
"""
# The waiting list is counted from the events ahead (IN), not through a join: with a join
# SQLite scanned every registration (7 ms instead of 0.1 ms on the large demo).

_NEXT_EVENTS = """SELECT event.id FROM event
    WHERE event.starts_at >= :from_today AND event.status <> :cancelled
    ORDER BY event.starts_at, event.id LIMIT :limit"""

UPCOMING_SQL = f"""
SELECT event.id, event.kind, event.title, event.starts_at, event.ends_at, event.format, event.venue,
       organisation.name AS host, event.status, event.capacity,
       coalesce(seats.taken, 0) AS taken, coalesce(seats.waiting, 0) AS waiting
FROM event
JOIN ({_NEXT_EVENTS}) AS next_events ON next_events.id = event.id
LEFT OUTER JOIN (
  SELECT registration.event_id AS event_id,
         sum(CASE WHEN registration.status IN ({_SEATS_IN}) THEN 1 ELSE 0 END) AS taken,
         sum(CASE WHEN registration.status = :waiting THEN 1 ELSE 0 END) AS waiting
  FROM registration
  WHERE registration.event_id IN ({_NEXT_EVENTS})
  GROUP BY registration.event_id
) AS seats ON seats.event_id = event.id
LEFT OUTER JOIN organisation ON organisation.id = event.host_organisation_id
ORDER BY event.starts_at, event.id
"""

# How SQLAlchemy stores dates and times in SQLite (text that sorts like the value).
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
_SQLITE_DATE = "%Y-%m-%d"


def _as_datetime(value) -> dt.datetime:  # datetime, or SQLite's text
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def overview(db: Database, today: dt.date | None = None, limit: int = UPCOMING_LIMIT) -> Overview:
    today = today or dt.date.today()
    params = {
        "today": today,
        "year_start": dt.datetime(today.year, 1, 1),
        "next_year_start": dt.datetime(today.year + 1, 1, 1),
        "from_today": dt.datetime.combine(today, dt.time.min),
        "member": "Mitglied",
        "yes": True,
        "done": DONE_STATUS,
        "attended": ATTENDED,
        "waiting": WAITING,
        "cancelled": CANCELLED_STATUS,
        "limit": limit,
        **_PLANNED_PARAMS,
        **_SEATS_PARAMS,
    }
    if db.path is not None and db.is_sqlite and not db.has_engine:
        figures, upcoming = _read_with_sqlite3(db.path, params)
    else:
        figures, upcoming = _read_with_engine(db, params)
    members, organisations, people, done, planned, participations, waiting = figures
    events = [
        UpcomingEvent(
            id=r[0],
            kind=r[1],
            title=r[2],
            starts_at=_as_datetime(r[3]),
            ends_at=_as_datetime(r[4]),
            format=r[5],
            venue=r[6],
            host=r[7],
            status=r[8],
            capacity=r[9],
            seats_taken=int(r[10]),
            waiting=int(r[11]),
        )
        for r in upcoming
    ]
    return Overview(
        today=today,
        member_municipalities=members,
        organisations=organisations,
        active_people=people,
        events_done=done,
        events_planned=planned,
        participations=participations,
        waiting_list_open=waiting,
        upcoming=events,
    )


def _read_with_sqlite3(path, params: dict) -> tuple[tuple, list[tuple]]:  # Path
    values = dict(params)
    values["today"] = params["today"].strftime(_SQLITE_DATE)
    for name in ("year_start", "next_year_start", "from_today"):
        values[name] = params[name].strftime(_SQLITE_DATETIME)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        connection.execute("BEGIN")  # one snapshot for both statements
        figures = connection.execute(FIGURES_SQL, values).fetchone()
        upcoming = connection.execute(UPCOMING_SQL, values).fetchall()
        connection.execute("COMMIT")
    finally:
        connection.close()
    return figures, upcoming


def _read_with_engine(db: Database, params: dict) -> tuple[tuple, list[tuple]]:
    from sqlalchemy import Boolean, Date, DateTime, bindparam, text

    types = {"today": Date, "yes": Boolean, "year_start": DateTime, "next_year_start": DateTime, "from_today": DateTime}

    def statement(sql: str):  # a TextClause with typed parameters
        used = [name for name in types if f":{name}" in sql]
        return text(sql).bindparams(*(bindparam(name, type_=types[name]) for name in used))

    def values(sql: str) -> dict:
        return {name: value for name, value in params.items() if f":{name}" in sql}

    with db.engine.connect() as connection:
        figures = tuple(connection.execute(statement(FIGURES_SQL), values(FIGURES_SQL)).one())
        upcoming = [tuple(row) for row in connection.execute(statement(UPCOMING_SQL), values(UPCOMING_SQL))]
    return figures, upcoming
