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
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.db import Database
from ..core.entities import (
    Accreditation,
    AgendaItem,
    Certificate,
    Chamber,
    ChamberRule,
    DocumentAsset,
    Event,
    OfficeProfile,
    Organisation,
    Person,
    Registration,
)
from ..core.errors import Cancelled, UserError
from ..core.formatting import MONTHS, number, time_span
from ..core.vocab import ATTENDANCE_CERTIFICATE, ATTENDED, CHAMBER_NAMES, CREDIT_STATEMENT, HYBRID, ONLINE
from ..settings.chambers import Rule, chamber_names, rule_for
from .check_codes import check_code, office_secret
from .credits import (
    SPEAKER_ROLES,
    attendance_mode,
    choose_accreditations,
    credit_account,
    earned_points,
    recognition_note,
)

DEFAULT_CERTIFICATE_TEXT = "hat an der folgenden Veranstaltung teilgenommen:"
DEFAULT_ACCREDITED_TEXT = "hat an der folgenden, als Fortbildung anerkannten Veranstaltung teilgenommen:"
CONTRIBUTION_TITLE = "Bestätigung der Mitwirkung"
CONTRIBUTION_TEXT = "hat an der folgenden Veranstaltung mitgewirkt:"
NO_CREDIT_NOTE = "Teilnahmebestätigung ohne Fortbildungspunkte: eine Anerkennung durch eine Kammer liegt nicht vor."
FIRST_STATEMENT_YEAR = 2000


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


def _person_snapshot(person: Person, organisation_name: str | None, names: dict[str, str] | None = None) -> dict:
    names = names or CHAMBER_NAMES
    return {
        "salutation": person.salutation,
        "title": person.title,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "organisation": organisation_name,
        "chamber": person.chamber,
        "chamber_name": names.get(person.chamber or "", person.chamber),
        "chamber_number": person.chamber_number,
        "chamber_category": person.chamber_category,
    }


def _format_label(event_format: str, chamber: str | None) -> str:
    """The event's format; how each person attended is stated apart (``mode``)."""
    return event_format


def _event_snapshot(event: Event, topics: list[str], provider: str, chamber: str | None) -> dict:
    venue = "Online" if event.format == ONLINE else (event.venue or "")
    if event.format == HYBRID and event.venue:
        venue = f"{event.venue} und online"
    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind,
        "start": event.starts_at.isoformat(),
        "end": event.ends_at.isoformat(),
        "when": time_span(event.starts_at, event.ends_at),
        "venue": venue,
        "venue_address": event.venue_address if event.format != ONLINE else None,
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


def _new_certificate(
    session: Session,
    *,
    kind: str,
    person_id: int,
    event_id: int | None,
    period_year: int | None,
    chamber: str | None,
    points: Decimal | None,
    snapshot: dict,
    prefix: str,
    now: dt.datetime,
    sequence: int,
) -> Certificate:
    number = f"{prefix}-{now.year}-{sequence:04d}"
    code = check_code(office_secret(session), number, person_id, event_id or period_year or 0)
    snapshot = {
        **snapshot,
        "number": number,
        "issued_on": now.date().isoformat(),
        "issued_on_text": f"{now.day}. {MONTHS[now.month - 1]} {now.year}",
        "check_code": code,
    }
    certificate = Certificate(
        number=number,
        year=now.year,
        sequence=sequence,
        kind=kind,
        person_id=person_id,
        event_id=event_id,
        period_year=period_year,
        chamber=chamber,
        credit_points=points,
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        issued_at=now,
        issued_by=audit.current_user(),
        check_code=code,
    )
    session.add(certificate)
    return certificate


def _issued(certificate: Certificate, reprint: bool) -> IssuedCertificate:
    if reprint and certificate.reduced_at is not None:
        raise UserError(
            f"Die Bescheinigung {certificate.number} wurde nach Ablauf der Aufbewahrungsfrist auf "
            "Nummer, Datum und Veranstaltung gekürzt und kann nicht mehr gedruckt werden."
        )
    snapshot = json.loads(certificate.snapshot)
    if certificate.revoked_at:
        snapshot["revoked"] = True
    return IssuedCertificate(
        certificate.id, certificate.number, certificate.kind, certificate.person_id, snapshot, reprint
    )


# --- attendance certificates -----------------------------------------------------------


def certificate_refusal(title: str, ends_at: dt.datetime, now: dt.datetime | None = None) -> str | None:
    """Why no certificate can be issued yet (the event has not ended), or None.

    The one rule: ``issue_for_event`` refuses with this text, and the GUI asks it to disable
    its buttons before the end."""
    if ends_at > (now or dt.datetime.now()):
        return (
            f"»{title}« endet erst am {ends_at:%d.%m.%Y um %H:%M} Uhr; "
            "Bescheinigungen gibt es erst nach dem Ende der Veranstaltung."
        )
    return None


