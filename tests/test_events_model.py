"""Events: the filtered list with counts, saving with validation and optimistic locking, copy, delete."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from events_fixtures import build_scene, make_event
from sqlalchemy import select

from model.core.entities import AuditEntry, Event, Registration
from model.core.errors import UserError, ValidationError
from model.events.agenda import AgendaEntry, load_agenda, save_agenda
from model.events.events import (
    ChangedElsewhere,
    EventFilter,
    copy_event,
    delete_event,
    event_row,
    event_years,
    form_choices,
    list_events,
    load_event,
    new_event,
    save_event,
)
from model.events.registrations import register

T0 = dt.datetime(2027, 1, 10, 9)


def _titles(rows) -> list[str]:
    return [row.title for row in rows]


def test_list_filters_and_counts_in_sql(db):
    scene = build_scene(db, capacity=2)
    with db.writing() as s:
        other = make_event(
            s,
            title="Werkstatt Beteiligung & Verfügungsfonds",
            kind="Werkstatt",
            day=dt.date(2026, 5, 6),
            topic="Bürgerbeteiligung und Quartiersmanagement",
            status="durchgeführt",
            working_group_id=scene.group_id,
        )
        make_event(
            s, title="Fachgespräch Klimaanpassung", kind="Fachgespräch", day=dt.date(2027, 9, 9), format="Online"
        )
        for minute, person_id in enumerate(scene.people[:3]):
            register(s, scene.event_id, person_id, now=T0 + dt.timedelta(minutes=minute))
        register(s, other.id, scene.people[0], now=T0)
    rows = list_events(db)
    assert _titles(rows) == [
        "Werkstatt Beteiligung & Verfügungsfonds",
        "Netzwerktreffen März 2027",
        "Fachgespräch Klimaanpassung",
    ]
    meeting = event_row(db, scene.event_id)
    assert (meeting.seats_taken, meeting.waiting, meeting.capacity, meeting.host) == (2, 1, 2, "Stadt Bochum")
    assert meeting.seats_text == "2 / 2" and meeting.place == "Rathaus Bochum"

    assert _titles(list_events(db, EventFilter(year=2026))) == ["Werkstatt Beteiligung & Verfügungsfonds"]
    assert _titles(list_events(db, EventFilter(kind="Fachgespräch"))) == ["Fachgespräch Klimaanpassung"]
    assert len(list_events(db, EventFilter(status="ausgeschrieben"))) == 2
    assert len(list_events(db, EventFilter(working_group_id=scene.group_id))) == 1
    assert len(list_events(db, EventFilter(host_organisation_id=scene.organisations["Stadt Bochum"]))) == 1
    assert len(list_events(db, EventFilter(topic="Bürgerbeteiligung und Quartiersmanagement"))) == 1
    # Search is case- and accent-insensitive, every word must match, the host counts too.
    assert _titles(list_events(db, EventFilter(text="verfugungsfonds WERKSTATT"))) == [
        "Werkstatt Beteiligung & Verfügungsfonds"
    ]
    assert _titles(list_events(db, EventFilter(text="bochum"))) == ["Netzwerktreffen März 2027"]
    assert _titles(list_events(db, EventFilter(text=f"#{scene.event_id}"))) == ["Netzwerktreffen März 2027"]
    march = EventFilter(first_day=dt.date(2027, 3, 1), last_day=dt.date(2027, 3, 31))
    assert _titles(list_events(db, march)) == ["Netzwerktreffen März 2027"]
    assert 2026 in event_years(db) and 2027 in event_years(db)


def test_form_choices(db):
    scene = build_scene(db)
    choices = form_choices(db)
    assert [c.name for c in choices.hosts] == ["Stadt Bochum"]
    assert choices.organisations[0].name.startswith("Stadt")  # municipalities first
    assert [c.id for c in choices.working_groups] == [scene.group_id]


def test_new_event_is_saved_with_search_key_and_audit(db):
    event = new_event(
        "Werkstatt",
        dt.date(2027, 4, 8),
        title="  Werkstatt Grünflächen im Quartier ",
        venue="Bürgerhaus Ückendorf",
        capacity=25,
        fee=Decimal("15"),
    )
    saved = save_event(db, event)
    assert saved.id and saved.version == 1
    with db.session() as s:
        stored = s.get(Event, saved.id)
        assert stored.title == "Werkstatt Grünflächen im Quartier"
        assert stored.search_key == "werkstatt grunflachen im quartier | buergerhaus uckendorf".replace(
            "buergerhaus", "burgerhaus"
        )
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.entity == "event")) == "anlegen"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "   "}, "Titel"),
        ({"ends_at": dt.datetime(2027, 4, 8, 9)}, "Ende"),
        ({"capacity": -1}, "Plätze"),
        ({"fee": Decimal("-5")}, "Gebühr"),
        ({"registration_deadline": dt.date(2027, 4, 9)}, "Anmeldeschluss"),
        ({"kind": "Party"}, "Art"),
        ({"format": "Brief"}, "Format"),
        ({"title": "x" * 301}, "Titel"),
        ({"venue": "Ort " * 100}, "Veranstaltungsort"),
    ],
)
def test_bad_values_are_refused_naming_the_field(db, change, field):
    event = new_event("Werkstatt", dt.date(2027, 4, 8), title="Werkstatt")
    for name, value in change.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as info:
        save_event(db, event)
    assert info.value.field == field
    with db.session() as s:
        assert s.scalar(select(Event.id)) is None


def test_edit_detached_and_a_stale_copy_is_not_saved(db):
    scene = build_scene(db)
    mine, theirs = load_event(db, scene.event_id), load_event(db, scene.event_id)
    theirs.venue = "Bahnhof Langendreer"
    save_event(db, theirs)
    mine.title = "Netzwerktreffen (meine Fassung)"
    with pytest.raises(ChangedElsewhere, match="anderen Arbeitsplatz"):
        save_event(db, mine)
    fresh = load_event(db, scene.event_id)
    assert (fresh.title, fresh.venue, fresh.version) == ("Netzwerktreffen März 2027", "Bahnhof Langendreer", 2)
    fresh.title = "Netzwerktreffen (neu geladen)"
    saved = save_event(db, fresh)
    assert saved.version == 3
    with db.session() as s:
        stored = s.get(Event, scene.event_id)
        assert stored.search_key.startswith("netzwerktreffen (neu geladen)")
        changes = s.scalars(select(AuditEntry.changes).where(AuditEntry.action == "ändern")).all()
    assert any("Bahnhof Langendreer" in c for c in changes)


def test_saving_unchanged_event_keeps_its_version(db):
    scene = build_scene(db)
    event = load_event(db, scene.event_id)
    assert save_event(db, event).version == 1


def test_agenda_saved_with_the_event_bumps_its_version(db):
    scene = build_scene(db)
    event = load_event(db, scene.event_id)
    agenda = [AgendaEntry("Begrüßung", 15, "Begrüßung"), AgendaEntry("Aktuelles", 45, "Bericht")]
    saved = save_event(db, event, agenda)
    assert saved.version == 2
    assert [e.title for e in load_agenda(db, scene.event_id)] == ["Begrüßung", "Aktuelles"]
    with pytest.raises(ChangedElsewhere):
        save_event(db, event, agenda + [AgendaEntry("Verschiedenes", 10, "Sonstiges")])


def test_more_capacity_lets_the_waiting_list_move_up(db):
    scene = build_scene(db, capacity=1)
    with db.writing() as s:
        for minute, person_id in enumerate(scene.people[:3]):
            register(s, scene.event_id, person_id, now=T0 + dt.timedelta(minutes=minute))
    event = load_event(db, scene.event_id)
    event.capacity = 2
    save_event(db, event)
    row = event_row(db, scene.event_id)
    assert (row.seats_taken, row.waiting) == (2, 1)
    event = load_event(db, scene.event_id)
    event.capacity = None
    save_event(db, event)
    assert event_row(db, scene.event_id).waiting == 0


def test_copy_moves_dates_and_agenda_but_not_registrations(db):
    scene = build_scene(db)
    with db.writing() as s:
        s.get(Event, scene.event_id).registration_deadline = dt.date(2027, 2, 25)
        register(s, scene.event_id, scene.people[0], now=T0)
    save_agenda(
        db,
        scene.event_id,
        [
            AgendaEntry("Begrüßung", 15, "Begrüßung"),
            AgendaEntry("Mittagspause", 45, "Pause", fixed_start=dt.time(12, 0)),
        ],
    )
    copy_id = copy_event(db, scene.event_id, starts_at=dt.datetime(2027, 4, 1, 14), title="Netzwerktreffen April 2027")
    copy = load_event(db, copy_id)
    assert (copy.starts_at, copy.ends_at) == (dt.datetime(2027, 4, 1, 14), dt.datetime(2027, 4, 1, 17))
    assert copy.registration_deadline == dt.date(2027, 3, 25)
    assert copy.status == "geplant" and copy.venue == "Rathaus Bochum"
    agenda = load_agenda(db, copy_id)
    assert [(e.title, e.fixed_start) for e in agenda] == [("Begrüßung", None), ("Mittagspause", dt.time(16, 0))]
    with db.session() as s:
        assert s.scalar(select(Registration.id).where(Registration.event_id == copy_id)) is None


def test_delete_only_without_history(db):
    scene = build_scene(db)
    with db.writing() as s:
        empty = make_event(s, title="Doppelt angelegt").id
        register(s, scene.event_id, scene.people[0], now=T0)
    save_agenda(db, empty, [AgendaEntry("Begrüßung", 15, "Begrüßung")])
    delete_event(db, empty)
    with pytest.raises(UserError, match="abgesagt"):
        delete_event(db, scene.event_id)
    assert [row.id for row in list_events(db)] == [scene.event_id]
