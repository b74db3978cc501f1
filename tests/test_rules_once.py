"""Rules declared once in model/ and used by every list, tab and report that shows them."""

from __future__ import annotations

import datetime as dt

from trip_data import make_people

from model.core import vocab
from model.events import participants
from model.events.registrations import STATUS_ORDER, list_order, waiting_positions
from model.excursions import excursions as ex

START = dt.datetime.combine(dt.date.today() + dt.timedelta(days=60), dt.time(8))


def test_the_participant_order_is_seats_by_name_then_waiting_list_then_no_shows_then_cancellations():
    rows = [  # (status, waiting position, last name)
        (vocab.EXCUSED, None, "Adam"),
        (vocab.WAITING, 2, "Bauer"),
        (vocab.NO_SHOW, None, "Cem"),
        (vocab.ATTENDED, None, "Żółć"),
        (vocab.WAITING, 1, "Zeller"),
        (vocab.REGISTERED, None, "Öztürk"),
        (vocab.DEREGISTERED, None, "Ayşe"),
    ]
    ordered = sorted(rows, key=lambda r: list_order(r[0], r[1], r[2], ""))
    assert [r[2] for r in ordered] == ["Öztürk", "Żółć", "Zeller", "Bauer", "Cem", "Adam", "Ayşe"]
    assert set(STATUS_ORDER) == set(vocab.REGISTRATION_STATUSES)
    assert waiting_positions([vocab.REGISTERED, vocab.WAITING, vocab.EXCUSED, vocab.WAITING]) == [None, 1, None, 2]


def test_every_participant_list_of_an_event_has_the_same_order(db):
    names = ["Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte", "Thomas Becker", "Miriam Hoffmann", "Peter Klein"]
    people = make_people(db, *names)
    trip = ex.create_excursion(
        db, "Studienfahrt Delft", START, START + dt.timedelta(days=2), "Delft", "Niederlande", capacity=3
    )
    for name in names:
        ex.register_participant(db, trip, people[name], ex.ParticipantDetails())
    by_person = {r.person_id: r.id for r in participants.registration_rows(db, trip)}
    participants.set_status(db, [by_person[people["Łukasz Żółć"]]], vocab.ATTENDED)
    participants.set_status(db, [by_person[people["Peter Klein"]]], vocab.EXCUSED)

    trip_list = [p.registration_id for p in ex.participants(db, trip)]
    tab_list = [r.id for r in participants.registration_rows(db, trip)]
    export = participants.participant_list(db, trip)
    assert trip_list == tab_list == [r.registration_id for r in export.rows]
    ranks = [STATUS_ORDER[r.status] for r in export.rows]
    assert ranks == sorted(ranks) and vocab.WAITING in {r.status for r in export.rows}
    assert export.kind == vocab.EXCURSION and export.title == "Studienfahrt Delft"


def test_seat_counts_and_the_emergency_contact_rule_of_a_trip_abroad(db):
    people = make_people(db, "Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte", "Thomas Becker")
    trip = ex.create_excursion(
        db, "Studienfahrt Delft", START, START + dt.timedelta(days=2), "Delft", "Niederlande", capacity=2
    )
    details = ex.load_trip(db, trip)
    details.capacity, details.min_participants = 2, 2
    ex.save_trip(db, details)
    ex.register_participant(db, trip, people["Ayşe Yılmaz"], ex.ParticipantDetails(emergency_contact="Emre, 0170 1"))
    ex.register_participant(db, trip, people["Łukasz Żółć"], ex.ParticipantDetails())
    ex.register_participant(db, trip, people["Jana Schulte"], ex.ParticipantDetails())  # waiting list
    participants.set_status(
        db, [r.id for r in participants.registration_rows(db, trip) if r.last_name == "Yılmaz"], vocab.EXCUSED
    )  # Jana moves up
    ex.register_participant(db, trip, people["Thomas Becker"], ex.ParticipantDetails())  # waiting list
    details, rows = ex.load_trip(db, trip), ex.participants(db, trip)

    seats = ex.seat_counts(details, rows)
    assert (seats.taken, seats.waiting, seats.free, seats.below_minimum) == (2, 1, 0, False)
    assert ex.SeatCounts(taken=1, waiting=0, capacity=2, min_participants=2).below_minimum
    # Only those with a seat are asked, and only while the trip's sensitive details exist.
    assert [p.name for p in ex.missing_emergency_contacts(details, rows)] == ["Jana Schulte", "Łukasz Żółć"]
    details.sensitive_purged_at = dt.datetime.now()
    assert ex.missing_emergency_contacts(details, rows) == []
    assert sorted(p.name for p in rows if p.in_cost_list) == ["Jana Schulte", "Łukasz Żółć"]  # no prices: no money
