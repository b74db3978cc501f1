"""Organisations: the list with its filters, the form data, validation, saving, matching by name.

The list is one query into plain rows (SQL aggregation for counts), filtered in Python. A form
edits an ``OrganisationData`` (plain data, no session) and ``save_organisation`` writes it in
one transaction, with its memberships and programme areas, after checking that nobody else
saved the organisation meanwhile (``ChangedElsewhere``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from itertools import pairwise
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..core import audit, vocab
from ..core.db import Database
from ..core.entities import Event, Membership, Organisation, Person, ProgrammeArea, Registration
from ..core.errors import CHANGED_ELSEWHERE, ChangedElsewhere, UserError, ValidationError
from ..core.text import fold, search_fold, search_key
from ..core.validation import check_ags, check_choice, check_email, check_length, check_postcode, check_required, clean
from ..core.vocab import SEAT_TAKING_STATUSES
from . import municipalities

ENTITY = "organisation"


# --- the list ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    type: str
    since: dt.date
    until: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)

    def overlaps_year(self, year: int) -> bool:
        return self.since <= dt.date(year, 12, 31) and (self.until is None or self.until >= dt.date(year, 1, 1))


@dataclass(slots=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    ags: str | None
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    website: str | None
    regierungsbezirk: str | None
    people: int
    areas: int
    search_key: str
    periods: tuple[Period, ...] = ()
    status: str = ""  # current membership type ("Mitglied", "Gast" …) or ""
    member_since: dt.date | None = None
    annual_fee: Decimal | None = None

    def is_member_on(self, day: dt.date) -> bool:
        return any(p.type == "Mitglied" and p.covers(day) for p in self.periods)

    def is_member_in(self, year: int) -> bool:
        return any(p.type == "Mitglied" and p.overlaps_year(year) for p in self.periods)


def list_organisations(db: Database, today: dt.date | None = None) -> list[OrganisationRow]:
    """Every organisation with its current membership, people and programme-area counts."""
    today = today or dt.date.today()
    people = (
        select(Person.organisation_id, func.count().label("n"))
        .where(Person.anonymised_at.is_(None))
        .group_by(Person.organisation_id)
        .subquery()
    )
    areas = (
        select(ProgrammeArea.organisation_id, func.count().label("n"))
        .group_by(ProgrammeArea.organisation_id)
        .subquery()
    )
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.ags,
            Organisation.street,
            Organisation.postcode,
            Organisation.city,
            Organisation.phone,
            Organisation.email,
            Organisation.website,
            Organisation.search_key,
            func.coalesce(people.c.n, 0),
            func.coalesce(areas.c.n, 0),
        )
        .outerjoin(people, people.c.organisation_id == Organisation.id)
        .outerjoin(areas, areas.c.organisation_id == Organisation.id)
        .order_by(Organisation.name, Organisation.id)
    )
    with db.session() as session:
        records = session.execute(query).all()
        memberships: dict[int, list[tuple]] = {}
        for org_id, type_, since, until, fee in session.execute(
            select(
                Membership.organisation_id, Membership.type, Membership.since, Membership.until, Membership.annual_fee
            ).order_by(Membership.since)
        ):
            memberships.setdefault(org_id, []).append((type_, since, until, fee))
    rows = []
    for org_id, name, kind, ags, street, postcode, city, phone, email, website, key, n_people, n_areas in records:
        periods = tuple(Period(t, s, u) for t, s, u, _fee in memberships.get(org_id, ()))
        row = OrganisationRow(
            org_id,
            name,
            kind,
            ags,
            street,
            postcode,
            city,
            phone,
            email,
            website,
            municipalities.regierungsbezirk(ags, city),
            n_people,
            n_areas,
            key,
            periods,
        )
        current = [m for m in memberships.get(org_id, ()) if Period(m[0], m[1], m[2]).covers(today)]
        if current:
            order = {name: index for index, name in enumerate(vocab.MEMBERSHIP_TYPES)}
            best = min(current, key=lambda m: order.get(m[0], 99))
            row.status, row.member_since, row.annual_fee = best[0], best[1], best[3]
        rows.append(row)
    return rows


@dataclass
class OrganisationFilter:
    text: str = ""
    kind: str | None = None
    member_today: bool = False
    member_year: int | None = None
    regierungsbezirk: str | None = None


def filter_organisations(
    rows: list[OrganisationRow], criteria: OrganisationFilter, today: dt.date | None = None
) -> list[OrganisationRow]:
    today = today or dt.date.today()
    words = search_fold(criteria.text).split()
    result = []
    for row in rows:
        if criteria.kind and row.kind != criteria.kind:
            continue
        if criteria.regierungsbezirk and row.regierungsbezirk != criteria.regierungsbezirk:
            continue
        if criteria.member_today and not row.is_member_on(today):
            continue
        if criteria.member_year and not row.is_member_in(criteria.member_year):
            continue
        if words:
            haystack = row.search_key + " " + (row.ags or "")
            if not all(word in haystack for word in words):
                continue
        result.append(row)
    return result


# --- form data ----------------------------------------------------------------------------


@dataclass
class MembershipData:
    type: str = "Mitglied"
    since: dt.date | None = None
    until: dt.date | None = None
    annual_fee: Decimal | None = None
    notes: str | None = None
    id: int | None = None


@dataclass
class AreaData:
    name: str = ""
    programme: str = "Sozialer Zusammenhalt"
    status: str = "in Förderung"
    admitted_year: int | None = None
    ended_year: int | None = None
    notes: str | None = None
    id: int | None = None


@dataclass
class OrganisationData:
    name: str = ""
    kind: str = "Kommune"
    ags: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    notes: str | None = None
    memberships: list[MembershipData] = field(default_factory=list)
    areas: list[AreaData] = field(default_factory=list)
    id: int | None = None
    version: int | None = None


SCALAR_FIELDS = ("name", "kind", "ags", "street", "postcode", "city", "phone", "email", "website", "notes")
FIELD_LABELS = {
    "name": "Name",
    "kind": "Art",
    "ags": "AGS",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "phone": "Telefon",
    "email": "E-Mail",
    "website": "Internet",
    "notes": "Notizen",
    "memberships": "Mitgliedschaften",
    "areas": "Programmgebiete",
}


def from_municipality(ags: str) -> OrganisationData:
    """A new member municipality, filled from the official list."""
    found = municipalities.by_ags(ags)
    if found is None:
        raise ValidationError(f"Den Gemeindeschlüssel {ags} gibt es in der NRW-Liste nicht.", "AGS")
    return OrganisationData(
        name=found.official_name, kind="Kommune", ags=found.ags, postcode=found.postcode, city=found.name
    )


def load_organisation(db: Database, organisation_id: int) -> OrganisationData:
    with db.session() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise UserError(f"Die Organisation mit der Nummer {organisation_id} gibt es nicht (mehr).")
        data = OrganisationData(**{name: getattr(org, name) for name in SCALAR_FIELDS}, id=org.id, version=org.version)
        data.memberships = [
            MembershipData(m.type, m.since, m.until, m.annual_fee, m.notes, m.id)
            for m in sorted(org.memberships, key=lambda m: (m.since, m.id))
        ]
        data.areas = [
            AreaData(a.name, a.programme, a.status, a.admitted_year, a.ended_year, a.notes, a.id)
            for a in sorted(org.programme_areas, key=lambda a: (a.name, a.id))
        ]
        return data


def validate_organisation(data: OrganisationData) -> OrganisationData:
    """A cleaned copy of ``data`` or a ValidationError naming the field."""
    cleaned = replace(data)
    cleaned.name = check_length(check_required(data.name, "Name"), 200, "Name")
    cleaned.kind = check_choice(data.kind, vocab.ORGANISATION_KINDS, "Art") or ""
    if not cleaned.kind:
        raise ValidationError("Bitte die Art der Organisation wählen.", "Art")
    cleaned.ags = check_ags(data.ags)
    if cleaned.ags and cleaned.kind == "Kommune" and municipalities.by_ags(cleaned.ags) is None:
        raise ValidationError(
            f"Den Gemeindeschlüssel {cleaned.ags} gibt es in der Liste der NRW-Kommunen nicht.", "AGS"
        )
    cleaned.postcode = check_postcode(data.postcode)
    cleaned.email = check_length(check_email(data.email), 200, "E-Mail")
    for name, limit in (("street", 200), ("city", 100), ("phone", 50), ("website", 300)):
        setattr(cleaned, name, check_length(clean(getattr(data, name)), limit, FIELD_LABELS[name]))
    cleaned.notes = (data.notes or "").strip() or None
    cleaned.memberships = [validate_membership(m) for m in data.memberships]
    members = sorted((m for m in cleaned.memberships if m.type == "Mitglied"), key=lambda m: m.since or dt.date.min)
    for earlier, later in pairwise(members):
        if earlier.until is None or later.since is None or earlier.until >= later.since:
            raise ValidationError(
                f"Die Mitgliedschaften ab {earlier.since:%d.%m.%Y} und ab {later.since:%d.%m.%Y} überschneiden sich.",
                "Mitgliedschaften",
            )
    cleaned.areas = [_validate_area(a) for a in data.areas]
    return cleaned


MAX_ANNUAL_FEE = Decimal("1000000.00")  # as the form allows; the column holds up to 99,999,999.99


def validate_membership(m: MembershipData) -> MembershipData:
    """A cleaned copy of one membership (form and import) or a ValidationError."""
    kind = check_choice(m.type, vocab.MEMBERSHIP_TYPES, "Mitgliedschaft")
    if m.since is None:
        raise ValidationError("Eine Mitgliedschaft braucht ein Anfangsdatum (seit).", "Mitgliedschaften")
    if m.until is not None and m.until < m.since:
        raise ValidationError(f"Die Mitgliedschaft ab {m.since:%d.%m.%Y} endet vor ihrem Beginn.", "Mitgliedschaften")
    fee = m.annual_fee
    if fee is not None:
        fee = fee if isinstance(fee, Decimal) else Decimal(str(fee))
        if not fee.is_finite() or fee > MAX_ANNUAL_FEE:
            raise ValidationError("Der Jahresbeitrag muss zwischen 0 und 1.000.000,00 € liegen.", "Mitgliedschaften")
        if fee < 0:
            raise ValidationError("Der Jahresbeitrag darf nicht negativ sein.", "Mitgliedschaften")
    return replace(m, type=kind or "", annual_fee=fee, notes=(m.notes or "").strip() or None)


def _validate_area(a: AreaData) -> AreaData:
    name = check_required(a.name, "Programmgebiet")
    status = check_choice(a.status, vocab.PROGRAMME_AREA_STATUSES, "Status")
    for year in (a.admitted_year, a.ended_year):
        if year is not None and not 1970 <= year <= 2100:
            raise ValidationError(
                f"Das Jahr {year} beim Programmgebiet »{name}« ist nicht plausibel.", "Programmgebiete"
            )
    if a.admitted_year and a.ended_year and a.ended_year < a.admitted_year:
        raise ValidationError(f"Beim Programmgebiet »{name}« liegt das Ende vor der Aufnahme.", "Programmgebiete")
    return replace(
        a,
        name=name,
        status=status or "",
        programme=clean(a.programme) or "Sozialer Zusammenhalt",
        notes=(a.notes or "").strip() or None,
    )


def organisation_search_key(name: str | None, city: str | None) -> str:
    return search_key(name, city)


def save_organisation(db: Database, data: OrganisationData) -> OrganisationData:
    """Validate and write in one transaction; returns the saved data (new id and version).

    Raises ``ValidationError`` for bad input, ``ChangedElsewhere`` when someone else saved the
    organisation since it was loaded.
    """
    cleaned = validate_organisation(data)
    with db.writing() as session:
        _check_ags_free(session, cleaned)
        if cleaned.id is None:
            org = Organisation(**{name: getattr(cleaned, name) for name in SCALAR_FIELDS})
            org.search_key = organisation_search_key(cleaned.name, cleaned.city)
            session.add(org)
            session.flush()
            changes = {name: [None, getattr(cleaned, name)] for name in SCALAR_FIELDS if getattr(cleaned, name)}
            action, summary = "angelegt", f"Organisation »{cleaned.name}« angelegt"
        else:
            found = session.get(Organisation, cleaned.id)
            if found is None:
                raise UserError("Die Organisation wurde inzwischen gelöscht.")
            org = found
            if cleaned.version is not None and org.version != cleaned.version:
                raise ChangedElsewhere(CHANGED_ELSEWHERE)
            changes = {}
            for name in SCALAR_FIELDS:
                old, new = getattr(org, name), getattr(cleaned, name)
                if old != new:
                    changes[name] = [old, new]
                    setattr(org, name, new)
            org.search_key = organisation_search_key(cleaned.name, cleaned.city)
            if "name" in changes:
                _refresh_people_keys(session, org.id, cleaned.name)
            action, summary = "geändert", f"Organisation »{cleaned.name}« geändert"
        sub_changes = _save_memberships(session, org, cleaned.memberships)
        sub_changes += _save_areas(session, org, cleaned.areas)
        if sub_changes:
            changes["memberships/areas"] = [None, "; ".join(sub_changes)]
            if cleaned.id is not None and not any(k in changes for k in SCALAR_FIELDS):
                org.updated_at = dt.datetime.now().replace(microsecond=0)
                flag_modified(org, "updated_at")  # an UPDATE, so the version goes up
        if changes or cleaned.id is None:
            audit.record(session, ENTITY, org.id, action, summary, changes)
        session.flush()
        return replace(
            cleaned,
            id=org.id,
            version=org.version,
            memberships=[replace(m) for m in cleaned.memberships],
            areas=[replace(a) for a in cleaned.areas],
        )


def _check_ags_free(session: Session, data: OrganisationData) -> None:
    if not data.ags:
        return
    other = session.execute(select(Organisation.id, Organisation.name).where(Organisation.ags == data.ags)).first()
    if other is not None and other.id != data.id:
        raise ValidationError(f"Der Gemeindeschlüssel {data.ags} ist schon bei »{other.name}« eingetragen.", "AGS")


def _refresh_people_keys(session: Session, organisation_id: int, organisation_name: str) -> None:
    from .persons import person_search_key

    for person in session.scalars(select(Person).where(Person.organisation_id == organisation_id)):
        if person.anonymised_at is None:
            person.search_key = person_search_key(
                person.first_name, person.last_name, organisation_name, person.function, person.email
            )


def _save_children[Row: (Membership, ProgrammeArea)](
    session: Session,
    org: Organisation,
    entity: type[Row],
    wanted: list[MembershipData] | list[AreaData],
    columns: tuple[str, ...],
    label: Callable[[Any], str],
) -> list[str]:
    """Make an organisation's memberships or programme areas what the form shows: rows not
    shown are deleted, new ones added, changed ones updated; one audit note per row."""
    existing = {row.id: row for row in session.scalars(select(entity).where(entity.organisation_id == org.id))}
    notes = []
    keep = {item.id for item in wanted if item.id is not None}
    for old_id, old in existing.items():
        if old_id not in keep:
            session.delete(old)
            notes.append(f"{label(old)} entfernt")
    session.flush()
    for item in wanted:
        values = {name: getattr(item, name) for name in columns}
        if item.id is None or item.id not in existing:
            row = entity(organisation_id=org.id, **values)
            session.add(row)
            session.flush()
            item.id = row.id
            notes.append(f"{label(item)} hinzugefügt")
        else:
            current = existing[item.id]
            if any(getattr(current, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(current, k, v)
                notes.append(f"{label(item)} geändert")
    return notes


def _save_memberships(session: Session, org: Organisation, wanted: list[MembershipData]) -> list[str]:
    return _save_children(
        session,
        org,
        Membership,
        wanted,
        ("type", "since", "until", "annual_fee", "notes"),
        lambda m: f"Mitgliedschaft {m.type} ab {m.since:%d.%m.%Y}",
    )


def _save_areas(session: Session, org: Organisation, wanted: list[AreaData]) -> list[str]:
    return _save_children(
        session,
        org,
        ProgrammeArea,
        wanted,
        ("name", "programme", "status", "admitted_year", "ended_year", "notes"),
        lambda a: f"Programmgebiet »{a.name}«",
    )


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Delete an organisation entered by mistake: only without people and hosted events."""
    with db.writing() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            return
        people = session.scalar(select(func.count()).where(Person.organisation_id == organisation_id))
        hosted = session.scalar(select(func.count()).where(Event.host_organisation_id == organisation_id))
        if people or hosted:
            raise UserError(
                f"»{org.name}« kann nicht gelöscht werden: {people} Personen und {hosted} Veranstaltungen "
                "sind ihr zugeordnet. Bitte die Personen zuerst einer anderen Organisation zuordnen."
            )
        for membership in list(org.memberships):
            session.delete(membership)
        for area in list(org.programme_areas):
            session.delete(area)
        audit.record(session, ENTITY, org.id, "gelöscht", f"Organisation »{org.name}« gelöscht")
        session.delete(org)


