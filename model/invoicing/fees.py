"""The yearly member contribution: fee schedule, population, the fee of each member.

- Municipalities (kind Kommune) pay by population: the schedule's tiers, each with an
  exclusive upper bound (``population_below``) and an amount; the default schedule from
  2024 has six tiers: under 10,000 inhabitants 1,000 €, under 25,000 1,500 €, under 50,000
  2,000 €, under 100,000 3,000 €, under 250,000 4,000 €, from 250,000 on 5,000 €.
- The population comes from the bundled official list (``einwohner`` of the Destatis
  Gemeindeverzeichnis, as of 31.12.2020), found by the organisation's AGS; a member may have
  its own figure or its own fee, each with a reason.
- Other kinds pay a fixed amount per kind (or nothing).
- The schedule for a year is the one with the latest ``valid_from_year`` not after it.
- Members that joined or left during the year pay in full, or pro rata by months when the
  billing profile says so (a started month counts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import delete, select

from ..core import audit
from ..core.db import Database
from ..core.entities import BillingProfile, FeeKindAmount, FeeTier, Membership, Organisation, OrganisationBilling
from ..core.errors import ValidationError
from ..core.vocab import ORGANISATION_KINDS
from ..members.municipalities import by_ags

POPULATION_AS_OF = "31.12.2020"
POPULATION_SOURCE = "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys"
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Tier:
    population_below: int | None  # None: the open top tier
    amount: Decimal


@dataclass(frozen=True)
class Schedule:
    valid_from_year: int
    tiers: tuple[Tier, ...]  # ascending bounds, the open tier last
    kind_amounts: dict[str, Decimal | None]

    def amount_for_population(self, population: int) -> Decimal:
        for tier in self.tiers:
            if tier.population_below is None or population < tier.population_below:
                return tier.amount
        raise ValidationError("Die Beitragsstaffel hat keine oberste Stufe.")

    def tier_label(self, population: int) -> str:
        lower = 0
        for tier in self.tiers:
            if tier.population_below is None or population < tier.population_below:
                if tier.population_below is None:
                    return f"ab {lower:,} Einwohner".replace(",", ".")
                return f"{lower:,} bis unter {tier.population_below:,} Einwohner".replace(",", ".")
            lower = tier.population_below
        return ""


def check_tiers(tiers: list[Tier]) -> tuple[Tier, ...]:
    """Ascending, distinct, positive bounds; exactly one open top tier; amounts ≥ 0."""
    bounded = sorted((t for t in tiers if t.population_below is not None), key=lambda t: t.population_below or 0)
    open_tiers = [t for t in tiers if t.population_below is None]
    if len(open_tiers) != 1:
        raise ValidationError("Beitragsstaffel: Genau eine Stufe muss nach oben offen sein (ohne Obergrenze).")
    bounds = [t.population_below for t in bounded]
    if len(set(bounds)) != len(bounds):
        raise ValidationError("Beitragsstaffel: Zwei Stufen haben dieselbe Obergrenze.")
    for position, tier in enumerate([*bounded, *open_tiers], start=1):
        if tier.population_below is not None and tier.population_below <= 0:
            raise ValidationError(f"Beitragsstaffel, Stufe {position}: Die Obergrenze muss größer als 0 sein.")
        if tier.amount is None or tier.amount < 0:
            raise ValidationError(f"Beitragsstaffel, Stufe {position}: Der Betrag darf nicht negativ sein.")
    return tuple(Tier(t.population_below, Decimal(t.amount).quantize(CENT)) for t in [*bounded, *open_tiers])


def schedule_years(db: Database) -> list[int]:
    with db.session() as session:
        return sorted(set(session.scalars(select(FeeTier.valid_from_year))))


def _schedule(session, year: int) -> Schedule | None:
    valid_from = max(
        (y for y in session.scalars(select(FeeTier.valid_from_year).distinct()) if y <= year), default=None
    )
    if valid_from is None:
        return None
    tiers = session.scalars(select(FeeTier).where(FeeTier.valid_from_year == valid_from)).all()
    ordered = sorted(tiers, key=lambda t: (t.population_below is None, t.population_below or 0))
    kind_year = max(
        (y for y in session.scalars(select(FeeKindAmount.valid_from_year).distinct()) if y <= year), default=None
    )
    kinds = {}
    if kind_year is not None:
        kinds = {
            row.organisation_kind: row.amount
            for row in session.scalars(select(FeeKindAmount).where(FeeKindAmount.valid_from_year == kind_year))
        }
    return Schedule(valid_from, tuple(Tier(t.population_below, t.amount) for t in ordered), kinds)


def schedule_for(db: Database, year: int) -> Schedule | None:
    """The schedule that applies in ``year`` (None: no schedule that early)."""
    with db.session() as session:
        return _schedule(session, year)


def save_schedule(
    db: Database, valid_from_year: int, tiers: list[Tier], kind_amounts: dict[str, Decimal | None]
) -> None:
    """Replaces the schedule starting in ``valid_from_year`` (tiers and fixed amounts)."""
    if not 2000 <= valid_from_year <= 2100:
        raise ValidationError("Gültig ab: ein Jahr zwischen 2000 und 2100.")
    checked = check_tiers(tiers)
    for kind, amount in kind_amounts.items():
        if kind not in ORGANISATION_KINDS or kind == "Kommune":
            raise ValidationError(f"Fester Beitrag: »{kind}« ist keine Art außer Kommune.")
        if amount is not None and Decimal(amount) < 0:
            raise ValidationError(f"Fester Beitrag {kind}: darf nicht negativ sein.")
    with db.writing() as session:
        session.execute(delete(FeeTier).where(FeeTier.valid_from_year == valid_from_year))
        session.execute(delete(FeeKindAmount).where(FeeKindAmount.valid_from_year == valid_from_year))
        session.flush()
        for tier in checked:
            session.add(
                FeeTier(valid_from_year=valid_from_year, population_below=tier.population_below, amount=tier.amount)
            )
        for kind, amount in kind_amounts.items():
            session.add(
                FeeKindAmount(
                    valid_from_year=valid_from_year,
                    organisation_kind=kind,
                    amount=None if amount is None else Decimal(amount).quantize(CENT),
                )
            )
        audit.record(session, "fee_schedule", valid_from_year, "update", f"Beitragsstaffel ab {valid_from_year}")


# --- the fee of a member -------------------------------------------------------------


@dataclass(frozen=True)
class MemberFee:
    organisation_id: int
    organisation: str
    kind: str
    population: int | None
    population_note: str  # "amtlich (31.12.2020)", "abweichend: <reason>", ""
    tier: str
    full_amount: Decimal | None  # None: no fee for this member
    months: int  # months of membership in the year
    amount: Decimal | None  # what is billed (pro rata when the profile says so)
    note: str  # why the amount differs from the schedule, if it does
    since: dt.date
    until: dt.date | None


def membership_months(since: dt.date, until: dt.date | None, year: int) -> int:
    """Months of the year with at least one day of membership."""
    start = max(since, dt.date(year, 1, 1))
    end = min(until or dt.date(year, 12, 31), dt.date(year, 12, 31))
    if end < start:
        return 0
    return end.month - start.month + 1


def pro_rata(amount: Decimal, months: int) -> Decimal:
    return (amount * months / 12).quantize(CENT, rounding=ROUND_HALF_UP)


def _population(organisation: Organisation, billing: OrganisationBilling | None) -> tuple[int | None, str]:
    if billing is not None and billing.population_override is not None:
        return billing.population_override, f"abweichend: {billing.override_reason or ''}".strip()
    municipality = by_ags(organisation.ags)
    if municipality is None:
        return None, ""
    return municipality.population, f"amtlich ({POPULATION_AS_OF})"


def member_fees(db: Database, year: int) -> list[MemberFee]:
    """The fee of every member (membership type Mitglied) in ``year``, by name."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.session() as session:
        schedule = _schedule(session, year)
        profile = session.get(BillingProfile, 1)
        rows = session.execute(
            select(Membership, Organisation, OrganisationBilling)
            .join(Organisation, Membership.organisation_id == Organisation.id)
            .outerjoin(OrganisationBilling, OrganisationBilling.organisation_id == Organisation.id)
            .where(
                Membership.type == "Mitglied",
                Membership.since <= end,
                (Membership.until.is_(None)) | (Membership.until >= start),
            )
            .order_by(Organisation.name, Organisation.id, Membership.since)
        ).all()
        fees: dict[int, MemberFee] = {}
        for membership, organisation, billing in rows:
            if organisation.id in fees:
                continue  # two memberships in one year: billed once
            fees[organisation.id] = _fee(year, schedule, profile, membership, organisation, billing)
        return list(fees.values())


