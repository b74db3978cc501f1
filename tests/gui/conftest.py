"""Widget tests run on SQLite only: their SQL is the model's, which the model tests run on both."""

from __future__ import annotations

import pytest


@pytest.fixture
def db(sqlite_db):
    return sqlite_db
