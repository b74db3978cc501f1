"""Registrations of an event: batches (search, Verteiler, working group), status, role, fees."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from events_fixtures import build_scene
from sqlalchemy import select

from model.core.entities import AuditEntry, Event
from model.core.errors import ValidationError
from model.events.participants import (
    ConfirmationNeeded,
    counts,
    mailing_list_person_ids,
    mailing_lists,
    mark_paid,
    register_people,
    registration_rows,
    search_people,
    set_fee,
    set_role,
    set_status,
    working_group_person_ids,
)

NOW = dt.datetime(2027, 1, 10, 9)


def test_several_at_once_fill_seats_then_the_waiting_list_in_order(db):
    scene = build_scene(db, capacity=2)
    result = register_people(
        db, scene.event_id, [scene.people[3], scene.people[1], scene.people[0], scene.people[3]], now=NOW
    )
    assert result.registered == ["Thomas Becker", "Łukasz Żółć"] and result.waiting == ["Ayşe Yılmaz"]
    assert result.summary() == "2 angemeldet, 1 auf der Warteliste"
    again = register_people(db, scene.event_id, [scene.people[0], scene.people[4]], now=NOW + dt.timedelta(hours=1))
    assert again.already == ["Ayşe Yılmaz"] and again.waiting == ["Miriam Hoffmann"]
    rows = registration_rows(db, scene.event_id)
    assert [(r.last_name, r.status, r.waiting_position) for r in rows] == [
        ("Becker", "angemeldet", None),
        ("Żółć", "angemeldet", None),
        ("Yılmaz", "Warteliste", 1),
        ("Hoffmann", "Warteliste", 2),
    ]
    c = counts(db, scene.event_id)
    assert (c.seats_taken, c.waiting, c.free, c.total) == (2, 2, 0, 4)


def test_cancelling_moves_the_first_waiting_up_and_reports_it(db):
    scene = build_scene(db, capacity=1)
    register_people(db, scene.event_id, scene.people[:3], now=NOW)
    first = registration_rows(db, scene.event_id)[0]
    assert set_status(db, [first.id], "abgemeldet") == ["Łukasz Żółć"]
    statuses = {r.last_name: r.status for r in registration_rows(db, scene.event_id)}
    assert statuses == {"Yılmaz": "abgemeldet", "Żółć": "angemeldet", "Schulte": "Warteliste"}
    with db.session() as s:
        assert "nachgerückt" in s.scalars(select(AuditEntry.action)).all()


def test_a_batch_after_the_deadline_asks_once_and_writes_nothing_until_confirmed(db):
    scene = build_scene(db)
    with db.writing() as s:
        s.get(Event, scene.event_id).registration_deadline = dt.date(2027, 1, 5)
    with pytest.raises(ConfirmationNeeded, match="Anmeldefrist"):
        register_people(db, scene.event_id, scene.people[:3], now=NOW)
    assert registration_rows(db, scene.event_id) == []
    result = register_people(db, scene.event_id, scene.people[:3], confirmed=True, now=NOW)
    assert len(result.registered) == 3


def test_whole_mailing_list_or_working_group(db):
    scene = build_scene(db)
    assert mailing_lists(db) == [(scene.list_id, "Verteiler Netzwerktreffen", 4)]
    assert len(mailing_list_person_ids(db, scene.list_id)) == 4
    members = working_group_person_ids(db, scene.group_id, on=dt.date(2027, 1, 1))
    assert members[0] == scene.people[0] and len(members) == 4  # the lead first
    result = register_people(db, scene.event_id, members, role="Teilnahme", now=NOW)
    assert len(result.registered) == 4


def test_search_people_ignores_case_and_accents(db):
    scene = build_scene(db)
    assert [p.last_name for p in search_people(db, "zolc")] == ["Żółć"]
    assert [p.last_name for p in search_people(db, "AYSE bochum")] == ["Yılmaz"]
    assert {p.last_name for p in search_people(db, "dortmund")} == {"Schulte", "Becker"}
    assert len(search_people(db, "")) == len(scene.people)
    assert search_people(db, "müller & söhne")[0].organisation == "Müller & Söhne <GmbH>"


def test_roles_and_fees(db):
    scene = build_scene(db, capacity=2, fee=Decimal("25.00"))
    register_people(db, scene.event_id, scene.people[:3], now=NOW)
    rows = registration_rows(db, scene.event_id)
    ayse, lukasz, jana = rows
    assert ayse.fee_due == Decimal("25.00") and jana.status == "Warteliste" and jana.fee_due is None
    set_role(db, [lukasz.id], "Referent/in")
    set_fee(db, ayse.id, fee_due="12,50")
    assert mark_paid(db, [ayse.id, lukasz.id, jana.id]) == 1
    rows = {r.last_name: r for r in registration_rows(db, scene.event_id)}
    assert rows["Żółć"].role == "Referent/in" and rows["Żółć"].fee_due is None  # speakers do not pay
    assert (rows["Yılmaz"].fee_due, rows["Yılmaz"].fee_paid, rows["Yılmaz"].fee_open) == (
        Decimal("12.50"),
        Decimal("12.50"),
        Decimal("0"),
    )
    assert rows["Yılmaz"].fee_individual
    set_fee(db, ayse.id, fee_due=None)  # the standard fee again
    assert registration_rows(db, scene.event_id)[0].fee_due == Decimal("25.00")
    with pytest.raises(ValidationError, match="Geldbetrag"):
        set_fee(db, ayse.id, fee_paid="zwölf")
    with pytest.raises(ValidationError, match="zwischen"):
        set_fee(db, ayse.id, fee_paid="-3")
