"""Chambers and their yearly further-training rules.

A rule belongs to a chamber and a member category ("" = every member without a rule of
their own category) and applies from ``valid_from`` until the next rule of the same chamber
and category: the 2023 statement of an AKNW member uses 8 Unterrichtsstunden, 2024 on 16
Fortbildungspunkte. The chamber table is data: a new chamber needs no schema change.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.db import Database
from ..core.entities import Chamber, ChamberRule
from ..core.errors import ValidationError

FIRST_YEAR = 2000


@dataclass(frozen=True)
class ChamberData:
    code: str
    name: str
    state: str | None = None
    profession: str | None = None
    minutes_per_unit: int = 45


@dataclass(frozen=True)
class Rule:
    chamber: str
    category: str
    valid_from: int
    required: Decimal
    unit: str
    carry_over: bool = False
    id: int | None = None


def chamber_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Chamber.code, Chamber.name)).all())


def list_chambers(db: Database) -> list[ChamberData]:
    with db.session() as session:
        return [
            ChamberData(c.code, c.name, c.state, c.profession, c.minutes_per_unit)
            for c in session.scalars(select(Chamber).order_by(Chamber.state, Chamber.name))
        ]


def chamber_sort_key(code: str) -> tuple:
    """The order every list of chambers uses: the chambers most members belong to first
    (``vocab.CHAMBERS``), then all others, by code."""
    from ..core.vocab import CHAMBERS

    return (0, CHAMBERS.index(code), "") if code in CHAMBERS else (1, 0, code.casefold())


def ordered_chambers(db: Database) -> list[ChamberData]:
    """All chambers of the table (the 16 Länder and those added in Einstellungen), for
    filters and choices, in ``chamber_sort_key`` order."""
    return sorted(list_chambers(db), key=lambda c: chamber_sort_key(c.code))


def list_rules(db: Database, chamber: str | None = None) -> list[Rule]:
    query = select(ChamberRule).order_by(ChamberRule.chamber, ChamberRule.category, ChamberRule.valid_from)
    if chamber:
        query = query.where(ChamberRule.chamber == chamber)
    with db.session() as session:
        return [_rule(r) for r in session.scalars(query)]


def categories(db: Database, chamber: str | None) -> list[str]:
    """Member categories the chamber's rules name (for the person form)."""
    return sorted({r.category for r in list_rules(db, chamber) if r.category}) if chamber else []


def _rule(row: ChamberRule) -> Rule:
    return Rule(
        row.chamber, row.category, row.valid_from, Decimal(row.required), row.unit, bool(row.carry_over), row.id
    )


def rule_for(session: Session, chamber: str | None, category: str | None, year: int) -> Rule | None:
    """The rule of ``year`` for a member of ``chamber`` in ``category`` (None: no requirement known)."""
    if not chamber:
        return None
    rows = list(
        session.scalars(
            select(ChamberRule)
            .where(ChamberRule.chamber == chamber, ChamberRule.valid_from <= year)
            .order_by(ChamberRule.valid_from.desc())
        )
    )
    for wanted in ((category or "").strip(), ""):
        for row in rows:
            if row.category == wanted:
                return _rule(row)
    return None


def validate_chamber(data: ChamberData) -> ChamberData:
    code, name = (data.code or "").strip(), (data.name or "").strip()
    if not code or len(code) > 20:
        raise ValidationError("Das Kürzel der Kammer fehlt oder ist länger als 20 Zeichen.", "Kürzel")
    if not name or len(name) > 200:
        raise ValidationError("Der Name der Kammer fehlt oder ist länger als 200 Zeichen.", "Name")
    if not 1 <= int(data.minutes_per_unit) <= 600:
        raise ValidationError("Minuten je Einheit: 1 bis 600.", "Minuten je Einheit")
    return ChamberData(
        code,
        name,
        (data.state or "").strip() or None,
        (data.profession or "").strip() or None,
        int(data.minutes_per_unit),
    )


def save_chamber(db: Database, data: ChamberData) -> None:
    """Add a chamber or change its name, Land and unit length (the code stays)."""
    data = validate_chamber(data)
    with db.writing() as session:
        row = session.get(Chamber, data.code)
        if row is None:
            row = Chamber(code=data.code)
            session.add(row)
            action = "angelegt"
        else:
            action = "geändert"
        row.name, row.state, row.profession, row.minutes_per_unit = (
            data.name,
            data.state,
            data.profession,
            data.minutes_per_unit,
        )
        audit.record(session, "chamber", None, action, f"Kammer {data.code}: {data.name}")


def validate_rule(rule: Rule, next_year: int) -> Rule:
    try:
        required = Decimal(str(rule.required))
    except InvalidOperation as exc:
        raise ValidationError("Die Jahresanforderung muss eine Zahl sein.", "Anforderung") from exc
    if not 0 <= required <= 200:
        raise ValidationError("Die Jahresanforderung muss zwischen 0 und 200 liegen.", "Anforderung")
    if not FIRST_YEAR <= int(rule.valid_from) <= next_year + 5:
        raise ValidationError(f"»Gilt ab« muss ein Jahr von {FIRST_YEAR} bis {next_year + 5} sein.", "Gilt ab")
    unit = (rule.unit or "").strip()
    if not unit or len(unit) > 50:
        raise ValidationError("Bitte die Einheit angeben (z. B. Fortbildungspunkte).", "Einheit")
    category = (rule.category or "").strip()
    if len(category) > 60:
        raise ValidationError("Die Mitgliedergruppe ist länger als 60 Zeichen.", "Mitgliedergruppe")
    return Rule(rule.chamber, category, int(rule.valid_from), required, unit, bool(rule.carry_over), rule.id)


def save_rule(db: Database, rule: Rule) -> int:
    """Add or change a rule (one per chamber, category and start year)."""
    import datetime as dt

    rule = validate_rule(rule, dt.date.today().year + 1)
    with db.writing() as session:
        if session.get(Chamber, rule.chamber) is None:
            raise ValidationError(f"Die Kammer »{rule.chamber}« gibt es nicht.", "Kammer")
        clash = session.scalar(
            select(ChamberRule).where(
                ChamberRule.chamber == rule.chamber,
                ChamberRule.category == rule.category,
                ChamberRule.valid_from == rule.valid_from,
            )
        )
        row = session.get(ChamberRule, rule.id) if rule.id else None
        if clash is not None and clash is not row:
            raise ValidationError(
                f"Für {rule.chamber} ({rule.category or 'alle Mitglieder'}) gibt es schon eine "
                f"Regel ab {rule.valid_from}.",
                "Gilt ab",
            )
        if row is None:
            row = ChamberRule(chamber=rule.chamber)
            session.add(row)
        row.category, row.valid_from, row.required, row.unit, row.carry_over = (
            rule.category,
            rule.valid_from,
            rule.required,
            rule.unit,
            rule.carry_over,
        )
        session.flush()
        audit.record(
            session,
            "chamber_rule",
            row.id,
            "gespeichert",
            f"{rule.chamber} {rule.category or 'alle'} ab {rule.valid_from}: {rule.required} {rule.unit}",
        )
        return row.id
