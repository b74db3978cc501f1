"""Data set-ups for the user guide's screenshots, on a database filled by ``model.demo``."""

from __future__ import annotations

from ..core.db import Database


def upcoming_event_id(db: Database, title_prefix: str) -> int | None:
    """The first event from the demo's "today" on whose title starts with ``title_prefix``."""
    from sqlalchemy import select

    from ..core.entities import Event
    from .core import DEMO_TODAY

    with db.session() as session:
        return session.scalars(
            select(Event.id)
            .where(Event.title.startswith(title_prefix), Event.starts_at >= DEMO_TODAY)
            .order_by(Event.starts_at)
        ).first()


def fill_to_waiting_list(db: Database, event_id: int) -> None:
    """The event gets a room limit of 30 and six more registrations: a waiting list."""
    from sqlalchemy import select

    from ..core.entities import Event, Person, Registration
    from ..events.participants import register_people

    with db.writing() as session:
        session.get_one(Event, event_id).capacity = 30
        registered = set(session.scalars(select(Registration.person_id).where(Registration.event_id == event_id)))
        people = [
            pid
            for pid in session.scalars(select(Person.id).where(Person.active.is_(True)).order_by(Person.id))
            if pid not in registered
        ]
    register_people(db, event_id, people[:6], confirmed=True)
