"""The certificate register: numbering, immutable snapshots, reprint, revoke, reissue.

- Every certificate gets a unique number ``PREFIX-YYYY-NNNN`` (per issue year), assigned
  under the write lock (BEGIN IMMEDIATE) with a UNIQUE constraint as the backstop.
- Its snapshot is a JSON copy of everything the document says; a reprint renders the
  snapshot, so it is identical even after people, events or the office profile changed.
  Logo and signature are kept once by content hash (``DocumentAsset``).
- Asking again for an event's certificates reprints the valid ones instead of issuing new
  numbers. Revoking keeps the row; reissuing gives a new number that replaces the old one.
- Only people who attended (status teilgenommen) get a certificate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit
from .credits import credit_account, earned_points
from .db import Database
from .entities import (
    Accreditation,
    AgendaItem,
    Certificate,
    ChamberRequirement,
    DocumentAsset,
    Event,
    OfficeProfile,
    Organisation,
    Person,
    Registration,
)
from .errors import Cancelled, UserError
from .formatting import MONTHS, number, time_span
from .vocab import CHAMBER_NAMES

ATTENDANCE = "Teilnahmebescheinigung"
STATEMENT = "Fortbildungsnachweis"
DEFAULT_CERTIFICATE_TEXT = "hat an der folgenden Veranstaltung teilgenommen:"
DEFAULT_ACCREDITED_TEXT = "hat an der folgenden, von der Kammer als Fortbildung anerkannten Veranstaltung teilgenommen:"


@dataclass(frozen=True)
class IssuedCertificate:
    id: int
    number: str
    kind: str
    person_id: int
    snapshot: dict
    reprint: bool  # True when an existing certificate was printed again

    @property
    def revoked(self) -> bool:
        return bool(self.snapshot.get("revoked"))


# --- snapshots -------------------------------------------------------------------------


def _asset(session: Session, content: bytes | None) -> str | None:
    if not content:
        return None
    digest = hashlib.sha256(content).hexdigest()
    if session.get(DocumentAsset, digest) is None:
        session.add(DocumentAsset(sha256=digest, content=content))
    return digest


def asset_bytes(db: Database, digest: str | None) -> bytes | None:
    if not digest:
        return None
    with db.session() as session:
        asset = session.get(DocumentAsset, digest)
        return asset.content if asset else None


def _office_snapshot(session: Session, profile: OfficeProfile) -> dict:
    postal = " ".join(p for p in (profile.postcode, profile.city) if p)
    return {
        "name": profile.office_name,
        "network": profile.network_name,
        "address_line": ", ".join(p for p in (profile.street, postal) if p),
        "contact_line": " · ".join(p for p in (profile.phone, profile.email, profile.website) if p),
        "logo": _asset(session, profile.logo_png),
        "signature": _asset(session, profile.signature_png),
        "signatory_name": profile.signatory_name,
        "signatory_function": profile.signatory_function,
        "place": profile.certificate_place or profile.city,
    }


def _person_snapshot(person: Person, organisation_name: str | None) -> dict:
    return {
        "salutation": person.salutation,
        "title": person.title,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "organisation": organisation_name,
        "chamber": person.chamber,
        "chamber_name": CHAMBER_NAMES.get(person.chamber or "", person.chamber),
        "chamber_number": person.chamber_number,
    }


def _format_label(event_format: str, chamber: str | None) -> str:
    """The IK-Bau NRW asks for Präsenz or Telepräsenz; everyone else reads the format."""
    if chamber == "IK-Bau NRW":
        return "Telepräsenz" if event_format == "Online" else "Präsenz" if event_format == "Präsenz" else "Präsenz / Telepräsenz"
    return event_format


def _event_snapshot(event: Event, topics: list[str], provider: str, chamber: str | None) -> dict:
    venue = "Online" if event.format == "Online" else (event.venue or "")
    if event.format == "Hybrid" and event.venue:
        venue = f"{event.venue} und online"
    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind,
        "start": event.starts_at.isoformat(),
        "end": event.ends_at.isoformat(),
        "when": time_span(event.starts_at, event.ends_at),
        "venue": venue,
        "venue_address": event.venue_address if event.format != "Online" else None,
        "format": event.format,
        "format_label": _format_label(event.format, chamber),
        "provider": provider,
        "topics": topics,
        "duration_minutes": int((event.ends_at - event.starts_at).total_seconds() // 60),
    }


# --- numbering -------------------------------------------------------------------------


def _next_sequence(session: Session, year: int) -> int:
    current = session.scalar(select(func.max(Certificate.sequence)).where(Certificate.year == year))
    return (current or 0) + 1


def _new_certificate(session: Session, *, kind: str, person_id: int, event_id: int | None,
                     period_year: int | None, chamber: str | None, points: Decimal | None,
                     snapshot: dict, prefix: str, now: dt.datetime, sequence: int) -> Certificate:
    number = f"{prefix}-{now.year}-{sequence:04d}"
    snapshot = {**snapshot, "number": number, "issued_on": now.date().isoformat(),
                "issued_on_text": f"{now.day}. {MONTHS[now.month - 1]} {now.year}"}
    certificate = Certificate(
        number=number, year=now.year, sequence=sequence, kind=kind, person_id=person_id,
        event_id=event_id, period_year=period_year, chamber=chamber, credit_points=points,
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True), issued_at=now,
        issued_by=audit.current_user(),
    )
    session.add(certificate)
    return certificate


def _issued(certificate: Certificate, reprint: bool) -> IssuedCertificate:
    if reprint and certificate.reduced_at is not None:
        raise UserError(f"Die Bescheinigung {certificate.number} wurde nach Ablauf der Aufbewahrungsfrist auf "
                        "Nummer, Datum und Veranstaltung gekürzt und kann nicht mehr gedruckt werden.")
    snapshot = json.loads(certificate.snapshot)
    if certificate.revoked_at:
        snapshot["revoked"] = True
    return IssuedCertificate(certificate.id, certificate.number, certificate.kind,
                             certificate.person_id, snapshot, reprint)


# --- attendance certificates -----------------------------------------------------------


def issue_for_event(
    db: Database,
    event_id: int,
    person_ids: list[int] | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[IssuedCertificate]:
    """Certificates for the event's attendees (or the given people): new or reprinted.

    All in one transaction: cancelling leaves the register as it was.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.writing() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        profile = session.get(OfficeProfile, 1)
        rows = session.execute(
            select(Registration, Person, Organisation.name)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id)
            .order_by(Person.last_name, Person.first_name, Person.id)
        ).all()
        by_person = {person.id: (registration, person, org) for registration, person, org in rows}
        wanted = person_ids if person_ids is not None else [
            person.id for registration, person, _ in rows if registration.status == "teilgenommen"
        ]
        for person_id in wanted:
            entry = by_person.get(person_id)
            if entry is None or entry[0].status != "teilgenommen":
                name = f"{entry[1].first_name} {entry[1].last_name}" if entry else f"Nr. {person_id}"
                raise UserError(f"Keine Bescheinigung für {name}: nicht als »teilgenommen« erfasst.")
        if not wanted:
            raise UserError(f"Für »{event.title}« ist niemand als »teilgenommen« erfasst.")

        accreditations = list(session.scalars(
            select(Accreditation).where(Accreditation.event_id == event_id).order_by(Accreditation.chamber)
        ))
        requirements = {r.chamber: r for r in session.scalars(select(ChamberRequirement))}
        topics = [item.title for item in session.scalars(
            select(AgendaItem).where(AgendaItem.event_id == event_id, AgendaItem.kind.notin_(("Pause", "Begrüßung")))
            .order_by(AgendaItem.position)
        )]
        existing = {c.person_id: c for c in session.scalars(
            select(Certificate).where(Certificate.event_id == event_id, Certificate.kind == ATTENDANCE,
                                      Certificate.revoked_at.is_(None))
        )}
        office = _office_snapshot(session, profile)
        provider = profile.office_name
        if profile.network_name and profile.network_name.casefold() not in profile.office_name.casefold():
            provider = f"{profile.office_name}, {profile.network_name}"
        sequence = _next_sequence(session, now.year)
        results: list[IssuedCertificate] = []
        for done, person_id in enumerate(wanted):
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(done, len(wanted), "Bescheinigungen werden vorbereitet…")
            if person_id in existing:
                results.append(_issued(existing[person_id], reprint=True))
                continue
            registration, person, organisation_name = by_person[person_id]
            credits = _credits_for(person, registration, accreditations, requirements, bool(profile.credit_speakers))
            chamber = person.chamber if any(c["chamber"] == person.chamber for c in credits) else None
            snapshot = {
                "kind": ATTENDANCE,
                "title": profile.certificate_title or ATTENDANCE,
                "text": profile.certificate_text or (DEFAULT_ACCREDITED_TEXT if credits else DEFAULT_CERTIFICATE_TEXT),
                "office": office,
                "person": _person_snapshot(person, organisation_name),
                "event": _event_snapshot(event, topics, provider, person.chamber),
                "attended_minutes": registration.attended_minutes,
                "role": registration.role,
                "credits": credits,
            }
            points = Decimal(str(credits[0]["points"])) if credits else None
            certificate = _new_certificate(
                session, kind=ATTENDANCE, person_id=person_id, event_id=event_id, period_year=None,
                chamber=chamber or (credits[0]["chamber"] if credits else None), points=points,
                snapshot=snapshot, prefix=profile.certificate_prefix or "NWS", now=now, sequence=sequence,
            )
            sequence += 1
            session.flush()
            audit.record(session, "certificate", certificate.id, "ausgestellt",
                         f"{certificate.number}: {person.first_name} {person.last_name}, {event.title}")
            results.append(_issued(certificate, reprint=False))
        if progress:
            progress(len(wanted), len(wanted), "")
        return results


