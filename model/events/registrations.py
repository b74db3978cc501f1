"""Registrations: capacity, waiting list and promotion — enforced here, not in the GUI.

Rules:
- Seats are taken by registrations in ``SEAT_TAKING_STATUSES`` (angemeldet, teilgenommen).
- A new registration beyond capacity, or while others are already waiting, goes to the
  Warteliste; the list is served in order of registration time (then id).
- When a seat frees up (cancellation, excuse, larger capacity), the first on the waiting
  list moves up; every such change is written to the audit log.
- Registering for a cancelled event or after the deadline needs an explicit confirmation.

All functions take a Session inside a write transaction (``with db.writing() as s``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.entities import Event, Person, Registration
from ..core.errors import UserError
from ..core.vocab import (
    ATTENDED,
    CALLED_OFF,
    CANCELLED_STATUSES,
    DEREGISTERED,
    EXCUSED,
    NO_SHOW,
    PARTICIPANT,
    REGISTERED,
    REGISTRATION_ROLES,
    REGISTRATION_STATUSES,
    SEAT_TAKING_STATUSES,
    WAITING,
)

__all__ = ["CANCELLED_STATUSES", "STATUS_ORDER", "ConfirmationNeeded", "list_order", "waiting_positions"]

# The order of every participant list (the registrations tab, the Excel list, the trip's lists
# and travel pack): the seats (angemeldet and teilgenommen together, by name), then the waiting
# list in its order, then no-shows, then cancellations (by name).
STATUS_ORDER = {REGISTERED: 0, ATTENDED: 0, WAITING: 1, NO_SHOW: 2, DEREGISTERED: 3, EXCUSED: 3}


def list_order(status: str, waiting_position: int | None, last_name: str, first_name: str, tie: int = 0) -> tuple:
    """Sort key of a participant list row (see ``STATUS_ORDER``); names as people read them."""
    from ..core.text import fold

    return (
        STATUS_ORDER.get(status, len(STATUS_ORDER)),
        waiting_position or 0,
        fold(last_name or ""),
        fold(first_name or ""),
        tie,
    )


def waiting_positions(statuses: list[str]) -> list[int | None]:
    """The place on the waiting list of each registration, given in registration order."""
    positions: list[int | None] = []
    waiting = 0
    for status in statuses:
        if status == WAITING:
            waiting += 1
            positions.append(waiting)
        else:
            positions.append(None)
    return positions


class ConfirmationNeeded(UserError):
    """The registration is possible but unusual; ask the user, then call again confirmed."""


def seats_taken(session: Session, event_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(Registration.event_id == event_id, Registration.status.in_(SEAT_TAKING_STATUSES))
        )
        or 0
    )


def waiting_list(session: Session, event_id: int) -> list[Registration]:
    return list(
        session.scalars(
            select(Registration)
            .where(Registration.event_id == event_id, Registration.status == WAITING)
            .order_by(Registration.registered_at, Registration.id)
        )
    )


def _load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    return event


def _has_free_seat(session: Session, event: Event) -> bool:
    return event.capacity is None or seats_taken(session, event.id) < event.capacity


def register(
    session: Session,
    event_id: int,
    person_id: int,
    role: str = PARTICIPANT,
    *,
    confirmed: bool = False,
    now: dt.datetime | None = None,
) -> Registration:
    """Register a person; returns the registration (status angemeldet or Warteliste)."""
    if role not in REGISTRATION_ROLES:
        raise UserError(f"Unbekannte Rolle »{role}«.")
    now = now or dt.datetime.now().replace(microsecond=0)
    event = _load_event(session, event_id)
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Die Person mit der Nummer {person_id} gibt es nicht.")
    if not confirmed:
        if event.status == CALLED_OFF:
            raise ConfirmationNeeded(f"»{event.title}« ist abgesagt. Trotzdem anmelden?")
        if event.registration_deadline and now.date() > event.registration_deadline:
            raise ConfirmationNeeded(
                f"Die Anmeldefrist für »{event.title}« ist am "
                f"{event.registration_deadline:%d.%m.%Y} abgelaufen. Trotzdem anmelden?"
            )
    existing = session.scalar(
        select(Registration).where(Registration.event_id == event_id, Registration.person_id == person_id)
    )
    if existing is not None and existing.status not in CANCELLED_STATUSES:
        raise UserError(
            f"{person.first_name} {person.last_name} ist für »{event.title}« bereits "
            f"eingetragen (Status: {existing.status})."
        )
    # Someone already waiting keeps their place: newcomers queue behind them.
    seat_free = _has_free_seat(session, event) and not waiting_list(session, event_id)
    status = REGISTERED if seat_free else WAITING
    if existing is None:
        registration = Registration(event_id=event_id, person_id=person_id, role=role, status=status, registered_at=now)
        session.add(registration)
        session.flush()
    else:
        registration = existing
        registration.status, registration.role, registration.registered_at = status, role, now
        session.flush()
    audit.record(
        session,
        "registration",
        registration.id,
        "anmelden",
        f"{person.first_name} {person.last_name} → {event.title}: {status}",
    )
    return registration


def change_status(session: Session, registration_id: int, status: str, *, promote: bool = True) -> list[Registration]:
    """Set a registration's status; returns the registrations promoted from the waiting list.

    ``promote=False`` frees the seat without moving anyone up (attendance marked during or
    after the event: nobody can take the seat any more).
    """
    if status not in REGISTRATION_STATUSES:
        raise UserError(f"Unbekannter Status »{status}«.")
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise UserError(f"Die Anmeldung mit der Nummer {registration_id} gibt es nicht.")
    old = registration.status
    if old == status:
        return []
    if status == REGISTERED and old not in SEAT_TAKING_STATUSES:
        event = _load_event(session, registration.event_id)
        if not _has_free_seat(session, event):
            raise UserError(f"»{event.title}« ist ausgebucht; bitte über die Warteliste anmelden.")
    registration.status = status
    session.flush()
    audit.record(
        session,
        "registration",
        registration.id,
        "status",
        f"Status {old} → {status}",
        {"status": [old, status]},
    )
    # Only a cancellation frees a seat for someone waiting; attendance marks do not.
    if promote and status in CANCELLED_STATUSES and old in SEAT_TAKING_STATUSES:
        return promote_waiting(session, registration.event_id)
    return []


def cancel(session: Session, registration_id: int, excused: bool = False) -> list[Registration]:
    """Abmelden (or entschuldigt); the first on the waiting list moves up."""
    return change_status(session, registration_id, EXCUSED if excused else DEREGISTERED)


def promote_waiting(session: Session, event_id: int) -> list[Registration]:
    """Move people up from the waiting list while seats are free, in order."""
    event = _load_event(session, event_id)
    promoted: list[Registration] = []
    for candidate in waiting_list(session, event_id):
        if not _has_free_seat(session, event):
            break
        candidate.status = REGISTERED
        session.flush()
        audit.record(
            session,
            "registration",
            candidate.id,
            "nachgerückt",
            f"Von der Warteliste nachgerückt: {event.title}",
            {"status": [WAITING, REGISTERED]},
        )
        promoted.append(candidate)
    return promoted
