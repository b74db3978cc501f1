"""What a meeting pack (Sitzungsunterlagen) prints: the event, its agenda, its participants.

Plain data only (no reportlab, no Qt): ``reports.meeting_pack`` draws it. Three short
queries in one session, whatever the size of the event; a Tagung with 300 people costs a few
milliseconds here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from ..core.db import Database
from ..core.entities import Accreditation, AgendaItem, Event, Organisation, Person, Registration
from ..core.errors import UserError
from ..core.text import fold
from ..core.vocab import HYBRID, IN_PERSON, ONLINE, SEAT_TAKING_STATUSES
from ..events.agenda import speaker_label

SORT_BY_NAME = "name"
SORT_BY_ORGANISATION = "organisation"
SORT_ORDERS = (SORT_BY_ORGANISATION, SORT_BY_NAME)


@dataclass(frozen=True)
class MeetingEvent:
    id: int
    kind: str
    title: str
    topic: str | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    format: str
    venue: str | None
    venue_address: str | None
    online_link: str | None
    host: str | None
    status: str
    responsible: str | None
    description: str | None
    registration_deadline: dt.date | None
    working_group: str | None
    accredited_chambers: tuple[str, ...] = ()  # chambers that recognised the event (Anerkennung)

    @property
    def days(self) -> list[dt.date]:
        """The calendar days of the event (one signature column each on the sign-in sheet)."""
        first, last = self.starts_at.date(), self.ends_at.date()
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    @property
    def is_online(self) -> bool:
        return self.format == ONLINE

    @property
    def has_place(self) -> bool:
        return self.format in (IN_PERSON, HYBRID)

    @property
    def has_link(self) -> bool:
        return self.format in (ONLINE, HYBRID)


@dataclass(frozen=True)
class AgendaEntry:
    position: int
    starts: dt.time | None
    ends: dt.time | None
    title: str
    kind: str
    speaker: str  # "Dr. Łukasz Żółć (Stadt Gelsenkirchen)", free text, or ""
    notes: str | None

    @property
    def is_break(self) -> bool:
        return self.kind == "Pause"


@dataclass(frozen=True)
class Participant:
    person_id: int
    salutation: str
    title: str | None
    first_name: str
    last_name: str
    function: str | None
    organisation: str | None
    role: str  # Teilnahme, Referent/in, Moderation, Organisation
    status: str
    chamber: str | None = None
    chamber_number: str | None = None
    online: bool = False  # takes part online (see ``attends_online``)

    @property
    def full_name(self) -> str:
        """ "Dr. Łukasz Żółć"."""
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def list_name(self) -> str:
        """ "Żółć, Dr. Łukasz" – for lists sorted by last name."""
        given = " ".join(part for part in (self.title, self.first_name) if part)
        return f"{self.last_name}, {given}" if given else self.last_name

    @property
    def badge_name(self) -> str:
        """The name that is printed large: the first name (the last name if there is none)."""
        return self.first_name or self.last_name


@dataclass
class MeetingData:
    event: MeetingEvent
    agenda: list[AgendaEntry] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)

    def sorted_participants(self, order: str = SORT_BY_ORGANISATION) -> list[Participant]:
        return sort_participants(self.participants, order)


def _name_key(p: Participant) -> tuple:
    return (fold(p.last_name), fold(p.first_name), p.person_id)


def sort_participants(participants: list[Participant], order: str = SORT_BY_ORGANISATION) -> list[Participant]:
    """By organisation (people without one last), then name; or by last and first name."""
    if order not in SORT_ORDERS:
        raise UserError(f"Unbekannte Sortierung »{order}«; möglich sind »organisation« und »name«.")
    if order == SORT_BY_NAME:
        return sorted(participants, key=_name_key)
    return sorted(participants, key=lambda p: (p.organisation is None, fold(p.organisation), *_name_key(p)))


def _agenda_times(event_start: dt.datetime, rows: Sequence[Any]) -> list[tuple[dt.time | None, dt.time | None]]:
    """Start and end of each item: a stored start wins, else it follows the previous item."""
    times = []
    clock: dt.datetime | None = event_start
    for row in rows:
        start = dt.datetime.combine(event_start.date(), row.start_time) if row.start_time else clock
        end = start + dt.timedelta(minutes=row.duration_minutes or 0) if start else None
        times.append((start.time() if start else None, end.time() if end and end != start else None))
        clock = end
    return times


def attends_online(event_format: str, attendance_mode: str | None) -> bool:
    """Whether a participant takes part online rather than in the room.

    The one place that decides it: an online event is online for everyone; at a hybrid event
    the registration's attendance mode says so (set by the check-off or an online report)."""
    if event_format == ONLINE:
        return True
    return event_format == HYBRID and attendance_mode == ONLINE


