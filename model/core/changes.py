"""Which kinds of data a committed write changed, reported to whoever listens.

The screens of the program show persons, events, trips… and must never show yesterday's
figures. Rather than every service remembering to announce its writes, the session factory
of a ``Database`` is watched: every ORM flush and every bulk INSERT/UPDATE/DELETE through a
session notes its tables, and after the commit the listeners get the kinds of data
(``PERSONS``, ``EVENTS``, …) once. A rolled-back transaction reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

PERSONS = "persons"
ORGANISATIONS = "organisations"
EVENTS = "events"
REGISTRATIONS = "registrations"
GROUPS = "groups"
TRIPS = "trips"
CERTIFICATES = "certificates"
MAILING_LISTS = "mailing_lists"
OFFICE = "office"  # office profile, chambers' requirements, letterhead assets

# Table → kind of data; tables not named here report their own name (a new table is never lost).
TABLE_KINDS: dict[str, str | None] = {
    "organisation": ORGANISATIONS,
    "membership": ORGANISATIONS,
    "programme_area": ORGANISATIONS,
    "person": PERSONS,
    "mailing_list": MAILING_LISTS,
    "mailing_list_member": MAILING_LISTS,
    "working_group": GROUPS,
    "working_group_member": GROUPS,
    "event": EVENTS,
    "agenda_item": EVENTS,
    "accreditation": EVENTS,
    "registration": REGISTRATIONS,
    "certificate": CERTIFICATES,
    "trip": TRIPS,
    "trip_day": TRIPS,
    "trip_programme_item": TRIPS,
    "trip_participant": TRIPS,
    "payment": TRIPS,
    "office_profile": OFFICE,
    "chamber_requirement": OFFICE,
    "document_asset": OFFICE,
    "chamber": OFFICE,
    "chamber_rule": OFFICE,
    "audit_entry": None,  # the log of every write: no screen shows it as data of its own
}

Listener = Callable[[frozenset[str]], None]
_PENDING = "netzwerkstatt_changed_tables"


def kinds_of(tables: set[str]) -> frozenset[str]:
    return frozenset(kind for table in tables if (kind := TABLE_KINDS.get(table, table)) is not None)


def watch(factory: sessionmaker, report: Listener) -> None:
    """Report the kinds of data each commit of a session from ``factory`` changed."""
    from sqlalchemy import event

    def pending(session: Session) -> set[str]:
        return session.info.setdefault(_PENDING, set())

    @event.listens_for(factory, "after_flush")
    def _flushed(session: Session, _context) -> None:  # SQLAlchemy's flush context
        tables = pending(session)
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table:
                tables.add(table)

    @event.listens_for(factory, "do_orm_execute")
    def _executed(state) -> None:  # ORMExecuteState
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            if table is not None and getattr(table, "name", None):
                pending(state.session).add(table.name)

    @event.listens_for(factory, "after_commit")
    def _committed(session: Session) -> None:
        tables = session.info.pop(_PENDING, None)
        if tables:
            kinds = kinds_of(tables)
            if kinds:
                report(kinds)

    @event.listens_for(factory, "after_rollback")
    def _rolled_back(session: Session) -> None:
        session.info.pop(_PENDING, None)
