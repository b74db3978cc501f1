"""Working groups (Arbeitsgruppen) and workshop series: topic, lead, members with role,
their sessions (events with ``working_group_id``) and who attended which session.

Members are never silently dropped: leaving sets ``left_on``, so the attendance matrix of
past sessions still shows everyone who belonged to the group then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ..core import audit
from ..core.db import Database
from ..core.entities import Event, Organisation, Person, Registration, WorkingGroup, WorkingGroupMember
from ..core.errors import UserError, ValidationError
from ..core.text import fold
from ..core.vocab import (
    ATTENDED,
    CALLED_OFF,
    DEREGISTERED,
    EXCUSED,
    HELD,
    NO_SHOW,
    REGISTERED,
    WAITING,
    WORKING_GROUP_KINDS,
    WORKING_GROUP_ROLES,
)
from .events import EventFilter, EventRow, list_events

# Symbols of the attendance matrix (legend in the GUI).
MATRIX_SYMBOLS = {ATTENDED: "✓", EXCUSED: "e", NO_SHOW: "–", REGISTERED: "a", WAITING: "w", DEREGISTERED: "ab"}


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    kind: str
    topic: str | None
    lead: str | None
    members: int
    sessions: int
    last_session: dt.datetime | None
    next_session: dt.datetime | None
    started_on: dt.date | None
    ended_on: dt.date | None

    @property
    def active(self) -> bool:
        return self.ended_on is None or self.ended_on >= dt.date.today()


def _current_member_condition(on: dt.date):
    return (
        or_(WorkingGroupMember.joined_on.is_(None), WorkingGroupMember.joined_on <= on),
        or_(WorkingGroupMember.left_on.is_(None), WorkingGroupMember.left_on > on),
    )


def list_groups(db: Database, today: dt.date | None = None) -> list[GroupRow]:
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time())
    members = (
        select(func.count())
        .where(WorkingGroupMember.working_group_id == WorkingGroup.id, *_current_member_condition(today))
        .correlate(WorkingGroup)
        .scalar_subquery()
    )
    sessions = (
        select(func.count()).where(Event.working_group_id == WorkingGroup.id).correlate(WorkingGroup).scalar_subquery()
    )
    last = (
        select(func.max(Event.starts_at))
        .where(Event.working_group_id == WorkingGroup.id, Event.starts_at < now)
        .correlate(WorkingGroup)
        .scalar_subquery()
    )
    upcoming = (
        select(func.min(Event.starts_at))
        .where(Event.working_group_id == WorkingGroup.id, Event.starts_at >= now, Event.status != CALLED_OFF)
        .correlate(WorkingGroup)
        .scalar_subquery()
    )
    query = (
        select(
            WorkingGroup.id,
            WorkingGroup.name,
            WorkingGroup.kind,
            WorkingGroup.topic,
            Person.title,
            Person.first_name,
            Person.last_name,
            members.label("members"),
            sessions.label("sessions"),
            last.label("last_session"),
            upcoming.label("next_session"),
            WorkingGroup.started_on,
            WorkingGroup.ended_on,
        )
        .outerjoin(Person, WorkingGroup.lead_person_id == Person.id)
        .order_by(WorkingGroup.name)
    )
    with db.session() as session:
        rows = session.execute(query).all()
    result = []
    for r in rows:
        lead = " ".join(p for p in (r.title, r.first_name, r.last_name) if p) or None
        result.append(
            GroupRow(
                r.id,
                r.name,
                r.kind,
                r.topic,
                lead,
                r.members,
                r.sessions,
                r.last_session,
                r.next_session,
                r.started_on,
                r.ended_on,
            )
        )
    return result


def new_group() -> WorkingGroup:
    return WorkingGroup(name="", kind="Arbeitsgruppe", started_on=dt.date.today())


def load_group(db: Database, group_id: int) -> WorkingGroup:
    with db.session() as session:
        group = session.get(WorkingGroup, group_id)
        if group is None:
            raise UserError("Die Arbeitsgruppe gibt es nicht (mehr).")
        session.expunge(group)
        return group


GROUP_FIELDS = ("name", "kind", "topic", "lead_person_id", "started_on", "ended_on", "description")


def save_group(db: Database, group: WorkingGroup) -> int:
    """Insert or update a working group; the lead also becomes a member with role Leitung."""
    group.name = (group.name or "").strip()
    group.topic = (group.topic or "").strip() or None
    group.description = (group.description or "").strip() or None
    if not group.name:
        raise ValidationError("Bitte einen Namen eingeben.", "Name")
    if len(group.name) > 200:
        raise ValidationError("Der Name ist zu lang (höchstens 200 Zeichen).", "Name")
    if group.topic and len(group.topic) > 200:
        raise ValidationError("Das Thema ist zu lang (höchstens 200 Zeichen).", "Thema")
    if group.kind not in WORKING_GROUP_KINDS:
        raise ValidationError(f"Unbekannte Art »{group.kind}«.", "Art")
    if group.started_on and group.ended_on and group.ended_on < group.started_on:
        raise ValidationError("Das Ende liegt vor dem Beginn.", "Ende")
    with db.writing() as session:
        clash = session.scalar(
            select(WorkingGroup.id).where(
                func.lower(WorkingGroup.name) == group.name.lower(), WorkingGroup.id != (group.id or 0)
            )
        )
        if clash is not None:
            raise ValidationError(f"Eine Arbeitsgruppe »{group.name}« gibt es schon.", "Name")
        values = {name: getattr(group, name) for name in GROUP_FIELDS}
        if group.id is None:
            stored = WorkingGroup(**values)
            session.add(stored)
            session.flush()
            audit.record(session, "working_group", stored.id, "anlegen", stored.name)
        else:
            stored = session.get(WorkingGroup, group.id)
            if stored is None:
                raise UserError("Die Arbeitsgruppe wurde inzwischen gelöscht.")
            changes = {n: [getattr(stored, n), v] for n, v in values.items() if getattr(stored, n) != v}
            for name, value in values.items():
                setattr(stored, name, value)
            if changes:
                audit.record(session, "working_group", stored.id, "ändern", stored.name, changes)
        if stored.lead_person_id is not None:
            membership = session.scalar(
                select(WorkingGroupMember).where(
                    WorkingGroupMember.working_group_id == stored.id,
                    WorkingGroupMember.person_id == stored.lead_person_id,
                )
            )
            if membership is None:
                session.add(
                    WorkingGroupMember(
                        working_group_id=stored.id,
                        person_id=stored.lead_person_id,
                        role="Leitung",
                        joined_on=stored.started_on or dt.date.today(),
                    )
                )
            elif membership.role != "Leitung" or membership.left_on is not None:
                membership.role, membership.left_on = "Leitung", None
        session.flush()
        return stored.id


def delete_group(db: Database, group_id: int) -> None:
    with db.writing() as session:
        group = session.get(WorkingGroup, group_id)
        if group is None:
            return
        sessions = session.scalar(select(func.count()).where(Event.working_group_id == group_id))
        if sessions:
            raise UserError(
                f"»{group.name}« hat {sessions} Sitzung(en) und bleibt deshalb erhalten; "
                "bitte stattdessen ein Ende eintragen."
            )
        for member in session.scalars(
            select(WorkingGroupMember).where(WorkingGroupMember.working_group_id == group_id)
        ):
            session.delete(member)
        audit.record(session, "working_group", group_id, "löschen", group.name)
        session.delete(group)


# --- members -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    title: str | None
    first_name: str
    last_name: str
    organisation: str | None
    email: str | None
    role: str
    joined_on: dt.date | None
    left_on: dt.date | None

    @property
    def name(self) -> str:
        given = " ".join(part for part in (self.title, self.first_name) if part)
        return f"{self.last_name}, {given}" if given else self.last_name

    def active_on(self, day: dt.date) -> bool:
        return (self.joined_on is None or self.joined_on <= day) and (self.left_on is None or self.left_on > day)


ROLE_ORDER = {role: index for index, role in enumerate(WORKING_GROUP_ROLES)}


def group_members(db: Database, group_id: int) -> list[MemberRow]:
    """Everyone who ever belonged to the group: current members first (lead, members, guests)."""
    with db.session() as session:
        rows = session.execute(
            select(
                WorkingGroupMember.id,
                WorkingGroupMember.person_id,
                Person.title,
                Person.first_name,
                Person.last_name,
                Organisation.name.label("organisation"),
                Person.email,
                WorkingGroupMember.role,
                WorkingGroupMember.joined_on,
                WorkingGroupMember.left_on,
            )
            .join(Person, WorkingGroupMember.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(WorkingGroupMember.working_group_id == group_id)
        ).all()
    today = dt.date.today()
    members = [
        MemberRow(
            r.id,
            r.person_id,
            r.title,
            r.first_name or "",
            r.last_name or "",
            r.organisation,
            r.email,
            r.role,
            r.joined_on,
            r.left_on,
        )
        for r in rows
    ]
    members.sort(
        key=lambda m: (not m.active_on(today), ROLE_ORDER.get(m.role, 9), fold(m.last_name), fold(m.first_name))
    )
    return members


def add_members(
    db: Database, group_id: int, person_ids: list[int], role: str = "Mitglied", joined_on: dt.date | None = None
) -> tuple[int, int]:
    """Add people (or take back former members); returns (added, already members)."""
    if role not in WORKING_GROUP_ROLES:
        raise UserError(f"Unbekannte Rolle »{role}«.")
    joined_on = joined_on or dt.date.today()
    added = already = 0
    with db.writing() as session:
        group = session.get(WorkingGroup, group_id)
        if group is None:
            raise UserError("Die Arbeitsgruppe gibt es nicht (mehr).")
        existing = {
            m.person_id: m
            for m in session.scalars(select(WorkingGroupMember).where(WorkingGroupMember.working_group_id == group_id))
        }
        for person_id in dict.fromkeys(person_ids):
            member = existing.get(person_id)
            if member is not None and member.left_on is None:
                already += 1
                continue
            if member is not None:  # came back: a fresh start, the old period is overwritten
                member.left_on, member.joined_on, member.role = None, joined_on, role
            else:
                session.add(
                    WorkingGroupMember(working_group_id=group_id, person_id=person_id, role=role, joined_on=joined_on)
                )
            added += 1
        if added:
            audit.record(session, "working_group", group_id, "Mitglieder", f"{added} Mitglied(er) hinzugefügt")
    return added, already


def update_member(
    db: Database,
    member_id: int,
    *,
    role: str | None = None,
    joined_on: dt.date | str | None = "unchanged",
    left_on: dt.date | str | None = "unchanged",
) -> None:
    with db.writing() as session:
        member = session.get(WorkingGroupMember, member_id)
        if member is None:
            raise UserError("Die Mitgliedschaft gibt es nicht (mehr).")
        if role is not None:
            if role not in WORKING_GROUP_ROLES:
                raise UserError(f"Unbekannte Rolle »{role}«.")
            member.role = role
        if joined_on is None or isinstance(joined_on, dt.date):  # not "unchanged"
            member.joined_on = joined_on
        if left_on is None or isinstance(left_on, dt.date):
            member.left_on = left_on
        if member.joined_on and member.left_on and member.left_on < member.joined_on:
            raise ValidationError("Das Austrittsdatum liegt vor dem Eintritt.", "bis")
        audit.record(
            session,
            "working_group",
            member.working_group_id,
            "Mitglied ändern",
            f"Person {member.person_id}: {member.role}, {member.joined_on} – {member.left_on or ''}",
        )


def remove_member(db: Database, member_id: int) -> None:
    """Delete a membership entered by mistake (leaving is ``update_member(left_on=…)``)."""
    with db.writing() as session:
        member = session.get(WorkingGroupMember, member_id)
        if member is None:
            return
        group = session.get(WorkingGroup, member.working_group_id)
        if group is not None and group.lead_person_id == member.person_id:
            group.lead_person_id = None
        audit.record(
            session, "working_group", member.working_group_id, "Mitglied entfernen", f"Person {member.person_id}"
        )
        session.delete(member)


# --- sessions and the attendance matrix ----------------------------------------------------


def group_sessions(db: Database, group_id: int) -> list[EventRow]:
    return list_events(db, EventFilter(working_group_id=group_id))


@dataclass(frozen=True)
class MatrixSession:
    id: int
    starts_at: dt.datetime
    title: str
    status: str


@dataclass
class MatrixPerson:
    person_id: int
    name: str
    organisation: str | None
    role: str | None  # None: not a member, attended as a guest
    statuses: dict[int, str] = field(default_factory=dict)  # event id -> registration status
    member_from: dt.date | None = None
    member_until: dt.date | None = None

    def attended(self) -> int:
        return sum(1 for status in self.statuses.values() if status == ATTENDED)

    def was_member(self, day: dt.date) -> bool:
        if self.role is None:
            return False
        return (self.member_from is None or self.member_from <= day) and (
            self.member_until is None or self.member_until > day
        )


@dataclass
class AttendanceMatrix:
    sessions: list[MatrixSession]
    people: list[MatrixPerson]

    def held_sessions(self) -> list[MatrixSession]:
        return [s for s in self.sessions if s.status == HELD]

    def expected(self, person: MatrixPerson) -> int:
        """Held sessions during the person's membership (or attended as a guest)."""
        return sum(1 for s in self.held_sessions() if person.was_member(s.starts_at.date()) or s.id in person.statuses)

    def attendance_per_session(self) -> dict[int, int]:
        counts = {s.id: 0 for s in self.sessions}
        for person in self.people:
            for event_id, status in person.statuses.items():
                if status == ATTENDED:
                    counts[event_id] += 1
        return counts


