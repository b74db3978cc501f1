"""The rooming list: pairs from wishes and partners, and the conflicts the office must settle."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from model.excursions import excursions as ex
from model.excursions import rooming
from model.excursions.excursions import ParticipantRow

BASE = dt.datetime(2026, 3, 1, 9)


def person(
    number: int,
    name: str,
    wish: str | None = None,
    partner: int | None = None,
    status: str = "angemeldet",
    partner_name: str | None = None,
) -> ParticipantRow:
    first, last = name.split(" ", 1)
    return ParticipantRow(
        registration_id=100 + number,
        person_id=number,
        first_name=first,
        last_name=last,
        organisation=None,
        email=None,
        phone=None,
        status=status,
        role="Teilnahme",
        registered_at=BASE + dt.timedelta(minutes=number),
        waiting_position=None,
        room_wish=wish,
        room_partner_person_id=partner,
        room_partner_name=partner_name,
        trip_phone=None,
        dietary_needs=None,
        emergency_contact=None,
        refunded=False,
        individual_due=None,
        due=Decimal(0),
        paid=Decimal(0),
    )


def kinds(result: rooming.RoomingList) -> list[str]:
    return [conflict.kind for conflict in result.conflicts]


def test_mutual_pairs_and_single_rooms_without_conflicts():
    rows = [
        person(1, "Ayşe Yılmaz", "DZ", 2),
        person(2, "Jana Schulte", "DZ", 1),
        person(3, "Łukasz Żółć", "EZ"),
        person(4, "Thomas Becker", "DZ", 5),
        person(5, "Peter Klein", "DZ", 4),
    ]
    result = rooming.build_rooming_list(rows)
    assert result.conflicts == []
    assert [(room.number, room.kind, room.names) for room in result.rooms] == [
        (1, "DZ", "Thomas Becker / Peter Klein"),
        (2, "DZ", "Jana Schulte / Ayşe Yılmaz"),
        (3, "EZ", "Łukasz Żółć"),
    ]
    assert (result.double_rooms, result.single_rooms, result.persons) == (2, 1, 5)
    assert result.room_of(103).kind == "EZ"


def test_partner_not_registered_on_waiting_list_or_unknown():
    rows = [
        person(1, "Ayşe Yılmaz", "DZ", 2, partner_name="Jana Schulte"),
        person(2, "Jana Schulte", "DZ", 1, status="Warteliste"),
        person(3, "Łukasz Żółć", "DZ", 9, partner_name="Nicht Angemeldet"),
        person(4, "Thomas Becker", "DZ", 5, partner_name="Peter Klein"),
        person(5, "Peter Klein", "DZ", 4, status="abgemeldet"),
    ]
    result = rooming.build_rooming_list(rows)
    texts = [c.text for c in result.conflicts if c.kind == rooming.PARTNER_NOT_REGISTERED]
    assert "Ayşe Yılmaz wünscht ein DZ mit Jana Schulte, auf der Warteliste." in texts
    assert "Łukasz Żółć wünscht ein DZ mit Nicht Angemeldet, nicht angemeldet." in texts
    assert "Thomas Becker wünscht ein DZ mit Peter Klein, abgemeldet." in texts
    assert rooming.ODD_DOUBLES in kinds(result)  # three DZ wishes among those with a seat
    assert all(room.partner_open for room in result.rooms)


def test_one_sided_choice_pairs_with_a_note_and_crossed_choices_conflict():
    rows = [
        person(1, "Ayşe Yılmaz", "DZ", 2),
        person(2, "Jana Schulte", "DZ", None),  # one-sided
        person(3, "Łukasz Żółć", "DZ", 4),
        person(4, "Thomas Becker", "DZ", 5, partner_name="Peter Klein"),
        person(5, "Peter Klein", "DZ", 4),
    ]  # Thomas and Peter chose each other; Łukasz is left
    result = rooming.build_rooming_list(rows)
    pair = next(room for room in result.rooms if "Ayşe Yılmaz" in room.names)
    assert pair.kind == "DZ" and len(pair.occupants) == 2 and pair.note == "nur einseitig gewählt"
    assert next(room for room in result.rooms if "Thomas" in room.names).names == "Thomas Becker / Peter Klein"
    lukasz = next(room for room in result.rooms if "Łukasz" in room.names)
    assert lukasz.partner_open
    assert kinds(result).count(rooming.NOT_MUTUAL) == 1  # Ayşe→Jana (one-sided, paired)
    assert rooming.PARTNER_TAKEN in kinds(result)  # Łukasz→Thomas, who shares with Peter
    assert rooming.ODD_DOUBLES in kinds(result)


def test_partner_chose_someone_else_who_is_free():
    rows = [
        person(1, "Ayşe Yılmaz", "DZ", 2),
        person(2, "Jana Schulte", "DZ", 3, partner_name="Miriam Hoffmann"),
        person(3, "Miriam Hoffmann", "DZ", None),
    ]
    result = rooming.build_rooming_list(rows)
    # Jana→Miriam is paired (Miriam named nobody); Ayşe→Jana is crossed out.
    assert any(room.names == "Miriam Hoffmann / Jana Schulte" for room in result.rooms)
    assert any(
        "Ayşe Yılmaz" in c.text and c.kind in (rooming.NOT_MUTUAL, rooming.PARTNER_TAKEN) for c in result.conflicts
    )


def test_partner_wants_single_room_no_wish_and_dz_without_partner():
    rows = [
        person(1, "Ayşe Yılmaz", "DZ", 2),
        person(2, "Jana Schulte", "EZ"),
        person(3, "Łukasz Żółć", None),
        person(4, "Thomas Becker", "DZ"),
    ]
    result = rooming.build_rooming_list(rows)
    texts = " ".join(c.text for c in result.conflicts)
    assert "Jana Schulte wünscht ein EZ" in texts or rooming.PARTNER_TAKEN in kinds(result)
    assert rooming.NO_PARTNER in kinds(result) and "Thomas Becker" in texts
    assert rooming.NO_WISH in kinds(result) and "Łukasz Żółć" in texts
    assert rooming.ODD_DOUBLES not in kinds(result)  # two DZ wishes
    assert [o.name for o in result.without_wish] == ["Łukasz Żółć"]
    # A day trip has no rooms to wish for: no conflict for a missing wish.
    assert rooming.NO_WISH not in kinds(rooming.build_rooming_list(rows, overnight=False))


def test_partner_has_no_wish():
    rows = [person(1, "Ayşe Yılmaz", "DZ", 2), person(2, "Jana Schulte", None)]
    result = rooming.build_rooming_list(rows)
    assert any(c.kind == rooming.PARTNER_OTHER_WISH and "keinen Zimmerwunsch" in c.text for c in result.conflicts)


def test_rooming_list_from_the_database(db):
    from trip_data import make_people

    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=40), dt.time(8))
    event_id = ex.create_excursion(
        db, "Studienfahrt Lyon", start, start + dt.timedelta(days=3), "Lyon", "Frankreich", 10
    )
    ids = make_people(db, "Ayşe Yılmaz", "Jana Schulte", "Łukasz Żółć")
    ex.register_participant(db, event_id, ids["Ayşe Yılmaz"], ex.ParticipantDetails("DZ", ids["Jana Schulte"]))
    ex.register_participant(db, event_id, ids["Jana Schulte"], ex.ParticipantDetails("DZ", ids["Ayşe Yılmaz"]))
    ex.register_participant(db, event_id, ids["Łukasz Żółć"], ex.ParticipantDetails("DZ", ids["Ayşe Yılmaz"]))
    result = rooming.rooming_list(db, event_id)
    assert result.rooms[0].names == "Jana Schulte / Ayşe Yılmaz"
    assert result.overnight
    assert {c.kind for c in result.conflicts} == {rooming.PARTNER_TAKEN, rooming.ODD_DOUBLES}