def issue_for_event(
    db: Database,
    event_id: int,
    person_ids: list[int] | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    without_points: bool = False,
    deliver: Callable[[list[IssuedCertificate]], None] | None = None,
) -> list[IssuedCertificate]:
    """Certificates for the event's attendees (or the given people): new or reprinted.

    All in one transaction: cancelling leaves the register as it was, and so does a failing
    ``deliver`` (it writes the files before the numbers are committed). Only for events that
    have ended. When the event has accreditations but none is recognised (number, before the
    event), the office must ask explicitly for confirmations ``without_points``.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.writing() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        refusal = certificate_refusal(event.title, event.ends_at, now)
        if refusal:
            raise UserError(refusal)
        profile = session.get_one(OfficeProfile, 1)
        rows = session.execute(
            select(Registration, Person, Organisation.name)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id)
            .order_by(Person.last_name, Person.first_name, Person.id)
        ).all()
        by_person = {person.id: (registration, person, org) for registration, person, org in rows}
        wanted = (
            person_ids
            if person_ids is not None
            else [person.id for registration, person, _ in rows if registration.status == ATTENDED]
        )
        for person_id in wanted:
            entry = by_person.get(person_id)
            if entry is None or entry[0].status != ATTENDED:
                name = f"{entry[1].first_name} {entry[1].last_name}" if entry else f"Nr. {person_id}"
                raise UserError(f"Keine Bescheinigung für {name}: nicht als »teilgenommen« erfasst.")
        if not wanted:
            raise UserError(f"Für »{event.title}« ist niemand als »teilgenommen« erfasst.")

        accreditations = list(
            session.scalars(
                select(Accreditation).where(Accreditation.event_id == event_id).order_by(Accreditation.chamber)
            )
        )
        chambers = {c.code: c for c in session.scalars(select(Chamber))}
        names = {code: c.name for code, c in chambers.items()}
        if accreditations and not without_points and not choose_accreditations(None, accreditations, event.starts_at):
            raise UserError(
                f"»{event.title}« ist von keiner Kammer vor Beginn anerkannt (Anerkennungsnummer, Datum). "
                "Ohne Anerkennung bitte ausdrücklich Teilnahmebestätigungen ohne Punkte wählen."
            )
        agenda = list(
            session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id).order_by(AgendaItem.position))
        )
        topics = [item.title for item in agenda if item.kind not in ("Pause", "Begrüßung")]
        existing = {
            c.person_id: c
            for c in session.scalars(
                select(Certificate).where(
                    Certificate.event_id == event_id,
                    Certificate.kind == ATTENDANCE_CERTIFICATE,
                    Certificate.revoked_at.is_(None),
                )
            )
        }
        office = _office_snapshot(session, profile)
        provider = profile.office_name
        if profile.network_name and profile.network_name.casefold() not in profile.office_name.casefold():
            provider = f"{profile.office_name}, {profile.network_name}"
        sequence = _next_sequence(session, now.year)
        units: dict[tuple, str] = {}  # one rule lookup per chamber and member group, not per person

        def unit_of(code: str, category: str | None) -> str:
            if (code, category) not in units:
                units[(code, category)] = _unit(session, code, category, event.starts_at.year)
            return units[(code, category)]

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
            usable = [] if without_points else choose_accreditations(person.chamber, accreditations, event.starts_at)
            credits = _credits_for(
                person,
                registration,
                usable,
                chambers,
                bool(profile.credit_speakers),
                partial(unit_of, category=person.chamber_category),
            )
            chamber = person.chamber if any(c["chamber"] == person.chamber for c in credits) else None
            contributions = _contributions(agenda, person.id, event) if registration.role in SPEAKER_ROLES else []
            text = profile.certificate_text or (DEFAULT_ACCREDITED_TEXT if credits else DEFAULT_CERTIFICATE_TEXT)
            snapshot = {
                "kind": ATTENDANCE_CERTIFICATE,
                "title": CONTRIBUTION_TITLE if contributions else (profile.certificate_title or ATTENDANCE_CERTIFICATE),
                "text": CONTRIBUTION_TEXT if contributions else text,
                "office": office,
                "person": _person_snapshot(person, organisation_name, names),
                "event": _event_snapshot(event, topics, provider, person.chamber),
                "attended_minutes": registration.attended_minutes,
                "role": registration.role,
                "mode": attendance_mode(registration.attendance_mode, event.format),
                "contributions": contributions,
                "credits": credits,
                "no_credit_note": NO_CREDIT_NOTE if accreditations and not credits and not contributions else None,
            }
            points = Decimal(str(credits[0]["points"])) if credits else None
            certificate = _new_certificate(
                session,
                kind=ATTENDANCE_CERTIFICATE,
                person_id=person_id,
                event_id=event_id,
                period_year=None,
                chamber=chamber or (credits[0]["chamber"] if credits else None),
                points=points,
                snapshot=snapshot,
                prefix=profile.certificate_prefix or "NWS",
                now=now,
                sequence=sequence,
            )
            sequence += 1
            session.flush()
            audit.record(
                session,
                "certificate",
                certificate.id,
                "ausgestellt",
                f"{certificate.number}: {person.first_name} {person.last_name}, {event.title}",
            )
            results.append(_issued(certificate, reprint=False))
        if progress:
            progress(len(wanted), len(wanted), "")
        if deliver:
            deliver(results)  # raising here rolls the new numbers back
        return results


def _contributions(agenda: list[AgendaItem], person_id: int, event: Event) -> list[str]:
    """What a speaker or moderator contributed: agenda title, date and duration."""
    return [
        f"{item.title} ({event.starts_at:%d.%m.%Y}, {item.duration_minutes} Minuten)"
        for item in agenda
        if item.speaker_person_id == person_id
    ]


def _unit(session: Session, chamber: str, category: str | None, year: int) -> str:
    rule: Rule | ChamberRule | None = rule_for(session, chamber, category, year)
    if rule is None:  # e.g. IK-Bau NRW has rules per category only
        rule = session.scalar(
            select(ChamberRule)
            .where(ChamberRule.chamber == chamber, ChamberRule.valid_from <= year)
            .order_by(ChamberRule.valid_from.desc())
            .limit(1)
        )
    return rule.unit if rule else "Fortbildungspunkte"


def _credits_for(
    person: Person,
    registration: Registration,
    accreditations: list[Accreditation],
    chambers: dict[str, Chamber],
    credit_speakers: bool,
    unit_of: Callable[[str], str],
) -> list[dict]:
    """The recognised accreditations printed on a certificate, naming the chamber and number."""
    credits = []
    for accreditation in accreditations:
        chamber = chambers.get(accreditation.chamber)
        minutes = chamber.minutes_per_unit if chamber else 45
        points = earned_points(
            registration.status,
            registration.role,
            accreditation.credit_points,
            registration.attended_minutes,
            minutes,
            credit_speakers,
        )
        if points <= 0:
            continue
        name = chamber.name if chamber else accreditation.chamber
        credits.append(
            {
                "chamber": accreditation.chamber,
                "chamber_name": name,
                "recognition_number": accreditation.recognition_number,
                "recognised_text": f"anerkannt von der {name} unter Nr. {accreditation.recognition_number}",
                "own_chamber_note": (recognition_note(person.chamber, accreditation.chamber) or "").split("; ")[-1]
                or None,
                "field": accreditation.field,
                "points": float(points),
                "points_text": number(points),
                "unit": unit_of(accreditation.chamber),
                "minutes_per_unit": minutes,
            }
        )
    return credits


# --- yearly statements -------------------------------------------------------------------


def check_statement_year(year: int, today: dt.date | None = None) -> None:
    last = (today or dt.date.today()).year + 1
    if not FIRST_STATEMENT_YEAR <= year <= last:
        raise UserError(f"Das Jahr {year} ist nicht möglich: Nachweise gibt es für {FIRST_STATEMENT_YEAR} bis {last}.")


def _statement_snapshot(session: Session, account, person: Person, profile: OfficeProfile, year: int) -> dict:
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    names = chamber_names(session)
    snapshot = {
        "kind": CREDIT_STATEMENT,
        "title": f"Fortbildungsnachweis {year}",
        "office": _office_snapshot(session, profile),
        "person": _person_snapshot(person, organisation.name if organisation else None, names),
        "year": year,
        "entries": [
            {
                "date": e.date.isoformat(),
                "date_text": e.date.strftime("%d.%m.%Y"),
                "title": e.title,
                "kind": e.kind,
                "chamber": e.chamber,
                "recognition_number": e.recognition_number,
                "points": float(e.points),
                "points_text": number(e.points),
                "mode": e.mode,
                "recognition_note": e.recognition_note,
                "overlap_note": e.overlap_note,
            }
            for e in account.entries
        ],
        "external": [
            {
                "date_text": e.date.strftime("%d.%m.%Y"),
                "provider": e.provider,
                "title": e.title,
                "points": float(e.points),
                "points_text": number(e.points),
                "proof_seen": e.proof_seen,
            }
            for e in account.external
        ],
        "external_total_text": number(account.external_total),
        "total": float(account.total),
        "total_text": number(account.total),
        "has_requirement": account.requirement is not None,
        "unit": account.unit,
        "category": account.category,
        "chamber_name": names.get(account.chamber or "", account.chamber),
    }
    if account.requirement is not None:
        snapshot.update(
            {
                "requirement": float(account.requirement),
                "requirement_text": number(account.requirement),
                "missing_text": number(account.missing),
                "credited_text": number(account.credited),
                "carried_in_text": number(account.carried_in) if account.carried_in else None,
                "carry_out_text": number(account.carry_out) if account.carry_out else None,
            }
        )
    elif account.chamber:
        snapshot["no_requirement_text"] = (
            f"Für die {snapshot['chamber_name']} ist für {year} keine Jahresanforderung hinterlegt."
        )
    else:
        snapshot["no_requirement_text"] = "Keine Kammermitgliedschaft erfasst; eine Jahresanforderung gilt daher nicht."
    return snapshot


def issue_credit_statement(
    db: Database,
    person_id: int,
    year: int,
    *,
    now: dt.datetime | None = None,
    deliver: Callable[[IssuedCertificate], None] | None = None,
) -> IssuedCertificate:
    """The Fortbildungsnachweis of a person for a calendar year (reprinted if unchanged).

    ``deliver`` writes the document inside the transaction: if it fails, no number is used.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    check_statement_year(year, now.date())
    account = credit_account(db, person_id, year)
    with db.writing() as session:
        existing = session.scalar(
            select(Certificate).where(
                Certificate.person_id == person_id,
                Certificate.kind == CREDIT_STATEMENT,
                Certificate.period_year == year,
                Certificate.revoked_at.is_(None),
            )
        )
        person = session.get_one(Person, person_id)
        profile = session.get_one(OfficeProfile, 1)
        snapshot = _statement_snapshot(session, account, person, profile, year)
        if existing is not None and _same_statement(json.loads(existing.snapshot), snapshot):
            result = _issued(existing, reprint=True)
            if deliver:
                deliver(result)
            return result
        if existing is not None:  # the account changed since: the old statement is superseded
            existing.revoked_at = now
            existing.revoke_reason = "Durch einen aktualisierten Nachweis ersetzt."
        certificate = _new_certificate(
            session,
            kind=CREDIT_STATEMENT,
            person_id=person_id,
            event_id=None,
            period_year=year,
            chamber=account.chamber,
            points=account.total,
            snapshot=snapshot,
            prefix=profile.certificate_prefix or "NWS",
            now=now,
            sequence=_next_sequence(session, now.year),
        )
        if existing is not None:
            certificate.replaces_id = existing.id
        session.flush()
        audit.record(
            session,
            "certificate",
            certificate.id,
            "ausgestellt",
            f"{certificate.number}: Fortbildungsnachweis {year}, {person.first_name} {person.last_name}",
        )
        result = _issued(certificate, reprint=False)
        if deliver:
            deliver(result)
        return result


