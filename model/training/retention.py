"""Retention of issued certificates: after the period set in Einstellungen (default six
years — the chambers' check period plus one year) a certificate's snapshot, which names the
person and their chamber number, is reduced to number, date and event. The register row
stays, so that numbering stays gapless and the certificate can still be confirmed by number.

``reduce_expired_certificates`` runs at every program start (start-up maintenance).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from ..core import audit
from ..core.db import Database
from ..core.entities import Certificate, OfficeProfile

DEFAULT_RETENTION_YEARS = 6


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def reduced_snapshot(certificate: Certificate) -> str:
    """Only what proves that the certificate existed: number, date, event."""
    full = json.loads(certificate.snapshot or "{}")
    event = full.get("event") or {}
    kept = {
        "number": certificate.number,
        "issued_at": certificate.issued_at.isoformat() if certificate.issued_at else None,
        "event": {"title": event.get("title"), "start": event.get("start")} if event else None,
        "reduced": True,
    }
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


def reduce_expired_certificates(db: Database, today: dt.date | None = None) -> int:
    """Reduce the snapshots whose retention period is over; returns how many were reduced."""
    today = today or dt.date.today()
    with db.writing() as session:
        profile = session.get(OfficeProfile, 1)
        years = (
            int(profile.certificate_retention_years or DEFAULT_RETENTION_YEARS) if profile else DEFAULT_RETENTION_YEARS
        )
        limit = dt.datetime.combine(_years_before(today, years), dt.time())
        expired = session.scalars(
            select(Certificate).where(Certificate.reduced_at.is_(None), Certificate.issued_at < limit)
        ).all()
        if not expired:
            return 0
        now = dt.datetime.now().replace(microsecond=0)
        for certificate in expired:
            certificate.snapshot = reduced_snapshot(certificate)
            certificate.reduced_at = now
        audit.record(
            session,
            "certificate",
            None,
            "Aufbewahrung",
            f"{len(expired)} Bescheinigung(en) nach {years} Jahren auf Nummer, Datum und Veranstaltung gekürzt",
        )
    return len(expired)