# --- what belongs to an organisation ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParticipationRow:
    event_id: int
    starts_at: dt.datetime
    title: str
    kind: str
    status: str
    participants: int  # people of the organisation who took part or are registered
    host: bool


def organisation_events(db: Database, organisation_id: int) -> list[ParticipationRow]:
    """Events the organisation's people registered for, or that it hosted; newest first."""
    seats = SEAT_TAKING_STATUSES
    counted = (
        select(Registration.event_id, func.count().label("n"))
        .join(Person, Person.id == Registration.person_id)
        .where(Person.organisation_id == organisation_id, Registration.status.in_(seats))
        .group_by(Registration.event_id)
        .subquery()
    )
    query = (
        select(
            Event.id,
            Event.starts_at,
            Event.title,
            Event.kind,
            Event.status,
            func.coalesce(counted.c.n, 0),
            Event.host_organisation_id,
        )
        .outerjoin(counted, counted.c.event_id == Event.id)
        .where((counted.c.n > 0) | (Event.host_organisation_id == organisation_id))
        .order_by(Event.starts_at.desc())
    )
    with db.session() as session:
        return [
            ParticipationRow(i, s, t, k, st, n, host == organisation_id)
            for i, s, t, k, st, n, host in session.execute(query)
        ]


# --- matching by name (imports) ------------------------------------------------------------

