"""Whatever a form export or attendance report holds: a report or a German UserError, never a
crash, and nothing written when it fails."""

from __future__ import annotations

import datetime as dt

import pytest
from events_fixtures import make_event
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.core.db import open_database
from model.core.entities import Person, Registration
from model.core.errors import UserError
from model.importing.form_registrations import import_registrations
from model.importing.online_attendance import import_online_attendance

HEADERS = [
    "Name",
    "Email",
    "Join Time",
    "Leave Time",
    "Duration",
    "Vorname",
    "Nachname",
    "E-Mail",
    "Fertigstellungszeit",
    "Full Name",
    "User Action",
    "Timestamp",
    "Organisation",
    "Einwilligung",
]
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "Ayşe Yılmaz",
            "a@b.example",
            "kein@",
            "11/5/26, 10:02:13 AM",
            "05.11.2026, 10:02:13",
            "2026-11-05 13:00:00",
            "1h 2m 3s",
            "Joined",
            "Left",
            "Ja",
            "=1+1",
            "Müller & Söhne <GmbH>",
            "31.02.2026, 10:00:00",
            "-5",
        ]
    ),
    st.text(max_size=12),
)
ROWS = st.lists(st.lists(CELLS, min_size=1, max_size=8), max_size=8)


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    with db.writing() as s:
        s.add(Person(first_name="Ayşe", last_name="Yılmaz", email="a@b.example", search_key="ayse yilmaz"))
        event_id = make_event(s, day=dt.date(2026, 11, 5)).id
    yield db, event_id
    db.dispose()


def _write(path, header, rows, delimiter, encoding):
    lines = [delimiter.join(header)] + [
        delimiter.join(cell.replace(delimiter, " ").replace('"', "") for cell in row) for row in rows
    ]
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    rows=ROWS,
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
    which=st.sampled_from(["registrations", "attendance"]),
)
def test_import_ends_cleanly(database, tmp_path_factory, header, rows, delimiter, encoding, which):
    db, event_id = database
    path = tmp_path_factory.mktemp("f") / "bericht.csv"
    _write(path, header, rows, delimiter, encoding)
    importer = import_registrations if which == "registrations" else import_online_attendance
    with db.session() as s:
        before = (s.query(Person).count(), s.query(Registration).count())
    try:
        importer(db, path, event_id=event_id, dry_run=True)
    except UserError:
        pass
    with db.session() as s:
        assert (s.query(Person).count(), s.query(Registration).count()) == before
