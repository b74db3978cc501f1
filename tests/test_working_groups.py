"""Working groups: lead and members with role, sessions, the attendance matrix; history per person
and per municipality."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import build_scene, make_event
from sqlalchemy import select

from model.core.entities import WorkingGroupMember
from model.core.errors import UserError, ValidationError
from model.events.history import organisation_participation, participation_overview, person_history
from model.events.participants import register_people, registration_rows, set_status
from model.events.working_groups import (
    add_members,
    attendance_matrix,
    delete_group,
    group_members,
    group_sessions,
    list_groups,
    load_group,
    new_group,
    remove_member,
    save_group,
    update_member,
)

TODAY = dt.date(2027, 6, 1)


def _sessions(db, scene, days, status="durchgeführt"):
    ids = []
    with db.writing() as s:
        for number, day in enumerate(days, start=1):
            ids.append(
                make_event(
                    s,
                    title=f"{number}. Sitzung AG Klimaanpassung",
                    kind="Arbeitsgruppensitzung",
                    day=day,
                    status=status,
                    working_group_id=scene.group_id,
                ).id
            )
    return ids


def test_group_with_lead_members_and_roles(db):
    scene = build_scene(db)
    group = new_group()
    group.name, group.topic, group.lead_person_id = "AG Wohnen im Quartier", "Wohnungs- und Städtebau", scene.people[2]
    group_id = save_group(db, group)
    members = group_members(db, group_id)
    assert [(m.last_name, m.role) for m in members] == [("Schulte", "Leitung")]  # the lead is a member
    assert add_members(db, group_id, [scene.people[0], scene.people[1], scene.people[2]], "Mitglied") == (2, 1)
    assert add_members(db, group_id, [scene.people[4]], "Gast") == (1, 0)
    roles = [(m.last_name, m.role) for m in group_members(db, group_id)]
    assert roles == [("Schulte", "Leitung"), ("Yılmaz", "Mitglied"), ("Żółć", "Mitglied"), ("Hoffmann", "Gast")]

    zolc = next(m for m in group_members(db, group_id) if m.last_name == "Żółć")
    update_member(db, zolc.id, left_on=dt.date.today())
    members = group_members(db, group_id)
    assert members[-1].last_name == "Żółć" and not members[-1].active_on(dt.date.today())  # former members last
    with pytest.raises(ValidationError, match="Austritt"):
        update_member(db, zolc.id, left_on=dt.date(2000, 1, 1))
    assert add_members(db, group_id, [scene.people[1]]) == (1, 0)  # back again
    update_member(db, zolc.id, role="Gast")
    hoffmann = next(m for m in group_members(db, group_id) if m.last_name == "Hoffmann")
    remove_member(db, hoffmann.id)
    assert len(group_members(db, group_id)) == 3

    loaded = load_group(db, group_id)
    loaded.description = "Austausch zu Wohnungsbau und Quartiersentwicklung"
    save_group(db, loaded)
    rows = {r.name: r for r in list_groups(db)}
    assert rows["AG Wohnen im Quartier"].lead == "Jana Schulte" and rows["AG Wohnen im Quartier"].members == 3


@pytest.mark.parametrize(
    ("name", "field"), [("  ", "Name"), ("AG Klimaanpassung im Quartier", "Name"), ("x" * 201, "Name")]
)
def test_group_names_must_be_given_and_unique(db, name, field):
    build_scene(db)
    group = new_group()
    group.name = name
    with pytest.raises(ValidationError) as info:
        save_group(db, group)
    assert info.value.field == field


def test_sessions_and_attendance_matrix(db):
    scene = build_scene(db)
    days = [dt.date(2026, 3, 10), dt.date(2026, 9, 8), dt.date(2027, 3, 9)]
    first, second, third = _sessions(db, scene, days)
    with db.writing() as s:
        becker = s.scalar(select(WorkingGroupMember).where(WorkingGroupMember.person_id == scene.people[3]))
        becker.joined_on = dt.date(2026, 6, 1)  # joined after the first session
    for session_id in (first, second, third):
        register_people(db, session_id, scene.people[:4], now=dt.datetime(2026, 1, 5))
    register_people(db, second, [scene.people[5]], now=dt.datetime(2026, 1, 5))  # a guest
    for session_id, absent in ((first, 1), (second, 2), (third, 3)):
        rows = registration_rows(db, session_id)
        set_status(db, [r.id for r in rows if r.person_id != scene.people[absent]], "teilgenommen")
        set_status(db, [r.id for r in rows if r.person_id == scene.people[absent]], "entschuldigt")

    assert [r.id for r in group_sessions(db, scene.group_id)] == [first, second, third]
    matrix = attendance_matrix(db, scene.group_id)
    assert [s.id for s in matrix.sessions] == [first, second, third]
    names = [p.name for p in matrix.people]
    assert names[0] == "Yılmaz, Ayşe" and names[-1] == "Klein, Peter"  # lead first, guests last
    klein = matrix.people[-1]
    assert klein.role is None and klein.statuses == {second: "teilgenommen"}
    zolc = next(p for p in matrix.people if p.name.startswith("Żółć"))
    assert zolc.statuses == {first: "entschuldigt", second: "teilgenommen", third: "teilgenommen"}
    assert zolc.attended() == 2 and matrix.expected(zolc) == 3
    becker = next(p for p in matrix.people if p.name.startswith("Becker"))
    assert matrix.expected(becker) == 3  # registered for the first although not yet a member
    assert matrix.attendance_per_session() == {first: 3, second: 4, third: 3}
    assert [s.id for s in attendance_matrix(db, scene.group_id, year=2027).sessions] == [third]

    groups = {g.id: g for g in list_groups(db, today=TODAY)}
    group = groups[scene.group_id]
    assert group.sessions == 3 and group.last_session.date() == days[-1] and group.next_session is None

    with pytest.raises(UserError, match="Sitzung"):
        delete_group(db, scene.group_id)


def test_empty_group_can_be_deleted(db):
    build_scene(db)
    group = new_group()
    group.name = "Versehentlich angelegt"
    group_id = save_group(db, group)
    add_members(db, group_id, [1, 2])
    delete_group(db, group_id)
    assert "Versehentlich angelegt" not in {g.name for g in list_groups(db)}


def test_person_history_and_municipal_participation_per_year(db):
    scene = build_scene(db)
    first, second, third = _sessions(db, scene, [dt.date(2025, 3, 11), dt.date(2026, 3, 10), dt.date(2026, 9, 8)])
    for session_id in (first, second, third):
        register_people(db, session_id, scene.people[2:4], now=dt.datetime(2025, 1, 5))
    set_status(db, [r.id for r in registration_rows(db, first)], "teilgenommen")
    set_status(db, [r.id for r in registration_rows(db, second) if r.last_name == "Schulte"], "teilgenommen")
    set_status(db, [r.id for r in registration_rows(db, second) if r.last_name == "Becker"], "nicht erschienen")

    history = person_history(db, scene.people[2])
    assert [(h.event_id, h.status) for h in history] == [
        (third, "angemeldet"),
        (second, "teilgenommen"),
        (first, "teilgenommen"),
    ]
    dortmund = scene.organisations["Stadt Dortmund"]
    years = organisation_participation(db, dortmund)
    assert [(y.year, y.events, y.participations, y.people, y.registrations, y.no_shows) for y in years] == [
        (2026, 1, 1, 1, 4, 1),
        (2025, 1, 2, 2, 2, 0),
    ]
    overview = {o.name: o for o in participation_overview(db, 2024, 2026)}
    assert overview["Stadt Dortmund"].per_year == {2025: 2, 2026: 1} and overview["Stadt Dortmund"].total() == 3
    assert overview["Stadt Bochum"].per_year == {}
    assert [y.hosted for y in organisation_participation(db, scene.organisations["Stadt Bochum"])] == [1]
    with pytest.raises(UserError):
        person_history(db, 9999)
