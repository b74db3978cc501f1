"""Events (Veranstaltungen): the list with filters, load/save with optimistic locking, copy, delete.

- The list is one statement: seat, waiting and attendance counts come from correlated
  subqueries over the (event_id, status) index, never from Python loops.
- An event is loaded in a short session and edited detached; ``save_event`` merges it in
  one write transaction. If someone else saved the event meanwhile, its version differs and
  ``ChangedElsewhere`` (a UserError) says so; nothing is overwritten.
- Every save keeps ``Event.search_key`` in step with title, topic and venue, writes an audit
  entry with the changed fields, and lets people move up from the waiting list when the
  capacity grows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from ..core import audit
from ..core.db import Database
from ..core.entities import Accreditation, Certificate, Event, Organisation, Registration, Trip, WorkingGroup
from ..core.errors import ChangedElsewhere, UserError, ValidationError
from ..core.formatting import place_line
from ..core.text import search_fold, search_key
from ..core.vocab import (
    ATTENDED,
    EVENT_FORMATS,
    EVENT_KINDS,
    EVENT_STATUSES,
    IN_PERSON,
    PLANNED,
    SEAT_TAKING_STATUSES,
    WAITING,
)

MAX_FEE = Decimal("99999.99")
# Columns the form edits; compared for the audit log and copied by ``copy_event``.
EDITABLE_FIELDS = (
    "kind",
    "title",
    "topic",
    "starts_at",
    "ends_at",
    "format",
    "venue",
    "venue_address",
    "online_link",
    "host_organisation_id",
    "capacity",
    "registration_deadline",
    "fee",
    "status",
    "responsible",
    "working_group_id",
    "description",
    "notes",
)
COPIED_FIELDS = tuple(f for f in EDITABLE_FIELDS if f not in ("status", "notes"))
# German names of the editable fields, as the form labels them (for messages and comparisons).
FIELD_LABELS = {
    "kind": "Art",
    "title": "Titel",
    "topic": "Handlungsfeld",
    "starts_at": "Beginn",
    "ends_at": "Ende",
    "format": "Format",
    "venue": "Veranstaltungsort",
    "venue_address": "Adresse",
    "online_link": "Online-Link",
    "host_organisation_id": "Gastgebende Kommune",
    "capacity": "Plätze",
    "registration_deadline": "Anmeldeschluss",
    "fee": "Gebühr",
    "status": "Status",
    "responsible": "Verantwortlich",
    "working_group_id": "Arbeitsgruppe",
    "description": "Beschreibung",
    "notes": "Notizen (intern)",
}
# Maximum lengths of text columns (PostgreSQL refuses longer values; SQLite would not).
TEXT_LIMITS = {
    "title": ("Titel", 300),
    "topic": ("Handlungsfeld", 100),
    "venue": ("Veranstaltungsort", 300),
    "venue_address": ("Adresse", 300),
    "online_link": ("Online-Link", 500),
    "responsible": ("Verantwortlich", 200),
}


CHANGED_ELSEWHERE = (
    "Die Veranstaltung wurde inzwischen an einem anderen Arbeitsplatz geändert. "
    "Bitte neu laden; Ihre Änderungen wurden nicht gespeichert."
)


# --- the list ------------------------------------------------------------------------------


@dataclass
class EventFilter:
    text: str = ""
    year: int | None = None
    kind: str | None = None
    status: str | None = None
    topic: str | None = None
    working_group_id: int | None = None
    host_organisation_id: int | None = None
    first_day: dt.date | None = None  # inclusive
    last_day: dt.date | None = None  # inclusive
    ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    kind: str
    title: str
    topic: str | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    format: str
    venue: str | None
    host: str | None
    status: str
    capacity: int | None
    seats_taken: int
    waiting: int
    attended: int
    working_group: str | None
    responsible: str | None
    fee: Decimal | None
    registration_deadline: dt.date | None
    host_organisation_id: int | None = None
    working_group_id: int | None = None

    @property
    def place(self) -> str:
        return place_line(self.format, self.venue, self.host)

    @property
    def seats_text(self) -> str:
        """ "23 / 30", or "23" without a limit."""
        return f"{self.seats_taken} / {self.capacity}" if self.capacity is not None else str(self.seats_taken)

    @property
    def free_seats(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.seats_taken)


def _count(*statuses: str):
    return (
        select(func.count())
        .where(Registration.event_id == Event.id, Registration.status.in_(statuses))
        .correlate(Event)
        .scalar_subquery()
    )


def _year_range(year: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)


def event_query(flt: EventFilter | None = None):
    """The SELECT behind the list (also used by the Excel export)."""
    flt = flt or EventFilter()
    host = Organisation.__table__.alias("host")
    group = WorkingGroup.__table__.alias("wg")
    query = (
        select(
            Event.id,
            Event.kind,
            Event.title,
            Event.topic,
            Event.starts_at,
            Event.ends_at,
            Event.format,
            Event.venue,
            host.c.name.label("host"),
            Event.status,
            Event.capacity,
            _count(*SEAT_TAKING_STATUSES).label("seats_taken"),
            _count(WAITING).label("waiting"),
            _count(ATTENDED).label("attended"),
            group.c.name.label("working_group"),
            Event.responsible,
            Event.fee,
            Event.registration_deadline,
            Event.host_organisation_id,
            Event.working_group_id,
        )
        .outerjoin(host, Event.host_organisation_id == host.c.id)
        .outerjoin(group, Event.working_group_id == group.c.id)
        .order_by(Event.starts_at, Event.id)
    )
    conditions = []
    if flt.year is not None:
        first, after = _year_range(flt.year)
        conditions += [Event.starts_at >= first, Event.starts_at < after]
    if flt.first_day is not None:
        conditions.append(Event.ends_at >= dt.datetime.combine(flt.first_day, dt.time()))
    if flt.last_day is not None:
        conditions.append(Event.starts_at < dt.datetime.combine(flt.last_day + dt.timedelta(days=1), dt.time()))
    for column, value in (
        (Event.kind, flt.kind),
        (Event.status, flt.status),
        (Event.topic, flt.topic),
        (Event.working_group_id, flt.working_group_id),
        (Event.host_organisation_id, flt.host_organisation_id),
    ):
        if value is not None:
            conditions.append(column == value)
    if flt.ids is not None:
        conditions.append(Event.id.in_(flt.ids))
    for word in search_fold(flt.text).split():
        like = f"%{word}%"
        matches: list[ColumnElement[bool]] = [
            Event.search_key.like(like),
            host.c.search_key.like(like),
            func.lower(group.c.name).like(like),
        ]
        if word.lstrip("#").isdigit():
            matches.append(Event.id == int(word.lstrip("#")))
        conditions.append(or_(*matches))
    if conditions:
        query = query.where(and_(*conditions))
    return query


def list_events(db: Database, flt: EventFilter | None = None) -> list[EventRow]:
    with db.session() as session:
        return [EventRow(**row._mapping) for row in session.execute(event_query(flt))]


def event_row(db: Database, event_id: int) -> EventRow:
    rows = list_events(db, EventFilter(ids=(event_id,)))
    if not rows:
        raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    return rows[0]


def event_years(db: Database) -> list[int]:
    """Years that have events, newest first (always including this and next year)."""
    with db.session() as session:
        first, last = session.execute(select(func.min(Event.starts_at), func.max(Event.starts_at))).one()
    this_year = dt.date.today().year
    low = min(first.year if first else this_year, this_year)
    high = max(last.year if last else this_year, this_year + 1)
    return list(range(high, low - 1, -1))


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class FormChoices:
    """What the filter bar and the form offer besides the fixed vocabularies."""

    hosts: list[Choice]  # organisations that host at least one event
    organisations: list[Choice]  # every organisation (Kommunen and Kreise first)
    working_groups: list[Choice]
    responsible: list[str]  # names used before


def form_choices(db: Database) -> FormChoices:
    with db.session() as session:
        hosts = session.execute(
            select(Organisation.id, Organisation.name)
            .where(
                Organisation.id.in_(select(Event.host_organisation_id).where(Event.host_organisation_id.is_not(None)))
            )
            .order_by(Organisation.name)
        ).all()
        organisations = session.execute(
            select(Organisation.id, Organisation.name, Organisation.kind).order_by(Organisation.name)
        ).all()
        groups = session.execute(select(WorkingGroup.id, WorkingGroup.name).order_by(WorkingGroup.name)).all()
        responsible = session.scalars(
            select(Event.responsible).where(Event.responsible.is_not(None)).distinct().order_by(Event.responsible)
        ).all()
    municipal = [o for o in organisations if o.kind in ("Kommune", "Kreis")]
    others = [o for o in organisations if o.kind not in ("Kommune", "Kreis")]
    return FormChoices(
        hosts=[Choice(r.id, r.name) for r in hosts],
        organisations=[Choice(r.id, r.name) for r in municipal + others],
        working_groups=[Choice(r.id, r.name) for r in groups],
        responsible=[name for name in responsible if name],
    )


# --- one event -----------------------------------------------------------------------------


def new_event(kind: str = "Netzwerktreffen", day: dt.date | None = None, **values) -> Event:
    """A transient event with the office's defaults (10:00–13:00, Präsenz, geplant)."""
    day = day or dt.date.today() + dt.timedelta(days=28)
    event = Event(
        kind=kind,
        title="",
        starts_at=dt.datetime.combine(day, dt.time(10)),
        ends_at=dt.datetime.combine(day, dt.time(13)),
        format=IN_PERSON,
        status=PLANNED,
    )
    for name, value in values.items():
        setattr(event, name, value)
    return event


