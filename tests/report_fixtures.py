"""A small network with known figures for the report tests (meeting pack, directory, annual report).

Dates are fixed in 2026 (the meeting is on Thursday, 5 March 2026), so the texts to expect are
known. Names are chosen to break naive code: markup characters, Polish and Turkish letters, a
text that Excel would take for a formula.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class ReportSample:
    meeting: int = 0  # the Tagung of 5 March 2026
    session: int = 0  # a working-group session in May 2026 (online)
    cancelled: int = 0
    last_year: int = 0  # a Werkstatt in November 2025
    excursion: int = 0
    empty: int = 0  # a meeting without agenda and registrations
    people: dict[str, int] = field(default_factory=dict)
    organisations: dict[str, int] = field(default_factory=dict)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def fill_report_sample(db) -> ReportSample:  # model.core.db.Database
    from model.core.entities import (
        Accreditation,
        AgendaItem,
        Event,
        Membership,
        OfficeProfile,
        Organisation,
        Person,
        ProgrammeArea,
        Registration,
        WorkingGroup,
        WorkingGroupMember,
    )

    sample = ReportSample()
    with db.writing() as s:
        profile = s.get(OfficeProfile, 1)
        profile.office_name = "Geschäftsstelle Städtenetz"
        profile.network_name = "Soziale Stadt NRW"
        profile.street, profile.postcode, profile.city = "Bochumer Straße 86", "45886", "Gelsenkirchen"
        profile.email = "info@staedtenetz.example"

        orgs = {}
        for name, kind, ags, memberships in [
            ("Stadt Gelsenkirchen", "Kommune", "05513000", [("Mitglied", dt.date(2004, 1, 1), None)]),
            ("Stadt Bochum", "Kommune", "05911000", [("Mitglied", dt.date(2026, 1, 1), None)]),
            ("Stadt Hamm", "Kommune", "05915000", [("Mitglied", dt.date(2010, 1, 1), dt.date(2026, 6, 30))]),
            (
                "Stadt Herne",
                "Kommune",
                "05916000",
                [("Gast", dt.date(2012, 1, 1), dt.date(2014, 12, 31)), ("Mitglied", dt.date(2015, 1, 1), None)],
            ),
            ("Müller & Söhne <GmbH>", "Träger", None, [("Kooperationspartner", dt.date(2020, 1, 1), None)]),
        ]:
            org = Organisation(
                name=name,
                kind=kind,
                ags=ags,
                city=name.split()[-1],
                postcode="45000",
                street="Rathausplatz 1",
                phone="0209 169-0",
            )
            s.add(org)
            s.flush()
            orgs[name] = org
            sample.organisations[name] = org.id
            for kind_, since, until in memberships:
                s.add(Membership(organisation_id=org.id, type=kind_, since=since, until=until))
        s.add(
            ProgrammeArea(
                organisation_id=orgs["Stadt Gelsenkirchen"].id,
                name="Bismarck/Schalke-Nord",
                programme="Soziale Stadt",
                status="verstetigt",
                admitted_year=2001,
                ended_year=2016,
            )
        )
        s.add(
            ProgrammeArea(
                organisation_id=orgs["Stadt Gelsenkirchen"].id,
                name="Rotthausen",
                programme="Sozialer Zusammenhalt",
                status="in Förderung",
                admitted_year=2021,
            )
        )

        people = {}
        for key, salutation, title, first, last, org, function, extra in [
            ("ayse", "Frau", None, "Ayşe", "Yılmaz", "Stadt Gelsenkirchen", "Gebietsbeauftragte Rotthausen", {}),
            ("lukasz", "Herr", "Dr.", "Łukasz", "Żółć", "Stadt Bochum", "Sachgebietsleiter Stadterneuerung", {}),
            ("peter", "Herr", None, "Peter", "Klein", "Müller & Söhne <GmbH>", "Planer & Berater <extern>", {}),
            ("jana", "Frau", None, "Jana", "Schulte", "Stadt Hamm", "Quartiersmanagerin", {}),
            ("wolfgang", "Herr", None, "Wolfgang", "Wartend", "Stadt Herne", "Stadtplaner", {}),
            ("anna", "Frau", None, "Anna", "Abgemeldet", "Stadt Herne", "Stadtplanerin", {}),
            ("max", "Herr", None, "Max", "Formel", "Stadt Gelsenkirchen", "=SUMME(A1:A3)", {"email": "=1+1@x.de"}),
            ("ruth", "Frau", None, "Ruth", "Ruhestand", "Stadt Gelsenkirchen", "Leiterin", {"active": False}),
            (
                "otto",
                "Herr",
                None,
                "Otto",
                "Ohnezustimmung",
                "Stadt Gelsenkirchen",
                "Sachbearbeiter",
                {"consent_withdrawn_on": dt.date(2025, 5, 1)},
            ),
            ("solo", "ohne", None, "Kim", "Ohneorganisation", None, None, {}),
        ]:
            person = Person(
                salutation=salutation,
                title=title,
                first_name=first,
                last_name=last,
                organisation_id=orgs[org].id if org else None,
                function=function,
                **extra,
            )
            s.add(person)
            s.flush()
            people[key] = person
            sample.people[key] = person.id

        group = WorkingGroup(
            name="AG Beteiligung & Teilhabe",
            kind="Arbeitsgruppe",
            lead_person_id=people["lukasz"].id,
            started_on=dt.date(2024, 1, 1),
        )
        s.add(group)
        s.flush()
        for key, role in (("lukasz", "Leitung"), ("ayse", "Mitglied"), ("jana", "Mitglied")):
            s.add(
                WorkingGroupMember(
                    working_group_id=group.id, person_id=people[key].id, role=role, joined_on=dt.date(2024, 1, 1)
                )
            )

        def event(
            kind: str, title: str, start: dt.datetime, end: dt.datetime, status: str = "durchgeführt", **values
        ) -> Event:
            item = Event(kind=kind, title=title, starts_at=start, ends_at=end, status=status, **values)
            s.add(item)
            s.flush()
            return item

        def register(item: Event, entries: list[tuple[str, str, str]]) -> None:
            for key, status, role in entries:
                s.add(
                    Registration(
                        event_id=item.id,
                        person_id=people[key].id,
                        status=status,
                        role=role,
                        registered_at=item.starts_at - dt.timedelta(days=30),
                    )
                )

        day = dt.date(2026, 3, 5)
        meeting = event(
            "Tagung",
            "Quartiere & Zusammenhalt <2026>",
            at(day, 10),
            at(day, 16, 30),
            topic="Bürgerbeteiligung und Quartiersmanagement",
            venue="Wissenschaftspark Gelsenkirchen",
            venue_address="Munscheidstraße 14, 45886 Gelsenkirchen",
            host_organisation_id=orgs["Stadt Gelsenkirchen"].id,
            registration_deadline=dt.date(2026, 2, 20),
            responsible="Miriam Hoffmann",
            description="Jahrestagung des Netzwerks.",
        )
        meeting.agenda = [
            AgendaItem(
                position=1,
                start_time=dt.time(10, 0),
                duration_minutes=15,
                title="Begrüßung",
                kind="Begrüßung",
                speaker_person_id=people["ayse"].id,
            ),
            AgendaItem(
                position=2,
                duration_minutes=45,
                title="Beteiligung <wirklich> für alle?",
                kind="Vortrag",
                speaker_text="Prof. Dr. Maria Gast (TU Dortmund)",
            ),
            AgendaItem(position=3, duration_minutes=30, title="Kaffeepause", kind="Pause"),
            AgendaItem(
                position=4,
                start_time=dt.time(11, 45),
                duration_minutes=60,
                title="Podium & Diskussion",
                kind="Diskussion",
                speaker_person_id=people["lukasz"].id,
                speaker_text="Moderation",
            ),
        ]
        register(
            meeting,
            [
                ("ayse", "teilgenommen", "Referent/in"),
                ("lukasz", "teilgenommen", "Moderation"),
                ("peter", "teilgenommen", "Teilnahme"),
                ("jana", "teilgenommen", "Teilnahme"),
                ("wolfgang", "Warteliste", "Teilnahme"),
                ("anna", "abgemeldet", "Teilnahme"),
                ("solo", "angemeldet", "Teilnahme"),
            ],
        )
        s.add(
            Accreditation(
                event_id=meeting.id, chamber="AKNW", credit_points=Decimal("6"), recognition_number="AK-2026-0815"
            )
        )
        sample.meeting = meeting.id

        may = dt.date(2026, 5, 7)
        session = event(
            "Arbeitsgruppensitzung",
            "3. Sitzung AG Beteiligung & Teilhabe",
            at(may, 14),
            at(may, 16),
            format="Online",
            online_link="https://meet.example/ag?x=1&y=<2>",
            working_group_id=group.id,
        )
        register(
            session,
            [
                ("ayse", "teilgenommen", "Teilnahme"),
                ("jana", "teilgenommen", "Teilnahme"),
                ("lukasz", "entschuldigt", "Teilnahme"),
            ],
        )
        sample.session = session.id

        cancelled = event(
            "Fachgespräch",
            "Fachgespräch Klimaanpassung",
            at(dt.date(2026, 5, 20), 10),
            at(dt.date(2026, 5, 20), 12),
            status="abgesagt",
        )
        register(cancelled, [("peter", "angemeldet", "Teilnahme")])
        sample.cancelled = cancelled.id

        earlier = event(
            "Werkstatt", "Werkstatt Verfügungsfonds", at(dt.date(2025, 11, 12), 10), at(dt.date(2025, 11, 12), 15)
        )
        register(earlier, [("ayse", "teilgenommen", "Teilnahme"), ("max", "teilgenommen", "Teilnahme")])
        sample.last_year = earlier.id

        trip = event(
            "Exkursion",
            "Exkursion nach Rotterdam",
            at(dt.date(2026, 6, 10), 7),
            at(dt.date(2026, 6, 11), 20),
            status="ausgeschrieben",
            venue="Rotterdam",
        )
        register(trip, [("ayse", "angemeldet", "Teilnahme")])
        sample.excursion = trip.id

        empty = event(
            "Netzwerktreffen",
            "Netzwerktreffen ohne Anmeldungen",
            at(dt.date(2026, 9, 3), 10),
            at(dt.date(2026, 9, 3), 13),
            status="geplant",
            format="Hybrid",
        )
        sample.empty = empty.id
    return sample
