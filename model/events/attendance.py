"""Attendance (Anwesenheit): check people off during or after the meeting.

- Present is status ``teilgenommen``; ``attended_minutes`` stays empty for the whole event
  and holds the minutes for partial attendance (certificates count those).
- Excused or absent people free their seat but nobody moves up any more once the event has
  begun.
- A walk-in (someone at the door without registration) becomes a person, if new, and a
  registration with status teilgenommen in one step.

Every change is its own short write transaction: a check-off is saved the moment it is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..core import audit, vocab
from ..core.db import Database
from ..core.entities import Event, Organisation, Person, Registration
from ..core.errors import UserError, ValidationError
from ..core.text import fold, search_key
from ..core.vocab import (
    ATTENDANCE_MODES,
    ATTENDED,
    CANCELLED_STATUSES,
    IN_PERSON,
    NO_SALUTATION,
    NO_SHOW,
    PARTICIPANT,
    REGISTERED,
    SALUTATIONS,
)
from .registrations import change_status, register

PRESENT, OPEN, EXCUSED, ABSENT = ATTENDED, REGISTERED, vocab.EXCUSED, NO_SHOW
ATTENDANCE_STATUSES = (OPEN, PRESENT, EXCUSED, ABSENT)


@dataclass(frozen=True)
class AttendanceRow:
    registration_id: int
    person_id: int
    title: str | None
    first_name: str
    last_name: str
    organisation: str | None
    role: str
    status: str
    attended_minutes: int | None
    attendance_mode: str | None = None

    @property
    def name(self) -> str:
        given = " ".join(part for part in (self.title, self.first_name) if part)
        return f"{self.last_name}, {given}" if given else self.last_name

    @property
    def present(self) -> bool:
        return self.status == PRESENT


def event_minutes(starts_at: dt.datetime, ends_at: dt.datetime) -> int:
    return max(0, int((ends_at - starts_at).total_seconds() // 60))


def _row_query():
    return (
        select(
            Registration.id,
            Registration.person_id,
            Person.title,
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
            Registration.role,
            Registration.status,
            Registration.attended_minutes,
            Registration.attendance_mode,
        )
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
    )


def _row(r) -> AttendanceRow:
    return AttendanceRow(
        r.id,
        r.person_id,
        r.title,
        r.first_name or "",
        r.last_name or "",
        r.organisation,
        r.role,
        r.status,
        r.attended_minutes,
        r.attendance_mode,
    )


def attendance_rows(db: Database, event_id: int) -> list[AttendanceRow]:
    """Everyone with a seat or an attendance mark, by last name (the sign-in order)."""
    with db.session() as session:
        result = session.execute(
            _row_query().where(Registration.event_id == event_id, Registration.status.in_(ATTENDANCE_STATUSES))
        )
        rows = [_row(r) for r in result]
    rows.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.registration_id))
    return rows


def attendance_row(db: Database, registration_id: int) -> AttendanceRow:
    with db.session() as session:
        result = session.execute(_row_query().where(Registration.id == registration_id)).first()
    if result is None:
        raise UserError("Die Anmeldung gibt es nicht (mehr).")
    return _row(result)


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    return event


def attendance_refusal(title: str, starts_at: dt.datetime, now: dt.datetime | None = None) -> str | None:
    """Why attendance cannot be recorded yet (the event has not begun), or None.

    The one rule: the model refuses with this text, and the GUI asks it to disable its
    buttons before the start."""
    if starts_at > (now or dt.datetime.now()):
        return (
            f"»{title}« beginnt erst am {starts_at:%d.%m.%Y um %H:%M} Uhr; "
            "Anwesenheit kann erst ab Beginn erfasst werden."
        )
    return None


def check_event_begun(event: Event, now: dt.datetime) -> None:
    """Attendance exists only once an event has begun (certificates rest on it)."""
    refusal = attendance_refusal(event.title, event.starts_at, now)
    if refusal:
        raise UserError(refusal)


def default_mode(event_format: str, chosen: str | None, recorded: str | None) -> str:
    """Präsenz/Online: as chosen, else the event's format; a hybrid event defaults to Präsenz."""
    if chosen:
        if chosen not in ATTENDANCE_MODES:
            raise ValidationError(f"»{chosen}« ist keine Teilnahmeform (Präsenz oder Online).", "Teilnahmeform")
        return chosen
    if event_format in ATTENDANCE_MODES:
        return event_format
    return recorded or IN_PERSON


def apply_attendance(
    session: Session,
    registration: Registration,
    status: str,
    minutes: int | None,
    now: dt.datetime,
    mode: str | None = None,
) -> None:
    """Set one registration's attendance inside ``session`` (status, minutes, mode), each change audited."""
    event = _event(session, registration.event_id)
    if status == PRESENT:
        check_event_begun(event, now)
        new_mode = default_mode(event.format, mode, registration.attendance_mode)
        if registration.attendance_mode != new_mode:
            audit.record(
                session,
                "registration",
                registration.id,
                "Teilnahmeform",
                new_mode,
                {"attendance_mode": [registration.attendance_mode, new_mode]},
            )
            registration.attendance_mode = new_mode
    total = event_minutes(event.starts_at, event.ends_at)
    if status != PRESENT:
        minutes = None
    elif minutes is not None:
        if minutes < 0:
            raise ValidationError("Die Minuten können nicht negativ sein.", "Minuten")
        if minutes >= total:
            minutes = None  # the whole event
    if registration.status != status:
        begun = event.starts_at <= now
        change_status(session, registration.id, status, promote=not begun)
    if registration.attended_minutes != minutes:
        audit.record(
            session,
            "registration",
            registration.id,
            "Anwesenheit",
            f"Anwesend {minutes} Minuten" if minutes is not None else "Anwesend (ganz)",
            {"attended_minutes": [registration.attended_minutes, minutes]},
        )
        registration.attended_minutes = minutes