def load_event(db: Database, event_id: int) -> Event:
    """The event, detached (columns only), for editing and then ``save_event``."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht (mehr).")
        session.expunge(event)
        return event


def _blank(value):
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def validate_event(event: Event) -> None:
    """Raise ValidationError (naming the field) for values the office cannot mean."""
    for name in ("topic", "venue", "venue_address", "online_link", "responsible", "description", "notes"):
        setattr(event, name, _blank(getattr(event, name)))
    event.title = (event.title or "").strip()
    if event.kind not in EVENT_KINDS:
        raise ValidationError(f"Unbekannte Art »{event.kind}«.", "Art")
    if event.format not in EVENT_FORMATS:
        raise ValidationError(f"Unbekanntes Format »{event.format}«.", "Format")
    if event.status not in EVENT_STATUSES:
        raise ValidationError(f"Unbekannter Status »{event.status}«.", "Status")
    if not event.title:
        raise ValidationError("Bitte einen Titel eingeben.", "Titel")
    for name, (label, limit) in TEXT_LIMITS.items():
        value = getattr(event, name)
        if value and len(value) > limit:
            raise ValidationError(f"»{label}« ist zu lang (höchstens {limit} Zeichen).", label)
    if event.starts_at is None or event.ends_at is None:
        raise ValidationError("Bitte Beginn und Ende angeben.", "Beginn")
    if event.ends_at < event.starts_at:
        raise ValidationError("Das Ende liegt vor dem Beginn.", "Ende")
    if event.capacity is not None and event.capacity < 0:
        raise ValidationError("Die Zahl der Plätze kann nicht negativ sein.", "Plätze")
    if event.fee is not None:
        event.fee = Decimal(str(event.fee)).quantize(Decimal("0.01"))
        if not Decimal(0) <= event.fee <= MAX_FEE:
            raise ValidationError("Die Gebühr muss zwischen 0 und 99.999,99 € liegen.", "Gebühr")
        if event.fee == 0:
            event.fee = None
    if event.registration_deadline is not None and event.registration_deadline > event.starts_at.date():
        raise ValidationError("Der Anmeldeschluss liegt nach dem Beginn der Veranstaltung.", "Anmeldeschluss")


def _values(event: Event) -> dict:
    return {name: getattr(event, name) for name in EDITABLE_FIELDS}


def _changes(before: dict, after: dict) -> dict:
    return {name: [before[name], after[name]] for name in EDITABLE_FIELDS if before[name] != after[name]}


def save_event(db: Database, event: Event, agenda: list | None = None) -> Event:
    """Insert or update the event (and, if given, replace its agenda) in one transaction.

    Returns the saved event, detached, with its new version. Raises ValidationError for bad
    values and ChangedElsewhere when the stored version is newer than the edited one.
    """
    from .agenda import agenda_differs, replace_agenda
    from .registrations import promote_waiting

    validate_event(event)
    key = search_key(event.title, event.topic, event.venue)
    try:
        with db.writing() as session:
            if event.id is None:
                saved = Event(**_values(event), search_key=key)
                session.add(saved)
                session.flush()
                audit.record(session, "event", saved.id, "anlegen", saved.title)
                is_new, old_capacity = True, None
            else:
                stored = session.get(Event, event.id)
                if stored is None:
                    raise UserError("Die Veranstaltung wurde inzwischen gelöscht.")
                if stored.version != event.version:
                    raise ChangedElsewhere(CHANGED_ELSEWHERE)
                before = _values(stored)
                is_new, old_capacity = False, stored.capacity
                saved = session.merge(event)
                saved.search_key = key
                changes = _changes(before, _values(saved))
                with session.no_autoflush:
                    if agenda is not None and agenda_differs(session, saved.id, saved.starts_at, agenda):
                        changes["Tagesordnung"] = ["", "geändert"]
                if changes:
                    saved.updated_at = dt.datetime.now().replace(microsecond=0)
                    flag_modified(saved, "updated_at")  # an UPDATE even within the same second: new version
                    session.flush()
                    audit.record(session, "event", saved.id, "ändern", saved.title, changes)
            if agenda is not None:
                replace_agenda(session, saved.id, saved.starts_at, agenda)
            grew = not is_new and old_capacity is not None and (saved.capacity is None or saved.capacity > old_capacity)
            if grew:
                promote_waiting(session, saved.id)
            session.flush()
            session.refresh(saved)
            session.expunge(saved)
            return saved
    except StaleDataError as exc:
        raise ChangedElsewhere(CHANGED_ELSEWHERE) from exc


def copy_event(
    db: Database,
    event_id: int,
    starts_at: dt.datetime | None = None,
    title: str | None = None,
    with_agenda: bool = True,
) -> int:
    """A new, planned event like the given one (agenda too, no registrations); returns its id.

    With ``starts_at`` the copy moves there; end and registration deadline keep their
    distance to the start.
    """
    from .agenda import copy_agenda

    with db.writing() as session:
        source = session.get(Event, event_id)
        if source is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        shift = (starts_at - source.starts_at) if starts_at is not None else dt.timedelta(0)
        values = {name: getattr(source, name) for name in COPIED_FIELDS}
        values.update(starts_at=source.starts_at + shift, ends_at=source.ends_at + shift, status=PLANNED)
        if source.registration_deadline is not None:
            values["registration_deadline"] = source.registration_deadline + dt.timedelta(days=shift.days)
        if title is not None:
            values["title"] = title
        copy = Event(**values)
        validate_event(copy)
        copy.search_key = search_key(copy.title, copy.topic, copy.venue)
        session.add(copy)
        session.flush()
        if with_agenda:
            copy_agenda(session, source.id, copy.id, copy.starts_at)
        audit.record(session, "event", copy.id, "kopieren", f"Kopie von Nr. {source.id}: {copy.title}")
        return copy.id


def delete_event(db: Database, event_id: int) -> None:
    """Delete an event without history; one with registrations must be cancelled instead."""
    with db.writing() as session:
        event = session.get(Event, event_id)
        if event is None:
            return
        registrations = _count_rows(session, Registration, Registration.event_id == event_id)
        if registrations:
            raise UserError(
                f"»{event.title}« hat {registrations} Anmeldung(en) und kann nicht gelöscht werden. "
                "Bitte stattdessen den Status »abgesagt« setzen."
            )
        for model, column, what in (
            (Accreditation, Accreditation.event_id, "Kammeranerkennungen"),
            (Certificate, Certificate.event_id, "ausgestellte Bescheinigungen"),
            (Trip, Trip.event_id, "Reisedaten"),
        ):
            if _count_rows(session, model, column == event_id):
                raise UserError(f"»{event.title}« hat {what} und kann nicht gelöscht werden; bitte absagen.")
        audit.record(session, "event", event_id, "löschen", event.title)
        session.delete(event)


def _count_rows(session: Session, model, condition) -> int:
    return session.scalar(select(func.count()).select_from(model).where(condition)) or 0
