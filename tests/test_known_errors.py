"""Failures of the environment are recognised by kind (SQLite result code, PostgreSQL SQLSTATE,
driver exception class), provoked for real here; anything else is a bug for the error dialog."""

from __future__ import annotations

import socket
import sqlite3
import threading

import pytest

from model.core import errors
from model.core.db import Database, open_database, read_only_url
from model.core.errors import explain


def _raised(action) -> BaseException:
    with pytest.raises(Exception) as info:
        action()
    return info.value


def _write(database: Database) -> None:
    from sqlalchemy import text

    with database.writing() as session:
        session.execute(text("UPDATE organisation SET name = name"))
        session.execute(text("CREATE TABLE IF NOT EXISTS probe (n INTEGER)"))
        session.execute(text("INSERT INTO probe VALUES (1)"))


# --- SQLite ----------------------------------------------------------------------------------


def test_a_database_another_connection_writes_to_is_locked(db_path, sqlite_migrated_template, monkeypatch):
    import shutil

    import model.core.db

    shutil.copyfile(sqlite_migrated_template, db_path)
    monkeypatch.setattr(model.core.db, "BUSY_TIMEOUT_SECONDS", 0)  # fail at once instead of waiting
    database = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE held (n INTEGER)")
    try:
        exc = _raised(lambda: _write(database))
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()
    assert explain(exc) == errors.LOCKED
    assert "schreibgeschützt" not in explain(exc)


def test_a_read_only_file_is_reported_as_write_protected(sqlite_db):
    sqlite_db.dispose()
    read_only = Database(url=read_only_url(sqlite_db.path), path=sqlite_db.path)
    try:
        exc = _raised(lambda: _write(read_only))
    finally:
        read_only.dispose()
    assert explain(exc) == errors.READ_ONLY


def test_a_message_merely_containing_read_only_is_a_bug(sqlite_db):
    from sqlalchemy import text

    def query_a_column_named_read_only():
        with sqlite_db.session() as session:
            session.execute(text("SELECT [read-only] FROM organisation"))

    exc = _raised(query_a_column_named_read_only)
    assert "read-only" in str(exc)
    assert explain(exc) is None
    assert explain(ValueError("attempt to write a readonly database")) is None
    assert explain(RuntimeError("database is locked")) is None


def test_a_damaged_file_is_reported_as_corrupt(tmp_path):
    path = tmp_path / "kaputt.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (n TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(200)])
    connection.commit()
    connection.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # pages 2 and 3: the table's b-tree
    path.write_bytes(bytes(data))
    database = Database(url=f"sqlite:///{path}", path=path)

    def read_everything():
        from sqlalchemy import text

        with database.session() as session:
            session.execute(text("SELECT count(*) FROM t WHERE n LIKE '%y%'")).all()

    try:
        exc = _raised(read_everything)
    finally:
        database.dispose()
    assert exc.orig.sqlite_errorname.startswith("SQLITE_CORRUPT")
    assert explain(exc) == errors.CORRUPT


def test_a_file_with_a_damaged_header_is_reported_as_corrupt(tmp_path):
    path = tmp_path / "kopf.sqlite"
    path.write_bytes(b"\x00" * 8192)
    exc = _raised(lambda: sqlite3.connect(path).execute("SELECT * FROM sqlite_master").all())
    assert exc.sqlite_errorname == "SQLITE_NOTADB"
    assert explain(exc) == errors.CORRUPT


def test_a_full_disk_is_reported_as_full(sqlite_db):
    """Simulated: SQLite's page limit gives the same SQLITE_FULL as a full disk."""
    from sqlalchemy import event, text

    @event.listens_for(sqlite_db.engine, "connect")
    def _limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    sqlite_db.engine.dispose()

    def fill():
        with sqlite_db.writing() as session:
            session.execute(text("CREATE TABLE filler (t TEXT)"))
            session.execute(text("INSERT INTO filler VALUES (:t)"), [{"t": "x" * 4000}] * 50)

    exc = _raised(fill)
    assert exc.orig.sqlite_errorname == "SQLITE_FULL"
    assert explain(exc) == errors.DISK_FULL


