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


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """URL of a PostgreSQL server for tests (``.ci/start-postgres`` starts one)."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_URL_VARIABLE} is not set: CI must test against PostgreSQL too")
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE} (e.g. $(.ci/start-postgres)) to run these")
    return url


@pytest.fixture
def pg_url(pg_admin_url):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"nws_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    yield make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _settle_background_loading() -> None:
    """Pages gather data in background jobs (gui.page.Page.fetch); none may still read the
    database when a test disposes of it (the window waits for them the same way on close)."""
    import sys

    if "gui.page" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    from gui.page import Page

    for widget in QApplication.allWidgets():
        if isinstance(widget, Page):
            widget.wait_for_loading()


@pytest.fixture
def sqlite_db(db_path):
    """A fresh SQLite database, for tests of SQLite specifics (file, WAL, backups)."""
    from model.db import open_database

    database = open_database(db_path)
    yield database
    _settle_background_loading()
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request, db_path):
    """A fresh database; every test using it runs on SQLite and on PostgreSQL."""
    from model.db import open_database

    target = request.getfixturevalue("pg_url") if request.param == "postgresql" else db_path
    database = open_database(target)
    yield database
    _settle_background_loading()
    database.dispose()


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory) -> Path:
    """A small demo database built once per test run; copy it with ``demo_db``."""
    from model.db import open_database
    from model.demo import fill_demo

    path = tmp_path_factory.mktemp("demo") / "demo-small.sqlite"
    database = open_database(path)
    fill_demo(database, "small")
    database.dispose()
    return path


@pytest.fixture
def demo_db_path(small_demo_template, tmp_path) -> Path:
    from model.backup import copy_database

    return copy_database(small_demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_db(demo_db_path):
    from model.db import open_database

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
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()

    return type_into