def attendance_matrix(db: Database, group_id: int, year: int | None = None) -> AttendanceMatrix:
    """Members (and guests) × sessions of the group with each registration's status."""
    with db.session() as session:
        query = (
            select(Event.id, Event.starts_at, Event.title, Event.status)
            .where(Event.working_group_id == group_id)
            .order_by(Event.starts_at, Event.id)
        )
        if year is not None:
            query = query.where(
                Event.starts_at >= dt.datetime(year, 1, 1), Event.starts_at < dt.datetime(year + 1, 1, 1)
            )
        sessions = [MatrixSession(*row) for row in session.execute(query)]
        session_ids = [s.id for s in sessions]
        registrations = (
            session.execute(
                select(Registration.person_id, Registration.event_id, Registration.status).where(
                    Registration.event_id.in_(session_ids)
                )
            ).all()
            if session_ids
            else []
        )
        member_rows = session.execute(
            select(
                WorkingGroupMember.person_id,
                WorkingGroupMember.role,
                WorkingGroupMember.joined_on,
                WorkingGroupMember.left_on,
            ).where(WorkingGroupMember.working_group_id == group_id)
        ).all()
        person_ids = {r.person_id for r in registrations} | {m.person_id for m in member_rows}
        names = {}
        if person_ids:
            for r in session.execute(
                select(Person.id, Person.title, Person.first_name, Person.last_name, Organisation.name)
                .outerjoin(Organisation, Person.organisation_id == Organisation.id)
                .where(Person.id.in_(person_ids))
            ):
                given = " ".join(p for p in (r.title, r.first_name) if p)
                names[r.id] = (f"{r.last_name}, {given}" if given else r.last_name, r[4])
    people: dict[int, MatrixPerson] = {}
    for m in member_rows:
        name, organisation = names[m.person_id]
        people[m.person_id] = MatrixPerson(
            m.person_id, name, organisation, m.role, member_from=m.joined_on, member_until=m.left_on
        )
    for reg in registrations:
        if reg.person_id not in people:
            name, organisation = names[reg.person_id]
            people[reg.person_id] = MatrixPerson(reg.person_id, name, organisation, None)
        people[reg.person_id].statuses[reg.event_id] = reg.status
    ordered = sorted(people.values(), key=lambda p: (p.role is None, ROLE_ORDER.get(p.role or "", 9), fold(p.name)))
    return AttendanceMatrix(sessions, ordered)