def test_a_file_in_a_missing_folder_cannot_be_opened(tmp_path):
    exc = _raised(lambda: sqlite3.connect(f"file:{tmp_path / 'weg' / 'x.sqlite'}?mode=rw", uri=True))
    assert exc.sqlite_errorname == "SQLITE_CANTOPEN"
    assert explain(exc) == errors.CANNOT_OPEN


def test_a_bug_in_sql_goes_to_the_error_dialog(sqlite_db):
    from sqlalchemy import text

    def violate_a_constraint():
        with sqlite_db.writing() as session:
            session.execute(text("INSERT INTO person (first_name) VALUES ('Ayşe')"))

    assert explain(_raised(violate_a_constraint)) is None


# --- PostgreSQL ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server_is_reported_as_such():
    """No server needed: nothing listens on the port."""
    from sqlalchemy import text

    database = Database(url=f"postgresql+psycopg://netzwerkstatt@127.0.0.1:{_free_port()}/netzwerkstatt")

    def query():
        with database.session() as session:
            session.execute(text("SELECT 1"))

    try:
        exc = _raised(query)
    finally:
        database.dispose()
    assert explain(exc) == errors.SERVER_UNREACHABLE


@pytest.mark.postgresql
def test_a_connection_the_server_terminated_is_reported_as_lost(pg_url, pg_admin_url):
    from sqlalchemy import create_engine, text

    database = open_database(pg_url)
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    try:
        with database.session() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as connection:
                assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
            exc = _raised(lambda: session.execute(text("SELECT 1")))
    finally:
        admin.dispose()
        database.dispose()
    assert exc.orig.sqlstate == "57P01"
    assert explain(exc) == errors.CONNECTION_LOST


@pytest.mark.postgresql
def test_a_serialization_failure_asks_to_try_again(pg_url):
    from sqlalchemy import text

    database = open_database(pg_url)
    engine = database.engine.execution_options(isolation_level="REPEATABLE READ")
    with engine.begin() as setup:
        setup.execute(text("CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER)"))
        setup.execute(text("INSERT INTO probe VALUES (1, 0)"))
    try:
        with engine.connect() as first, engine.connect() as second:
            first.begin()
            first.execute(text("SELECT n FROM probe")).all()  # the snapshot is taken here
            with second.begin():
                second.execute(text("UPDATE probe SET n = n + 1"))
            exc = _raised(lambda: first.execute(text("UPDATE probe SET n = n + 10")))
            first.rollback()
    finally:
        database.dispose()
    assert exc.orig.sqlstate == "40001"
    assert explain(exc) == errors.CONCURRENT_CHANGE


@pytest.mark.postgresql
def test_a_deadlock_asks_to_try_again(pg_url):
    from sqlalchemy import text

    database = open_database(pg_url)
    with database.engine.begin() as setup:
        setup.execute(text("CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER)"))
        setup.execute(text("INSERT INTO probe VALUES (1, 0), (2, 0)"))
    failures: list[BaseException] = []
    both_hold_one = threading.Barrier(2, timeout=30)

    def lock_in_order(first: int, second: int) -> None:
        try:
            with database.engine.begin() as connection:
                connection.execute(text("UPDATE probe SET n = 1 WHERE id = :id"), {"id": first})
                both_hold_one.wait()
                connection.execute(text("UPDATE probe SET n = 1 WHERE id = :id"), {"id": second})
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            failures.append(exc)

    threads = [threading.Thread(target=lock_in_order, args=order) for order in ((1, 2), (2, 1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    database.dispose()
    assert len(failures) == 1 and failures[0].orig.sqlstate == "40P01"
    assert explain(failures[0]) == errors.CONCURRENT_CHANGE
