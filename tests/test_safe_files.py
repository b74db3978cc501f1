"""Output files are complete or not there: a full disk keeps the earlier file, a killed run's
temporary files are cleared next time, a certificate rerun replaces its own files."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from model.core.errors import UserError
from model.core.safe_files import remove_leftovers, write_atomically


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_keeps_the_earlier_file_and_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "Sitzungsunterlagen.pdf"
    write_atomically(target, b"%PDF-1.7 frueher")
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(UserError, match="Datenträger ist voll"):
        write_atomically(target, b"%PDF-1.7 neu" * 1000)
    assert target.read_bytes() == b"%PDF-1.7 frueher"
    assert [p.name for p in tmp_path.iterdir()] == ["Sitzungsunterlagen.pdf"]


def test_an_excel_export_on_a_full_disk_keeps_the_earlier_workbook(demo_db, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from openpyxl.workbook.workbook import Workbook

    from reports.member_lists import export_persons

    out = tmp_path / "ausgabe"
    out.mkdir()
    target = out / "Personen.xlsx"
    export_persons(demo_db, target, event_id=None)
    earlier = target.read_bytes()
    original_save = Workbook.save

    def save_half_then_fail(self, filename):
        original_save(self, filename)
        Path(filename).write_bytes(Path(filename).read_bytes()[:1000])
        _disk_full()

    monkeypatch.setattr(Workbook, "save", save_half_then_fail)
    with pytest.raises(UserError, match="Datenträger ist voll"):
        export_persons(demo_db, target, event_id=None)
    assert target.read_bytes() == earlier
    assert load_workbook(target, read_only=True).sheetnames
    assert [p.name for p in out.iterdir()] == ["Personen.xlsx"]


def test_leftovers_of_a_killed_run_are_removed_at_the_next_start(tmp_path):
    folder = tmp_path / "Sicherungen"
    folder.mkdir()
    kept = folder / "auto-netzwerkstatt-20260101.sqlite"
    kept.write_bytes(b"SQLite format 3\x00")
    leftovers = [
        folder / "vor-update-0002-netzwerkstatt.sqlite.partial",
        folder / "vor-update-0002-netzwerkstatt.sqlite.partial-journal",
        folder / ".Bescheinigung.pdf.abc123.partial",
    ]
    long_ago = time.time() - 3600
    for path in leftovers:
        path.write_bytes(b"x" * 100)
        os.utime(path, (long_ago, long_ago))
    running = folder / ".auto-jetzt.sqlite.xyz.partial"  # another run still writing it
    running.write_bytes(b"x")
    assert sorted(remove_leftovers(folder)) == sorted(leftovers)
    assert sorted(p.name for p in folder.iterdir()) == sorted([kept.name, running.name])


def test_the_automatic_backup_clears_a_killed_backups_partial_file(sqlite_db, db_path, tmp_path):
    from model.core.backup import automatic_backup

    folder = tmp_path / "sich"
    folder.mkdir()
    stale = folder / "vor-update-0002-test.sqlite.partial"
    stale.write_bytes(b"x" * 1000)
    (folder / "vor-update-0002-test.sqlite.partial-journal").write_bytes(b"x")
    for path in folder.iterdir():
        os.utime(path, (time.time() - 3600,) * 2)
    automatic_backup(db_path, override=folder)
    assert [p.name for p in folder.iterdir() if "partial" in p.name] == []


def test_a_certificate_rerun_replaces_its_own_files_instead_of_adding_copies(demo_db, tmp_path):
    from model.training.training import accredited_events
    from reports.certificate_batch import produce_certificates

    event = min((e for e in accredited_events(demo_db) if e.attendees >= 2), key=lambda e: e.attendees)
    out = tmp_path / "bescheinigungen"
    first = produce_certificates(demo_db, event.id, out)
    names = sorted(p.name for p in out.iterdir())
    second = produce_certificates(demo_db, event.id, out)
    assert sorted(p.name for p in out.iterdir()) == names
    assert len(names) == len(first.files) == len(second.files) > 0
    assert sorted(p.name for p in second.files) == sorted(p.name for p in first.files)


def test_a_certificate_batch_keeps_a_foreign_file_of_the_same_name(demo_db, tmp_path):
    from model.training.training import accredited_events
    from reports.certificate_batch import produce_certificates

    event = min((e for e in accredited_events(demo_db) if e.attendees >= 2), key=lambda e: e.attendees)
    out = tmp_path / "bescheinigungen"
    first = produce_certificates(demo_db, event.id, out)
    foreign = first.files[0]
    foreign.write_bytes(b"%PDF-1.4 eine andere Datei")
    second = produce_certificates(demo_db, event.id, out)
    assert foreign.read_bytes() == b"%PDF-1.4 eine andere Datei"
    assert foreign not in second.files and len(second.files) == len(first.files)


def test_an_upgrade_clears_the_partial_copy_of_an_earlier_killed_upgrade(tmp_path):
    import sqlite3

    from model.core.backup import backup_before_migration
    from model.core.db import open_database

    db_path = tmp_path / "netzwerkstatt.sqlite"
    open_database(db_path).dispose()
    folder = tmp_path / "Sicherungen"
    folder.mkdir(exist_ok=True)
    stale = [
        folder / "vor-update-0002-netzwerkstatt-20260101.sqlite.partial",
        folder / "vor-update-0002-netzwerkstatt-20260101.sqlite.partial-journal",
    ]
    for path in stale:
        path.write_bytes(b"x" * 1000)
        os.utime(path, (time.time() - 3600,) * 2)
    copy = backup_before_migration(db_path, "0003")
    assert copy.exists() and sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not any(path.exists() for path in stale)
