"""Retention of sensitive trip details: erased a set time after the trip.

Dietary needs (they may reveal health or religion), emergency contacts (data of third
persons), the phone number given for the trip and the chosen room partner are needed only
for the trip itself. ``Trip.retention_days`` after the trip's end (its return, else the
event's end) they are erased: automatically when the program starts (``purge_expired``),
or at once with a button after the trip (``purge_trip``). The room wish (EZ/DZ) is kept: it
is the basis of the amount charged (single-room supplement) and belongs to the accounts.

Every purge is written to the audit log (without the erased values) and returned, so that
the program can tell the user what it erased. SQLite's ``secure_delete`` pragma (see
``model.core.db``) overwrites the erased text in the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from ..core import audit
from ..core.db import Database
from ..core.entities import Event, Registration, Trip, TripParticipant
from ..core.errors import UserError
from ..core.formatting import short_date

SENSITIVE_FIELDS = ("dietary_needs", "emergency_contact", "trip_phone", "room_partner_person_id")
FIELD_LABELS = {
    "dietary_needs": "Ernährung",
    "emergency_contact": "Notfallkontakt",
    "trip_phone": "Telefon für die Reise",
    "room_partner_person_id": "Zimmerpartner/in",
}
SENSITIVE_LABELS = ", ".join(FIELD_LABELS[name] for name in SENSITIVE_FIELDS)


@dataclass(frozen=True)
class PurgedTrip:
    event_id: int
    title: str
    trip_end: dt.date
    participants: int  # participants whose details were erased

    def message(self) -> str:
        return (
            f"»{self.title}« (Reiseende {short_date(self.trip_end)}): sensible Angaben von "
            f"{self.participants} {'Person' if self.participants == 1 else 'Personen'} gelöscht."
        )


def _trip_end(ends_at: dt.datetime, return_at: dt.datetime | None) -> dt.date:
    return (return_at or ends_at).date()


def purge_due_on(ends_at: dt.datetime, return_at: dt.datetime | None, retention_days: int | None) -> dt.date:
    """The day from which the sensitive details of a trip are erased."""
    return _trip_end(ends_at, return_at) + dt.timedelta(days=retention_days if retention_days is not None else 30)


def _has_sensitive():
    return or_(*(getattr(TripParticipant, name).is_not(None) for name in SENSITIVE_FIELDS))


def _purge(session: Session, event_id: int, title: str, trip_end: dt.date, now: dt.datetime) -> PurgedTrip:
    registrations = select(Registration.id).where(Registration.event_id == event_id)
    result = cast(
        CursorResult,
        session.execute(
            update(TripParticipant)
            .where(TripParticipant.registration_id.in_(registrations), _has_sensitive())
            .values({name: None for name in SENSITIVE_FIELDS})
            .execution_options(synchronize_session=False)
        ),
    )
    count = result.rowcount or 0
    trip = session.get(Trip, event_id)
    if trip is not None and (count or trip.sensitive_purged_at is None):
        trip.sensitive_purged_at = now
    if count:
        audit.record(
            session,
            "trip",
            event_id,
            "Datenlöschung",
            f"Sensible Reiseangaben gelöscht ({SENSITIVE_LABELS}) bei {count} "
            f"{'Person' if count == 1 else 'Personen'}: {title}",
        )
    return PurgedTrip(event_id, title, trip_end, count)


def purge_expired(db: Database, today: dt.date | None = None) -> list[PurgedTrip]:
    """Erase the sensitive details of every trip whose retention time is over.

    Run at program start; quick when there is nothing to do. Returns the trips where
    something was erased (trips only marked as purged are not listed).
    """
    today = today or dt.date.today()
    now = dt.datetime.now().replace(microsecond=0)
    query = select(
        Trip.event_id, Event.title, Event.ends_at, Trip.return_at, Trip.retention_days, Trip.sensitive_purged_at
    ).join(Event, Event.id == Trip.event_id)
    pending = (
        select(Registration.event_id)
        .join(TripParticipant, TripParticipant.registration_id == Registration.id)
        .where(_has_sensitive())
        .distinct()
    )
    with db.session() as session:
        candidates = [
            row
            for row in session.execute(query)
            if purge_due_on(row.ends_at, row.return_at, row.retention_days) <= today
        ]
        with_data = set(session.scalars(pending.where(Registration.event_id.in_([c.event_id for c in candidates]))))
    due = [row for row in candidates if row.event_id in with_data or row.sensitive_purged_at is None]
    if not due:
        return []
    purged = []
    with db.writing() as session:
        for row in due:
            result = _purge(session, row.event_id, row.title, _trip_end(row.ends_at, row.return_at), now)
            if result.participants:
                purged.append(result)
    return purged


def purge_trip(db: Database, event_id: int, today: dt.date | None = None) -> PurgedTrip:
    """Erase a trip's sensitive details now (the button); allowed once the trip is over."""
    today = today or dt.date.today()
    with db.writing() as session:
        event = session.get(Event, event_id)
        trip = session.get(Trip, event_id)
        if event is None or trip is None:
            raise UserError("Zu dieser Veranstaltung gibt es keine Reisedaten.")
        trip_end = _trip_end(event.ends_at, trip.return_at)
        if trip_end >= today:
            raise UserError(
                f"Die Reise endet erst am {short_date(trip_end)}; die Angaben werden während "
                "der Reise noch gebraucht. Löschen ist ab dem Tag danach möglich."
            )
        return _purge(session, event_id, event.title, trip_end, dt.datetime.now().replace(microsecond=0))


def retention_notice(
    ends_at: dt.datetime,
    return_at: dt.datetime | None,
    retention_days: int | None,
    purged_at: dt.datetime | None,
    today: dt.date | None = None,
) -> str:
    """One German sentence for the participant view: when the details go, or that they went."""
    today = today or dt.date.today()
    due = purge_due_on(ends_at, return_at, retention_days)
    if purged_at is not None:
        return f"Sensible Angaben ({SENSITIVE_LABELS}) wurden am {short_date(purged_at.date())} gelöscht."
    if due <= today:
        return f"Sensible Angaben ({SENSITIVE_LABELS}) werden beim nächsten Programmstart gelöscht."
    return (
        f"Sensible Angaben ({SENSITIVE_LABELS}) werden am {short_date(due)} automatisch gelöscht "
        f"({retention_days if retention_days is not None else 30} Tage nach Reiseende)."
    )
