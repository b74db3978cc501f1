"""Test data for excursions, built through the model services (as the program does)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from model.excursions import excursions as ex


def make_people(db, *names: str, organisation: str | None = None) -> dict[str, int]:
    from model.core.entities import Organisation, Person
    from model.core.text import search_key

    with db.writing() as s:
        org_id = None
        if organisation:
            org = Organisation(name=organisation, kind="Träger")
            s.add(org)
            s.flush()
            org_id = org.id
        people = {}
        for name in names:
            first, last = name.split(" ", 1)
            person = Person(
                first_name=first,
                last_name=last,
                organisation_id=org_id,
                search_key=search_key(first, last, organisation),
            )
            s.add(person)
            s.flush()
            people[name] = person.id
        return people


def reg(db, event_id: int, person_id: int) -> int:
    from model.core.entities import Registration

    with db.session() as s:
        return s.scalar(
            select(Registration.id).where(Registration.event_id == event_id, Registration.person_id == person_id)
        )


def study_trip(db, start: dt.date | None = None) -> tuple[int, dict[str, int]]:
    """A three-day study trip abroad with an itinerary, rooms, payments and one on the waiting list."""
    from model.excursions import itinerary

    start = start or dt.date.today() + dt.timedelta(days=45)
    departure = dt.datetime.combine(start, dt.time(7, 30))
    event_id = ex.create_excursion(
        db,
        "Studienfahrt Delft & Rotterdam: Stadterneuerung <NL>",
        departure,
        dt.datetime.combine(start + dt.timedelta(days=2), dt.time(19)),
        "Delft/Rotterdam",
        "Niederlande",
        capacity=5,
    )
    details = ex.load_trip(db, event_id)
    details.travel_mode = "Bahn"
    details.departure_point = "Dortmund Hbf, Treffpunkt Reisezentrum"
    details.departure_at, details.return_at = (
        departure,
        dt.datetime.combine(start + dt.timedelta(days=2), dt.time(21, 15)),
    )
    details.accommodation_name = "Hotel De Plataan"
    details.accommodation_address = "Bagijnhof 16, 2611 AN Delft"
    details.min_participants = 3
    details.registration_deadline = start - dt.timedelta(days=20)
    details.contribution, details.single_room_supplement, details.other_costs = Decimal(420), Decimal(90), Decimal(600)
    ex.save_trip(db, details)
    itinerary.save_days(
        db,
        event_id,
        [
            itinerary.DayData(
                start,
                "Anreise und Delft",
                [
                    itinerary.ItemData(dt.time(7, 30), "Dortmund Hbf", None, "Abfahrt mit dem ICE"),
                    itinerary.ItemData(
                        dt.time(13, 0),
                        "Stadskantoor Delft",
                        "Gemeente Delft, Afd. Stedelijke Ontwikkeling",
                        "Spoorzone Delft: neuer Bahnhof, neues Quartier",
                    ),
                ],
            ),
            itinerary.DayData(
                start + dt.timedelta(days=1),
                "Rotterdam",
                [
                    itinerary.ItemData(
                        dt.time(9, 30),
                        "Afrikaanderwijk",
                        "Wijkteam Feijenoord",
                        "Quartiersentwicklung mit Bewohnerinnen & Bewohnern <Rundgang>",
                    ),
                    itinerary.ItemData(dt.time(14, 0), "Katendrecht", None, "Vom Hafenviertel zum Wohnquartier"),
                ],
            ),
            itinerary.DayData(
                start + dt.timedelta(days=2),
                "Rückreise",
                [
                    itinerary.ItemData(dt.time(10, 0), "Delft, Hotel", None, "Auswertung der Reise"),
                ],
            ),
        ],
    )
    people = make_people(
        db,
        "Ayşe Yılmaz",
        "Jana Schulte",
        "Łukasz Żółć",
        "Thomas Becker",
        "Peter Klein",
        "Miriam Hoffmann",
        organisation="Müller & Söhne <GmbH>",
    )
    ex.register_participant(
        db,
        event_id,
        people["Ayşe Yılmaz"],
        ex.ParticipantDetails(
            "DZ", people["Jana Schulte"], "0171 1111111", "vegetarisch", "Mehmet Yılmaz, 0172 2222222"
        ),
    )
    ex.register_participant(
        db,
        event_id,
        people["Jana Schulte"],
        ex.ParticipantDetails("DZ", people["Ayşe Yılmaz"], "0160 3333333", None, "Ruth Schulte, 0231 444444"),
    )
    ex.register_participant(
        db,
        event_id,
        people["Łukasz Żółć"],
        ex.ParticipantDetails("EZ", None, "+48 600 123 456", "glutenfrei", "Anna Żółć, +48 601 000 000"),
    )
    ex.register_participant(
        db, event_id, people["Thomas Becker"], ex.ParticipantDetails("DZ", people["Peter Klein"], None, None, None)
    )
    ex.register_participant(db, event_id, people["Peter Klein"], ex.ParticipantDetails("DZ"), role="Organisation")
    ex.register_participant(db, event_id, people["Miriam Hoffmann"], ex.ParticipantDetails("EZ"))  # waiting list
    today = dt.date.today()
    ex.add_payment(db, reg(db, event_id, people["Ayşe Yılmaz"]), today, Decimal(420))
    ex.add_payment(db, reg(db, event_id, people["Łukasz Żółć"]), today, Decimal(150), notes="Anzahlung")
    return event_id, people
