"""Backups and restore of SQLite databases.

Always through SQLite's online backup API: copying the file would miss what is still in
the write-ahead log. Automatic backups rotate (keep the newest N) and are skipped when the
database has not changed since the newest one. They go to the folder named in the office
profile (``OfficeProfile.backup_folder``), by default "Sicherungen" beside the database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from .errors import NotANetzwerkstattDatabase, UserError
from .safe_files import output_error, remove_leftovers, temporary_path

AUTO_PREFIX = "auto-"
SAFETY_PREFIX = "vor-wiederherstellung-"
MIGRATION_PREFIX = "vor-update-"
BACKUP_SUFFIX = ".sqlite"


DEFAULT_FOLDER_NAME = "Sicherungen"
RESTORE_STEP_PAGES = 1024


def default_backup_folder(db_path: Path) -> Path:
    """Where backups go unless the office profile names a folder: "Sicherungen" beside the file."""
    return db_path.parent / DEFAULT_FOLDER_NAME


def backup_folder(db_path: Path, override: Path | str | None = None) -> Path:
    """The backup folder (``override``: the office profile's choice), created if needed.

    A folder that cannot be created or written to (a drive not connected, no permission)
    raises ``UserError`` naming it.
    """
    folder = Path(override) if override else default_backup_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Der Sicherungsordner {folder} ist nicht erreichbar: {exc.strerror or exc}. "
                        "Bitte das Laufwerk verbinden oder unter Einstellungen → Sicherungen einen "
                        "anderen Ordner wählen.") from exc
    return folder


def check_backup_folder(folder: Path | str) -> Path:
    """Create ``folder`` if needed and make sure a backup can be written there (else ``UserError``)."""
    import tempfile

    folder = Path(folder)
    backup_folder(folder / "unused.sqlite", folder)
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UserError(f"In den Ordner {folder} kann nicht geschrieben werden: {exc.strerror or exc}.") from exc
    return folder


def configured_backup_folder(db_path: Path) -> Path | None:
    """The backup folder named in the office profile of the SQLite file at ``db_path``.

    Read with a plain read-only connection, so that it works before a migration too (and
    on databases from before the setting existed: None).
    """
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT backup_folder FROM office_profile WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return Path(row[0]) if row and row[0] else None


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_database(source: Path, target: Path) -> Path:
    """Copy a SQLite database consistently (online backup API) to ``target``."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = temporary_path(target)
    except OSError as exc:
        raise output_error(exc, target) from exc
    try:
        from .db import _probe_uri

        src = sqlite3.connect(_probe_uri(source), uri=True)
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
        raise output_error(exc, target) from exc
    return target


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` reports for the SQLite file at ``path`` (empty: intact).

    Read through a read-only connection: a damaged file is not touched further.
    """
    # Without a write-ahead log beside it, ``immutable`` reads the file alone and leaves no
    # -wal/-shm behind (the file may not even be ours).
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"file:{path}?{options}", uri=True)
        try:
            lines = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if lines == ["ok"]:
        return []
    # One row may hold many findings, under a "*** in database main ***" heading.
    findings = [part.strip() for line in lines for part in line.splitlines()]
    return [part for part in findings if part and not part.startswith("***")]


def backup_checked(source: Path, target: Path) -> Path:
    """A backup on request: refused when the source fails the integrity check."""
    problems = integrity_problems(source)
    if problems:
        raise UserError(f"Die Datenbank {source} ist beschädigt ({problems[0]}); es wurde keine Sicherung "
                        "geschrieben. Bitte »check« ausführen und eine frühere Sicherung wiederherstellen "
                        "(»restore«).")
    return copy_database(source, target)


def backup_before_migration(db_path: Path, revision: str, override: Path | None = None) -> Path:
    """The copy taken before a schema upgrade: into ``override``, else the profile's folder.

    If the profile's folder cannot be reached the copy goes beside the database instead:
    the upgrade must not wait for a disconnected drive, nor run without a backup.
    """
    name = f"{MIGRATION_PREFIX}{revision}-{db_path.stem}-{_timestamp()}{BACKUP_SUFFIX}"
    folders = [default_backup_folder(db_path)] + [Path(f) for f in (override, configured_backup_folder(db_path)) if f]
    for folder in folders:
        remove_leftovers(folder)  # the temporary copy and journal of an earlier, killed upgrade
    if override is None:
        configured = configured_backup_folder(db_path)
        if configured is not None:
            try:
                return copy_database(db_path, backup_folder(db_path, configured) / name)
            except UserError:
                pass
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


def _chosen_folder(db_path: Path, override: Path | str | None) -> Path | None:
    return Path(override) if override else configured_backup_folder(db_path)


def automatic_backups(db_path: Path, override: Path | str | None = None) -> list[Path]:
    """The automatic backups of this database, newest first (``override``: else the profile's folder)."""
    folder = backup_folder(db_path, _chosen_folder(db_path, override))
    pattern = f"{AUTO_PREFIX}{db_path.stem}-*{BACKUP_SUFFIX}"
    return sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)


def all_backups(db_path: Path, override: Path | str | None = None) -> list[Path]:
    """Every backup the program made of this database (automatic, before an update, before a
    restore), newest first. A folder that cannot be reached gives an empty list."""
    try:
        folder = backup_folder(db_path, _chosen_folder(db_path, override))
    except UserError:
        return []
    found = [path for prefix in (AUTO_PREFIX, MIGRATION_PREFIX, SAFETY_PREFIX)
             for path in folder.glob(f"{prefix}*{BACKUP_SUFFIX}") if db_path.stem in path.name]
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def backups_holding_person(backups: list[Path], person_id: int) -> list[Path]:
    """The backups in which the person with ``person_id`` is still stored un-anonymised."""
    holding = []
    for path in backups:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                row = conn.execute("SELECT 1 FROM person WHERE id = ? AND anonymised_at IS NULL", (person_id,)).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # not readable as ours: nothing this program could restore from it either
        if row:
            holding.append(path)
    return holding


def delete_backups(backups: list[Path]) -> list[Path]:
    """Delete ``backups`` (after an erasure the old copies must not keep the person); returns
    the ones that could not be deleted."""
    failed = []
    for path in backups:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            failed.append(path)
    return failed


def automatic_backup(db_path: Path, keep: int = 10, override: Path | str | None = None) -> Path | None:
    """Back up at start when the data changed since the newest backup; keep ``keep`` copies.

    The copy goes to ``override``, else to the folder named in the office profile, else to
    "Sicherungen" beside the database. Returns the new backup, or None when nothing had changed.
    """
    folder = backup_folder(db_path, _chosen_folder(db_path, override))
    remove_leftovers(folder)  # the temporary copy and journal of a backup that was killed
    existing = automatic_backups(db_path, folder)
    if existing and existing[0].stat().st_mtime >= _last_change(db_path):
        return None
    name = f"{AUTO_PREFIX}{db_path.stem}-{_timestamp()}{BACKUP_SUFFIX}"
    created = copy_database(db_path, folder / name)
    for stale in automatic_backups(db_path, folder)[max(keep, 1) :]:
        stale.unlink(missing_ok=True)
    return created


def known_revisions() -> set[str]:
    """The schema revisions this program has migrations for (file names begin with the id)."""
    versions = Path(__file__).resolve().parent / "migrations" / "versions"
    return {path.name.split("_", 1)[0] for path in versions.glob("*.py") if "_" in path.name}


def check_restore_source(source: Path) -> str | None:
    """Refuse (UserError) a file that is no intact Netzwerkstatt backup this program can use;
    return its schema revision. Read-only: the file is not changed."""
    from .db import APPLICATION_ID, SCHEMA_HEAD, SQLITE_HEADER

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
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
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


def restore_database(db_path: Path, source: Path, override: Path | str | None = None,
                     progress=None) -> Path | None:  # progress(copied_pages, total_pages)
    """Replace the database's content with ``source``; returns the safety backup made first
    (into ``override``, else the profile's backup folder).

    The source is checked first (a Netzwerkstatt database, intact, a schema revision this
    program knows); only then is anything changed. The copy goes through the backup API into
    the live file: one write transaction, so a kill leaves either the old or the new state,
    and open readers stay consistent. The safety copy restores with this same function.
    """
    source = Path(source)
    check_restore_source(source)
    folder = backup_folder(db_path, _chosen_folder(db_path, override))
    remove_leftovers(folder)  # e.g. the private copy of a restore that was killed
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        name = f"{SAFETY_PREFIX}{db_path.stem}-{_timestamp()}{BACKUP_SUFFIX}"
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
            src.backup(staged, pages=RESTORE_STEP_PAGES,
                       progress=(lambda _status, remaining, total: progress(total - remaining, total))
                       if progress else None)
        finally:
            src.close()
        dst = sqlite3.connect(db_path, timeout=15)
        try:
            staged.backup(dst)
        finally:
            dst.close()
            staged.close()
    except sqlite3.Error as exc:
        raise UserError(f"Wiederherstellen nach {db_path} ist fehlgeschlagen ({exc}); der vorherige Stand "
                        "ist unverändert.") from exc
    finally:
        stage.unlink(missing_ok=True)
    return safety
