"""The backup folder of the office profile: every backup of a database honours it (start,
restore, schema upgrade, command line), and a folder that cannot be reached is said so."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from model.core.backup import (
    automatic_backup,
    backup_before_migration,
    check_backup_folder,
    configured_backup_folder,
    copy_database,
    default_backup_folder,
)
from model.core.db import APPLICATION_ID, open_database
from model.core.entities import Organisation
from model.core.errors import UserError, ValidationError
from model.core.migrations.runner import alembic_config
from model.core.restore import restore_database
from model.settings.office import load_profile, save_profile


def _choose_folder(db, folder) -> None:
    profile = load_profile(db)
    profile.backup_folder = str(folder)
    save_profile(db, profile)


def test_without_a_choice_backups_go_beside_the_database(sqlite_db, db_path):
    assert load_profile(sqlite_db).backup_folder is None
    assert configured_backup_folder(db_path) is None
    created = automatic_backup(db_path)
    assert created.parent == default_backup_folder(db_path) == db_path.parent / "Sicherungen"


def test_the_chosen_folder_is_stored_and_used_without_being_passed(sqlite_db, db_path, tmp_path):
    folder = tmp_path / "Netzlaufwerk" / "Sicherungen Geschäftsstelle"
    _choose_folder(sqlite_db, folder)
    assert load_profile(sqlite_db).backup_folder == str(folder)
    assert configured_backup_folder(db_path) == folder
    created = automatic_backup(db_path)
    assert created.parent == folder
    with sqlite_db.writing() as s:
        s.add(Organisation(name="Stadt Hamm", kind="Kommune"))
    safety = restore_database(db_path, created)  # the safety copy goes there too
    assert safety.parent == folder and safety.name.startswith("vor-wiederherstellung-")
    assert not (db_path.parent / "Sicherungen").exists()


def test_an_empty_choice_means_the_default_again(sqlite_db):
    _choose_folder(sqlite_db, "  ")
    assert load_profile(sqlite_db).backup_folder is None


def test_a_relative_folder_is_refused(sqlite_db):
    profile = load_profile(sqlite_db)
    profile.backup_folder = "Sicherungen"
    with pytest.raises(ValidationError) as caught:
        save_profile(sqlite_db, profile)
    assert caught.value.field == "backup_folder"
    profile.backup_folder = r"\\server\freigabe\Sicherungen"  # a Windows network share is fine
    save_profile(sqlite_db, profile)


def test_an_unreachable_folder_is_named_in_the_message(sqlite_db, db_path, tmp_path):
    blocker = tmp_path / "keine-ordner"
    blocker.write_text("eine Datei, kein Ordner", encoding="utf-8")
    with pytest.raises(UserError, match=r"Sicherungsordner .*keine-ordner"):
        check_backup_folder(blocker / "Sicherungen")
    _choose_folder(sqlite_db, blocker / "Sicherungen")
    with pytest.raises(UserError, match="nicht erreichbar"):
        automatic_backup(db_path)


def test_the_backup_before_an_upgrade_uses_the_folder_or_falls_back(tmp_path):
    """Before a schema upgrade the copy goes to the chosen folder; if that is gone (a network
    drive not connected), beside the database: the upgrade never runs without a backup."""
    path = tmp_path / "alt.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("UPDATE office_profile SET backup_folder = :folder", {"folder": str(tmp_path / "extern")})
    engine.dispose()
    assert backup_before_migration(path, "0003").parent == tmp_path / "extern"
    blocked = tmp_path / "blockiert"
    blocked.write_text("", encoding="utf-8")
    raw = sqlite3.connect(path)
    raw.execute("UPDATE office_profile SET backup_folder = ?", (str(blocked / "x"),))
    raw.commit()
    raw.close()
    assert backup_before_migration(path, "0003").parent == tmp_path / "Sicherungen"


def test_a_database_from_before_the_setting_has_no_folder(tmp_path):
    path = tmp_path / "alt.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    engine.dispose()
    assert configured_backup_folder(path) is None
    assert configured_backup_folder(tmp_path / "gibt-es-nicht.sqlite") is None


def test_command_line_restore_keeps_the_safety_copy_in_the_chosen_folder(sqlite_db, db_path, tmp_path):
    from cli_support import call_cli

    folder = tmp_path / "Sicherungen extern"
    _choose_folder(sqlite_db, folder)
    backup = copy_database(db_path, tmp_path / "stand.sqlite")
    with sqlite_db.writing() as s:
        s.add(Organisation(name="Später angelegt", kind="Träger"))
    sqlite_db.dispose()
    result = call_cli("--db", str(db_path), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert [p.name.startswith("vor-wiederherstellung-") for p in folder.iterdir()] == [True]
    restored = open_database(db_path)
    with restored.session() as s:
        assert "Später angelegt" not in s.scalars(select(Organisation.name)).all()
    restored.dispose()
