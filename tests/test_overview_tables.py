"""The first screen's query (``model.reporting.overview``): plain SQL, read without SQLAlchemy at start.

A SQLite file that is current is opened with the standard library alone, and the overview is
read through ``sqlite3`` until something needs the engine; both ways give the same figures.
(``tests/gui/test_app.py`` checks that a start does not load SQLAlchemy at all.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import astuple

from model.core.db import open_database
from model.reporting.overview import overview

DAYS = (dt.date(2023, 6, 15), dt.date(2025, 3, 1), dt.date(2026, 11, 22), None)


def _figures(result) -> tuple:  # model.reporting.overview.Overview
    return astuple(result)[1:8] + tuple(astuple(event) for event in result.upcoming)


def test_sqlite3_and_the_engine_give_the_same_overview(demo_db_path):
    db = open_database(demo_db_path)
    try:
        assert not db.has_engine  # a current file: checked without SQLAlchemy
        without_engine = [_figures(overview(db, today=day)) for day in DAYS]
        assert not db.has_engine
        db.engine  # noqa: B018 - now the engine exists and the overview goes through it
        with_engine = [_figures(overview(db, today=day)) for day in DAYS]
    finally:
        db.dispose()
    assert without_engine == with_engine
    assert any(figures[0] and figures[6] for figures in with_engine)  # members, waiting: not all zero
    assert any(len(figures) > 7 for figures in with_engine)  # upcoming events somewhere


def test_overview_runs_on_the_current_schema(db):
    """An empty database of the current schema (SQLite and PostgreSQL) gives zeros."""
    result = overview(db)
    assert _figures(result) == (0, 0, 0, 0, 0, 0, 0)
