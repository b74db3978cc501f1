"""Health check of an open database: integrity, foreign keys, schema revision."""

from __future__ import annotations

import os

from .db import SCHEMA_HEAD, Database, current_revision, resolve_target


def check_database(db: Database) -> list[str]:
    """German descriptions of every problem found; an empty list means all is well."""
    problems: list[str] = []
    revision = current_revision(db.engine)
    if revision != SCHEMA_HEAD:
        problems.append(f"Datenbankschema auf Stand {revision}, erwartet {SCHEMA_HEAD}.")
    if not db.is_sqlite:
        return problems
    with db.engine.connect() as conn:
        integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.extend(f"Integrität: {line}" for line in integrity)
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"Fremdschlüssel: Zeile {rowid} in {table} verweist auf fehlenden Eintrag in {parent}.")
    return problems


def check_file(target: str | os.PathLike | None) -> list[str]:
    """Integrity problems of an existing SQLite file, found read-only before it is opened
    (a damaged file must get a summary, not a failed migration or a traceback)."""
    from .backup import integrity_problems

    _url, path = resolve_target(target)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return []
    return [f"Integrität: {line}" for line in integrity_problems(path)]


def summary(problems: list[str]) -> str:
    """The first line of the report: what was found and what to do."""
    damaged = any(problem.startswith("Integrität") for problem in problems)
    if damaged:
        return (
            f"Die Datenbank ist beschädigt ({len(problems)} Befunde). Bitte nicht weiterarbeiten und eine "
            "Sicherung zurückspielen: netzwerkstatt restore DATEI (Sicherungen liegen im Ordner "
            "»Sicherungen« neben der Datenbank)."
        )
    return f"Die Prüfung hat {len(problems)} Probleme gefunden:"
