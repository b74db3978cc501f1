"""Capacity, waiting list and promotion are rules of the model."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from model.core.entities import AuditEntry, Event, Person, Registration
from model.core.errors import UserError
from model.events.registrations import (
    ConfirmationNeeded,
    cancel,
    change_status,
    promote_waiting,
    register,
    seats_taken,
    waiting_list,
)

T0 = dt.datetime(2026, 5, 1, 9, 0)


def _setup(db, capacity=2, people=5, **event_fields) -> tuple[int, list[int]]:
    with db.writing() as s:
        event = Event(
            kind="Werkstatt",
            title="Werkstatt Klimaanpassung",
            starts_at=dt.datetime(2026, 6, 4, 10),
            ends_at=dt.datetime(2026, 6, 4, 16),
            format="Präsenz",
            status="ausgeschrieben",
            capacity=capacity,
            **event_fields,
        )
        persons = [Person(first_name=f"Vorname{i}", last_name=f"Nachname{i}") for i in range(people)]
        s.add_all([event, *persons])
        s.flush()
        return event.id, [p.id for p in persons]


def _statuses(db, event_id) -> dict[int, str]:
    with db.session() as s:
        return dict(
            s.execute(
                select(Registration.person_id, Registration.status).where(Registration.event_id == event_id)
            ).all()
        )


def test_beyond_capacity_people_wait_in_order(db):
    event_id, people = _setup(db, capacity=2, people=4)
    with db.writing() as s:
        for minute, person_id in enumerate(people):
            register(s, event_id, person_id, now=T0 + dt.timedelta(minutes=minute))
    statuses = _statuses(db, event_id)
    assert [statuses[person_id] for person_id in people] == ["angemeldet", "angemeldet", "Warteliste", "Warteliste"]
    with db.session() as s:
        assert [r.person_id for r in waiting_list(s, event_id)] == people[2:]


def test_cancelling_promotes_the_first_waiting_and_records_it(db):
    event_id, people = _setup(db, capacity=1, people=3)
    with db.writing() as s:
        first = register(s, event_id, people[0], now=T0)
        register(s, event_id, people[1], now=T0 + dt.timedelta(minutes=1))
        register(s, event_id, people[2], now=T0 + dt.timedelta(minutes=2))
    with db.writing() as s:
        promoted = cancel(s, first.id)
        assert [r.person_id for r in promoted] == [people[1]]
    assert _statuses(db, event_id) == {people[0]: "abgemeldet", people[1]: "angemeldet", people[2]: "Warteliste"}
    with db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert "nachgerückt" in actions


def test_excused_also_frees_the_seat_but_no_show_does_not(db):
    event_id, people = _setup(db, capacity=1, people=3)
    with db.writing() as s:
        first = register(s, event_id, people[0], now=T0)
        second = register(s, event_id, people[1], now=T0 + dt.timedelta(minutes=1))
        register(s, event_id, people[2], now=T0 + dt.timedelta(minutes=2))
    with db.writing() as s:
        assert cancel(s, first.id, excused=True)[0].id == second.id
    with db.writing() as s:
        assert change_status(s, second.id, "nicht erschienen") == []
    assert _statuses(db, event_id)[people[2]] == "Warteliste"


def test_raising_capacity_lets_waiting_people_move_up(db):
    event_id, people = _setup(db, capacity=1, people=3)
    with db.writing() as s:
        for minute, person_id in enumerate(people):
            register(s, event_id, person_id, now=T0 + dt.timedelta(minutes=minute))
    with db.writing() as s:
        s.get(Event, event_id).capacity = 3
        assert len(promote_waiting(s, event_id)) == 2
    assert set(_statuses(db, event_id).values()) == {"angemeldet"}


def test_no_capacity_means_no_limit(db):
    event_id, people = _setup(db, capacity=None, people=5)
    with db.writing() as s:
        for person_id in people:
            register(s, event_id, person_id)
    assert set(_statuses(db, event_id).values()) == {"angemeldet"}


def test_double_registration_is_refused_but_reregistering_after_cancel_works(db):
    event_id, people = _setup(db, capacity=5, people=1)
    with db.writing() as s:
        registration = register(s, event_id, people[0])
    with pytest.raises(UserError, match="bereits"):
        with db.writing() as s:
            register(s, event_id, people[0])
    with db.writing() as s:
        cancel(s, registration.id)
    with db.writing() as s:
        assert register(s, event_id, people[0]).status == "angemeldet"


def test_cancelled_event_and_past_deadline_ask_first(db):
    event_id, people = _setup(db, capacity=5, people=2, registration_deadline=dt.date(2026, 5, 20))
    with pytest.raises(ConfirmationNeeded, match="Anmeldefrist"):
        with db.writing() as s:
            register(s, event_id, people[0], now=dt.datetime(2026, 5, 21, 8))
    with db.writing() as s:
        assert register(s, event_id, people[0], now=dt.datetime(2026, 5, 21, 8), confirmed=True).status == "angemeldet"
    with db.writing() as s:
        s.get(Event, event_id).status = "abgesagt"
    with pytest.raises(ConfirmationNeeded, match="abgesagt"):
        with db.writing() as s:
            register(s, event_id, people[1], now=T0)


def test_manual_move_up_from_waiting_list_when_full_is_refused(db):
    event_id, people = _setup(db, capacity=1, people=2)
    with db.writing() as s:
        register(s, event_id, people[0], now=T0)
        waiting = register(s, event_id, people[1], now=T0 + dt.timedelta(minutes=1))
    with pytest.raises(UserError, match="ausgebucht"):
        with db.writing() as s:
            change_status(s, waiting.id, "angemeldet")


operations = st.lists(st.tuples(st.sampled_from(["register", "cancel", "excuse"]), st.integers(0, 7)), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(capacity=st.integers(0, 4), ops=operations)
def test_any_sequence_keeps_the_list_consistent(db, capacity, ops):
    with db.writing() as s:
        s.query(AuditEntry).delete()
        s.query(Registration).delete()
        s.query(Event).delete()
    event_id, people = _setup(db, capacity=capacity, people=8)
    clock = T0
    for action, index in ops:
        clock += dt.timedelta(minutes=1)
        person_id = people[index]
        try:
            with db.writing() as s:
                existing = s.scalar(
                    select(Registration).where(Registration.event_id == event_id, Registration.person_id == person_id)
                )
                if action == "register":
                    register(s, event_id, person_id, now=clock)
                elif existing is not None:
                    cancel(s, existing.id, excused=(action == "excuse"))
        except UserError:
            pass  # refused double registration: the list must still be consistent
        with db.session() as s:
            taken = seats_taken(s, event_id)
            waiting = waiting_list(s, event_id)
            assert taken <= capacity
            assert not waiting or taken == capacity  # nobody waits while a seat is free
            times = [(r.registered_at, r.id) for r in waiting]
            assert times == sorted(times)
