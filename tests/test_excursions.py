"""Excursions: amounts due, payments, refunds on cancellation, the overview and the export columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from trip_data import make_people, reg

from model.core.entities import AuditEntry, Event, Registration
from model.core.errors import UserError, ValidationError
from model.events.registrations import ConfirmationNeeded
from model.excursions import excursions as ex

D = Decimal
TODAY = dt.date.today()
START = dt.datetime.combine(TODAY + dt.timedelta(days=60), dt.time(8))


@pytest.fixture
def trip(db):
    """A three-day study trip: 400 € per person, 100 € single-room supplement, 3 seats."""
    event_id = ex.create_excursion(
        db,
        "Studienfahrt Delft & Rotterdam <NL>",
        START,
        START + dt.timedelta(days=2, hours=10),
        "Delft/Rotterdam",
        "Niederlande",
        capacity=3,
    )
    details = ex.load_trip(db, event_id)
    details.contribution, details.single_room_supplement, details.other_costs = D("400"), D("100"), D("250")
    details.registration_deadline = TODAY + dt.timedelta(days=30)
    details.accommodation_name = "Hotel de Plataan"
    ex.save_trip(db, details)
    return event_id


@pytest.fixture
def people(db):
    return make_people(db, "Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte", "Thomas Becker", "Miriam Hoffmann")


def by_name(db, event_id) -> dict[str, ex.ParticipantRow]:
    return {p.name: p for p in ex.participants(db, event_id)}


def test_amount_due_contribution_plus_single_room_supplement_and_role_rule(db, trip, people):
    assert (
        ex.register_participant(db, trip, people["Ayşe Yılmaz"], ex.ParticipantDetails(room_wish="EZ")) == "angemeldet"
    )
    ex.register_participant(db, trip, people["Łukasz Żółć"], ex.ParticipantDetails(room_wish="DZ"))
    ex.register_participant(
        db, trip, people["Jana Schulte"], ex.ParticipantDetails(room_wish="EZ"), role="Organisation"
    )
    assert (
        ex.register_participant(db, trip, people["Thomas Becker"], ex.ParticipantDetails(room_wish="DZ"))
        == "Warteliste"
    )

    rows = by_name(db, trip)
    assert rows["Ayşe Yılmaz"].due == D("500.00")
    assert rows["Łukasz Żółć"].due == D("400.00")
    assert rows["Jana Schulte"].due == D("0.00")  # office staff travel on the budget
    assert rows["Jana Schulte"].payment_status == ex.NO_FEE
    assert rows["Thomas Becker"].due == D("0.00")  # waiting list owes nothing yet
    assert rows["Thomas Becker"].waiting_position == 1
    assert rows["Thomas Becker"].payment_status == ""
    assert ex.standard_due(D("400"), D("100"), "Teilnahme", "EZ") == D("500.00")
    assert ex.standard_due(D("400"), None, "Teilnahme", "EZ") == D("400.00")
    assert ex.standard_due(D("400"), D("100"), "Referent/in", "DZ") == D("0.00")


def test_payments_sums_status_and_debtors(db, trip, people):
    for name, wish in (("Ayşe Yılmaz", "EZ"), ("Łukasz Żółć", "DZ"), ("Jana Schulte", "DZ")):
        ex.register_participant(db, trip, people[name], ex.ParticipantDetails(room_wish=wish))
    ayse, lukasz = reg(db, trip, people["Ayşe Yılmaz"]), reg(db, trip, people["Łukasz Żółć"])
    ex.add_payment(db, ayse, TODAY, "150")
    ex.add_payment(db, ayse, TODAY, D("350.00"), notes="Restzahlung")
    ex.add_payment(db, lukasz, TODAY, D("150"), notes="Anzahlung")

    rows = by_name(db, trip)
    assert rows["Ayşe Yılmaz"].paid == D("500.00") and rows["Ayşe Yılmaz"].payment_status == ex.PAID
    assert rows["Łukasz Żółć"].balance == D("250.00") and rows["Łukasz Żółć"].payment_status == ex.OPEN
    assert rows["Jana Schulte"].payment_status == ex.OPEN

    summary = ex.cost_summary(db, trip)
    assert (summary.expected, summary.received, summary.outstanding, summary.to_refund) == (
        D("1300.00"),
        D("650.00"),
        D("650.00"),
        D("0.00"),
    )
    assert summary.open_count == 2 and summary.paying == 3
    assert summary.other_costs == D("250.00") and summary.balance_for_office == D("1050.00")
    assert [p.name for p in ex.debtors(db, trip)] == ["Jana Schulte", "Łukasz Żółć"]

    # The overview aggregates the same figures in SQL.
    (row,) = ex.trip_overview(db)
    assert (row.expected, row.received, row.outstanding, row.to_refund) == (
        D("1300.00"),
        D("650.00"),
        D("650.00"),
        D("0.00"),
    )
    assert (row.seats_taken, row.seats_free, row.waiting) == (3, 0, 0)
    assert row.destination == "Delft/Rotterdam (Niederlande)"
    # fee_paid mirrors the payments for other lists.
    with db.session() as s:
        assert s.get(Registration, ayse).fee_paid == D("500.00")

    with pytest.raises(ValidationError):
        ex.add_payment(db, ayse, TODAY, "-5")
    with pytest.raises(ValidationError):
        ex.add_payment(db, ayse, TODAY, "zwanzig")


def test_amounts_follow_prices_unless_set_individually(db, trip, people):
    ex.register_participant(db, trip, people["Ayşe Yılmaz"], ex.ParticipantDetails(room_wish="EZ"))
    ex.register_participant(db, trip, people["Łukasz Żółć"], ex.ParticipantDetails(room_wish="DZ"))
    lukasz = reg(db, trip, people["Łukasz Żółć"])
    ex.set_amount_due(db, lukasz, "200", "Ermäßigung Studierende")
    details = ex.load_trip(db, trip)
    details.contribution = D("450")
    ex.save_trip(db, details)
    rows = by_name(db, trip)
    assert rows["Ayşe Yılmaz"].due == D("550.00")
    assert rows["Łukasz Żółć"].due == D("200.00")
    # A changed room wish changes the amount.
    ex.update_participant(db, reg(db, trip, people["Ayşe Yılmaz"]), ex.ParticipantDetails(room_wish="DZ"))
    assert by_name(db, trip)["Ayşe Yılmaz"].due == D("450.00")
    ex.set_amount_due(db, lukasz, None)
    assert by_name(db, trip)["Łukasz Żółć"].due == D("450.00")


def test_cancellation_before_the_deadline_is_free_and_paid_money_is_refunded(db, trip, people):
    ex.register_participant(db, trip, people["Ayşe Yılmaz"], ex.ParticipantDetails(room_wish="EZ"))
    ayse = reg(db, trip, people["Ayşe Yılmaz"])
    ex.add_payment(db, ayse, TODAY, "500")
    result = ex.cancel_participant(db, ayse, today=TODAY)
    assert result.free and result.due == D("0.00") and result.to_refund == D("500.00")
    assert "kostenfrei" in result.message() and "500,00 €" in result.message()
    row = by_name(db, trip)["Ayşe Yılmaz"]
    assert row.status == "abgemeldet" and row.payment_status == ex.REFUND_DUE
    assert ex.trip_overview(db)[0].to_refund == D("500.00")

    with pytest.raises(ValidationError):
        ex.add_refund(db, ayse, TODAY, "600")  # more than was paid
    ex.add_refund(db, ayse, TODAY, "500")
    row = by_name(db, trip)["Ayşe Yılmaz"]
    assert row.paid == D("0.00") and row.refunded and row.payment_status == ex.REFUNDED
    summary = ex.cost_summary(db, trip)
    assert summary.expected == summary.received == summary.to_refund == D("0.00")
    with pytest.raises(UserError):
        ex.cancel_participant(db, ayse, today=TODAY)


def test_late_cancellation_keeps_the_fee_unless_someone_moves_up(db, trip, people):
    for name in ("Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte"):
        ex.register_participant(db, trip, people[name], ex.ParticipantDetails(room_wish="DZ"))
    ayse, lukasz = reg(db, trip, people["Ayşe Yılmaz"]), reg(db, trip, people["Łukasz Żółć"])
    ex.add_payment(db, ayse, TODAY, "450")  # 50 € too much
    late = TODAY + dt.timedelta(days=45)  # after the deadline, before the trip

    result = ex.cancel_participant(db, ayse, today=late)
    assert not result.free and result.due == D("400.00") and result.to_refund == D("50.00")
    assert not result.promoted
    row = by_name(db, trip)["Ayşe Yılmaz"]
    assert row.due == D("400.00") and row.individual_due == D("400.00")
    assert row.payment_status == ex.REFUND_DUE  # the overpayment goes back

    # Now the trip is not full: Thomas gets a seat; then one more waits.
    ex.register_participant(db, trip, people["Thomas Becker"], ex.ParticipantDetails(room_wish="EZ"))
    assert ex.register_participant(db, trip, people["Miriam Hoffmann"]) == "Warteliste"
    result = ex.cancel_participant(db, lukasz, today=late)
    assert result.free and result.promoted == ["Miriam Hoffmann"]
    rows = by_name(db, trip)
    assert rows["Łukasz Żółć"].due == D("0.00")
    assert rows["Miriam Hoffmann"].status == "angemeldet" and rows["Miriam Hoffmann"].due == D("400.00")

    # The office may waive a cancellation fee.
    ex.set_amount_due(db, ayse, "0", "Krankheit")
    assert by_name(db, trip)["Ayşe Yılmaz"].payment_status == ex.REFUND_DUE
    assert by_name(db, trip)["Ayşe Yılmaz"].balance == D("-450.00")


def test_leaving_the_waiting_list_is_free(db, trip, people):
    for name in ("Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte", "Thomas Becker"):
        ex.register_participant(db, trip, people[name])
    thomas = reg(db, trip, people["Thomas Becker"])
    result = ex.cancel_participant(db, thomas, today=TODAY + dt.timedelta(days=50))
    assert result.free and result.due == D("0.00")


def test_cancellation_rule_without_deadline():
    start = dt.datetime(2026, 5, 10, 8)
    assert ex.cancellation_is_free(None, start, dt.date(2026, 5, 9), False)
    assert not ex.cancellation_is_free(None, start, dt.date(2026, 5, 10), False)
    assert ex.cancellation_is_free(dt.date(2026, 4, 1), start, dt.date(2026, 4, 1), False)
    assert not ex.cancellation_is_free(dt.date(2026, 4, 1), start, dt.date(2026, 4, 2), False)
    assert ex.cancellation_is_free(dt.date(2026, 4, 1), start, dt.date(2026, 4, 2), True)


def test_payment_status_rule():
    assert ex.payment_status(D("400"), D("0"), False) == ex.OPEN
    assert ex.payment_status(D("400"), D("400"), False) == ex.PAID
    assert ex.payment_status(D("0"), D("400"), False) == ex.REFUND_DUE
    assert ex.payment_status(D("0"), D("0"), True) == ex.REFUNDED
    assert ex.payment_status(D("100"), D("100"), True) == ex.REFUNDED  # fee kept, rest refunded
    assert ex.payment_status(D("0"), D("0"), False) == ex.NO_FEE


def test_deleting_a_wrong_payment(db, trip, people):
    ex.register_participant(db, trip, people["Ayşe Yılmaz"])
    ayse = reg(db, trip, people["Ayşe Yılmaz"])
    payment_id = ex.add_payment(db, ayse, TODAY, "40")
    ex.delete_payment(db, payment_id)
    assert ex.payments(db, ayse) == []
    with db.session() as s:
        assert s.get(Registration, ayse).fee_paid is None
        assert s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "Zahlung gelöscht")).startswith(
            "Gelöscht: 40,00 €"
        )


def test_registration_uses_capacity_and_deadline_rules(db, trip, people):
    details = ex.load_trip(db, trip)
    details.registration_deadline = TODAY - dt.timedelta(days=1)
    ex.save_trip(db, details)
    with pytest.raises(ConfirmationNeeded):
        ex.register_participant(db, trip, people["Ayşe Yılmaz"])
    assert ex.participants(db, trip) == []  # nothing half-written
    assert ex.register_participant(db, trip, people["Ayşe Yılmaz"], confirmed=True) == "angemeldet"
    with pytest.raises(UserError):
        ex.register_participant(db, trip, people["Ayşe Yılmaz"], confirmed=True)  # already registered


def test_a_group_is_registered_in_one_transaction_and_told_who_was_skipped(db, trip, people):
    from model.core.entities import Person

    ex.register_participant(db, trip, people["Ayşe Yılmaz"], ex.ParticipantDetails(room_wish="EZ"))
    ruth = make_people(db, "Ruth Altmann")["Ruth Altmann"]
    with db.writing() as s:
        s.get(Person, ruth).active = False
    chosen = [people[n] for n in ("Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte", "Thomas Becker", "Miriam Hoffmann")]
    result = ex.register_participants(db, trip, [*chosen, ruth, chosen[1], 999999])
    assert result.registered == ["Łukasz Żółć", "Jana Schulte"]  # three seats: Ayşe had the first
    assert result.waiting == ["Thomas Becker", "Miriam Hoffmann"]  # in the order chosen
    assert result.already == ["Ayşe Yılmaz"] and result.inactive == ["Ruth Altmann"] and result.missing == 1
    assert result.message() == (
        "2 Personen angemeldet; auf der Warteliste (die Reise ist ausgebucht): Thomas Becker, Miriam Hoffmann. "
        "Bereits angemeldet: Ayşe Yılmaz. Nicht angemeldet, weil nicht mehr aktiv: Ruth Altmann. "
        "1 gewählte Person gibt es nicht mehr."
    )
    rows = by_name(db, trip)
    assert rows["Ayşe Yılmaz"].room_wish == "EZ"  # the one already there keeps her details
    assert [rows[n].waiting_position for n in ("Thomas Becker", "Miriam Hoffmann")] == [1, 2]
    assert rows["Łukasz Żółć"].due == D("400.00")
    assert ex.register_participants(db, trip, [people["Jana Schulte"]]).message() == (
        "Niemand angemeldet. Bereits angemeldet: Jana Schulte."
    )


def test_a_group_after_the_deadline_is_asked_once_and_nothing_is_half_written(db, trip, people):
    details = ex.load_trip(db, trip)
    details.registration_deadline = TODAY - dt.timedelta(days=1)
    ex.save_trip(db, details)
    with pytest.raises(ConfirmationNeeded):
        ex.register_participants(db, trip, list(people.values()))
    assert ex.participants(db, trip) == []
    assert ex.register_participants(db, trip, list(people.values()), confirmed=True).added == 5
    with pytest.raises(UserError):  # only trips
        ex.register_participants(db, _other_event(db), list(people.values()))


def _other_event(db) -> int:
    with db.writing() as s:
        event = Event(kind="Netzwerktreffen", title="Netzwerktreffen", starts_at=START, ends_at=START, status="geplant")
        s.add(event)
        s.flush()
        return event.id


def test_trip_details_validation_and_capacity(db, trip, people):
    details = ex.load_trip(db, trip)
    assert details.abroad and details.multi_day
    bad = ex.load_trip(db, trip)
    bad.min_participants, bad.capacity = 10, 5
    with pytest.raises(ValidationError) as error:
        ex.save_trip(db, bad)
    assert error.value.field == "min_participants"
    bad = ex.load_trip(db, trip)
    bad.single_room_supplement = D("-1")
    with pytest.raises(ValidationError):
        ex.save_trip(db, bad)
    bad = ex.load_trip(db, trip)
    bad.departure_at, bad.return_at = START, START - dt.timedelta(hours=1)
    with pytest.raises(ValidationError):
        ex.save_trip(db, bad)

    for name in ("Ayşe Yılmaz", "Łukasz Żółć", "Jana Schulte", "Thomas Becker"):
        ex.register_participant(db, trip, people[name])
    smaller = ex.load_trip(db, trip)
    smaller.capacity = 2
    with pytest.raises(ValidationError):
        ex.save_trip(db, smaller)
    larger = ex.load_trip(db, trip)
    larger.capacity = 5
    assert ex.save_trip(db, larger).promoted == ["Thomas Becker"]

    stale = details  # loaded before the last saves
    with pytest.raises(UserError, match="inzwischen"):
        ex.save_trip(db, stale)


def test_participant_details_validation(db, trip, people):
    ex.register_participant(db, trip, people["Ayşe Yılmaz"])
    ayse = reg(db, trip, people["Ayşe Yılmaz"])
    with pytest.raises(ValidationError):
        ex.update_participant(
            db, ayse, ex.ParticipantDetails(room_wish="DZ", room_partner_person_id=people["Ayşe Yılmaz"])
        )
    with pytest.raises(ValidationError):
        ex.update_participant(db, ayse, ex.ParticipantDetails(room_wish="Suite"))
    with pytest.raises(ValidationError):
        ex.update_participant(
            db, ayse, ex.ParticipantDetails(room_wish="EZ", room_partner_person_id=people["Jana Schulte"])
        )
    ex.update_participant(
        db,
        ayse,
        ex.ParticipantDetails(
            room_wish="DZ",
            room_partner_person_id=people["Jana Schulte"],
            dietary_needs="vegetarisch",
            emergency_contact="Mehmet Yılmaz, 0171 1234567",
        ),
    )
    row = by_name(db, trip)["Ayşe Yılmaz"]
    assert row.room_partner_name == "Jana Schulte" and row.dietary_needs == "vegetarisch"
    with db.session() as s:  # the audit log does not copy sensitive values
        logged = " ".join(s.scalars(select(AuditEntry.changes).where(AuditEntry.action == "Reiseangaben")))
    assert "vegetarisch" not in logged and "Mehmet" not in logged


def test_other_events_are_not_excursions(db):
    with db.writing() as s:
        event = Event(kind="Netzwerktreffen", title="Netzwerktreffen", starts_at=START, ends_at=START)
        s.add(event)
        s.flush()
        event_id = event.id
    with pytest.raises(UserError, match="keine Exkursion"):
        ex.load_trip(db, event_id)
    assert ex.trip_export_columns(db, event_id) == ((), {})


def test_export_columns_for_an_excursion(db, trip, people):
    ex.register_participant(
        db,
        trip,
        people["Ayşe Yılmaz"],
        ex.ParticipantDetails(room_wish="DZ", room_partner_person_id=people["Jana Schulte"], trip_phone="0171 555"),
    )
    ayse = reg(db, trip, people["Ayşe Yılmaz"])
    ex.add_payment(db, ayse, TODAY - dt.timedelta(days=3), "100")
    columns, values = ex.trip_export_columns(db, trip)
    headers = [header for header, _ in columns]
    assert headers[:2] == ["Zimmer", "Zimmerpartner/in"] and "Zahlungsstatus" in headers
    row = dict(zip(headers, values[ayse], strict=True))
    assert row["Zimmer"] == "DZ" and row["Zimmerpartner/in"] == "Jana Schulte" and row["Telefon (Reise)"] == "0171 555"
    assert (row["Betrag fällig"], row["Gezahlt"], row["Offen"]) == (D("400.00"), D("100.00"), D("300.00"))
    assert row["Zahlungsstatus"] == "offen" and row["Letzte Zahlung"] == TODAY - dt.timedelta(days=3)


def test_overview_matches_participants_on_the_demo(demo_db):
    rows = ex.trip_overview(demo_db)
    assert len(rows) >= 10
    assert any(r.destination_country == "Belgien" for r in rows)
    for row in rows:
        people = ex.participants(demo_db, row.event_id)
        assert row.expected == sum((p.due for p in people), D(0))
        assert row.received == sum((p.paid for p in people), D(0))
        assert row.outstanding == sum((p.balance for p in people if p.balance > 0), D(0))
        assert row.seats_taken == sum(1 for p in people if p.has_seat)
    year = rows[0].starts_at.year
    assert all(r.starts_at.year == year for r in ex.trip_overview(demo_db, year=year))


def test_itinerary_is_saved_whole_and_checked(db):
    from trip_data import study_trip

    from model.excursions import itinerary

    event_id, _ = study_trip(db)
    days = itinerary.load_days(db, event_id)
    assert [len(d.items) for d in days] == [2, 2, 1]
    assert days[1].items[0].description == "Quartiersentwicklung mit Bewohnerinnen & Bewohnern <Rundgang>"
    days[0].items.reverse()
    days.pop()
    itinerary.save_days(db, event_id, days)
    again = itinerary.load_days(db, event_id)
    assert [d.title for d in again] == ["Anreise und Delft", "Rotterdam"]
    assert again[0].items[0].place == "Stadskantoor Delft"
    outside = itinerary.DayData(days[0].day_date - dt.timedelta(days=1), "Vorabend")
    with pytest.raises(ValidationError, match="außerhalb"):
        itinerary.save_days(db, event_id, [*again, outside])
    with pytest.raises(ValidationError, match="Punkt 1"):
        itinerary.save_days(
            db, event_id, [itinerary.DayData(days[0].day_date, None, [itinerary.ItemData(None, "Delft", None, " ")])]
        )
    assert len(itinerary.load_days(db, event_id)) == 2  # unchanged after the failed saves


def test_a_trip_called_off_owes_nothing_and_refunds_everything(db, trip, people):
    ex.register_participant(db, trip, people["Ayşe Yılmaz"], ex.ParticipantDetails(room_wish="EZ"))
    ex.register_participant(db, trip, people["Łukasz Żółć"], ex.ParticipantDetails(room_wish="DZ"))
    ayse, lukasz = reg(db, trip, people["Ayşe Yılmaz"]), reg(db, trip, people["Łukasz Żółć"])
    ex.add_payment(db, ayse, TODAY, "500")
    ex.set_amount_due(db, lukasz, "300", "Ermäßigung")
    details = ex.load_trip(db, trip)
    details.status = "abgesagt"  # too few registrations
    ex.save_trip(db, details)
    rows = by_name(db, trip)
    assert rows["Ayşe Yılmaz"].due == rows["Łukasz Żółć"].due == D("0.00")
    assert rows["Ayşe Yılmaz"].payment_status == ex.REFUND_DUE
    (row,) = ex.trip_overview(db)
    assert (row.expected, row.outstanding, row.to_refund) == (D("0.00"), D("0.00"), D("500.00"))
    assert [p.name for p in ex.debtors(db, trip)] == []


def test_new_dates_must_keep_the_programme_inside(db):
    from trip_data import study_trip

    from model.excursions import itinerary

    event_id, _ = study_trip(db)
    details = ex.load_trip(db, event_id)
    details.ends_at = details.ends_at - dt.timedelta(days=1)  # the third day has programme items
    with pytest.raises(ValidationError, match="außerhalb der neuen Reisedaten"):
        ex.save_trip(db, details)
    assert len(itinerary.load_days(db, event_id)) == 3
