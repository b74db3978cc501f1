"""Test data for the members and contacts tests: a few organisations and people, and one
person with every kind of record that can refer to a person (for merge and anonymisation).

Not a conftest: test modules import what they need (``from member_data import …``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook


@dataclass
class Network:
    orgs: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    lists: dict[str, int] = field(default_factory=dict)
    group_id: int = 0


def build_network(db) -> Network:
    from model.core.entities import Event, MailingList, Membership, Organisation, Person
    from model.members.organisations import organisation_search_key
    from model.members.persons import person_search_key

    net = Network()
    with db.writing() as s:
        for name, kind, ags, city, membership in [
            ("Stadt Gelsenkirchen", "Kommune", "05513000", "Gelsenkirchen", ("Mitglied", dt.date(2004, 1, 1), None)),
            ("Stadt Bochum", "Kommune", "05911000", "Bochum", ("Mitglied", dt.date(2008, 1, 1), dt.date(2019, 12, 31))),
            ("Stadt Köln", "Kommune", "05315000", "Köln", ("Gast", dt.date(2020, 1, 1), None)),
            ("Müller & Söhne <GmbH>", "Träger", None, "Essen", None),
        ]:
            org = Organisation(name=name, kind=kind, ags=ags, city=city, search_key=organisation_search_key(name, city))
            s.add(org)
            s.flush()
            net.orgs[name] = org.id
            if membership:
                s.add(Membership(organisation_id=org.id, type=membership[0], since=membership[1], until=membership[2]))
        for key, salutation, first, last, org, email, extra in [
            (
                "ayse",
                "Frau",
                "Ayşe",
                "Yılmaz",
                "Stadt Gelsenkirchen",
                "a.yilmaz@gelsenkirchen.de",
                {
                    "role": "Gebietsbeauftragte/r",
                    "chamber": "AKNW",
                    "chamber_number": "A-123",
                    "consent_date": dt.date(2023, 5, 1),
                    "consent_scope": "Einladungen",
                },
            ),
            (
                "lukasz",
                "Herr",
                "Łukasz",
                "Żółć",
                "Stadt Bochum",
                "l.zolc@bochum.de",
                {"role": "Leitung", "function": "Sachgebietsleiter"},
            ),
            (
                "mueller",
                "Herr",
                "Hans",
                "Müller",
                "Stadt Gelsenkirchen",
                "hans.mueller@gelsenkirchen.de",
                {"role": "Quartiersmanagement", "consent_date": dt.date(2022, 1, 10), "consent_scope": "Einladungen"},
            ),
            (
                "mueller2",
                "ohne",
                "Hans",
                "Mueller",
                "Stadt Gelsenkirchen",
                None,
                {
                    "phone": "0209 123",
                    "consent_date": dt.date(2021, 3, 1),
                    "consent_withdrawn_on": dt.date(2024, 2, 1),
                    "notes": "Bitte nur Post",
                },
            ),
            ("klein", "Herr", "Peter", "Klein", "Müller & Söhne <GmbH>", "p.klein@example.org", {"active": False}),
        ]:
            org_name = org
            person = Person(
                salutation=salutation,
                first_name=first,
                last_name=last,
                organisation_id=net.orgs[org],
                email=email,
                **extra,
                search_key=person_search_key(first, last, org_name, extra.get("function"), email),
            )
            s.add(person)
            s.flush()
            net.people[key] = person.id
        for key, title, offset in [
            ("past", "Netzwerktreffen Gelsenkirchen", -400),
            ("trip", "Exkursion nach Delft", -30),
            ("next", "Werkstatt Beteiligung", 30),
        ]:
            start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=offset), dt.time(10))
            event = Event(
                kind="Exkursion" if key == "trip" else "Netzwerktreffen",
                title=title,
                starts_at=start,
                ends_at=start + dt.timedelta(hours=6),
                status="durchgeführt" if offset < 0 else "geplant",
            )
            s.add(event)
            s.flush()
            net.events[key] = event.id
        for name in ("Netzwerktreffen", "Fortbildung"):
            item = MailingList(name=name)
            s.add(item)
            s.flush()
            net.lists[name] = item.id
    return net


def attach_everything(db, net: Network, person_key: str, partner_key: str = "ayse") -> None:
    """Give a person one of every record that refers to a person."""
    from model.core.entities import (
        AgendaItem,
        Certificate,
        MailingListMember,
        Payment,
        Registration,
        TripParticipant,
        WorkingGroup,
        WorkingGroupMember,
    )

    pid = net.people[person_key]
    with db.writing() as s:
        group = WorkingGroup(name=f"AG Quartiere {person_key}", lead_person_id=pid)
        s.add(group)
        s.flush()
        net.group_id = group.id
        s.add(
            WorkingGroupMember(working_group_id=group.id, person_id=pid, role="Mitglied", joined_on=dt.date(2022, 1, 1))
        )
        s.add(MailingListMember(mailing_list_id=net.lists["Netzwerktreffen"], person_id=pid))
        s.add(
            AgendaItem(event_id=net.events["past"], position=1, title="Bericht aus dem Quartier", speaker_person_id=pid)
        )
        past = Registration(
            event_id=net.events["past"], person_id=pid, status="teilgenommen", registered_at=dt.datetime(2024, 1, 1)
        )
        trip = Registration(
            event_id=net.events["trip"], person_id=pid, status="teilgenommen", registered_at=dt.datetime(2024, 1, 2)
        )
        s.add_all([past, trip])
        s.flush()
        s.add(
            Payment(
                registration_id=trip.id, paid_on=dt.date(2024, 2, 1), amount=Decimal("120.00"), notes="Überweisung Hans"
            )
        )
        s.add(
            TripParticipant(
                registration_id=trip.id,
                room_wish="DZ",
                room_partner_person_id=net.people[partner_key],
                dietary_needs="vegetarisch",
                emergency_contact="Frau Müller 0171 1",
            )
        )
        partner_trip = Registration(
            event_id=net.events["trip"],
            person_id=net.people[partner_key],
            status="teilgenommen",
            registered_at=dt.datetime(2024, 1, 3),
        )
        s.add(partner_trip)
        s.flush()
        s.add(TripParticipant(registration_id=partner_trip.id, room_wish="DZ", room_partner_person_id=pid))
        s.add(
            Certificate(
                number=f"NWS-2024-{pid:04d}",
                year=2024,
                sequence=pid,
                kind="Teilnahmebescheinigung",
                person_id=pid,
                event_id=net.events["past"],
                snapshot="{}",
                issued_at=dt.datetime(2024, 3, 1),
            )
        )


def as_typed_text(sheet) -> None:  # an openpyxl worksheet
    """Cells starting with "=" become text typed with a leading apostrophe: without it openpyxl
    writes a formula without a stored value, which imports refuse (Excel would show its result)."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"


def workbook(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    as_typed_text(wb.active)
    wb.save(path)
    return path
