"""The demo data: sizes, determinism, refusal of a non-empty database, and plausibility rules."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from model.core import vocab
from model.core.db import open_database
from model.core.entities import (
    Accreditation,
    AgendaItem,
    Event,
    OfficeProfile,
    Organisation,
    Payment,
    Person,
    Registration,
    TripParticipant,
)
from model.core.errors import UserError
from model.core.paths import resource
from model.demo.build import DEMO_TODAY, fill_demo, generate
from model.demo.registrations import _scale_to_target

ROOT = Path(__file__).resolve().parent.parent
DEMO_TABLES = (
    "organisation",
    "membership",
    "programme_area",
    "person",
    "mailing_list",
    "mailing_list_member",
    "working_group",
    "working_group_member",
    "event",
    "agenda_item",
    "accreditation",
    "registration",
    "trip",
    "trip_day",
    "trip_programme_item",
    "trip_participant",
    "payment",
)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A freshly filled small demo and the counts fill_demo returned."""
    database = open_database(tmp_path_factory.mktemp("demo-test") / "small.sqlite")
    messages: list[str] = []
    counts = fill_demo(database, "small", progress=messages.append)
    yield database, counts, messages
    database.dispose()


def _rows(database, sql: str) -> list[tuple]:
    with database.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def _table_contents(database) -> dict[str, list[tuple]]:
    return {table: _rows(database, f"SELECT * FROM {table} ORDER BY 1, 2") for table in DEMO_TABLES}


# --- interface -------------------------------------------------------------------------


def test_small_counts_are_in_the_promised_ranges(small):
    database, counts, _ = small
    assert 25 <= counts["organisations"] <= 40
    assert 150 <= counts["persons"] <= 250
    assert 100 <= counts["events"] <= 200
    assert counts["registrations"] > 1000
    assert counts["accreditations"] > 0 and counts["trips"] > 0 and counts["payments"] > 0
    for table, count in zip(DEMO_TABLES, counts.values(), strict=True):
        assert _rows(database, f"SELECT count(*) FROM {table}")[0][0] == count, table


def test_progress_is_reported_in_german(small):
    _, _, messages = small
    assert messages[0] == "Organisationen…"
    assert "Veranstaltungen…" in messages and "Anmeldungen…" in messages


def test_unknown_size_is_a_german_user_error_and_writes_nothing(db):
    with pytest.raises(UserError, match=r"small.*large"):
        fill_demo(db, "medium")
    assert _rows(db, "SELECT count(*) FROM organisation") == [(0,)]


@pytest.mark.parametrize("what", ["organisation", "person", "event"])
def test_a_database_with_data_is_refused_and_left_unchanged(db, what):
    with db.writing() as s:
        if what == "organisation":
            s.add(Organisation(name="Stadt Herne", kind="Kommune"))
        elif what == "person":
            s.add(Person(first_name="Ayşe", last_name="Yılmaz"))
        else:
            s.add(
                Event(
                    kind="Werkstatt",
                    title="Werkstatt",
                    starts_at=dt.datetime(2026, 3, 5, 10),
                    ends_at=dt.datetime(2026, 3, 5, 12),
                )
            )
    before = _table_contents(db)
    with pytest.raises(UserError, match="bereits Daten"):
        fill_demo(db, "small")
    assert _table_contents(db) == before
    with db.session() as s:
        assert s.get(OfficeProfile, 1).office_name == "Geschäftsstelle"


def test_fills_every_backend_and_new_rows_get_fresh_ids(db, small):
    """On PostgreSQL explicit ids must move the id sequences on, or the next insert fails."""
    _, sqlite_counts, _ = small
    assert fill_demo(db, "small") == sqlite_counts
    with db.writing() as s:
        organisation = Organisation(name="Gemeinde Saerbeck", kind="Kommune")
        person = Person(first_name="Neu", last_name="Angelegt")
        s.add_all([organisation, person])
        s.flush()
        assert organisation.id > sqlite_counts["organisations"] and person.id > sqlite_counts["persons"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Registration)) == sqlite_counts["registrations"]


def _assert_values_fit_their_columns(demo) -> None:
    """PostgreSQL rejects over-long strings that SQLite would silently keep."""
    for model, rows in demo.tables.rows.items():
        limits = {c.name: c.type.length for c in model.__table__.c if getattr(c.type, "length", None)}
        for row in rows:
            for name, limit in limits.items():
                value = row.get(name)
                assert value is None or len(value) <= limit, (model.__tablename__, name, value)


def test_every_value_fits_its_column():
    _assert_values_fit_their_columns(generate("small"))


def test_two_fresh_databases_get_identical_content(small, small_demo_template):
    database, _, _ = small
    template = open_database(small_demo_template)
    try:
        assert _table_contents(database) == _table_contents(template)
    finally:
        template.dispose()


