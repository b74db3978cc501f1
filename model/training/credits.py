"""Further-training credits (Fortbildungspunkte / Unterrichtsstunden).

The rules, as shown to the user (``CREDIT_RULE_TEXT``):
- Only a registration with status ``teilgenommen`` earns credit.
- Whole attendance earns the points the chamber recognised for the event.
- Partial attendance earns one point per full unit of attended minutes (45 minutes by
  default, per chamber), never more than the recognised points.
- Speakers and moderators earn credit only when the office setting says so; the office's
  own staff (role Organisation) never do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.db import Database
from ..core.entities import Accreditation, Chamber, Event, ExternalTraining, OfficeProfile, Person, Registration
from ..core.errors import UserError
from ..core.vocab import ATTENDED, CHAMBER_NAMES, IN_PERSON, MODERATOR, ONLINE, SPEAKER
from ..settings.chambers import rule_for

CREDIT_RULE_TEXT = (
    "Punkte gibt es nur für den Status »teilgenommen«. Wer die ganze Veranstaltung besucht, "
    "erhält die von der Kammer anerkannten Punkte. Bei teilweiser Anwesenheit zählt je volle "
    "Einheit von {minutes} Minuten ein Punkt, höchstens die anerkannten Punkte. Referierende "
    "und Moderierende erhalten Punkte nur, wenn dies in den Einstellungen gewählt ist."
)
SPEAKER_ROLES = (SPEAKER, MODERATOR)


def earned_points(
    status: str,
    role: str,
    accredited_points: Decimal,
    attended_minutes: int | None,
    minutes_per_unit: int = 45,
    credit_speakers: bool = False,
) -> Decimal:
    """Points one registration earns for one accreditation."""
    if status != ATTENDED:
        return Decimal(0)
    if role == "Organisation" or (role in SPEAKER_ROLES and not credit_speakers):
        return Decimal(0)
    accredited = Decimal(accredited_points)
    if attended_minutes is None:
        return accredited
    units = (Decimal(attended_minutes) / Decimal(minutes_per_unit)).to_integral_value(ROUND_FLOOR)
    return min(units, accredited)


@dataclass
class CreditEntry:
    event_id: int
    date: dt.date
    title: str
    kind: str
    chamber: str
    recognition_number: str | None
    field: str | None
    points: Decimal
    attended_minutes: int | None
    mode: str | None = None
    # "anerkannt von AKNW; Anrechnung durch Ihre Kammer" when another chamber recognised it.
    recognition_note: str | None = None
    overlap_note: str | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None


@dataclass
class ExternalEntry:
    date: dt.date
    provider: str
    title: str
    points: Decimal
    proof_seen: bool


@dataclass
class CreditAccount:
    person_id: int
    year: int
    chamber: str | None
    requirement: Decimal | None  # None: no chamber or no rule for the year
    unit: str
    entries: list[CreditEntry] = field(default_factory=list)
    category: str | None = None
    carried_in: Decimal = Decimal(0)
    carry_over: bool = False
    external: list[ExternalEntry] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((entry.points for entry in self.entries), Decimal(0))

    @property
    def external_total(self) -> Decimal:
        return sum((entry.points for entry in self.external), Decimal(0))

    @property
    def credited(self) -> Decimal:
        """Everything that counts against the requirement."""
        return self.total + self.external_total + self.carried_in

    @property
    def missing(self) -> Decimal:
        return max(Decimal(0), (self.requirement or Decimal(0)) - self.credited)

    @property
    def carry_out(self) -> Decimal:
        if not self.carry_over or self.requirement is None:
            return Decimal(0)
        return max(Decimal(0), self.total + self.external_total - self.requirement)


def creditable(accreditation, event_start: dt.datetime) -> bool:
    """Recognised by the chamber, with a number, and before the event (or accepted late)."""
    if getattr(accreditation, "state", "anerkannt") != "anerkannt" or not accreditation.recognition_number:
        return False
    recognised_on = accreditation.recognised_on
    if recognised_on and recognised_on > event_start.date():
        return bool(getattr(accreditation, "late_accepted", False))
    return True


def choose_accreditations(person_chamber: str | None, accreditations: list, event_start: dt.datetime) -> list:
    """The accreditations that credit a person: their own chamber's, else those of other chambers
    (the chambers of the Länder recognise each other's events)."""
    usable = [a for a in accreditations if creditable(a, event_start)]
    own = [a for a in usable if a.chamber == person_chamber]
    return own or usable


def recognition_note(person_chamber: str | None, accreditation_chamber: str) -> str | None:
    if person_chamber and accreditation_chamber != person_chamber:
        return f"anerkannt von {accreditation_chamber}; Anrechnung durch Ihre Kammer"
    return None


def _minutes_per_unit(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Chamber.code, Chamber.minutes_per_unit)).all())


