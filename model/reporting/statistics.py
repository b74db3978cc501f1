"""Figures for the annual report (Jahresbericht) and the statistics view (Statistik).

Every count is made in SQL with GROUP BY (the large demo has 100,000 registrations); Python
only arranges the few hundred result rows. The statements use ``extract`` (not SQLite's
``strftime``), so they run on SQLite and PostgreSQL alike.

Counting rules, the same everywhere:
- An event belongs to the year in which it starts. Cancelled events (``abgesagt``) are not
  counted, only reported as a number.
- A participation is a registration with status ``teilgenommen``. For events that have not
  taken place yet, the registrations (``angemeldet``) are shown beside it.
- A member municipality is an organisation with a membership of type ``Mitglied`` that
  overlaps the year. People count for the organisation they belong to now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, distinct, extract, func, or_, select

from ..core import entities
from ..core.db import Database
from ..core.errors import UserError
from ..core.vocab import (
    ATTENDANCE_CERTIFICATE,
    ATTENDED,
    CALLED_OFF,
    CREDIT_STATEMENT,
    EVENT_KINDS,
    HELD,
    MEMBER,
    REGISTERED,
)
from ..settings.chambers import chamber_sort_key

if TYPE_CHECKING:
    from ..invoicing.invoices import ContributionFigures

EVENT = entities.Event.__table__
REGISTRATION = entities.Registration.__table__
PERSON = entities.Person.__table__
ORGANISATION = entities.Organisation.__table__
MEMBERSHIP = entities.Membership.__table__
ACCREDITATION = entities.Accreditation.__table__
CERTIFICATE = entities.Certificate.__table__
WORKING_GROUP = entities.WorkingGroup.__table__
WORKING_GROUP_MEMBER = entities.WorkingGroupMember.__table__

CANCELLED = CALLED_OFF
DONE = HELD


def _year_bounds(first_year: int, last_year: int | None = None) -> tuple[dt.datetime, dt.datetime]:
    last_year = first_year if last_year is None else last_year
    if not (1900 <= first_year <= last_year <= 2200):
        if first_year == last_year:
            raise UserError(f"Ungültiges Jahr {first_year}; bitte eine vierstellige Jahreszahl angeben.")
        raise UserError(f"Ungültiger Zeitraum {first_year}–{last_year}.")
    return dt.datetime(first_year, 1, 1), dt.datetime(last_year + 1, 1, 1)


def _member_in(first_day: dt.date, last_day: dt.date):
    """Subquery: ids of the organisations that were Mitglied on some day of the period."""
    m = MEMBERSHIP.c
    return (
        select(m.organisation_id)
        .where(m.type == MEMBER, m.since <= last_day, or_(m.until.is_(None), m.until >= first_day))
        .scalar_subquery()
    )


# --- the annual report -------------------------------------------------------------------


@dataclass(frozen=True)
class EventFigures:
    id: int
    starts_at: dt.datetime
    kind: str
    title: str
    status: str
    attended: int
    registered: int

    @property
    def is_done(self) -> bool:
        return self.status == DONE


@dataclass(frozen=True)
class MunicipalityFigures:
    organisation_id: int
    name: str
    participations: int
    people: int
    events: int


@dataclass(frozen=True)
class CreditFigures:
    chamber: str
    accredited_events: int
    points_offered: Decimal  # sum of the points of the accredited events
    participations: int  # attendances at those events
    certificates: int  # attendance certificates issued in the year (not revoked)
    statements: int  # yearly statements issued in the year (not revoked)
    points_certified: Decimal  # points on the attendance certificates
    revoked: int


@dataclass(frozen=True)
class MembershipChange:
    organisation: str
    kind: str
    type: str
    on: dt.date


@dataclass(frozen=True)
class GroupFigures:
    id: int
    name: str
    kind: str
    lead: str
    members: int
    sessions: int
    participations: int


@dataclass
class AnnualFigures:
    year: int
    # kind -> events per month (index 0 = January); only kinds with events
    events_by_kind_month: dict[str, list[int]] = field(default_factory=dict)
    events: list[EventFigures] = field(default_factory=list)
    cancelled_events: int = 0
    municipalities: list[MunicipalityFigures] = field(default_factory=list)
    credits: list[CreditFigures] = field(default_factory=list)
    joined: list[MembershipChange] = field(default_factory=list)
    left: list[MembershipChange] = field(default_factory=list)
    groups: list[GroupFigures] = field(default_factory=list)
    participations: int = 0
    people: int = 0
    organisations: int = 0
    # Member contributions of the year (model.invoicing.invoices): billed, paid, open.
    contributions: ContributionFigures | None = None

    @property
    def event_count(self) -> int:
        return len(self.events)

    @property
    def events_done(self) -> int:
        return sum(1 for e in self.events if e.is_done)

    @property
    def events_by_kind(self) -> dict[str, int]:
        return {kind: sum(months) for kind, months in self.events_by_kind_month.items()}

    @property
    def events_by_month(self) -> list[int]:
        return [sum(months[i] for months in self.events_by_kind_month.values()) for i in range(12)]

    @property
    def active_municipalities(self) -> int:
        return sum(1 for m in self.municipalities if m.participations)


def _kind_order(kind: str) -> int:
    return EVENT_KINDS.index(kind) if kind in EVENT_KINDS else len(EVENT_KINDS)


def annual_figures(db: Database, year: int) -> AnnualFigures:
    """Everything the Jahresbericht shows for ``year``, in one short session."""
    start, end = _year_bounds(year)
    first_day, last_day = dt.date(year, 1, 1), dt.date(year, 12, 31)
    e, r, p, o = EVENT.c, REGISTRATION.c, PERSON.c, ORGANISATION.c
    in_year = and_(e.starts_at >= start, e.starts_at < end)
    counted = and_(in_year, e.status != CANCELLED)
    figures = AnnualFigures(year=year)
    with db.session() as session:
        # Events per kind and month.
        month = extract("month", e.starts_at)
        for kind, month_number, count in session.execute(
            select(e.kind, month, func.count()).where(counted).group_by(e.kind, month)
        ):
            figures.events_by_kind_month.setdefault(kind, [0] * 12)[int(month_number) - 1] += count
        figures.events_by_kind_month = dict(
            sorted(figures.events_by_kind_month.items(), key=lambda kv: _kind_order(kv[0]))
        )
        figures.cancelled_events = (
            session.scalar(select(func.count()).select_from(EVENT).where(in_year, e.status == CANCELLED)) or 0
        )

        # Participants per event: counts by status, grouped in SQL.
        attended = func.count(case((r.status == ATTENDED, 1)))
        registered = func.count(case((r.status == REGISTERED, 1)))
        figures.events = [
            EventFigures(
                id=row.id,
                starts_at=row.starts_at,
                kind=row.kind,
                title=row.title,
                status=row.status,
                attended=row.attended,
                registered=row.registered,
            )
            for row in session.execute(
                select(
                    e.id,
                    e.starts_at,
                    e.kind,
                    e.title,
                    e.status,
                    attended.label("attended"),
                    registered.label("registered"),
                )
                .select_from(EVENT.outerjoin(REGISTRATION, r.event_id == e.id))
                .where(counted)
                .group_by(e.id, e.starts_at, e.kind, e.title, e.status)
                .order_by(e.starts_at, e.id)
            )
        ]

        # Participations in the year: totals, and per organisation.
        attendances = REGISTRATION.join(EVENT, r.event_id == e.id).join(PERSON, r.person_id == p.id)
        attended_in_year = and_(counted, r.status == ATTENDED)
        totals = session.execute(
            select(func.count(), func.count(distinct(r.person_id)), func.count(distinct(p.organisation_id)))
            .select_from(attendances)
            .where(attended_in_year)
        ).one()
        figures.participations, figures.people, figures.organisations = totals
        per_org = {
            row.organisation_id: row
            for row in session.execute(
                select(
                    p.organisation_id,
                    func.count().label("participations"),
                    func.count(distinct(r.person_id)).label("people"),
                    func.count(distinct(r.event_id)).label("events"),
                )
                .select_from(attendances)
                .where(attended_in_year, p.organisation_id.is_not(None))
                .group_by(p.organisation_id)
            )
        }
        members = session.execute(
            select(o.id, o.name).where(o.id.in_(_member_in(first_day, last_day))).order_by(o.name, o.id)
        ).all()
        figures.municipalities = [
            MunicipalityFigures(
                organisation_id=m.id,
                name=m.name,
                participations=per_org[m.id].participations if m.id in per_org else 0,
                people=per_org[m.id].people if m.id in per_org else 0,
                events=per_org[m.id].events if m.id in per_org else 0,
            )
            for m in members
        ]

        figures.credits = _credit_figures(session, year, counted)
        figures.joined, figures.left = _membership_changes(session, first_day, last_day)
        figures.groups = _group_figures(session, first_day, last_day, counted)
    from ..invoicing.invoices import contribution_figures

    figures.contributions = contribution_figures(db, year)
    return figures


def _credit_figures(session, year: int, counted) -> list[CreditFigures]:  # Session, SQL clause
    e, r, a, c = EVENT.c, REGISTRATION.c, ACCREDITATION.c, CERTIFICATE.c
    start, end = _year_bounds(year)
    offered = {
        row.chamber: row
        for row in session.execute(
            select(
                a.chamber,
                func.count(distinct(a.event_id)).label("events"),
                func.coalesce(func.sum(a.credit_points), 0).label("points"),
            )
            .select_from(ACCREDITATION.join(EVENT, a.event_id == e.id))
            .where(counted)
            .group_by(a.chamber)
        )
    }
    attended = dict(
        session.execute(
            select(a.chamber, func.count())
            .select_from(ACCREDITATION.join(EVENT, a.event_id == e.id).join(REGISTRATION, r.event_id == e.id))
            .where(counted, r.status == ATTENDED)
            .group_by(a.chamber)
        ).all()
    )
    valid = c.revoked_at.is_(None)
    issued = {
        row.chamber: row
        for row in session.execute(
            select(
                c.chamber,
                func.count(case((and_(valid, c.kind == ATTENDANCE_CERTIFICATE), 1))).label("certificates"),
                func.count(case((and_(valid, c.kind == CREDIT_STATEMENT), 1))).label("statements"),
                func.coalesce(
                    func.sum(case((and_(valid, c.kind == ATTENDANCE_CERTIFICATE), c.credit_points))), 0
                ).label("points"),
                func.count(case((c.revoked_at.is_not(None), 1))).label("revoked"),
            )
            .where(c.issued_at >= start, c.issued_at < end)
            .group_by(c.chamber)
        )
    }
    result = []
    # Every chamber with figures, from the chamber table's codes (any Land, user-added ones too).
    chambers: list = sorted({*offered, *issued} - {None}, key=chamber_sort_key)
    if None in issued:  # certificates without chamber (attendance only)
        chambers.append(None)
    for chamber in chambers:
        o, i = offered.get(chamber), issued.get(chamber)
        result.append(
            CreditFigures(
                chamber=chamber or "ohne Kammer",
                accredited_events=o.events if o else 0,
                points_offered=Decimal(str(o.points)) if o else Decimal(0),
                participations=attended.get(chamber, 0),
                certificates=i.certificates if i else 0,
                statements=i.statements if i else 0,
                points_certified=Decimal(str(i.points)) if i else Decimal(0),
                revoked=i.revoked if i else 0,
            )
        )
    return result


def _membership_changes(session, first_day: dt.date, last_day: dt.date):  # Session
    m, o = MEMBERSHIP.c, ORGANISATION.c
    base = select(o.name, o.kind, m.type, m.since, m.until).select_from(
        MEMBERSHIP.join(ORGANISATION, m.organisation_id == o.id)
    )
    joined = [
        MembershipChange(row.name, row.kind, row.type, row.since)
        for row in session.execute(base.where(m.since >= first_day, m.since <= last_day).order_by(m.since, o.name))
    ]
    left = [
        MembershipChange(row.name, row.kind, row.type, row.until)
        for row in session.execute(base.where(m.until >= first_day, m.until <= last_day).order_by(m.until, o.name))
    ]
    return joined, left


def _group_figures(session, first_day: dt.date, last_day: dt.date, counted) -> list[GroupFigures]:
    g, gm, e, r, p = WORKING_GROUP.c, WORKING_GROUP_MEMBER.c, EVENT.c, REGISTRATION.c, PERSON.c
    sessions = dict(
        session.execute(
            select(e.working_group_id, func.count())
            .where(counted, e.working_group_id.is_not(None))
            .group_by(e.working_group_id)
        ).all()
    )
    attended = dict(
        session.execute(
            select(e.working_group_id, func.count())
            .select_from(REGISTRATION.join(EVENT, r.event_id == e.id))
            .where(counted, e.working_group_id.is_not(None), r.status == ATTENDED)
            .group_by(e.working_group_id)
        ).all()
    )
    members = dict(
        session.execute(
            select(gm.working_group_id, func.count())
            .where(
                or_(gm.joined_on.is_(None), gm.joined_on <= last_day),
                or_(gm.left_on.is_(None), gm.left_on >= first_day),
            )
            .group_by(gm.working_group_id)
        ).all()
    )
    active = or_(
        g.id.in_(list(sessions) or [-1]),
        and_(or_(g.started_on.is_(None), g.started_on <= last_day), or_(g.ended_on.is_(None), g.ended_on >= first_day)),
    )
    rows = session.execute(
        select(g.id, g.name, g.kind, p.title, p.first_name, p.last_name)
        .select_from(WORKING_GROUP.outerjoin(PERSON, g.lead_person_id == p.id))
        .where(active)
        .order_by(g.name)
    ).all()
    return [
        GroupFigures(
            id=row.id,
            name=row.name,
            kind=row.kind,
            lead=" ".join(x for x in (row.title, row.first_name, row.last_name) if x),
            members=members.get(row.id, 0),
            sessions=sessions.get(row.id, 0),
            participations=attended.get(row.id, 0),
        )
        for row in rows
    ]


# --- the statistics view ------------------------------------------------------------------


@dataclass(frozen=True)
class YearRow:
    """One line of a table with a column per year."""

    label: str
    per_year: dict[int, int]
    is_member: bool = True

    def total(self) -> int:
        return sum(self.per_year.values())


def event_years(db: Database) -> tuple[int, int] | None:
    """First and last year with events, or None for an empty database."""
    e = EVENT.c
    with db.session() as session:
        first, last = session.execute(select(func.min(e.starts_at), func.max(e.starts_at))).one()
    if first is None:
        return None
    return first.year, last.year


def participation_by_municipality(db: Database, first_year: int, last_year: int) -> list[YearRow]:
    """Participations per organisation and year, for organisations that were Mitglied in the
    period or are municipalities (Kommune, Kreis) with participations; members first."""
    start, end = _year_bounds(first_year, last_year)
    e, r, p, o = EVENT.c, REGISTRATION.c, PERSON.c, ORGANISATION.c
    year = extract("year", e.starts_at)
    counts: dict[int, dict[int, int]] = {}
    with db.session() as session:
        for organisation_id, year_number, count in session.execute(
            select(p.organisation_id, year, func.count())
            .select_from(REGISTRATION.join(EVENT, r.event_id == e.id).join(PERSON, r.person_id == p.id))
            .where(
                e.starts_at >= start,
                e.starts_at < end,
                e.status != CANCELLED,
                r.status == ATTENDED,
                p.organisation_id.is_not(None),
            )
            .group_by(p.organisation_id, year)
        ):
            counts.setdefault(organisation_id, {})[int(year_number)] = count
        member_ids = set(
            session.scalars(
                select(o.id).where(o.id.in_(_member_in(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31))))
            )
        )
        municipal_ids = set(session.scalars(select(o.id).where(o.kind.in_(("Kommune", "Kreis")))))
        wanted = member_ids | (municipal_ids & set(counts))
        names = dict(session.execute(select(o.id, o.name).where(o.id.in_(wanted))).all()) if wanted else {}
    years = range(first_year, last_year + 1)
    rows = [
        YearRow(
            label=names[oid], per_year={y: counts.get(oid, {}).get(y, 0) for y in years}, is_member=oid in member_ids
        )
        for oid in wanted
    ]
    from ..core.text import fold

    rows.sort(key=lambda row: (not row.is_member, fold(row.label)))
    return rows


def events_by_kind_and_year(db: Database, first_year: int, last_year: int) -> list[YearRow]:
    """Events (not cancelled) per kind and year, in the order of the vocabulary."""
    start, end = _year_bounds(first_year, last_year)
    e = EVENT.c
    year = extract("year", e.starts_at)
    counts: dict[str, dict[int, int]] = {}
    with db.session() as session:
        for kind, year_number, count in session.execute(
            select(e.kind, year, func.count())
            .where(e.starts_at >= start, e.starts_at < end, e.status != CANCELLED)
            .group_by(e.kind, year)
        ):
            counts.setdefault(kind, {})[int(year_number)] = count
    years = range(first_year, last_year + 1)
    return [
        YearRow(label=kind, per_year={y: counts.get(kind, {}).get(y, 0) for y in years})
        for kind in sorted(counts, key=_kind_order)
    ]


def contributions_by_year(db: Database, first_year: int, last_year: int) -> list:
    """Member contributions billed, paid and open per fee year (``model.invoicing.invoices``)."""
    from ..invoicing.invoices import contribution_figures

    return [contribution_figures(db, year) for year in range(first_year, last_year + 1)]


def contribution_rows(db: Database, first_year: int, last_year: int) -> list[YearRow]:
    """Contributions billed (less credit notes), paid and open per fee year, in whole euros."""
    figures = contributions_by_year(db, first_year, last_year)
    return [
        YearRow(label=label, per_year={c.year: int(value(c)) for c in figures})
        for label, value in (
            ("berechnet (€)", lambda c: c.billed - c.cancelled),
            ("bezahlt (€)", lambda c: c.paid),
            ("offen (€)", lambda c: c.open),
        )
    ]
