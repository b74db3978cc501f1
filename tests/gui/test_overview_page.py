"""Übersicht: the figures (counted in SQL, on SQLite and PostgreSQL) and their page."""

from __future__ import annotations

import datetime as dt
import re

from gui_fixtures import sample  # noqa: F401 - fixtures
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import event

from gui.overview_page import OverviewPage, UpcomingEventsModel, event_day, event_time
from model.reporting.overview import UpcomingEvent, overview


def _event(start: dt.datetime, end: dt.datetime, **values) -> UpcomingEvent:
    fields = dict(
        id=1,
        kind="Werkstatt",
        title="Werkstatt",
        starts_at=start,
        ends_at=end,
        format="Präsenz",
        venue=None,
        host=None,
        status="geplant",
        capacity=None,
        seats_taken=0,
        waiting=0,
    )
    fields.update(values)
    return UpcomingEvent(**fields)


def test_figures_are_counted_in_two_statements(db, sample):
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    figures = overview(db)
    assert (
        figures.member_municipalities,
        figures.organisations,
        figures.active_people,
        figures.events_done,
        figures.events_planned,
        figures.participations,
        figures.waiting_list_open,
    ) == (
        sample.members,
        sample.organisations,
        sample.active_people,
        sample.events_done,
        sample.events_planned,
        sample.participations,
        sample.waiting,
    )
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2

    meeting, training, trip = figures.upcoming  # the cancelled conference is not among them
    assert [e.title for e in figures.upcoming] == sample.upcoming_titles
    assert (meeting.seats_taken, meeting.capacity, meeting.waiting, meeting.place) == (3, 40, 0, "Rathaus Dortmund")
    assert (training.seats_taken, training.capacity, training.waiting, training.place) == (2, 2, 2, "Online")
    assert training.is_full and not meeting.is_full
    assert (trip.seats_taken, trip.waiting, trip.ends_at.date() - trip.starts_at.date()) == (1, 1, dt.timedelta(days=2))


def test_members_follow_the_membership_history(db, sample):
    # Hamm left the network at the end of 2019: a member then, not now.
    assert overview(db, today=dt.date(2019, 6, 1)).member_municipalities == 4
    assert overview(db).member_municipalities == 3


def test_german_dates_and_times():
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    one_day = _event(dt.datetime(2026, 3, 5, 10), dt.datetime(2026, 3, 5, 13, 30))
    assert event_day(one_day) == "Do. 05.03.2026"
    assert event_time(one_day) == "10:00–13:30"
    trip = _event(dt.datetime(2026, 5, 4, 7), dt.datetime(2026, 5, 6, 20))
    assert event_day(trip) == "Mo. 04.–06.05.2026"
    assert event_time(trip) == "ab 07:00"
    across = _event(dt.datetime(2026, 4, 30, 9), dt.datetime(2026, 5, 1, 18))
    assert event_day(across) == "Do. 30.04.–01.05.2026"
    new_year = _event(dt.datetime(2026, 12, 30, 9), dt.datetime(2027, 1, 2, 18))
    assert event_day(new_year) == "Mi. 30.12.2026–02.01.2027"


def test_upcoming_events_model(qtmodeltester, db, sample):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    model = UpcomingEventsModel()
    model.set_rows(overview(db).upcoming)
    qtmodeltester.check(model)

    assert model.rowCount() == 3 and model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Datum", "Zeit", "Art", "Titel", "Ort / Format", "Belegt", "Warteliste"]
    day = model.index(0, UpcomingEventsModel.COL_DATE).data()
    assert re.fullmatch(r"(Mo|Di|Mi|Do|Fr|Sa|So)\. \d{2}\.\d{2}\.\d{4}", day), day
    full = model.index(1, UpcomingEventsModel.COL_SEATS)
    assert full.data() == "2 / 2"
    assert full.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Ausgebucht" in full.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, UpcomingEventsModel.COL_SEATS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, UpcomingEventsModel.COL_WAITING).data() == "2"
    assert model.index(0, UpcomingEventsModel.COL_WAITING).data() == ""
    assert model.index(2, UpcomingEventsModel.COL_PLACE).data() == "Rotterdam"


def test_empty_database_shows_zeros_and_a_hint(qtbot, db):
    page = OverviewPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.members_tile.value.text() == "0"
    assert page.no_events.isVisible() and not page.events_view.isVisible()
    assert page.subtitle_label.text().startswith("Stand: ")


def test_page_refreshes_when_the_database_changes(qtbot, db, sample, tmp_path):
    from model.core.db import open_database

    empty = open_database(tmp_path / "leer.sqlite")
    page = OverviewPage(empty)
    qtbot.addWidget(page)
    page.show()
    assert page.organisations_tile.value.text() == "0"
    page.set_database(db)  # visible: refreshed at once
    assert page.organisations_tile.value.text() == str(sample.organisations)
    page.hide()
    page.set_database(empty)  # hidden: refreshed when shown again
    assert page.organisations_tile.value.text() == str(sample.organisations)
    page.show()
    assert page.organisations_tile.value.text() == "0"
    empty.dispose()


def test_overview_warns_about_recognitions_not_in(qtbot, db):
    import datetime as dt
    from decimal import Decimal

    from gui.overview_page import OverviewPage
    from model.core.entities import Accreditation, Event

    soon = dt.datetime.combine(dt.date.today() + dt.timedelta(days=20), dt.time(9))
    with db.writing() as s:
        event = Event(
            kind="Fortbildung",
            title="Quartier & Klima",
            starts_at=soon,
            ends_at=soon + dt.timedelta(hours=4),
            format="Präsenz",
            status="ausgeschrieben",
        )
        s.add(event)
        s.flush()
        s.add(Accreditation(event_id=event.id, chamber="AKNW", credit_points=Decimal(4), state="beantragt"))
    page = OverviewPage(db)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.recognition_warning.isVisible(), timeout=5000)
    assert "»Quartier & Klima« – AKNW beantragt" in page.recognition_warning.text()
