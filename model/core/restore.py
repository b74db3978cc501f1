"""Restoring a backup over a database: the source checked first, a safety copy, one write.

Above ``db`` (the schema revisions this program knows) and ``backup`` (the copies).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .backup import (
    BACKUP_SUFFIX,
    SAFETY_PREFIX,
    backup_folder,
    chosen_folder,
    copy_database,
    integrity_problems,
    timestamp,
)
from .db import APPLICATION_ID, SCHEMA_HEAD, SQLITE_HEADER
from .errors import NotANetzwerkstattDatabase, UserError
from .migrations.runner import MIGRATIONS_DIR
from .safe_files import output_error, remove_leftovers, temporary_path

RESTORE_STEP_PAGES = 1024


def known_revisions() -> set[str]:
    """The schema revisions this program has migrations for (file names begin with the id)."""
    versions = MIGRATIONS_DIR / "versions"
    return {path.name.split("_", 1)[0] for path in versions.glob("*.py") if "_" in path.name}


def check_restore_source(source: Path) -> str | None:
    """Refuse (UserError) a file that is no intact Netzwerkstatt backup this program can use;
    return its schema revision. Read-only: the file is not changed."""
    source = Path(source)
    if not source.is_file():
        raise UserError(f"Die Sicherungsdatei {source} gibt es nicht.")
    with source.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotANetzwerkstattDatabase(f"{source} ist keine Netzwerkstatt-Sicherung (keine SQLite-Datei).")
    try:
        check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            app_id = check.execute("PRAGMA application_id").fetchone()[0]
            has_version = check.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = check.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        finally:
            check.close()
    except sqlite3.DatabaseError as exc:
        raise NotANetzwerkstattDatabase(f"{source} ist keine lesbare Netzwerkstatt-Sicherung ({exc}).") from exc
    if app_id != APPLICATION_ID:
        raise NotANetzwerkstattDatabase(f"{source} ist keine Netzwerkstatt-Sicherung.")
    problems = integrity_problems(source)
    if problems:
        raise UserError(f"Die Sicherung {source} ist beschädigt ({problems[0]}); nichts wurde geändert.")
    revision = row[0] if row else None
    if revision is not None and (revision > SCHEMA_HEAD or revision not in known_revisions()):
        raise UserError(
            f"Die Sicherung {source.name} stammt von einer neueren Programmversion (Stand {revision}, dieses "
            f"Programm kennt bis {SCHEMA_HEAD}); nichts wurde geändert. Bitte das Programm aktualisieren "
            "und dann wiederherstellen."
        )
    return revision


def restore_database(db_path: Path, source: Path, override: Path | str | None = None, progress=None) -> Path | None:
    """Replace the database's content with ``source``; returns the safety backup made first
    (into ``override``, else the profile's backup folder).

    The source is checked first (a Netzwerkstatt database, intact, a schema revision this
    program knows); only then is anything changed. The copy goes through the backup API into
    the live file: one write transaction, so a kill leaves either the old or the new state,
    and open readers stay consistent. The safety copy restores with this same function.
    """
    source = Path(source)
    check_restore_source(source)
    folder = backup_folder(db_path, chosen_folder(db_path, override))
    remove_leftovers(folder)  # e.g. the private copy of a restore that was killed
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        name = f"{SAFETY_PREFIX}{db_path.stem}-{timestamp()}{BACKUP_SUFFIX}"
        safety = copy_database(db_path, folder / name)
    # First a private copy of the source (in steps, with progress; a kill here leaves only a
    # temporary file in the backup folder), then that copy into the live file in ONE step: one
    # write transaction, so a kill leaves the old state and open readers stay consistent.
    # (A backup in several steps into the live file commits step by step.)
    try:
        stage = temporary_path(folder / f"{db_path.stem}-wiederherstellung{BACKUP_SUFFIX}")
    except OSError as exc:
        raise output_error(exc, folder) from exc
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        staged = sqlite3.connect(stage)
        try:
            src.backup(
                staged,
                pages=RESTORE_STEP_PAGES,
                progress=(lambda _status, remaining, total: progress(total - remaining, total)) if progress else None,
            )
        finally:
            src.close()
        dst = sqlite3.connect(db_path, timeout=15)
        try:
            staged.backup(dst)
        finally:
            dst.close()
            staged.close()
    except sqlite3.Error as exc:
        raise UserError(
            f"Wiederherstellen nach {db_path} ist fehlgeschlagen ({exc}); der vorherige Stand ist unverändert."
        ) from exc
    finally:
        stage.unlink(missing_ok=True)
    return safety
