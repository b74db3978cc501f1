"""Attendance: check-off, partial minutes, walk-ins, marking the rest — and no promotion after the start."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import MEETING_DAY, build_scene
from sqlalchemy import func, select

from model.core.entities import Person, Registration
from model.core.errors import UserError, ValidationError
from model.events.attendance import (
    ABSENT,
    EXCUSED,
    OPEN,
    PRESENT,
    NewPerson,
    add_walk_in,
    attendance_rows,
    mark_open_as,
    set_attendance,
)
from model.events.participants import register_people, registration_rows

BEFORE = dt.datetime(2027, 1, 10, 9)
DURING = dt.datetime.combine(MEETING_DAY, dt.time(10, 30))


def _statuses(db, event_id) -> dict[str, str]:
    return {r.last_name: r.status for r in registration_rows(db, event_id)}


def test_check_off_with_partial_minutes(db):
    scene = build_scene(db, capacity=None)
    register_people(db, scene.event_id, scene.people[:4], now=BEFORE)
    rows = attendance_rows(db, scene.event_id)
    assert [r.last_name for r in rows] == ["Becker", "Schulte", "Yılmaz", "Żółć"]  # sign-in order
    becker, schulte, yilmaz, _zolc = rows
    assert set_attendance(db, becker.registration_id, PRESENT, now=DURING).present
    assert set_attendance(db, schulte.registration_id, PRESENT, 90, now=DURING).attended_minutes == 90
    assert (
        set_attendance(db, yilmaz.registration_id, PRESENT, 180, now=DURING).attended_minutes is None
    )  # the whole event
    with pytest.raises(ValidationError, match="negativ"):
        set_attendance(db, becker.registration_id, PRESENT, -10, now=DURING)
    # Unchecking clears the minutes.
    assert set_attendance(db, schulte.registration_id, OPEN, now=DURING).attended_minutes is None
    assert mark_open_as(db, scene.event_id, ABSENT, now=DURING) == 2
    assert _statuses(db, scene.event_id) == {"Becker": PRESENT, "Yılmaz": PRESENT, "Schulte": ABSENT, "Żółć": ABSENT}
    with pytest.raises(UserError):
        set_attendance(db, becker.registration_id, "Warteliste")


def test_excused_before_the_event_frees_the_seat_for_the_waiting_list_but_not_during_it(db):
    scene = build_scene(db, capacity=2)
    register_people(db, scene.event_id, scene.people[:4], now=BEFORE)
    rows = {r.last_name: r for r in attendance_rows(db, scene.event_id)}
    assert set(rows) == {"Yılmaz", "Żółć"}  # the waiting list is not on the sign-in list
    set_attendance(db, rows["Yılmaz"].registration_id, EXCUSED, now=BEFORE)
    assert _statuses(db, scene.event_id)["Schulte"] == "angemeldet"
    set_attendance(db, rows["Żółć"].registration_id, EXCUSED, now=DURING)
    assert _statuses(db, scene.event_id)["Becker"] == "Warteliste"


def test_walk_in_new_person_becomes_person_and_registration_in_one_step(db):
    scene = build_scene(db, capacity=1)
    register_people(db, scene.event_id, scene.people[:1], now=BEFORE)
    row = add_walk_in(
        db,
        scene.event_id,
        new_person=NewPerson(
            "Ruth",
            "Altmann",
            "Frau",
            organisation_id=scene.organisations["Stadt Bochum"],
            email="r.altmann@bochum.example",
        ),
        now=DURING,
    )
    assert (row.last_name, row.status, row.organisation) == ("Altmann", PRESENT, "Stadt Bochum")
    with db.session() as s:
        person = s.get(Person, row.person_id)
        assert person.search_key == "ruth | altmann | stadt bochum | r.altmann@bochum.example"
        assert "an der Tür" in person.notes
    # A known e-mail address refers to the person in the address book, no duplicate.
    again = add_walk_in(
        db,
        scene.event_id,
        new_person=NewPerson("Łukasz", "Zolc", email="LUKASZ.zolc@gelsenkirchen.example"),
        now=DURING,
    )
    assert again.person_id == scene.people[1] and again.status == PRESENT
    # Someone on the waiting list who comes anyway is simply marked present.
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == len(scene.people) + 1
    existing = add_walk_in(db, scene.event_id, person_id=scene.people[0], now=DURING)
    assert existing.status == PRESENT
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Registration)) == 3
    with pytest.raises(ValidationError, match="Nachnamen"):
        add_walk_in(db, scene.event_id, new_person=NewPerson("Nur", " "), now=DURING)
    with pytest.raises(UserError):
        add_walk_in(db, scene.event_id, now=DURING)