def meeting_data(db: Database, event_id: int, statuses: tuple[str, ...] = SEAT_TAKING_STATUSES) -> MeetingData:
    """The event with its agenda and the people registered (``angemeldet``/``teilgenommen``)."""
    host = Organisation.__table__.alias("host")
    with db.session() as session:
        row = session.execute(
            select(Event, host.c.name.label("host_name"))
            .outerjoin(host, Event.host_organisation_id == host.c.id)
            .where(Event.id == event_id)
        ).first()
        if row is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        ev: Event = row[0]
        event = MeetingEvent(
            id=ev.id,
            kind=ev.kind,
            title=ev.title,
            topic=ev.topic,
            starts_at=ev.starts_at,
            ends_at=ev.ends_at,
            format=ev.format,
            venue=ev.venue,
            venue_address=ev.venue_address,
            online_link=ev.online_link,
            host=row.host_name,
            status=ev.status,
            responsible=ev.responsible,
            description=ev.description,
            registration_deadline=ev.registration_deadline,
            working_group=ev.working_group.name if ev.working_group else None,
            accredited_chambers=tuple(
                session.scalars(
                    select(Accreditation.chamber).where(Accreditation.event_id == ev.id).order_by(Accreditation.chamber)
                )
            ),
        )

        agenda_rows = session.execute(
            select(
                AgendaItem.position,
                AgendaItem.start_time,
                AgendaItem.duration_minutes,
                AgendaItem.title,
                AgendaItem.kind,
                AgendaItem.speaker_text,
                AgendaItem.notes,
                Person.title.label("p_title"),
                Person.first_name,
                Person.last_name,
                Organisation.name.label("organisation"),
            )
            .outerjoin(Person, AgendaItem.speaker_person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
        times = _agenda_times(ev.starts_at, agenda_rows)
        agenda = [
            AgendaEntry(
                position=r.position,
                starts=start,
                ends=end,
                title=r.title,
                kind=r.kind,
                speaker=speaker_label(r.p_title, r.first_name, r.last_name, r.organisation, r.speaker_text),
                notes=r.notes,
            )
            for r, (start, end) in zip(agenda_rows, times, strict=True)
        ]

        people = session.execute(
            select(
                Person.id,
                Person.salutation,
                Person.title,
                Person.first_name,
                Person.last_name,
                Person.function,
                Organisation.name.label("organisation"),
                Registration.role,
                Registration.status,
                Person.chamber,
                Person.chamber_number,
                Registration.attendance_mode,
            )
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id, Registration.status.in_(statuses))
        ).all()
        participants = [
            Participant(
                person_id=p.id,
                salutation=p.salutation,
                title=p.title,
                first_name=p.first_name or "",
                last_name=p.last_name or "",
                function=p.function,
                organisation=p.organisation,
                role=p.role,
                status=p.status,
                chamber=p.chamber,
                chamber_number=p.chamber_number,
                online=attends_online(ev.format, p.attendance_mode),
            )
            for p in people
        ]
    return MeetingData(event=event, agenda=agenda, participants=sort_participants(participants, SORT_BY_NAME))


@dataclass(frozen=True)
class EventSummary:
    id: int
    kind: str
    title: str
    starts_at: dt.datetime


def event_summary(db: Database, event_id: int) -> EventSummary:
    with db.session() as session:
        row = session.execute(
            select(Event.id, Event.kind, Event.title, Event.starts_at).where(Event.id == event_id)
        ).first()
    if row is None:
        raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    return EventSummary(row.id, row.kind, row.title, row.starts_at)


def participant_count(db: Database, event_id: int, statuses: tuple[str, ...] = SEAT_TAKING_STATUSES) -> int:
    """How many people the pack would list (one COUNT in SQL)."""
    with db.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Registration)
                .where(Registration.event_id == event_id, Registration.status.in_(statuses))
            )
            or 0
        )


@dataclass(frozen=True)
class EventChoice:
    """An event in a chooser list, with its folded search text."""

    id: int
    kind: str
    title: str
    starts_at: dt.datetime
    status: str
    search: str


def event_choices(db: Database) -> list[EventChoice]:
    """All events, newest first (one query; 2,500 events of the large demo in a few ms)."""
    with db.session() as session:
        rows = session.execute(
            select(Event.id, Event.kind, Event.title, Event.starts_at, Event.status).order_by(
                Event.starts_at.desc(), Event.id
            )
        ).all()
    return [
        EventChoice(r.id, r.kind, r.title, r.starts_at, r.status, fold(f"{r.title} {r.kind} {r.starts_at:%d.%m.%Y}"))
        for r in rows
    ]
