"""The agenda: times follow from durations, fixed starts stay, reorder, save and load."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import build_scene
from sqlalchemy import select

from model.core.entities import AgendaItem
from model.core.errors import ValidationError
from model.events.agenda import AgendaEntry, load_agenda, move, problems, save_agenda, schedule
from model.reporting.meeting_data import meeting_data

START = dt.datetime(2027, 3, 4, 10)
END = dt.datetime(2027, 3, 4, 13)


def _times(entries) -> list[str]:
    return [f"{s.start:%H:%M}–{s.end:%H:%M}" for s in schedule(START, entries)]


def test_times_follow_from_durations_and_fixed_starts_stay():
    entries = [
        AgendaEntry("Begrüßung", 15, "Begrüßung"),
        AgendaEntry("Vortrag", 45),
        AgendaEntry("Mittagspause", 30, "Pause", fixed_start=dt.time(11, 30)),
        AgendaEntry("Diskussion", 60, "Diskussion"),
    ]
    assert _times(entries) == ["10:00–10:15", "10:15–11:00", "11:30–12:00", "12:00–13:00"]
    entries[1].duration_minutes = 60
    assert _times(entries) == ["10:00–10:15", "10:15–11:15", "11:30–12:00", "12:00–13:00"]
    assert move(entries, 3, -1) == 2  # discussion before the break
    assert _times(entries) == ["10:00–10:15", "10:15–11:15", "11:15–12:15", "11:30–12:00"]
    assert problems(START, END, entries) == ["Punkt 4 beginnt um 11:30, bevor Punkt 3 endet."]
    assert move(entries, 0, -1) == 0 and move(entries, 3, +1) == 3  # nothing beyond the ends
    entries.append(AgendaEntry("Ausklang", 90, "Sonstiges"))
    assert "nach dem Ende der Veranstaltung" in problems(START, END, entries)[-1]


def test_saved_times_and_fixed_starts_survive_loading(db):
    scene = build_scene(db)
    speaker = scene.people[1]
    entries = [
        AgendaEntry("Begrüßung", 15, "Begrüßung", speaker_text="Oberbürgermeisterin"),
        AgendaEntry("Quartiersarbeit in Ückendorf", 45, "Vortrag", speaker_person_id=speaker),
        AgendaEntry("Mittagspause", 45, "Pause", fixed_start=dt.time(11, 30)),
        AgendaEntry("Rundgang", 60, "Besichtigung", speaker_person_id=speaker, speaker_text="mit Stadtteilbüro"),
    ]
    save_agenda(db, scene.event_id, entries)
    with db.session() as s:
        stored = s.execute(select(AgendaItem.position, AgendaItem.start_time).order_by(AgendaItem.position)).all()
    assert stored == [(1, None), (2, None), (3, dt.time(11, 30)), (4, None)]  # only the fixed start is stored
    loaded = load_agenda(db, scene.event_id)
    assert [e.fixed_start for e in loaded] == [None, None, dt.time(11, 30), None]
    assert loaded[1].speaker == "Łukasz Żółć (Stadt Gelsenkirchen)"
    assert loaded[3].speaker == "Łukasz Żółć (Stadt Gelsenkirchen); mit Stadtteilbüro"
    assert loaded[0].speaker == "Oberbürgermeisterin"
    # The printed agenda (meeting pack) reads the same times.
    printed = meeting_data(db, scene.event_id).agenda
    assert [(e.starts, e.ends) for e in printed][2] == (dt.time(11, 30), dt.time(12, 15))

    # A fixed start that happens to equal the computed one stays fixed.
    loaded[2].fixed_start = dt.time(11, 0)
    save_agenda(db, scene.event_id, loaded)
    assert load_agenda(db, scene.event_id)[2].fixed_start == dt.time(11, 0)
    loaded[2].fixed_start = dt.time(11, 30)

    # Reorder and save again: positions and computed times follow.
    move(loaded, 0, +1)
    save_agenda(db, scene.event_id, loaded)
    again = load_agenda(db, scene.event_id)
    assert [e.title for e in again][:2] == ["Quartiersarbeit in Ückendorf", "Begrüßung"]
    assert [e.fixed_start for e in again] == [None, None, dt.time(11, 30), None]


def test_agendas_with_a_time_on_every_item_are_read_by_comparison(db):
    scene = build_scene(db)
    with db.writing() as s:
        for position, (start, minutes, title) in enumerate(
            [(dt.time(10), 15, "Begrüßung"), (dt.time(10, 15), 45, "Vortrag"), (dt.time(11, 30), 30, "Pause")], 1
        ):
            s.add(
                AgendaItem(
                    event_id=scene.event_id,
                    position=position,
                    start_time=start,
                    duration_minutes=minutes,
                    title=title,
                    kind="Sonstiges",
                )
            )
    assert [e.fixed_start for e in load_agenda(db, scene.event_id)] == [None, None, dt.time(11, 30)]


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (AgendaEntry("  ", 15), "Titel"),
        (AgendaEntry("Pause", -5, "Pause"), "Dauer"),
        (AgendaEntry("Tanz", 15, "Tanz"), "Art"),
        (AgendaEntry("Vortrag", 15, speaker_text="x" * 301), "Referent/in"),
    ],
)
def test_bad_items_name_the_item(db, entry, field):
    scene = build_scene(db)
    with pytest.raises(ValidationError) as info:
        save_agenda(db, scene.event_id, [AgendaEntry("Begrüßung", 10, "Begrüßung"), entry])
    assert info.value.field == field and "Tagesordnungspunkt 2" in str(info.value)
    assert load_agenda(db, scene.event_id) == []
