"""Excursions and study trips: itinerary, rooming wishes, contributions and payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..core.entities import Payment, Trip, TripDay, TripParticipant, TripProgrammeItem
from ..core.vocab import DEREGISTERED, DOUBLE_ROOM, EXCUSED, ORGANISER, SINGLE_ROOM, WAITING
from .core import DEMO_TODAY, Demo, EventInfo, at
from .event_catalogue import DayExcursion, StudyTrip, TripStop
from .names import MOBILE_PREFIXES

RETENTION_DAYS = 30
DIETARY_NEEDS = ("vegetarisch", "vegan", "laktosefrei", "glutenfrei", "kein Schweinefleisch", "Nussallergie")


def _trip_row(demo: Demo, info: EventInfo, **values) -> None:
    purged = None
    purge_day = info.ends_at.date() + dt.timedelta(days=RETENTION_DAYS)
    if purge_day <= DEMO_TODAY:
        purged = at(purge_day, 6)
    demo.tables.add(
        Trip, event_id=info.id, min_participants=15, retention_days=RETENTION_DAYS, sensitive_purged_at=purged, **values
    )


def _itinerary(demo: Demo, info: EventInfo, days: list[tuple[dt.date, str, tuple[TripStop, ...]]]) -> None:
    for day, title, stops in days:
        day_id = demo.tables.add(TripDay, trip_event_id=info.id, day_date=day, title=title)
        for position, stop in enumerate(stops, start=1):
            demo.tables.add(
                TripProgrammeItem,
                day_id=day_id,
                position=position,
                start_time=stop.time,
                place=stop.place,
                host_contact=stop.host_contact,
                description=stop.description,
            )


def add_study_trip(demo: Demo, info: EventInfo, trip: StudyTrip) -> None:
    _trip_row(
        demo,
        info,
        destination_city=trip.city,
        destination_country=trip.country,
        travel_mode=trip.travel_mode,
        departure_point=trip.departure_point,
        departure_at=at(trip.start, trip.days[0][1][0].time.hour, trip.days[0][1][0].time.minute),
        return_at=info.ends_at,
        accommodation_name=trip.accommodation,
        accommodation_address=trip.accommodation_address,
        contribution=Decimal(trip.contribution),
        single_room_supplement=Decimal(trip.single_room_supplement),
        other_costs=Decimal(35),
    )
    _itinerary(
        demo,
        info,
        [(trip.start + dt.timedelta(days=offset), title, stops) for offset, (title, stops) in enumerate(trip.days)],
    )


def add_day_excursion(demo: Demo, info: EventInfo, excursion: DayExcursion) -> None:
    departure = (
        "Essen Hbf, Südausgang (Freiheit)" if excursion.city == "Gelsenkirchen" else "Gelsenkirchen Hbf, Busbahnhof"
    )
    _trip_row(
        demo,
        info,
        destination_city=excursion.city,
        destination_country="Deutschland",
        travel_mode="Bus",
        departure_point=departure,
        departure_at=info.starts_at - dt.timedelta(hours=1),
        return_at=info.ends_at + dt.timedelta(hours=1),
        accommodation_name=None,
        accommodation_address=None,
        contribution=Decimal(info.fee) if info.fee else None,
        single_room_supplement=None,
        other_costs=None,
    )
    _itinerary(demo, info, [(info.starts_at.date(), f"Exkursion nach {excursion.city}", excursion.stops)])


def generic_day_excursion(city: str, area: str, topic: str) -> DayExcursion:
    return DayExcursion(
        f"Exkursion nach {city}: {area}",
        city,
        topic,
        (
            TripStop(
                dt.time(10, 0),
                f"Stadtteilbüro {area}",
                f"Begrüßung und Einführung in das Programmgebiet {area}",
                "Quartiersmanagement",
            ),
            TripStop(dt.time(11, 0), area, "Rundgang zu Projekten der Städtebauförderung"),
            TripStop(dt.time(13, 0), f"Stadtteilzentrum {area}", "Mittagessen"),
            TripStop(dt.time(14, 0), f"Rathaus {city}", "Gespräch mit der Programmkoordination der Stadt"),
        ),
    )


def add_participants(demo: Demo, info: EventInfo, registrations: list[dict]) -> None:
    """Trip details for everyone with a place; for study trips also rooms, contributions, payments."""
    rng = demo.rng
    study_trip = isinstance(info.trip, StudyTrip)
    sensitive_kept = info.ends_at.date() + dt.timedelta(days=RETENTION_DAYS) > DEMO_TODAY
    with_place = [r for r in registrations if r["status"] != WAITING]
    double_room_wishers: list[dict] = []
    rows: dict[int, dict] = {}
    for registration in with_place:
        wish = None
        if study_trip:
            wish = SINGLE_ROOM if rng.random() < 0.45 else DOUBLE_ROOM
            if wish == DOUBLE_ROOM:
                double_room_wishers.append(registration)
        demo.tables.add(
            TripParticipant,
            registration_id=registration["id"],
            room_wish=wish,
            room_partner_person_id=None,
            trip_phone=(
                f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(1000000, 9999999)}"
                if rng.random() < 0.7 and sensitive_kept
                else None
            ),
            dietary_needs=rng.choice(DIETARY_NEEDS) if sensitive_kept and rng.random() < 0.2 else None,
            emergency_contact=(
                f"Partner/in, {rng.choice(MOBILE_PREFIXES)} {rng.randint(1000000, 9999999)}"
                if sensitive_kept and study_trip
                else None
            ),
            refunded=False,
        )
        rows[registration["id"]] = demo.tables.rows[TripParticipant][-1]
    # Double-room wishers share in pairs, in order of registration; an odd one out stays alone.
    # Past the retention time, partners were erased with the other sensitive details.
    pairs = zip(double_room_wishers[::2], double_room_wishers[1::2], strict=False) if sensitive_kept else ()
    for first, second in pairs:
        rows[first["id"]]["room_partner_person_id"] = second["person_id"]
        rows[second["id"]]["room_partner_person_id"] = first["person_id"]
    if not study_trip:
        return
    trip = info.trip
    assert isinstance(trip, StudyTrip)
    for registration in with_place:
        if registration["role"] == ORGANISER:
            continue  # the office's own staff travel on the office's budget
        participant = rows[registration["id"]]
        due = Decimal(trip.contribution)
        if participant["room_wish"] == SINGLE_ROOM:
            due += Decimal(trip.single_room_supplement)
        registration["fee_due"] = due
        participant["refunded"] = _trip_payments(demo, info, registration, due)
        if registration["status"] in (DEREGISTERED, EXCUSED):
            registration["fee_due"] = None  # cancelled in time: nothing owed


def _trip_payments(demo: Demo, info: EventInfo, registration: dict, due: Decimal) -> bool:
    """Deposit and balance (or one transfer); refunds for cancellations. Returns True if refunded."""
    rng = demo.rng
    registered = registration["registered_at"].date()
    balance_day = min(info.starts_at.date() - dt.timedelta(days=21), DEMO_TODAY)
    payments: list[tuple[dt.date, Decimal, str | None]] = []
    if rng.random() < 0.5:
        deposit_day = min(registered + dt.timedelta(days=rng.randint(3, 20)), DEMO_TODAY)
        payments.append((deposit_day, Decimal(150), "Anzahlung"))
        if balance_day > deposit_day and info.starts_at.date() - dt.timedelta(days=21) <= DEMO_TODAY:
            payments.append((balance_day, due - 150, "Restzahlung"))
    else:
        day = min(registered + dt.timedelta(days=rng.randint(5, 30)), DEMO_TODAY)
        if info.ends_at.date() < DEMO_TODAY or rng.random() < 0.5:
            payments.append((day, due, None))
    refunded = False
    if registration["status"] in (DEREGISTERED, EXCUSED) and payments:
        paid = sum((amount for _, amount, _ in payments), Decimal(0))
        refund_day = min(max(day for day, _, _ in payments) + dt.timedelta(days=14), DEMO_TODAY)
        payments.append((refund_day, -paid, "Erstattung nach Abmeldung"))
        refunded = True
    for day, amount, note in payments:
        demo.tables.add(
            Payment,
            registration_id=registration["id"],
            paid_on=day,
            amount=amount,
            method="Überweisung",
            notes=note,
            created_at=at(day, 12),
            updated_at=at(day, 12),
        )
    registration["fee_paid"] = sum((amount for _, amount, _ in payments), Decimal(0)) if payments else None
    return refunded
