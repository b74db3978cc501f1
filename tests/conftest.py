"""Shared fixtures: offscreen Qt, a private data folder and a fresh SQLite database per test."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own data folder (default DB, backups, logs, QSettings)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NETZWERKSTATT_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.sqlite"


PG_URL_VARIABLE = "NETZWERKSTATT_PG_URL"


def pytest_collection_modifyitems(config, items):
    """A test marked ``sqlite_only`` keeps its SQLite run of ``db`` and drops the PostgreSQL one.

    PostgreSQL runs the tests whose SQL can differ between the two: model services, imports,
    concurrency. A test of what a report, a printout or a command makes of the same data
    gains nothing from a second server (its queries are the model's, tested on both).
    """
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("db") == "postgresql" and item.get_closest_marker("sqlite_only") is not None:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """URL of a PostgreSQL server for tests (``.ci/start-postgres`` starts one)."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_URL_VARIABLE} is not set: CI must test against PostgreSQL too")
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE} (e.g. $(.ci/start-postgres)) to run these")
    return url


def _create_pg_database(admin_url: str, template: str) -> str:
    """A new database cloned from ``template``; returns its URL."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"nws_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(admin_url: str, url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def _settle_background_loading() -> None:
    """Pages and dialogs run background jobs (gui.worker.Job); none may still read the
    database when a test disposes of it (the program waits for them the same way on exit)."""
    import sys

    if "gui.worker" not in sys.modules:
        return
    from gui.worker import wait_for_running_jobs

    wait_for_running_jobs()


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread():
    """As the program does (gui.kit.collector): no collection may run in a job's thread."""
    import sys

    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from gui.kit.collector import collect_due, collect_in_gui_thread

        collect_in_gui_thread(app)
        # The program's timer may not have fired during a short test: collect what is due
        # here, in the GUI thread, once this test's jobs are done, before the next test starts any.
        _settle_background_loading()
        # Widgets the test closed (pytest-qt calls deleteLater) are deleted now, as the program's
        # event loop would: outside an event loop Qt keeps them, and a collection would then empty
        # their Python side while Qt still sends them events (a later test's "no attribute" error).
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        collect_due()


@pytest.fixture
def pg_url(pg_admin_url):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    url = _create_pg_database(pg_admin_url, "template0")
    yield url
    _drop_pg_database(pg_admin_url, url)


@pytest.fixture(scope="session")
def pg_migrated_template(pg_admin_url):
    """A PostgreSQL database migrated to head once per run, cloned by ``db``.

    Cloning takes a few milliseconds where running every migration takes a tenth of a second.
    """
    from model.core.db import open_database

    url = _create_pg_database(pg_admin_url, "template0")
    open_database(url).dispose()
    yield url
    _drop_pg_database(pg_admin_url, url)


@pytest.fixture(scope="session")
def sqlite_migrated_template(tmp_path_factory) -> Path:
    """An empty SQLite database migrated to head once per run, copied by ``db``."""
    from model.core.db import open_database

    path = tmp_path_factory.mktemp("template") / "migrated.sqlite"
    open_database(path).dispose()
    return path


def _copy_sqlite_template(template: Path, target: Path) -> None:
    import shutil

    shutil.copyfile(template, target)


@pytest.fixture
def sqlite_db(db_path, sqlite_migrated_template):
    """A fresh SQLite database, for tests of SQLite specifics (file, WAL, backups)."""
    from model.core.db import open_database

    _copy_sqlite_template(sqlite_migrated_template, db_path)
    database = open_database(db_path)
    yield database
    _settle_background_loading()
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request, db_path):
    """A fresh database; a test using it runs on SQLite and on PostgreSQL (unless ``sqlite_only``)."""
    from model.core.db import open_database

    if request.param == "postgresql":
        admin_url = request.getfixturevalue("pg_admin_url")
        target = _create_pg_database(admin_url, _database_name(request.getfixturevalue("pg_migrated_template")))
    else:
        _copy_sqlite_template(request.getfixturevalue("sqlite_migrated_template"), db_path)
        target = db_path
    database = open_database(target)
    yield database
    _settle_background_loading()
    database.dispose()
    if request.param == "postgresql":
        _drop_pg_database(admin_url, target)


def _database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).database


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory) -> Path:
    """A small demo database built once per test run; copy it with ``demo_db``."""
    from model.core.db import open_database
    from model.demo.build import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo-small.sqlite"
    database = open_database(path)
    fill_demo(database, "small")
    database.dispose()
    return path


@pytest.fixture
def demo_db_path(small_demo_template, tmp_path) -> Path:
    from model.core.backup import copy_database

    return copy_database(small_demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_db_path):
    from model.core.db import open_database

    database = open_database(demo_db_path)
    yield database
    database.dispose()


@pytest.fixture
def type_text(qtbot):
    """Type any Unicode text into a widget, key by key.

    ``qtbot.keyClicks`` aborts the process on characters outside its ASCII key table
    (ä, ł, ş…); real users type them, so tests must too.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        widget.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
        QApplication.processEvents()

    return type_into
