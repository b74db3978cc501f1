"""Check codes of certificates: short, not guessable, answerable from the register.

The code is an HMAC of the register entry (number, person, event or year) with a secret
of the office, generated once and kept in the database; printed on the document and in
its QR code, it lets the office answer a chamber's query ("gültig", "widerrufen",
"unbekannt") in seconds, while a forger cannot compute a code for a made-up number.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.db import Database
from ..core.entities import Certificate, Event, OfficeProfile, Person

# Crockford-like alphabet without 0/O and 1/I/L confusion for reading codes aloud.
_ALPHABET = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "ABCDEFGHJKMNPQRSTUVWXYZ234567892")


def office_secret(session: Session) -> str:
    """The office's secret, created on first use."""
    profile = session.get_one(OfficeProfile, 1)
    if not profile.check_secret:
        profile.check_secret = secrets.token_hex(32)
        session.flush()
    return profile.check_secret


def check_code(secret: str, number: str, person_id: int, subject: int) -> str:
    digest = hmac.new(secret.encode(), f"{number}|{person_id}|{subject}".encode(), hashlib.sha256).digest()
    text = base64.b32encode(digest[:8]).decode()[:12].translate(_ALPHABET)
    return "-".join(text[i : i + 4] for i in range(0, 12, 4))


def normalise(code: str) -> str:
    compact = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@dataclass(frozen=True)
class Verification:
    state: str  # gültig, widerrufen, unbekannt
    number: str | None = None
    kind: str | None = None
    person: str | None = None
    subject: str | None = None
    issued_on: str | None = None
    revoke_reason: str | None = None

    def line(self) -> str:
        if self.state == "unbekannt":
            return "unbekannt: kein Eintrag im Bescheinigungsregister"
        text = (
            f"{self.state}: {self.number}, {self.kind}, {self.person}, {self.subject}, ausgestellt am {self.issued_on}"
        )
        return text + (f"; Grund: {self.revoke_reason}" if self.revoke_reason else "")


def verify(db: Database, code: str) -> Verification:
    with db.session() as session:
        row = session.execute(
            select(Certificate, Person.first_name, Person.last_name, Event.title)
            .join(Person, Certificate.person_id == Person.id)
            .outerjoin(Event, Certificate.event_id == Event.id)
            .where(Certificate.check_code == normalise(code))
        ).first()
    if row is None:
        return Verification("unbekannt")
    certificate, first, last, title = row
    subject = title if certificate.event_id else f"Jahr {certificate.period_year}"
    return Verification(
        "widerrufen" if certificate.revoked_at else "gültig",
        certificate.number,
        certificate.kind,
        f"{first} {last}",
        subject,
        f"{certificate.issued_at:%d.%m.%Y}",
        certificate.revoke_reason,
    )