def _count_overlaps_once(entries: list[CreditEntry], minutes: int) -> None:
    """Attended events that overlap in time: flag both, count the shared time once."""
    counted: list[tuple[dt.datetime, dt.datetime, CreditEntry]] = []
    timed = [(e.starts_at, e.ends_at, e) for e in entries if e.starts_at is not None and e.ends_at is not None]
    for starts_at, ends_at, entry in sorted(timed, key=lambda t: (t[0], t[2].event_id)):
        for earlier_start, earlier_end, earlier in counted:
            shared = (min(earlier_end, ends_at) - max(earlier_start, starts_at)).total_seconds()
            if shared > 0:
                entry.overlap_note = f"überschneidet sich mit »{earlier.title}«; Überschneidung einmal gezählt"
                earlier.overlap_note = earlier.overlap_note or f"überschneidet sich mit »{entry.title}«"
                units = (Decimal(int(shared // 60)) / Decimal(minutes)).to_integral_value(ROUND_FLOOR)
                entry.points = max(Decimal(0), entry.points - units)
        counted.append((starts_at, ends_at, entry))


def _entries(session: Session, person: Person, year: int, credit_speakers: bool) -> list[CreditEntry]:
    minutes = _minutes_per_unit(session)
    start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    rows = session.execute(
        select(Registration, Event)
        .join(Event, Registration.event_id == Event.id)
        .where(
            Registration.person_id == person.id,
            Registration.status == ATTENDED,
            Event.starts_at >= start,
            Event.starts_at < end,
        )
        .order_by(Event.starts_at, Event.id)
    ).all()
    by_event: dict[int, list[Accreditation]] = {}
    if rows:
        for accreditation in session.scalars(
            select(Accreditation)
            .where(Accreditation.event_id.in_([event.id for _r, event in rows]))
            .order_by(Accreditation.chamber)
        ):
            by_event.setdefault(accreditation.event_id, []).append(accreditation)
    entries = []
    for registration, event in rows:
        for accreditation in choose_accreditations(person.chamber, by_event.get(event.id, []), event.starts_at)[:1]:
            points = earned_points(
                registration.status,
                registration.role,
                accreditation.credit_points,
                registration.attended_minutes,
                minutes.get(accreditation.chamber, 45),
                credit_speakers,
            )
            if points <= 0:
                continue
            entries.append(
                CreditEntry(
                    event_id=event.id,
                    date=event.starts_at.date(),
                    title=event.title,
                    kind=event.kind,
                    chamber=accreditation.chamber,
                    recognition_number=accreditation.recognition_number,
                    field=accreditation.field,
                    points=points,
                    attended_minutes=registration.attended_minutes,
                    mode=attendance_mode(registration.attendance_mode, event.format),
                    recognition_note=recognition_note(person.chamber, accreditation.chamber),
                    starts_at=event.starts_at,
                    ends_at=event.ends_at,
                )
            )
    _count_overlaps_once(entries, minutes.get(person.chamber or "", 45))
    return entries


def attendance_mode(recorded: str | None, event_format: str) -> str | None:
    """How a person attended: as recorded, else what the event's format implies (not for hybrid)."""
    return recorded or (event_format if event_format in (IN_PERSON, ONLINE) else None)


def _external(session: Session, person_id: int, year: int) -> list[ExternalEntry]:
    return [
        ExternalEntry(e.held_on, e.provider, e.title, Decimal(e.points), bool(e.proof_seen))
        for e in session.scalars(
            select(ExternalTraining)
            .where(
                ExternalTraining.person_id == person_id,
                ExternalTraining.held_on >= dt.date(year, 1, 1),
                ExternalTraining.held_on <= dt.date(year, 12, 31),
            )
            .order_by(ExternalTraining.held_on)
        )
    ]


def _account(
    session: Session, person: Person, year: int, credit_speakers: bool, with_carry: bool = True
) -> CreditAccount:
    rule = rule_for(session, person.chamber, person.chamber_category, year)
    account = CreditAccount(
        person_id=person.id,
        year=year,
        chamber=person.chamber,
        requirement=rule.required if rule else None,
        unit=rule.unit if rule else "Punkte",
        category=person.chamber_category,
        carry_over=bool(rule and rule.carry_over),
        entries=_entries(session, person, year, credit_speakers),
        external=_external(session, person.id, year),
    )
    if with_carry and account.carry_over:
        previous = rule_for(session, person.chamber, person.chamber_category, year - 1)
        if previous is not None and previous.carry_over:
            account.carried_in = _account(session, person, year - 1, credit_speakers, with_carry=False).carry_out
    return account


def credit_account(db: Database, person_id: int, year: int) -> CreditAccount:
    """Every credited attendance of the year, against the rule of that year and category."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UserError(f"Die Person mit der Nummer {person_id} gibt es nicht.")
        profile = session.get(OfficeProfile, 1)
        return _account(session, person, year, bool(profile and profile.credit_speakers))


SINGULAR_UNITS = {
    "Fortbildungspunkte": "Fortbildungspunkt",
    "Unterrichtsstunden": "Unterrichtsstunde",
    "Punkte": "Punkt",
    "Stunden": "Stunde",
}


def unit_label(points_text: str, unit: str) -> str:
    """The unit as it reads after the number: "1 Fortbildungspunkt", "1,5 Fortbildungspunkte"."""
    return SINGULAR_UNITS.get(unit, unit) if points_text.strip() == "1" else unit


def chamber_name(code: str | None) -> str:
    return CHAMBER_NAMES.get(code or "", code or "")


def accreditation_warnings(event_start: dt.date, accreditations) -> list[str]:
    """German warnings for an event's accreditations (recognised only after the event, …).

    ``accreditations``: objects with ``chamber``, ``recognised_on`` and ``recognition_number``.
    """
    warnings = []
    for accreditation in accreditations:
        state = getattr(accreditation, "state", None) or (
            "anerkannt" if accreditation.recognition_number else "beantragt"
        )
        if state == "abgelehnt":
            warnings.append(f"{accreditation.chamber}: abgelehnt – Bescheinigungen ohne Punkte dieser Kammer.")
            continue
        if state == "beantragt":
            warnings.append(f"{accreditation.chamber}: beantragt, noch nicht anerkannt.")
        if accreditation.recognised_on and accreditation.recognised_on > event_start:
            if getattr(accreditation, "late_accepted", False):
                continue
            warnings.append(
                f"{accreditation.chamber}: anerkannt am {accreditation.recognised_on:%d.%m.%Y}, "
                f"also erst nach der Veranstaltung am {event_start:%d.%m.%Y}. Die Kammer "
                "verlangt die Anerkennung vor Beginn; Punkte werden erst bescheinigt, wenn die "
                "Geschäftsstelle bestätigt, dass die Kammer sie dennoch anerkennt."
            )
        if not accreditation.recognition_number and state == "anerkannt":
            warnings.append(f"{accreditation.chamber}: Anerkennungsnummer fehlt.")
    return warnings