def test_generation_does_not_depend_on_string_hashing():
    """Iterating a set of strings would make the demo differ between program starts."""
    script = (
        "import hashlib, sys; from model.demo.build import generate; demo = generate('small'); "
        "text = repr(sorted((m.__tablename__, rows) for m, rows in demo.tables.rows.items()))"
        "; print(hashlib.sha256(text.encode()).hexdigest())"
    )
    digests = set()
    for seed in ("0", "4711"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
        )
        assert result.returncode == 0, result.stderr
        digests.add(result.stdout.strip())
    assert len(digests) == 1


def test_office_profile_is_filled(small):
    database, _, _ = small
    with database.session() as s:
        profile = s.get(OfficeProfile, 1)
        assert profile.office_name == "Geschäftsstelle Städtenetz Soziale Stadt NRW"
        assert profile.signatory_name and profile.certificate_place and profile.certificate_prefix == "NWS"
        signatory = profile.signatory_name.split()[-2:]
        assert (
            s.scalar(
                select(func.count())
                .select_from(Person)
                .where(Person.first_name == signatory[0], Person.last_name == signatory[1])
            )
            == 1
        )


# --- content ---------------------------------------------------------------------------


def test_every_municipality_has_an_official_ags(small):
    database, _, _ = small
    with resource("data", "nrw_gemeinden.csv").open(encoding="utf-8", newline="") as handle:
        official = {row["ags"]: row["name"] for row in csv.DictReader(handle)}
    with database.session() as s:
        municipalities = s.execute(
            select(Organisation.name, Organisation.ags, Organisation.city).where(Organisation.kind == "Kommune")
        ).all()
    assert len(municipalities) >= 15
    for name, ags, city in municipalities:
        assert ags and len(ags) == 8 and ags.isdigit() and ags.startswith("05"), name
        assert official[ags] == city and name in (f"Stadt {city}", f"Gemeinde {city}")
    assert {"Stadt Gelsenkirchen", "Stadt Duisburg", "Stadt Dortmund"} <= {m[0] for m in municipalities}


def test_names_that_test_every_output_are_there_exactly(small):
    database, _, _ = small
    with database.session() as s:
        names = set(s.execute(select(Person.first_name, Person.last_name)).all())
        assert ("Ayşe", "Yılmaz") in names and ("Łukasz", "Żółć") in names
        assert (
            s.scalar(select(func.count()).select_from(Organisation).where(Organisation.name == "Müller & Söhne <GmbH>"))
            == 1
        )
        found = s.scalars(select(Person.last_name).where(Person.search_key.contains("yilmaz"))).all()
        assert "Yılmaz" in found
    letters = "".join(first + last for first, last in names)
    assert set("şğıİłżóćăễöüß") <= set(letters)


def test_a_big_accredited_tagung_in_the_small_demo(small):
    database, _, _ = small
    with database.session() as s:
        attendees = (
            select(Event.id, func.count(Registration.id).label("attended"))
            .join(Registration, Registration.event_id == Event.id)
            .join(Accreditation, Accreditation.event_id == Event.id)
            .where(Event.kind == "Tagung", Registration.status == "teilgenommen", Accreditation.chamber == "AKNW")
            .group_by(Event.id)
        )
        assert max(row.attended for row in s.execute(attendees)) >= 100


def test_no_event_has_more_seats_taken_than_capacity(small):
    database, _, _ = small
    overbooked = _rows(
        database,
        """
        SELECT e.id, e.capacity, count(r.id) FROM event e JOIN registration r ON r.event_id = e.id
        WHERE r.status IN ('angemeldet', 'teilgenommen') AND e.capacity IS NOT NULL
        GROUP BY e.id HAVING count(r.id) > e.capacity""",
    )
    assert overbooked == []
    assert _rows(database, "SELECT count(*) FROM registration WHERE status = 'Warteliste'")[0][0] > 0


def test_registrations_use_the_vocabulary_and_fit_the_calendar(small):
    database, _, _ = small
    today = dt.datetime.combine(DEMO_TODAY, dt.time())
    with database.session() as s:
        rows = s.execute(
            select(
                Registration.status,
                Registration.role,
                Registration.registered_at,
                Registration.attended_minutes,
                Event.starts_at,
                Event.ends_at,
                Event.status,
            ).join(Event, Registration.event_id == Event.id)
        ).all()
    for status, role, registered_at, attended, starts_at, ends_at, event_status in rows:
        assert status in vocab.REGISTRATION_STATUSES and role in vocab.REGISTRATION_ROLES
        assert registered_at < starts_at and registered_at <= today + dt.timedelta(days=1)
        if ends_at < today:
            assert status != "angemeldet"
        else:
            assert status not in ("teilgenommen", "nicht erschienen", "entschuldigt")
        if attended is not None:
            assert status == "teilgenommen" and 0 < attended < (ends_at - starts_at).total_seconds() / 60
        if event_status == "abgesagt":
            assert status == "abgemeldet"
    statuses = {row[0] for row in rows}
    assert {"teilgenommen", "entschuldigt", "nicht erschienen", "abgemeldet", "angemeldet"} <= statuses
    assert {"Teilnahme", "Referent/in", "Moderation", "Organisation"} <= {row[1] for row in rows}


