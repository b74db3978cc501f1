"""Older databases upgrade cleanly, with a backup taken first."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from model.core.db import APPLICATION_ID, SCHEMA_HEAD, open_database
from model.core.migrations.runner import alembic_config


def _database_at(path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(
            "INSERT INTO organisation (name, kind, search_key, version) VALUES ('Stadt Hagen', 'Kommune', 'stadt hagen', 1)"
        )
    engine.dispose()


def test_first_released_schema_upgrades_to_head_after_a_backup(tmp_path):
    path = tmp_path / "alt.sqlite"
    _database_at(path, "0001")
    database = open_database(path, backup_dir=tmp_path / "sich")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
        assert conn.exec_driver_sql("SELECT name FROM organisation").scalar() == "Stadt Hagen"
    database.dispose()
    backups = list((tmp_path / "sich").glob("vor-update-0001-*.sqlite"))
    assert len(backups) == 1
    raw = sqlite3.connect(backups[0])
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    raw.close()


def test_every_migration_downgrades_and_upgrades_again(tmp_path):
    path = tmp_path / "rund.sqlite"
    open_database(path).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    open_database(path).dispose()
