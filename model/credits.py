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

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from .db import Database
from .entities import Accreditation, ChamberRequirement, Event, OfficeProfile, Person, Registration
from .errors import UserError
from .vocab import CHAMBER_NAMES

CREDIT_RULE_TEXT = (
    "Punkte gibt es nur für den Status »teilgenommen«. Wer die ganze Veranstaltung besucht, "
    "erhält die von der Kammer anerkannten Punkte. Bei teilweiser Anwesenheit zählt je volle "
    "Einheit von {minutes} Minuten ein Punkt, höchstens die anerkannten Punkte. Referierende "
    "und Moderierende erhalten Punkte nur, wenn dies in den Einstellungen gewählt ist."
)
SPEAKER_ROLES = ("Referent/in", "Moderation")


def earned_points(
    status: str,
    role: str,
    accredited_points: Decimal,
    attended_minutes: int | None,
    minutes_per_unit: int = 45,
    credit_speakers: bool = False,
) -> Decimal:
    """Points one registration earns for one accreditation."""
    if status != "teilgenommen":
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


@dataclass
class CreditAccount:
    person_id: int
    year: int
    chamber: str | None
    requirement: Decimal
    unit: str
    entries: list[CreditEntry] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((entry.points for entry in self.entries), Decimal(0))

    @property
    def missing(self) -> Decimal:
        return max(Decimal(0), self.requirement - self.total)


def _requirements(session: Session) -> dict[str, ChamberRequirement]:
    return {row.chamber: row for row in session.scalars(select(ChamberRequirement))}


def credit_account(db: Database, person_id: int, year: int) -> CreditAccount:
    """Every credited event of the year for the person's chamber, with the total."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise UserError(f"Die Person mit der Nummer {person_id} gibt es nicht.")
        profile = session.get(OfficeProfile, 1)
        requirements = _requirements(session)
        query = (
            select(Registration, Event, Accreditation)
            .join(Event, Registration.event_id == Event.id)
            .join(Accreditation, Accreditation.event_id == Event.id)
            .where(Registration.person_id == person_id, extract("year", Event.starts_at) == year)
            .order_by(Event.starts_at, Event.id)
        )
        if person.chamber:
            query = query.where(Accreditation.chamber == person.chamber)
        requirement = requirements.get(person.chamber or "AKNW")
        account = CreditAccount(
            person_id=person_id,
            year=year,
            chamber=person.chamber,
            requirement=Decimal(requirement.points_per_year) if requirement else Decimal(0),
            unit=requirement.unit if requirement else "Punkte",
        )
        seen_events: set[int] = set()
        for registration, event, accreditation in session.execute(query):
            if event.id in seen_events:  # without a chamber: count an event once
                continue
            chamber_rule = requirements.get(accreditation.chamber)
            points = earned_points(
                registration.status,
                registration.role,
                accreditation.credit_points,
                registration.attended_minutes,
                chamber_rule.minutes_per_unit if chamber_rule else 45,
                bool(profile and profile.credit_speakers),
            )
            if points <= 0:
                continue
            seen_events.add(event.id)
            account.entries.append(
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
                )
            )
        return account


SINGULAR_UNITS = {"Fortbildungspunkte": "Fortbildungspunkt", "Unterrichtsstunden": "Unterrichtsstunde",
                  "Punkte": "Punkt", "Stunden": "Stunde"}


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
        if accreditation.recognised_on and accreditation.recognised_on > event_start:
            warnings.append(
                f"{accreditation.chamber}: anerkannt am {accreditation.recognised_on:%d.%m.%Y}, "
                f"also erst nach der Veranstaltung am {event_start:%d.%m.%Y}. Die Kammer "
                "verlangt die Anerkennung vor Beginn."
            )
        if not accreditation.recognition_number:
            warnings.append(f"{accreditation.chamber}: Anerkennungsnummer fehlt.")
    return warnings
