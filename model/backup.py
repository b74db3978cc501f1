"""Backups and restore of SQLite databases.

Always through SQLite's online backup API: copying the file would miss what is still in
the write-ahead log. Automatic backups rotate (keep the newest N) and are skipped when the
database has not changed since the newest one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from .errors import NotANetzwerkstattDatabase, UserError

AUTO_PREFIX = "auto-"
SAFETY_PREFIX = "vor-wiederherstellung-"
MIGRATION_PREFIX = "vor-update-"
BACKUP_SUFFIX = ".sqlite"


def backup_folder(db_path: Path, override: Path | None = None) -> Path:
    folder = override or db_path.parent / "Sicherungen"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_database(source: Path, target: Path) -> Path:
    """Copy a SQLite database consistently (online backup API) to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        partial.replace(target)  # a half-written copy never carries the final name
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Die Sicherung nach {target} ist fehlgeschlagen: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"Die Sicherung nach {target} konnte nicht geschrieben werden: {exc}") from exc
    return target


def backup_before_migration(db_path: Path, revision: str, override: Path | None = None) -> Path:
    name = f"{MIGRATION_PREFIX}{revision}-{db_path.stem}-{_timestamp()}{BACKUP_SUFFIX}"
    return copy_database(db_path, backup_folder(db_path, override) / name)


def _last_change(db_path: Path) -> float:
    """When the data last changed: the file, or a write-ahead log that holds changes.

    Opening a database creates an empty ``-wal`` file; that is no change, so an empty
    log does not count (else every start would look like new data).
    """
    wal = db_path.with_name(db_path.name + "-wal")
    stamps = [db_path.stat().st_mtime]
    if wal.exists() and wal.stat().st_size > 0:
        stamps.append(wal.stat().st_mtime)
    return max(stamps)


def automatic_backups(db_path: Path, override: Path | None = None) -> list[Path]:
    """The automatic backups of this database, newest first."""
    folder = backup_folder(db_path, override)
    pattern = f"{AUTO_PREFIX}{db_path.stem}-*{BACKUP_SUFFIX}"
    return sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)


def automatic_backup(db_path: Path, keep: int = 10, override: Path | None = None) -> Path | None:
    """Back up at start when the data changed since the newest backup; keep ``keep`` copies.

    Returns the new backup, or None when nothing had changed.
    """
    existing = automatic_backups(db_path, override)
    if existing and existing[0].stat().st_mtime >= _last_change(db_path):
        return None
    name = f"{AUTO_PREFIX}{db_path.stem}-{_timestamp()}{BACKUP_SUFFIX}"
    created = copy_database(db_path, backup_folder(db_path, override) / name)
    for stale in automatic_backups(db_path, override)[max(keep, 1) :]:
        stale.unlink(missing_ok=True)
    return created


def restore_database(db_path: Path, source: Path, override: Path | None = None) -> Path:
    """Replace the database's content with ``source``; returns the safety backup made first.

    The source is checked (a readable Netzwerkstatt database, intact) before anything is
    changed. The copy goes through the backup API into the live file, so WAL and open
    readers stay consistent.
    """
    from .db import APPLICATION_ID

    source = Path(source)
    if not source.is_file():
        raise UserError(f"Die Sicherungsdatei {source} gibt es nicht.")
    try:
        check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            app_id = check.execute("PRAGMA application_id").fetchone()[0]
            integrity = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
    except sqlite3.DatabaseError as exc:
        raise NotANetzwerkstattDatabase(f"{source} ist keine Netzwerkstatt-Sicherung ({exc}).") from exc
    if app_id != APPLICATION_ID:
        raise NotANetzwerkstattDatabase(f"{source} ist keine Netzwerkstatt-Sicherung.")
    if integrity != "ok":
        raise UserError(f"Die Sicherung {source} ist beschädigt ({integrity}); nichts wurde geändert.")

    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        name = f"{SAFETY_PREFIX}{db_path.stem}-{_timestamp()}{BACKUP_SUFFIX}"
        safety = copy_database(db_path, backup_folder(db_path, override) / name)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path, timeout=15)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return safety
