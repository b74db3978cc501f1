"""Database lifecycle: creation, pragmas, identity check, migrations, schema constraints."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError

from model.core.db import APPLICATION_ID, SCHEMA_HEAD, open_database, resolve_target
from model.core.entities import AgendaItem, Base, Event, Organisation, Person, Registration
from model.core.errors import ChangedElsewhere, NotANetzwerkstattDatabase, UserError


def _event(**overrides) -> Event:
    values = dict(
        kind="Netzwerktreffen",
        title="Netzwerktreffen März",
        starts_at=dt.datetime(2026, 3, 5, 10),
        ends_at=dt.datetime(2026, 3, 5, 13),
        format="Hybrid",
        status="geplant",
    )
    values.update(overrides)
    return Event(**values)


def _person(first="Ayşe", last="Yılmaz") -> Person:
    return Person(salutation="Frau", first_name=first, last_name=last)


def test_new_database_gets_wal_foreign_keys_and_our_id(sqlite_db, db_path):
    db = sqlite_db
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD


def test_default_location_is_the_user_data_folder(private_home):
    _url, path = resolve_target(None)
    assert path == private_home / "netzwerkstatt.sqlite"
    database = open_database()
    assert database.path == path and path.exists()
    database.dispose()


def test_migrations_produce_exactly_the_mapped_schema(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_schema_head_constant_matches_the_newest_migration():
    from alembic.script import ScriptDirectory

    from model.core.migrations.runner import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_migration_seeds_office_profile_and_chamber_requirements(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM office_profile")).scalar() == 1
        chambers = conn.execute(text("SELECT count(*), count(DISTINCT state) FROM chamber")).one()
        points = dict(conn.execute(text("SELECT valid_from, required FROM chamber_rule WHERE chamber = 'AKNW'")).all())
    assert tuple(chambers) == (31, 16)  # architects and engineers of every Land (one joint chamber in SH)
    assert {year: float(value) for year, value in points.items()} == {2000: 8, 2024: 16}


@pytest.mark.parametrize(
    "content",
    [b"Name;Vorname\nM\xc3\xbcller;Anna\n", b"%PDF-1.7 not a database", b"SQLite format 3\x00" + b"\x00" * 50],
)
def test_foreign_file_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "fremd.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotANetzwerkstattDatabase):
        open_database(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "fremd.sqlite-wal").exists()


def test_sqlite_database_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "anderes.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE kunden (name TEXT)")
    raw.execute("INSERT INTO kunden VALUES ('Müller & Söhne <GmbH>')")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NotANetzwerkstattDatabase, match="anderen Programms"):
        open_database(path)
    assert path.read_bytes() == before


def test_database_from_a_newer_program_version_is_refused(sqlite_db, db_path):
    sqlite_db.dispose()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(UserError, match="neueren Programmversion"):
        open_database(db_path)


def test_network_paths_are_refused():
    with pytest.raises(UserError, match="Netzlaufwerk"):
        resolve_target(r"\\server\freigabe\netzwerkstatt.sqlite")


def test_folder_and_missing_file_messages(tmp_path):
    with pytest.raises(UserError, match="Ordner"):
        open_database(tmp_path)
    with pytest.raises(UserError, match="gibt es nicht"):
        open_database(tmp_path / "fehlt.sqlite", create=False)


def test_one_registration_per_person_and_event(db):
    with db.writing() as s:
        event, person = _event(), _person()
        s.add_all([event, person])
        s.flush()
        s.add(Registration(event_id=event.id, person_id=person.id, registered_at=dt.datetime.now()))
    with pytest.raises(IntegrityError):
        with db.writing() as s:
            s.add(Registration(event_id=event.id, person_id=person.id, registered_at=dt.datetime.now()))
    with db.session() as s:
        assert s.scalar(select(Registration.id).where(Registration.person_id == person.id)) is not None


@pytest.mark.parametrize(
    "field, value",
    [("status", "vielleicht"), ("role", "Zuschauer")],
)
def test_registration_vocabulary_is_enforced_by_the_database(db, field, value):
    with db.writing() as s:
        event, person = _event(), _person()
        s.add_all([event, person])
    with pytest.raises(IntegrityError):
        with db.writing() as s:
            s.add(
                Registration(event_id=event.id, person_id=person.id, registered_at=dt.datetime.now(), **{field: value})
            )


def test_entschuldigt_is_a_valid_status(db):
    with db.writing() as s:
        event, person = _event(), _person()
        s.add_all([event, person])
        s.flush()
        s.add(
            Registration(event_id=event.id, person_id=person.id, status="entschuldigt", registered_at=dt.datetime.now())
        )
    with db.session() as s:
        assert s.scalar(select(Registration.status)) == "entschuldigt"


def test_deleting_never_silently_drops_history(db):
    with db.writing() as s:
        event, person = _event(), _person()
        s.add_all([event, person])
        s.flush()
        s.add(Registration(event_id=event.id, person_id=person.id, registered_at=dt.datetime.now()))
        s.add(AgendaItem(event_id=event.id, position=1, title="Begrüßung", kind="Begrüßung"))
    for table, key in ((Person, person.id), (Event, event.id)):
        with pytest.raises(IntegrityError):
            with db.writing() as s:
                s.execute(delete(table).where(table.id == key))
    with db.session() as s:
        assert s.scalar(select(Registration.id)) is not None


def test_agenda_goes_with_its_event(db):
    with db.writing() as s:
        event = _event()
        s.add(event)
        s.flush()
        s.add(AgendaItem(event_id=event.id, position=1, title="Begrüßung", kind="Begrüßung"))
    with db.writing() as s:
        s.execute(delete(Event).where(Event.id == event.id))
    with db.session() as s:
        assert s.scalar(select(AgendaItem.id)) is None


def test_saving_a_stale_copy_fails_instead_of_overwriting(db):
    # The GUI pattern: load in a short session, edit the detached copy, save in a new one.
    with db.writing() as s:
        org = Organisation(name="Stadt Herne", kind="Kommune", ags="05916000")
        s.add(org)
    with db.session() as s:
        mine = s.get(Organisation, org.id)
    with db.session() as s:
        theirs = s.get(Organisation, org.id)
    mine.phone = "02323 16-0"
    with db.writing() as s:
        s.merge(mine)
    theirs.phone = "02323 99-9"
    with pytest.raises(ChangedElsewhere):
        with db.writing() as s:
            s.merge(theirs)
    with db.session() as s:
        assert s.get(Organisation, org.id).phone == "02323 16-0"


def test_concurrent_writers_wait_instead_of_failing(db):
    other = open_database(db.url)
    holding = threading.Event()
    errors: list[BaseException] = []

    def hold_the_write_lock():
        with db.writing() as s:
            s.add(Organisation(name="Stadt Bochum", kind="Kommune"))
            holding.set()
            time.sleep(0.5)

    worker = threading.Thread(target=hold_the_write_lock)
    worker.start()
    holding.wait(5)
    try:
        with other.writing() as s:
            count = s.scalar(text("SELECT count(*) FROM organisation"))
            s.add(Organisation(name=f"Stadt Hamm {count}", kind="Kommune"))
    except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
        errors.append(exc)
    worker.join()
    other.dispose()
    assert errors == []
    with db.session() as s:
        names = set(s.scalars(select(Organisation.name)))
    assert names == {"Stadt Bochum", "Stadt Hamm 1"}
