"""Trainings of other providers that a member reports, shown apart on the yearly statement,
so that "es fehlen noch …" means what is really missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from ..core import audit
from ..core.db import Database
from ..core.entities import ExternalTraining, Person
from ..core.errors import UserError, ValidationError


@dataclass(frozen=True)
class ExternalTrainingData:
    person_id: int
    provider: str
    title: str
    held_on: dt.date
    points: Decimal
    proof_seen: bool = False
    id: int | None = None


def _checked(data: ExternalTrainingData) -> ExternalTrainingData:
    provider, title = (data.provider or "").strip(), (data.title or "").strip()
    if not provider or len(provider) > 200:
        raise ValidationError("Bitte den Anbieter angeben (höchstens 200 Zeichen).", "Anbieter")
    if not title or len(title) > 300:
        raise ValidationError("Bitte den Titel angeben (höchstens 300 Zeichen).", "Titel")
    try:
        points = Decimal(str(data.points))
    except InvalidOperation as exc:
        raise ValidationError("Die Punkte müssen eine Zahl sein.", "Punkte") from exc
    if not Decimal(0) < points <= Decimal(100):
        raise ValidationError("Die Punkte müssen größer als 0 und höchstens 100 sein.", "Punkte")
    if not isinstance(data.held_on, dt.date) or not 2000 <= data.held_on.year <= dt.date.today().year + 1:
        raise ValidationError("Bitte ein gültiges Datum angeben.", "Datum")
    return ExternalTrainingData(data.person_id, provider, title, data.held_on, points, bool(data.proof_seen), data.id)


def record_external_training(db: Database, data: ExternalTrainingData) -> int:
    data = _checked(data)
    with db.writing() as session:
        person = session.get(Person, data.person_id)
        if person is None:
            raise UserError(f"Die Person mit der Nummer {data.person_id} gibt es nicht.")
        row = ExternalTraining(
            person_id=data.person_id,
            provider=data.provider,
            title=data.title,
            held_on=data.held_on,
            points=data.points,
            proof_seen=data.proof_seen,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "external_training",
            row.id,
            "erfasst",
            f"{person.first_name} {person.last_name}: {data.title} ({data.provider}), {data.points} Punkte",
        )
        return row.id


def external_trainings(db: Database, person_id: int, year: int) -> list[ExternalTrainingData]:
    with db.session() as session:
        return [
            ExternalTrainingData(
                e.person_id, e.provider, e.title, e.held_on, Decimal(e.points), bool(e.proof_seen), e.id
            )
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
