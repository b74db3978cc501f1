"""Backups of SQLite databases (restoring one is ``model.core.restore``).

Always through SQLite's online backup API: copying the file would miss what is still in
the write-ahead log. Automatic backups rotate (keep the newest N) and are skipped when the
database has not changed since the newest one. They go to the folder named in the office
profile (``OfficeProfile.backup_folder``), by default "Sicherungen" beside the database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from .errors import UserError
from .safe_files import output_error, remove_leftovers, temporary_path
from .sqlite_file import probe_uri

AUTO_PREFIX = "auto-"
SAFETY_PREFIX = "vor-wiederherstellung-"
MIGRATION_PREFIX = "vor-update-"
BACKUP_SUFFIX = ".sqlite"


DEFAULT_FOLDER_NAME = "Sicherungen"


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
        raise UserError(
            f"Der Sicherungsordner {folder} ist nicht erreichbar: {exc.strerror or exc}. "
            "Bitte das Laufwerk verbinden oder unter Einstellungen → Sicherungen einen "
            "anderen Ordner wählen."
        ) from exc
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


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_database(source: Path, target: Path) -> Path:
    """Copy a SQLite database consistently (online backup API) to ``target``."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = temporary_path(target)
    except OSError as exc:
        raise output_error(exc, target) from exc
    try:
        src = sqlite3.connect(probe_uri(source), uri=True)
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
        raise UserError(
            f"Die Datenbank {source} ist beschädigt ({problems[0]}); es wurde keine Sicherung "
            "geschrieben. Bitte »check« ausführen und eine frühere Sicherung wiederherstellen "
            "(»restore«)."
        )
    return copy_database(source, target)


def backup_before_migration(db_path: Path, revision: str, override: Path | None = None) -> Path:
    """The copy taken before a schema upgrade: into ``override``, else the profile's folder.

    If the profile's folder cannot be reached the copy goes beside the database instead:
    the upgrade must not wait for a disconnected drive, nor run without a backup.
    """
    name = f"{MIGRATION_PREFIX}{revision}-{db_path.stem}-{timestamp()}{BACKUP_SUFFIX}"
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


def chosen_folder(db_path: Path, override: Path | str | None) -> Path | None:
    return Path(override) if override else configured_backup_folder(db_path)


def automatic_backups(db_path: Path, override: Path | str | None = None) -> list[Path]:
    """The automatic backups of this database, newest first (``override``: else the profile's folder)."""
    folder = backup_folder(db_path, chosen_folder(db_path, override))
    pattern = f"{AUTO_PREFIX}{db_path.stem}-*{BACKUP_SUFFIX}"
    return sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)


def all_backups(db_path: Path, override: Path | str | None = None) -> list[Path]:
    """Every backup the program made of this database (automatic, before an update, before a
    restore), newest first. A folder that cannot be reached gives an empty list."""
    try:
        folder = backup_folder(db_path, chosen_folder(db_path, override))
    except UserError:
        return []
    found = [
        path
        for prefix in (AUTO_PREFIX, MIGRATION_PREFIX, SAFETY_PREFIX)
        for path in folder.glob(f"{prefix}*{BACKUP_SUFFIX}")
        if db_path.stem in path.name
    ]
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def backups_holding_person(backups: list[Path], person_id: int) -> list[Path]:
    """The backups in which the person with ``person_id`` is still stored un-anonymised."""
    holding = []
    for path in backups:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                row = conn.execute(
                    "SELECT 1 FROM person WHERE id = ? AND anonymised_at IS NULL", (person_id,)
                ).fetchone()
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
    folder = backup_folder(db_path, chosen_folder(db_path, override))
    remove_leftovers(folder)  # the temporary copy and journal of a backup that was killed
    existing = automatic_backups(db_path, folder)
    if existing and existing[0].stat().st_mtime >= _last_change(db_path):
        return None
    name = f"{AUTO_PREFIX}{db_path.stem}-{timestamp()}{BACKUP_SUFFIX}"
    created = copy_database(db_path, folder / name)
    for stale in automatic_backups(db_path, folder)[max(keep, 1) :]:
        stale.unlink(missing_ok=True)
    return created
