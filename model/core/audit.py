"""The audit log: who (OS user) changed what, when."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Any

from sqlalchemy.orm import Session

from .entities import AuditEntry

# Keys of an entry's changes that record ids for the program (the chain of merged records),
# not for people to read: the entry's summary names the people. Histories leave them out.
MERGED_FROM = "Zusammengeführt aus Nr."
MERGED_INTO = "übernommen von Nr."
OTHER_PERSON = "andere Person Nr."
REFERENCE_KEYS = frozenset({MERGED_FROM, MERGED_INTO, OTHER_PERSON})


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some service contexts
        return "unbekannt"


def record(
    session: Session,
    entity: str,
    entity_id: int | None,
    action: str,
    summary: str | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the session's current transaction (saved with the change)."""
    entry = AuditEntry(
        at=dt.datetime.now().replace(microsecond=0),
        os_user=current_user(),
        entity=entity,
        entity_id=entity_id,
        action=action,
        summary=summary,
        changes=json.dumps(changes, ensure_ascii=False, default=str) if changes else None,
    )
    session.add(entry)
    return entry