_MUNICIPAL_PREFIXES = ("landeshauptstadt", "hansestadt", "kreisstadt", "universitatsstadt", "stadt", "gemeinde")
_MUNICIPAL_SUFFIX = re.compile(r",?\s*\b(stadt|gemeinde)$")


def match_key(name: str | None) -> str:
    """ "Stadt Gelsenkirchen", "Gelsenkirchen", "Gelsenkirchen, Stadt" → "gelsenkirchen"."""
    key = fold(name)
    key = re.sub(r"[^\w&]+", " ", key).strip()
    for prefix in _MUNICIPAL_PREFIXES:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1 :]
            break
    key = _MUNICIPAL_SUFFIX.sub("", key).strip()
    return key


class OrganisationMatcher:
    """Finds existing organisations by name as offices write them; remembers new ones."""

    def __init__(self, session: Session):
        self.exact: dict[str, int] = {}
        self.loose: dict[str, list[tuple[int, str]]] = {}
        for org_id, name, kind in session.execute(select(Organisation.id, Organisation.name, Organisation.kind)):
            self.add(org_id, name, kind)

    def add(self, org_id: int, name: str, kind: str) -> None:
        self.exact.setdefault(fold(name), org_id)
        self.loose.setdefault(match_key(name), []).append((org_id, kind))

    def find(self, name: str | None) -> int | None:
        if not name:
            return None
        exact = self.exact.get(fold(name))
        if exact is not None:
            return exact
        candidates = self.loose.get(match_key(name), [])
        if len(candidates) == 1:
            return candidates[0][0]
        towns = [org_id for org_id, kind in candidates if kind == "Kommune"]
        return towns[0] if len(towns) == 1 else None