def set_attendance(
    db: Database,
    registration_id: int,
    status: str,
    minutes: int | None = None,
    now: dt.datetime | None = None,
    mode: str | None = None,
) -> AttendanceRow:
    """Mark one registration (present with optional minutes, excused, absent or open again).

    ``mode``: Präsenz or Online for a present person (default: the event's format; Präsenz
    at a hybrid event)."""
    if status not in ATTENDANCE_STATUSES:
        raise UserError(f"»{status}« ist kein Anwesenheitsstatus.")
    now = now or dt.datetime.now()
    with db.writing() as session:
        registration = session.get(Registration, registration_id)
        if registration is None:
            raise UserError("Die Anmeldung gibt es nicht (mehr).")
        apply_attendance(session, registration, status, minutes, now, mode)
    return attendance_row(db, registration_id)


def mark_open_as(db: Database, event_id: int, status: str, now: dt.datetime | None = None) -> int:
    """Give everyone still unmarked (angemeldet) the status; returns how many changed."""
    if status not in (PRESENT, ABSENT, EXCUSED):
        raise UserError(f"»{status}« ist kein Anwesenheitsstatus.")
    now = now or dt.datetime.now()
    with db.writing() as session:
        event = _event(session, event_id)
        if status == PRESENT:
            check_event_begun(event, now)
        open_ids = list(
            session.scalars(
                select(Registration.id).where(Registration.event_id == event_id, Registration.status == OPEN)
            )
        )
        if not open_ids:
            return 0
        values = {"status": status, "attended_minutes": None, "version": Registration.version + 1}
        if status == PRESENT:
            values["attendance_mode"] = default_mode(event.format, None, None)
        session.execute(
            update(Registration).where(Registration.id.in_(open_ids)).values(**values),
            execution_options={"synchronize_session": False},
        )
        audit.record(
            session,
            "event",
            event_id,
            "Anwesenheit",
            f"{len(open_ids)} offene Anmeldungen → {status}",
            {"status": [OPEN, status]},
        )
        return len(open_ids)


@dataclass
class NewPerson:
    first_name: str
    last_name: str
    salutation: str = NO_SALUTATION
    title: str | None = None
    organisation_id: int | None = None
    email: str | None = None
    function: str | None = None


def create_person(session: Session, data: NewPerson, source: str) -> Person:
    """A new address-book entry from minimal data (walk-in, attendance import)."""
    first, last = (data.first_name or "").strip(), (data.last_name or "").strip()
    if not last:
        raise ValidationError("Bitte mindestens den Nachnamen angeben.", "Nachname")
    if data.salutation not in SALUTATIONS:
        raise ValidationError(f"Unbekannte Anrede »{data.salutation}«.", "Anrede")
    for label, value, limit in (
        ("Vorname", first, 100),
        ("Nachname", last, 100),
        ("E-Mail", data.email, 200),
        ("Titel", data.title, 50),
        ("Funktion", data.function, 200),
    ):
        if value and len(value) > limit:
            raise ValidationError(f"»{label}« ist zu lang (höchstens {limit} Zeichen).", label)
    organisation = session.get(Organisation, data.organisation_id) if data.organisation_id else None
    email = (data.email or "").strip() or None
    person = Person(
        salutation=data.salutation,
        title=(data.title or "").strip() or None,
        first_name=first,
        last_name=last,
        organisation_id=organisation.id if organisation else None,
        email=email,
        function=(data.function or "").strip() or None,
        notes=f"Angelegt: {source}",
        search_key=search_key(first, last, organisation.name if organisation else None, data.function, email),
    )
    session.add(person)
    session.flush()
    audit.record(session, "person", person.id, "anlegen", f"{first} {last} ({source})")
    return person


def find_person_by_email(session: Session, email: str | None) -> list[int]:
    if not email or not email.strip():
        return []
    return list(session.scalars(select(Person.id).where(func.lower(Person.email) == email.strip().lower())))


def add_walk_in(
    db: Database,
    event_id: int,
    *,
    person_id: int | None = None,
    new_person: NewPerson | None = None,
    role: str = PARTICIPANT,
    now: dt.datetime | None = None,
) -> AttendanceRow:
    """Someone came without registration: register them as present (creating the person if new).

    An existing registration (waiting list, cancelled) is reused; an unknown e-mail address
    of a new person that matches someone in the address book refers to that person instead
    of creating a duplicate.
    """
    if (person_id is None) == (new_person is None):
        raise UserError("Bitte eine vorhandene Person wählen oder eine neue eingeben.")
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.writing() as session:
        _event(session, event_id)
        if person_id is None:
            assert new_person is not None  # exactly one of both, checked above
            existing = find_person_by_email(session, new_person.email)
            if len(existing) == 1:
                person_id = existing[0]
            else:
                person_id = create_person(session, new_person, "an der Tür").id
        registration = session.scalar(
            select(Registration).where(Registration.event_id == event_id, Registration.person_id == person_id)
        )
        if registration is None or registration.status in CANCELLED_STATUSES:
            registration = register(session, event_id, person_id, role, confirmed=True, now=now)
        if registration.status != PRESENT:
            apply_attendance(session, registration, PRESENT, None, now)
        registration_id = registration.id
    return attendance_row(db, registration_id)