def test_events_follow_the_networks_calendar(small):
    database, _, _ = small
    with database.session() as s:
        events = s.scalars(select(Event)).all()
        meetings = [e for e in events if e.kind == "Netzwerktreffen"]
        assert len(meetings) >= 55
        assert all(
            e.starts_at.weekday() == 3
            and e.starts_at.hour == 10
            and e.ends_at.hour == 13
            and e.format == "Hybrid"
            and e.host_organisation_id
            for e in meetings
        )
        assert set(vocab.EVENT_KINDS) <= {e.kind for e in events}
        for event in events:
            assert event.topic in vocab.TOPICS and event.search_key
            if event.ends_at.date() < DEMO_TODAY:
                assert event.status in ("durchgeführt", "abgesagt")
            else:
                assert event.status in ("geplant", "ausgeschrieben")
        assert min(e.starts_at for e in events).year == 2022 and max(e.starts_at for e in events).year == 2027
        sessions = [e for e in events if e.kind == "Arbeitsgruppensitzung"]
        assert sessions and all(e.working_group_id for e in sessions)


def test_agendas_fit_into_their_events(small):
    database, _, _ = small
    with database.session() as s:
        with_agenda = s.scalar(select(func.count(func.distinct(AgendaItem.event_id))))
        assert with_agenda >= 0.75 * s.scalar(select(func.count()).select_from(Event))
        for event in s.scalars(select(Event).where(Event.agenda.any())):
            items = event.agenda
            assert items[0].start_time == event.starts_at.time()
            minutes = (event.ends_at - event.starts_at).total_seconds() / 60
            assert sum(item.duration_minutes for item in items) <= minutes
            assert [item.position for item in items] == list(range(1, len(items) + 1))


def test_accreditations_are_recognised_before_the_event(small):
    database, _, _ = small
    with database.session() as s:
        rows = s.execute(select(Accreditation, Event).join(Event, Accreditation.event_id == Event.id)).all()
    assert {event.kind for _, event in rows} >= {"Fortbildung", "Tagung"}
    for accreditation, event in rows:
        assert accreditation.credit_points > 0
        if accreditation.recognised_on is not None:
            assert accreditation.recognised_on < event.starts_at.date() and accreditation.recognition_number
        else:
            assert event.starts_at.date() > DEMO_TODAY  # still pending


def test_payments_add_up_and_double_rooms_are_shared(small):
    database, _, _ = small
    with database.session() as s:
        paid = dict(
            s.execute(select(Payment.registration_id, func.sum(Payment.amount)).group_by(Payment.registration_id)).all()
        )
        for registration in s.scalars(select(Registration).where(Registration.fee_paid.is_not(None))):
            assert Decimal(str(registration.fee_paid)) == Decimal(str(paid[registration.id])).quantize(Decimal("0.01"))
        participants = s.execute(
            select(TripParticipant, Registration.person_id, Registration.event_id).join(
                Registration, TripParticipant.registration_id == Registration.id
            )
        ).all()
        partner_of = {(event_id, person_id): tp.room_partner_person_id for tp, person_id, event_id in participants}
        shared = [(key, partner) for key, partner in partner_of.items() if partner]
        assert shared
        for (event_id, person_id), partner in shared:
            assert partner_of[(event_id, partner)] == person_id


def test_the_database_is_consistent(small):
    from model.core.check import check_database

    database, _, _ = small
    assert _rows(database, "PRAGMA foreign_key_check") == []
    assert check_database(database) == []


# --- large size, in memory only (the benchmark writes it) ------------------------------


def test_large_demo_reaches_its_sizes_in_memory():
    demo = generate("large")
    rows = demo.tables.rows
    assert 380 <= len(rows[Organisation]) <= 420
    assert len(rows[Person]) == 5000 and len(rows[Event]) == 2500
    assert 95_000 <= len(rows[Registration]) <= 105_000
    flagship = next(e for e in demo.events if e.flagship)
    attended = sum(1 for r in rows[Registration] if r["event_id"] == flagship.id and r["status"] == "teilgenommen")
    assert attended >= 300
    _assert_values_fit_their_columns(demo)


def test_scaling_hits_the_target_exactly_and_respects_caps():
    demands = [10.0, 20.0, 5.0, 0.0, 30.0]
    caps = [15, 100, 6, 10, 40]
    adjustable = [True, True, True, True, False]
    counts = _scale_to_target(demands, caps, adjustable, 120)
    assert sum(counts) == 120
    assert all(count <= cap for count, cap in zip(counts, caps, strict=True))
    assert counts[3] == 0 and counts[4] == 30  # nothing invented, fixed stays fixed