def _credits_for(person: Person, registration: Registration, accreditations: list[Accreditation],
                 requirements: dict, credit_speakers: bool) -> list[dict]:
    """The accreditations printed on a person's certificate with the points they earned."""
    relevant = [a for a in accreditations if a.chamber == person.chamber] or accreditations
    credits = []
    for accreditation in relevant:
        rule = requirements.get(accreditation.chamber)
        points = earned_points(registration.status, registration.role, accreditation.credit_points,
                               registration.attended_minutes, rule.minutes_per_unit if rule else 45,
                               credit_speakers)
        if points <= 0:
            continue
        credits.append({
            "chamber": accreditation.chamber,
            "chamber_name": CHAMBER_NAMES.get(accreditation.chamber, accreditation.chamber),
            "recognition_number": accreditation.recognition_number,
            "field": accreditation.field,
            "points": float(points),
            "points_text": number(points),
            "unit": rule.unit if rule else "Punkte",
            "minutes_per_unit": rule.minutes_per_unit if rule else 45,
        })
    return credits


# --- yearly statements -------------------------------------------------------------------


def issue_credit_statement(db: Database, person_id: int, year: int, *, now: dt.datetime | None = None) -> IssuedCertificate:
    """The Fortbildungsnachweis of a person for a calendar year (reprinted if already issued)."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    account = credit_account(db, person_id, year)
    with db.writing() as session:
        existing = session.scalar(
            select(Certificate).where(Certificate.person_id == person_id, Certificate.kind == STATEMENT,
                                      Certificate.period_year == year, Certificate.revoked_at.is_(None))
        )
        if existing is not None and json.loads(existing.snapshot).get("total") == float(account.total):
            return _issued(existing, reprint=True)
        if existing is not None:  # the account changed since: the old statement is superseded
            existing.revoked_at = now
            existing.revoke_reason = "Durch einen aktualisierten Nachweis ersetzt."
        person = session.get(Person, person_id)
        organisation = session.get(Organisation, person.organisation_id) if person.organisation_id else None
        profile = session.get(OfficeProfile, 1)
        snapshot = {
            "kind": STATEMENT,
            "title": f"Fortbildungsnachweis {year}",
            "office": _office_snapshot(session, profile),
            "person": _person_snapshot(person, organisation.name if organisation else None),
            "year": year,
            "entries": [
                {"date": e.date.isoformat(), "date_text": e.date.strftime("%d.%m.%Y"), "title": e.title,
                 "kind": e.kind, "chamber": e.chamber, "recognition_number": e.recognition_number,
                 "points": float(e.points), "points_text": number(e.points)}
                for e in account.entries
            ],
            "total": float(account.total),
            "total_text": number(account.total),
            "requirement": float(account.requirement),
            "requirement_text": number(account.requirement),
            "missing_text": number(account.missing),
            "unit": account.unit,
            "chamber_name": CHAMBER_NAMES.get(account.chamber or "", account.chamber),
        }
        certificate = _new_certificate(
            session, kind=STATEMENT, person_id=person_id, event_id=None, period_year=year,
            chamber=account.chamber, points=account.total, snapshot=snapshot,
            prefix=profile.certificate_prefix or "NWS", now=now, sequence=_next_sequence(session, now.year),
        )
        if existing is not None:
            certificate.replaces_id = existing.id
        session.flush()
        audit.record(session, "certificate", certificate.id, "ausgestellt",
                     f"{certificate.number}: Fortbildungsnachweis {year}, {person.first_name} {person.last_name}")
        return _issued(certificate, reprint=False)


# --- register operations ---------------------------------------------------------------


def get_certificate(db: Database, certificate_id: int) -> IssuedCertificate:
    with db.session() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None:
            raise UserError(f"Die Bescheinigung mit der Nummer {certificate_id} gibt es nicht.")
        return _issued(certificate, reprint=True)


def revoke(db: Database, certificate_id: int, reason: str, *, now: dt.datetime | None = None) -> None:
    if not reason or not reason.strip():
        raise UserError("Bitte einen Grund für den Widerruf angeben.")
    with db.writing() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None:
            raise UserError(f"Die Bescheinigung mit der Nummer {certificate_id} gibt es nicht.")
        if certificate.revoked_at:
            raise UserError(f"{certificate.number} ist bereits widerrufen.")
        certificate.revoked_at = (now or dt.datetime.now()).replace(microsecond=0)
        certificate.revoke_reason = reason.strip()
        audit.record(session, "certificate", certificate.id, "widerrufen", f"{certificate.number}: {reason.strip()}")


def reissue(db: Database, certificate_id: int, reason: str = "Neu ausgestellt") -> IssuedCertificate:
    """Revoke a certificate and issue a fresh one (new number, current data) in its place."""
    original = get_certificate(db, certificate_id)
    with db.session() as session:
        old = session.get(Certificate, certificate_id)
        kind, person_id, event_id, year = old.kind, old.person_id, old.event_id, old.period_year
    if not original.revoked:
        revoke(db, certificate_id, reason)
    if kind == ATTENDANCE:
        fresh = issue_for_event(db, event_id, [person_id])[0]
    else:
        fresh = issue_credit_statement(db, person_id, year)
    with db.writing() as session:
        session.get(Certificate, fresh.id).replaces_id = certificate_id
    return fresh


def register_rows(db: Database, year: int | None = None, person_id: int | None = None) -> list[dict[str, Any]]:
    """The register as plain rows for lists (newest first)."""
    query = (
        select(Certificate.id, Certificate.number, Certificate.kind, Certificate.issued_at,
               Certificate.credit_points, Certificate.revoked_at, Certificate.revoke_reason,
               Person.first_name, Person.last_name, Event.title.label("event_title"), Certificate.period_year)
        .join(Person, Certificate.person_id == Person.id)
        .outerjoin(Event, Certificate.event_id == Event.id)
        .order_by(Certificate.issued_at.desc(), Certificate.id.desc())
    )
    if year is not None:
        query = query.where(Certificate.year == year)
    if person_id is not None:
        query = query.where(Certificate.person_id == person_id)
    with db.session() as session:
        return [dict(row._mapping) for row in session.execute(query)]
