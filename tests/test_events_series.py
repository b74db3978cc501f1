"""NRW holidays and event series: "every first Thursday, 10:00–13:00", holidays skipped."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import pairwise

import pytest
from events_fixtures import build_scene
from hypothesis import given
from hypothesis import strategies as st

from model.core.errors import ValidationError
from model.core.holidays import easter_sunday, holiday_name, holidays
from model.events.agenda import AgendaEntry, load_agenda, save_agenda
from model.events.events import EventFilter, list_events, load_event
from model.events.series import (
    LAST,
    MONTHLY,
    WEEKLY,
    SeriesRule,
    SeriesTemplate,
    create_series,
    series_dates,
    series_title,
)

D = dt.date


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2000, D(2000, 4, 23)),
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2038, D(2038, 4, 25)),
        (2285, D(2285, 3, 22)),
    ],
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


def test_nrw_holidays_2027():
    days = holidays(2027)
    assert days == {
        D(2027, 1, 1): "Neujahr",
        D(2027, 3, 26): "Karfreitag",
        D(2027, 3, 28): "Ostersonntag",
        D(2027, 3, 29): "Ostermontag",
        D(2027, 5, 1): "Tag der Arbeit",
        D(2027, 5, 6): "Christi Himmelfahrt",
        D(2027, 5, 16): "Pfingstsonntag",
        D(2027, 5, 17): "Pfingstmontag",
        D(2027, 5, 27): "Fronleichnam",
        D(2027, 10, 3): "Tag der Deutschen Einheit",
        D(2027, 11, 1): "Allerheiligen",
        D(2027, 12, 25): "1. Weihnachtstag",
        D(2027, 12, 26): "2. Weihnachtstag",
    }
    assert list(days) == sorted(days)
    assert holiday_name(D(2017, 10, 31)) == "Reformationstag" and holiday_name(D(2018, 10, 31)) is None


@given(st.integers(1900, 2200))
def test_easter_is_a_sunday_in_spring(year):
    easter = easter_sunday(year)
    assert easter.weekday() == 6 and D(year, 3, 22) <= easter <= D(year, 4, 25)


def test_every_first_thursday_of_2027_with_holidays_and_summer_break():
    rule = SeriesRule(D(2027, 1, 1), D(2027, 12, 31), weekday=3, skip_months=frozenset({8}))
    dates = series_dates(rule)
    assert len(dates) == 12 and all(d.day.weekday() == 3 and d.day.day <= 7 for d in dates)
    skipped = {d.day: d.skip_reason for d in dates if not d.included}
    assert skipped == {D(2027, 5, 6): "Feiertag: Christi Himmelfahrt", D(2027, 8, 5): "ausgelassener Monat (August)"}


def test_chosen_dates_and_other_rhythms():
    rule = SeriesRule(D(2027, 1, 1), D(2027, 3, 31), weekday=1, nth=LAST, skip_dates=frozenset({D(2027, 2, 23)}))
    assert [(d.day, d.included) for d in series_dates(rule)] == [
        (D(2027, 1, 26), True),
        (D(2027, 2, 23), False),
        (D(2027, 3, 30), True),
    ]
    fortnightly = SeriesRule(D(2027, 5, 1), D(2027, 6, 30), weekday=2, frequency=WEEKLY, interval=2)
    assert [d.day for d in series_dates(fortnightly)] == [
        D(2027, 5, 5),
        D(2027, 5, 19),
        D(2027, 6, 2),
        D(2027, 6, 16),
        D(2027, 6, 30),
    ]
    quarterly = SeriesRule(D(2027, 1, 1), D(2027, 12, 31), weekday=0, nth=2, interval=3, skip_holidays=False)
    assert [d.day for d in series_dates(quarterly)] == [D(2027, 1, 11), D(2027, 4, 12), D(2027, 7, 12), D(2027, 10, 11)]
    # There is no fifth week, and the 4th Monday always exists.
    assert len(series_dates(SeriesRule(D(2027, 1, 1), D(2027, 12, 31), weekday=0, nth=4))) == 12


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (SeriesRule(D(2027, 2, 1), D(2027, 1, 1), weekday=3), "bis"),
        (SeriesRule(D(2027, 1, 1), D(2027, 2, 1), weekday=9), "Wochentag"),
        (SeriesRule(D(2027, 1, 1), D(2027, 2, 1), weekday=3, nth=5), "Woche im Monat"),
        (SeriesRule(D(2027, 1, 1), D(2040, 1, 1), weekday=3, frequency=WEEKLY), "bis"),
    ],
)
def test_impossible_rules_are_explained(rule, field):
    with pytest.raises(ValidationError) as info:
        series_dates(rule)
    assert info.value.field == field


def test_title_placeholders():
    assert series_title("Netzwerktreffen {Monat} {Jahr} ({Nr}.)", D(2027, 3, 4), 3) == "Netzwerktreffen März 2027 (3.)"
    assert series_title("Sitzung am {Datum} {unbekannt}", D(2027, 3, 4), 1) == "Sitzung am 04.03.2027 {unbekannt}"


def test_create_series_in_one_step_with_agenda_of_a_model_event(db):
    scene = build_scene(db)
    save_agenda(
        db,
        scene.event_id,
        [AgendaEntry("Begrüßung", 15, "Begrüßung"), AgendaEntry("Austausch aus den Kommunen", 90, "Diskussion")],
    )
    rule = SeriesRule(D(2027, 1, 1), D(2027, 12, 31), weekday=3, skip_months=frozenset({8}))
    days = [d.day for d in series_dates(rule) if d.included]
    template = SeriesTemplate(
        kind="Netzwerktreffen",
        title="Netzwerktreffen {Monat} {Jahr}",
        start_time=dt.time(10),
        end_time=dt.time(13),
        format="Hybrid",
        venue="Rathaus",
        online_link="https://example.org/raum",
        capacity=40,
        fee=Decimal("0"),
        status="ausgeschrieben",
        responsible="Geschäftsstelle",
        deadline_days_before=7,
        agenda_from_event_id=scene.event_id,
        working_group_id=scene.group_id,
    )
    ids = create_series(db, template, days)
    assert len(ids) == 10
    rows = list_events(db, EventFilter(year=2027, kind="Netzwerktreffen", text="Netzwerktreffen 2027"))
    titles = [r.title for r in rows if r.id in ids]
    assert titles[0] == "Netzwerktreffen Januar 2027" and "Netzwerktreffen Mai 2027" not in titles
    first = load_event(db, ids[0])
    assert (first.starts_at, first.ends_at) == (dt.datetime(2027, 1, 7, 10), dt.datetime(2027, 1, 7, 13))
    assert first.registration_deadline == D(2026, 12, 31) and first.fee is None and first.capacity == 40
    assert first.search_key.startswith("netzwerktreffen januar 2027")
    assert [e.title for e in load_agenda(db, ids[-1])] == ["Begrüßung", "Austausch aus den Kommunen"]


def test_a_bad_template_writes_nothing(db):
    template = SeriesTemplate(kind="Netzwerktreffen", title="", start_time=dt.time(10), end_time=dt.time(13))
    with pytest.raises(ValidationError, match="Titel"):
        create_series(db, template, [D(2027, 1, 7), D(2027, 2, 4)])
    template.title = "Treffen"
    template.end_time = dt.time(9)
    with pytest.raises(ValidationError, match="Ende"):
        create_series(db, template, [D(2027, 1, 7)])
    with pytest.raises(ValidationError, match="keinen Termin"):
        create_series(
            db, SeriesTemplate(kind="Netzwerktreffen", title="T", start_time=dt.time(10), end_time=dt.time(13)), []
        )
    assert list_events(db) == []


@given(
    first=st.dates(D(2020, 1, 1), D(2035, 12, 31)),
    months=st.integers(0, 24),
    weekday=st.integers(0, 4),
    nth=st.sampled_from([1, 2, 3, 4, LAST]),
    interval=st.integers(1, 3),
    weekly=st.booleans(),
)
def test_series_dates_always_follow_the_rule(first, months, weekday, nth, interval, weekly):
    last = first + dt.timedelta(days=31 * months)
    rule = SeriesRule(first, last, weekday, WEEKLY if weekly else MONTHLY, nth, interval)
    dates = series_dates(rule)
    days = [d.day for d in dates]
    assert days == sorted(set(days))
    for entry in dates:
        assert first <= entry.day <= last and entry.day.weekday() == weekday
        assert (entry.skip_reason is not None) == (holiday_name(entry.day) is not None)
        if not weekly and nth != LAST:
            assert (entry.day.day - 1) // 7 + 1 == nth
        if not weekly and nth == LAST:
            assert (entry.day + dt.timedelta(days=7)).month != entry.day.month
    if weekly:
        assert all((b - a).days == 7 * interval for a, b in pairwise(days))


def test_numbering_can_go_on_from_earlier_sessions(db):
    template = SeriesTemplate(
        kind="Arbeitsgruppensitzung",
        title="{Nr}. Sitzung AG Wohnen",
        start_time=dt.time(14),
        end_time=dt.time(16),
        first_number=12,
    )
    ids = create_series(db, template, [D(2027, 2, 9), D(2027, 5, 11)])
    assert [load_event(db, i).title for i in ids] == ["12. Sitzung AG Wohnen", "13. Sitzung AG Wohnen"]
