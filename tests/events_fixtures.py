"""Small, named data for the tests of events, registrations, attendance and working groups.

Not a conftest: test modules import what they need (``from events_fixtures import …``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from model.core.entities import (
    Event,
    MailingList,
    MailingListMember,
    Organisation,
    Person,
    WorkingGroup,
    WorkingGroupMember,
)
from model.core.text import search_key

MEETING_DAY = dt.date(2027, 3, 4)
PEOPLE = [
    ("Frau", "Ayşe", "Yılmaz", "Stadt Bochum", "ayse.yilmaz@bochum.example"),
    ("Herr", "Łukasz", "Żółć", "Stadt Gelsenkirchen", "lukasz.zolc@gelsenkirchen.example"),
    ("Frau", "Jana", "Schulte", "Stadt Dortmund", "jana.schulte@dortmund.example"),
    ("Herr", "Thomas", "Becker", "Stadt Dortmund", "t.becker@dortmund.example"),
    ("Frau", "Miriam", "Hoffmann", "Müller & Söhne <GmbH>", None),
    ("Herr", "Peter", "Klein", "Stadt Bochum", "peter.klein@bochum.example"),
]


@dataclass
class Scene:
    event_id: int
    people: list[int]
    organisations: dict[str, int]
    group_id: int
    list_id: int
    emails: dict[int, str | None] = field(default_factory=dict)


def make_event(
    session,
    *,
    title: str = "Netzwerktreffen März 2027",
    day: dt.date = MEETING_DAY,
    hours=(10, 13),
    capacity: int | None = None,
    kind: str = "Netzwerktreffen",
    **values,
) -> Event:
    event = Event(
        kind=kind,
        title=title,
        starts_at=dt.datetime.combine(day, dt.time(hours[0])),
        ends_at=dt.datetime.combine(day, dt.time(hours[1])),
        format=values.pop("format", "Präsenz"),
        status=values.pop("status", "ausgeschrieben"),
        capacity=capacity,
        **values,
    )
    event.search_key = search_key(event.title, event.topic, event.venue)
    session.add(event)
    session.flush()
    return event


def build_scene(db, capacity: int | None = 4, fee: Decimal | None = None) -> Scene:
    with db.writing() as s:
        organisations = {}
        for name in dict.fromkeys(p[3] for p in PEOPLE):
            org = Organisation(
                name=name, kind="Kommune" if name.startswith("Stadt") else "Träger", search_key=search_key(name)
            )
            s.add(org)
            s.flush()
            organisations[name] = org.id
        people, emails = [], {}
        for salutation, first, last, org, email in PEOPLE:
            person = Person(
                salutation=salutation,
                first_name=first,
                last_name=last,
                organisation_id=organisations[org],
                email=email,
                search_key=search_key(first, last, org, None, email),
            )
            s.add(person)
            s.flush()
            people.append(person.id)
            emails[person.id] = email
        event = make_event(
            s, capacity=capacity, fee=fee, venue="Rathaus Bochum", host_organisation_id=organisations["Stadt Bochum"]
        )
        group = WorkingGroup(
            name="AG Klimaanpassung im Quartier",
            kind="Arbeitsgruppe",
            topic="Klima",
            lead_person_id=people[0],
            started_on=dt.date(2024, 1, 1),
        )
        s.add(group)
        s.flush()
        for index, person_id in enumerate(people[:4]):
            s.add(
                WorkingGroupMember(
                    working_group_id=group.id,
                    person_id=person_id,
                    role="Leitung" if index == 0 else "Mitglied",
                    joined_on=dt.date(2024, 1, 1),
                )
            )
        mailing = MailingList(name="Verteiler Netzwerktreffen")
        s.add(mailing)
        s.flush()
        for person_id in people[2:]:
            s.add(MailingListMember(mailing_list_id=mailing.id, person_id=person_id))
        return Scene(event.id, people, organisations, group.id, mailing.id, emails)


def in_progress(db, event_id) -> None:
    """Attendance is taken once a meeting has begun: let it run from an hour ago for three hours."""
    now = dt.datetime.now().replace(second=0, microsecond=0)
    with db.writing() as s:
        event = s.get(Event, event_id)
        event.starts_at, event.ends_at = now - dt.timedelta(hours=1), now + dt.timedelta(hours=2)
