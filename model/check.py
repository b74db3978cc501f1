"""Health check of an open database: integrity, foreign keys, schema revision."""

from __future__ import annotations

from .db import SCHEMA_HEAD, Database, current_revision


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
            problems.append(
                f"Fremdschlüssel: Zeile {rowid} in {table} verweist auf fehlenden Eintrag in {parent}."
            )
    return problems
