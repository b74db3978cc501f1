"""Sensitive trip details are erased a set time after the trip, at start or on a button."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from trip_data import make_people, reg

from model.core.entities import AuditEntry, Trip, TripParticipant
from model.core.errors import UserError
from model.excursions import excursions as ex
from model.excursions import trip_privacy

TRIP_END = dt.date(2026, 5, 16)


@pytest.fixture
def past_trip(db):
    start = dt.datetime(2026, 5, 14, 8)
    event_id = ex.create_excursion(
        db,
        "Studienfahrt Brüssel: EU-Kommission und Molenbeek",
        start,
        dt.datetime(2026, 5, 16, 18),
        "Brüssel",
        "Belgien",
        20,
    )
    details = ex.load_trip(db, event_id)
    details.retention_days = 30
    details.return_at = dt.datetime(2026, 5, 16, 22)
    ex.save_trip(db, details)
    ids = make_people(db, "Ayşe Yılmaz", "Jana Schulte", "Łukasz Żółć")
    ex.register_participant(
        db,
        event_id,
        ids["Ayşe Yılmaz"],
        ex.ParticipantDetails("DZ", ids["Jana Schulte"], "0171 1111111", "vegetarisch", "Mehmet Yılmaz, 0172 2222222"),
        confirmed=True,
    )
    ex.register_participant(
        db,
        event_id,
        ids["Jana Schulte"],
        ex.ParticipantDetails("DZ", ids["Ayşe Yılmaz"], None, "glutenfrei", "Ruth Schulte"),
        confirmed=True,
    )
    ex.register_participant(db, event_id, ids["Łukasz Żółć"], ex.ParticipantDetails("EZ"), confirmed=True)
    return event_id, ids


def test_nothing_is_erased_before_the_retention_time_is_over(db, past_trip):
    assert trip_privacy.purge_expired(db, today=TRIP_END + dt.timedelta(days=29)) == []
    with db.session() as s:
        assert s.scalar(select(TripParticipant.dietary_needs).where(TripParticipant.dietary_needs == "vegetarisch"))
    notice = trip_privacy.retention_notice(
        dt.datetime(2026, 5, 16, 18), dt.datetime(2026, 5, 16, 22), 30, None, today=TRIP_END + dt.timedelta(days=29)
    )
    assert "15.06.2026" in notice and "30 Tage nach Reiseende" in notice


def test_expired_details_are_erased_once_and_the_user_is_told(db, past_trip):
    event_id, ids = past_trip
    purged = trip_privacy.purge_expired(db, today=TRIP_END + dt.timedelta(days=30))
    assert [(p.event_id, p.participants) for p in purged] == [(event_id, 2)]  # Łukasz had nothing sensitive
    assert "sensible Angaben von 2 Personen gelöscht" in purged[0].message()
    rows = {p.name: p for p in ex.participants(db, event_id)}
    for row in rows.values():
        assert (row.dietary_needs, row.emergency_contact, row.trip_phone, row.room_partner_person_id) == (None,) * 4
    assert rows["Ayşe Yılmaz"].room_wish == "DZ"  # the basis of the amount stays
    with db.session() as s:
        trip = s.get(Trip, event_id)
        assert trip.sensitive_purged_at is not None
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "Datenlöschung"))
        assert entry.entity_id == event_id and "2 Personen" in entry.summary
        assert "vegetarisch" not in (entry.summary + (entry.changes or ""))
    assert trip_privacy.purge_expired(db, today=TRIP_END + dt.timedelta(days=31)) == []
    notice = trip_privacy.retention_notice(dt.datetime(2026, 5, 16, 18), None, 30, dt.datetime(2026, 6, 15, 9))
    assert notice.startswith("Sensible Angaben") and "15.06.2026 gelöscht" in notice

    # A value entered after the purge goes at the next start.
    ex.update_participant(db, reg(db, event_id, ids["Łukasz Żółć"]), ex.ParticipantDetails("EZ", dietary_needs="vegan"))
    assert [p.participants for p in trip_privacy.purge_expired(db, today=TRIP_END + dt.timedelta(days=40))] == [1]


def test_purge_on_the_button_only_after_the_trip(db, past_trip):
    event_id, _ = past_trip
    with pytest.raises(UserError, match="endet erst"):
        trip_privacy.purge_trip(db, event_id, today=TRIP_END)
    result = trip_privacy.purge_trip(db, event_id, today=TRIP_END + dt.timedelta(days=1))
    assert result.participants == 2
    assert trip_privacy.purge_trip(db, event_id, today=TRIP_END + dt.timedelta(days=2)).participants == 0


def test_trips_with_nothing_sensitive_are_only_marked(db):
    start = dt.datetime(2025, 9, 25, 9)
    event_id = ex.create_excursion(db, "Exkursion Ückendorf", start, start + dt.timedelta(hours=8), "Gelsenkirchen")
    assert trip_privacy.purge_expired(db, today=dt.date(2026, 1, 1)) == []
    with db.session() as s:
        assert s.get(Trip, event_id).sensitive_purged_at is not None


def test_demo_trips_keep_nothing_sensitive_after_the_start_purge(demo_db):
    trip_privacy.purge_expired(demo_db)
    with demo_db.session() as s:
        trips = s.execute(select(Trip.event_id, Trip.sensitive_purged_at)).all()
    assert trips
    for event_id, purged_at in trips:
        details = ex.load_trip(demo_db, event_id)
        if details.purge_due_on <= dt.date.today():
            assert purged_at is not None
            assert all(
                p.dietary_needs is None and p.emergency_contact is None and p.trip_phone is None
                for p in ex.participants(demo_db, event_id)
            )


def test_demo_data_needs_no_purge_on_its_own_reference_day(demo_db):
    from model.demo.core import DEMO_TODAY
    from model.excursions.trip_privacy import purge_expired

    assert purge_expired(demo_db, today=DEMO_TODAY) == []
