"""Realistic, deterministic demo data for an empty database.

``fill_demo(db, "small")`` gives a network of about 30 organisations, 180 people and 160
events; ``"large"`` gives about 400 organisations, 5,000 people, 2,500 events and 100,000
registrations for performance work. The same size always produces the same rows: a fixed
random seed and a fixed "today" (``DEMO_TODAY``), never the real date.

Everything is generated in memory with explicit ids and then written in one transaction with
bulk Core inserts (the ORM unit of work is far too slow for 100,000 rows). A database that
already holds organisations, people or events is refused and left unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import cast

from sqlalchemy import CursorResult, Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from ..core.db import Database
from ..core.entities import (
    Accreditation,
    AgendaItem,
    Event,
    MailingList,
    MailingListMember,
    Membership,
    OfficeProfile,
    Organisation,
    Payment,
    Person,
    ProgrammeArea,
    Registration,
    Trip,
    TripDay,
    TripParticipant,
    TripProgrammeItem,
    WorkingGroup,
    WorkingGroupMember,
)
from ..core.errors import UserError
from .core import DEMO_TODAY, SEED, SIZES, Demo, SizeSpec
from .events import build_events
from .groups import build_working_groups
from .organisations import build_organisations
from .people import build_mailing_lists, build_people
from .places import OFFICE_PROFILE
from .registrations import build_registrations

__all__ = ["DEMO_TODAY", "SIZES", "fill_demo", "generate"]

NOT_EMPTY_MESSAGE = "Die Datenbank enthält bereits Daten; Demodaten werden nur in eine leere Datenbank geschrieben."

# Foreign-key order, with the name used in the returned counts.
TABLES = (
    (Organisation, "organisations"),
    (Membership, "memberships"),
    (ProgrammeArea, "programme_areas"),
    (Person, "persons"),
    (MailingList, "mailing_lists"),
    (MailingListMember, "mailing_list_members"),
    (WorkingGroup, "working_groups"),
    (WorkingGroupMember, "working_group_members"),
    (Event, "events"),
    (AgendaItem, "agenda_items"),
    (Accreditation, "accreditations"),
    (Registration, "registrations"),
    (Trip, "trips"),
    (TripDay, "trip_days"),
    (TripProgrammeItem, "trip_programme_items"),
    (TripParticipant, "trip_participants"),
    (Payment, "payments"),
)


def _size_spec(size: str) -> SizeSpec:
    if size not in SIZES:
        raise UserError(f"Unbekannte Größe »{size}« für Demodaten; möglich sind »small« und »large«.")
    return SIZES[size]


def generate(size: str = "small", progress: Callable[[str], None] | None = None) -> Demo:
    """All demo rows in memory (no database needed); ``fill_demo`` writes them."""
    spec = _size_spec(size)
    report = progress or (lambda _text: None)
    demo = Demo(spec=spec, rng=random.Random(f"{spec.name}-{SEED}"))
    report("Organisationen…")
    build_organisations(demo)
    report("Personen…")
    build_people(demo)
    build_mailing_lists(demo)
    report("Arbeitsgruppen…")
    build_working_groups(demo)
    report("Veranstaltungen…")
    build_events(demo)
    report("Anmeldungen…")
    build_registrations(demo)
    return demo


def fill_demo(db: Database, size: str = "small", progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Fill an empty database with demo data; returns the number of rows per table."""
    _size_spec(size)
    with db.session() as session:  # cheap early refusal, before minutes of generating
        _refuse_unless_empty(session)
    demo = generate(size, progress)
    if progress:
        progress("Speichern…")
    with db.writing() as session:
        _refuse_unless_empty(session)  # again under the write lock: someone may have been quicker
        for model, _name in TABLES:
            _bulk_insert(session, model, demo.tables.rows.get(model, []))
        _advance_id_sequences(session)
        _update_office_profile(session, demo)
    return {name: demo.tables.count(model) for model, name in TABLES}


def _refuse_unless_empty(session: Session) -> None:
    for model in (Organisation, Person, Event):
        if session.scalar(select(func.count()).select_from(model)):
            raise UserError(NOT_EMPTY_MESSAGE)


def _bulk_insert(session: Session, model: type, rows: list[dict]) -> None:
    """executemany needs the same keys in every row; group rows by their keys to be safe."""
    by_keys: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        by_keys.setdefault(tuple(row), []).append(row)
    for group in by_keys.values():
        session.execute(insert(model), group)


def _advance_id_sequences(session: Session) -> None:
    """PostgreSQL: explicit ids do not move the id sequences; without this the next new row
    would get id 1 and fail. SQLite takes max(id) + 1 by itself."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model, _name in TABLES:
        table = model.__table__
        if not isinstance(table, Table) or "id" not in table.c:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _update_office_profile(session: Session, demo: Demo) -> None:
    leader = demo.staff[0]
    values = dict(OFFICE_PROFILE, signatory_name=leader.display_name)
    result = cast(CursorResult, session.execute(update(OfficeProfile).where(OfficeProfile.id == 1).values(**values)))
    if not result.rowcount:  # the migration seeds the row; be forgiving if it is missing
        session.execute(insert(OfficeProfile), [dict(values, id=1)])
