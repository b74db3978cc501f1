"""Backups: consistent copies, rotation, restore to exactly the backed-up state."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest
from sqlalchemy import select, text

from model.core.backup import automatic_backup, automatic_backups, copy_database
from model.core.db import open_database
from model.core.entities import Organisation
from model.core.errors import NotANetzwerkstattDatabase, UserError
from model.core.restore import restore_database


def _names(database) -> list[str]:
    with database.session() as s:
        return sorted(s.scalars(select(Organisation.name)))


def _add(database, name: str) -> None:
    with database.writing() as s:
        s.add(Organisation(name=name, kind="Kommune"))


def test_copy_includes_what_is_still_in_the_write_ahead_log(sqlite_db, db_path, tmp_path):
    db = sqlite_db
    _add(db, "Stadt Gelsenkirchen")  # committed, but only in the -wal file so far
    assert (db_path.parent / (db_path.name + "-wal")).stat().st_size > 0
    copy = copy_database(db_path, tmp_path / "kopie.sqlite")
    restored = open_database(copy)
    assert _names(restored) == ["Stadt Gelsenkirchen"]
    restored.dispose()


def test_automatic_backups_skip_unchanged_data_and_keep_the_newest(sqlite_db, db_path, tmp_path):
    db = sqlite_db
    folder = tmp_path / "sicherungen"
    assert automatic_backup(db_path, keep=3, override=folder) is not None
    assert automatic_backup(db_path, keep=3, override=folder) is None  # nothing changed
    for number in range(5):
        _add(db, f"Kommune {number}")
        later = time.time() + 2 * (number + 1)
        os.utime(db_path, (later, later))
        assert automatic_backup(db_path, keep=3, override=folder) is not None
    backups = automatic_backups(db_path, override=folder)
    assert len(backups) == 3
    newest = open_database(backups[0])
    assert len(_names(newest)) == 5
    newest.dispose()


def test_restore_brings_back_exactly_the_backed_up_state(sqlite_db, db_path, tmp_path):
    db = sqlite_db
    _add(db, "Łukasz Żółć Stiftung")
    backup = copy_database(db_path, tmp_path / "stand.sqlite")
    _add(db, "Später hinzugefügt")
    db.dispose()
    safety = restore_database(db_path, backup, override=tmp_path / "sich")
    reopened = open_database(db_path)
    assert _names(reopened) == ["Łukasz Żółć Stiftung"]
    reopened.dispose()
    before_restore = open_database(safety)
    assert _names(before_restore) == ["Später hinzugefügt", "Łukasz Żółć Stiftung"]
    before_restore.dispose()


def test_restore_refuses_a_file_that_is_no_backup_and_changes_nothing(sqlite_db, db_path, tmp_path):
    db = sqlite_db
    _add(db, "Stadt Dortmund")
    foreign = tmp_path / "fremd.sqlite"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE x (y)")
    raw.commit()
    raw.close()
    text_file = tmp_path / "liste.txt"
    text_file.write_text("keine Datenbank", encoding="utf-8")
    with pytest.raises(NotANetzwerkstattDatabase):
        restore_database(db_path, foreign)
    with pytest.raises(NotANetzwerkstattDatabase):
        restore_database(db_path, text_file)
    with pytest.raises(UserError, match="gibt es nicht"):
        restore_database(db_path, tmp_path / "fehlt.sqlite")
    assert _names(db) == ["Stadt Dortmund"]


def test_merely_opening_the_database_is_no_reason_for_another_backup(sqlite_db, db_path, tmp_path):
    folder = tmp_path / "sicherungen"
    _add(sqlite_db, "Stadt Marl")
    sqlite_db.dispose()
    assert automatic_backup(db_path, keep=10, override=folder) is not None
    for _ in range(3):
        time.sleep(0.01)
        reopened = open_database(db_path)
        _names(reopened)  # read only
        reopened.dispose()
        assert automatic_backup(db_path, keep=10, override=folder) is None
    assert len(automatic_backups(db_path, override=folder)) == 1


def test_automatic_backups_rotate_as_configured_in_the_office_profile(sqlite_db, db_path, tmp_path):
    """The start-up job keeps the number of backups and uses the folder set under Einstellungen."""
    from gui.main_window import automatic_backup_job
    from model.settings.office import load_profile, save_profile

    profile = load_profile(sqlite_db)
    profile.backups_to_keep = 2
    profile.backup_folder = str(tmp_path / "Sicherungen Büro")
    save_profile(sqlite_db, profile)
    created = []
    for number in range(4):
        _add(sqlite_db, f"Kommune {number}")
        later = time.time() + 2 * (number + 1)
        os.utime(db_path, (later, later))
        created.append(automatic_backup_job(sqlite_db)(None, None))
    assert all(path is not None and path.parent == tmp_path / "Sicherungen Büro" for path in created)
    kept = sorted((tmp_path / "Sicherungen Büro").glob("*.sqlite"))
    assert kept == sorted(created[-2:])
    assert not (db_path.parent / "Sicherungen").exists()  # nothing beside the database
    newest = open_database(created[-1])
    assert _names(newest) == [f"Kommune {number}" for number in range(4)]
    newest.dispose()


def _dump(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_restore_brings_back_every_table_exactly(demo_db_path, tmp_path):
    backup = copy_database(demo_db_path, tmp_path / "stand.sqlite")
    expected = _dump(backup)
    db = open_database(demo_db_path)
    with db.writing() as s:  # changes all over the database after the backup
        s.execute(text("DELETE FROM payment"))
        s.execute(text("DELETE FROM trip_participant"))
        s.execute(text("DELETE FROM registration WHERE id % 2 = 0"))
        s.execute(text("UPDATE person SET phone = '0', version = version + 1"))
        s.execute(text("UPDATE event SET title = title || ' (verlegt)', version = version + 1"))
        s.add(Organisation(name="Später angelegt e. V.", kind="Träger"))
    db.dispose()
    assert _dump(demo_db_path) != expected
    restore_database(demo_db_path, backup, override=tmp_path / "sich")
    assert _dump(demo_db_path) == expected
    reopened = open_database(demo_db_path)
    from model.core.check import check_database

    assert check_database(reopened) == []
    reopened.dispose()
