"""Mitgliederverzeichnis: the member organisations with their programme areas and contact people.

Plain data for ``reports.member_directory`` (PDF and Excel). Three queries, whatever the size.
Who is listed as a contact: active people of the organisation who are not anonymised and
have not withdrawn their consent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ..core.db import Database
from ..core.entities import Membership, Organisation, Person, ProgrammeArea
from ..core.text import fold

DEFAULT_TYPES = ("Mitglied",)


@dataclass(frozen=True)
class Area:
    name: str
    programme: str
    status: str
    admitted_year: int | None
    ended_year: int | None


@dataclass(frozen=True)
class Contact:
    person_id: int
    name: str  # "Dr. Łukasz Żółć"
    function: str | None
    department: str | None
    role: str | None
    email: str | None
    phone: str | None
    sort_key: tuple = field(default=(), compare=False, repr=False)


@dataclass
class MemberEntry:
    organisation_id: int
    name: str
    kind: str
    ags: str | None
    membership: str  # Mitglied, Gast, Kooperationspartner
    since: dt.date
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    website: str | None
    areas: list[Area] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)

    @property
    def address(self) -> str:
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.street, place) if p)


@dataclass
class MemberDirectory:
    on: dt.date
    types: tuple[str, ...]
    members: list[MemberEntry]

    @property
    def area_count(self) -> int:
        return sum(len(m.areas) for m in self.members)

    @property
    def contact_count(self) -> int:
        return sum(len(m.contacts) for m in self.members)


def member_directory(
    db: Database, on: dt.date | None = None, types: tuple[str, ...] = DEFAULT_TYPES
) -> MemberDirectory:
    """Organisations with a membership of one of ``types`` on the day ``on`` (default today)."""
    on = on or dt.date.today()
    with db.session() as session:
        current = (
            select(Membership.organisation_id, Membership.type, func.min(Membership.since).label("since"))
            .where(
                Membership.type.in_(types),
                Membership.since <= on,
                or_(Membership.until.is_(None), Membership.until >= on),
            )
            .group_by(Membership.organisation_id, Membership.type)
            .subquery()
        )
        entries: dict[int, MemberEntry] = {}
        for row in session.execute(
            select(Organisation, current.c.type, current.c.since).join(
                current, current.c.organisation_id == Organisation.id
            )
        ):
            org = row[0]
            if org.id in entries:  # two kinds of membership at once: keep the first in ``types``
                if types.index(row.type) >= types.index(entries[org.id].membership):
                    continue
            entries[org.id] = MemberEntry(
                organisation_id=org.id,
                name=org.name,
                kind=org.kind,
                ags=org.ags,
                membership=row.type,
                since=row.since,
                street=org.street,
                postcode=org.postcode,
                city=org.city,
                phone=org.phone,
                email=org.email,
                website=org.website,
            )
        ids = list(entries)
        if ids:
            for area in session.scalars(
                select(ProgrammeArea).where(ProgrammeArea.organisation_id.in_(ids)).order_by(ProgrammeArea.name)
            ):
                entries[area.organisation_id].areas.append(
                    Area(area.name, area.programme, area.status, area.admitted_year, area.ended_year)
                )
            for person in session.scalars(
                select(Person).where(
                    Person.organisation_id.in_(ids),
                    Person.active.is_(True),
                    Person.anonymised_at.is_(None),
                    Person.consent_withdrawn_on.is_(None),
                )
            ):
                assert person.organisation_id is not None  # selected by organisation
                entries[person.organisation_id].contacts.append(
                    Contact(
                        person_id=person.id,
                        name=" ".join(p for p in (person.title, person.first_name, person.last_name) if p),
                        function=person.function,
                        department=person.department,
                        role=person.role,
                        email=person.email,
                        phone=person.phone or person.mobile,
                        sort_key=(fold(person.last_name), fold(person.first_name), person.id),
                    )
                )
    members = sorted(entries.values(), key=lambda m: (fold(m.name), m.organisation_id))
    for member in members:
        member.contacts.sort(key=lambda c: c.sort_key)
    return MemberDirectory(on=on, types=tuple(types), members=members)