_VOLATILE = ("number", "issued_on", "issued_on_text", "check_code", "office", "revoked")


def _same_statement(old: dict, new: dict) -> bool:
    """Same content apart from number and date: an old statement of the same content is reprinted."""
    if "has_requirement" not in old:  # issued before the yearly rules: compare the sum only
        return old.get("total") == new["total"]

    def strip(snap: dict) -> dict:
        return {k: v for k, v in snap.items() if k not in _VOLATILE}

    return strip(old) == strip(new)


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
        old = session.get_one(Certificate, certificate_id)
        kind, person_id, event_id, year = old.kind, old.person_id, old.event_id, old.period_year
    if not original.revoked:
        revoke(db, certificate_id, reason)
    if person_id is None:
        raise UserError("Die Person dieser Bescheinigung wurde gelöscht; sie kann nicht neu ausgestellt werden.")
    if kind == ATTENDANCE_CERTIFICATE:
        assert event_id is not None  # an attendance certificate belongs to an event
        fresh = issue_for_event(db, event_id, [person_id])[0]
    else:
        assert year is not None  # a statement belongs to a year
        fresh = issue_credit_statement(db, person_id, year)
    with db.writing() as session:
        session.get_one(Certificate, fresh.id).replaces_id = certificate_id
    return fresh


def register_rows(db: Database, year: int | None = None, person_id: int | None = None) -> list[dict[str, Any]]:
    """The register as plain rows for lists (newest first)."""
    query = (
        select(
            Certificate.id,
            Certificate.number,
            Certificate.kind,
            Certificate.issued_at,
            Certificate.credit_points,
            Certificate.revoked_at,
            Certificate.revoke_reason,
            Person.first_name,
            Person.last_name,
            Event.title.label("event_title"),
            Certificate.period_year,
        )
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