_KIND_HINTS = (
    (("ministerium", "bezirksregierung", "landesamt", "nrw.bank", "land nrw"), "Land/Ministerium"),
    (("kreis", "stadteregion"), "Kreis"),
    (("universitat", "hochschule", "institut", "forschung", "beratung", "buro", "planung"), "Wissenschaft/Beratung"),
    (("wohnungs", "wohnen", "bauverein", "baugenossenschaft", "vivawest", "vonovia", "leg "), "Wohnungswirtschaft"),
    (
        ("e. v", "e.v", "ggmbh", "awo", "caritas", "diakonie", "paritat", "verein", "stiftung", "quartiersmanagement"),
        "Träger",
    ),
    (("stadt ", "gemeinde "), "Kommune"),
)


def guess_kind(name: str) -> str:
    """The likely kind of a new organisation from its name (imports; the user can change it)."""
    folded = fold(name) + " "
    if municipalities.by_name(name) is not None and not folded.startswith("kreis"):
        return "Kommune"
    for hints, kind in _KIND_HINTS:
        if any(hint in folded for hint in hints):
            return kind
    return "Sonstige"


def new_organisation_values(name: str) -> dict:
    """Column values of an organisation created by an import from just its name."""
    kind = guess_kind(name)
    values = {"name": name, "kind": kind, "ags": None, "postcode": None, "city": None}
    if kind == "Kommune":
        found = municipalities.by_name(name)
        if found is not None:
            values.update(name=found.official_name, ags=found.ags, postcode=found.postcode, city=found.name)
    values["search_key"] = organisation_search_key(values["name"], values["city"])
    return values


def data_fields() -> list[str]:
    return [f.name for f in fields(OrganisationData)]