def _fee(year, schedule, profile, membership, organisation, billing) -> MemberFee:
    population, population_note = _population(organisation, billing)
    tier, full, note = "", None, ""
    if organisation.kind == "Kommune":
        if population is None:
            note = "keine Einwohnerzahl (AGS fehlt)"
        elif schedule is not None:
            full = schedule.amount_for_population(population)
            tier = schedule.tier_label(population)
    elif schedule is not None:
        full = schedule.kind_amounts.get(organisation.kind)
        tier = f"fester Beitrag {organisation.kind}" if full is not None else ""
    if membership.annual_fee is not None:
        full, note = Decimal(membership.annual_fee), "Beitrag laut Mitgliedschaft"
    if billing is not None and billing.fee_override is not None:
        full, note = Decimal(billing.fee_override), f"abweichender Beitrag: {billing.override_reason or ''}".strip()
    months = membership_months(membership.since, membership.until, year)
    amount = full
    if full is not None and profile is not None and profile.pro_rata and months < 12:
        amount = pro_rata(full, months)
        note = ", ".join(p for p in (note, f"anteilig {months} von 12 Monaten") if p)
    return MemberFee(
        organisation.id,
        organisation.name,
        organisation.kind,
        population,
        population_note,
        tier,
        full,
        months,
        amount,
        note,
        membership.since,
        membership.until,
    )


def fee_of(db: Database, organisation_id: int, year: int) -> MemberFee | None:
    """The fee of one organisation in ``year`` (None: not a member that year)."""
    return next((fee for fee in member_fees(db, year) if fee.organisation_id == organisation_id), None)
