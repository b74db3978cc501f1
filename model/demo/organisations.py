"""Organisations, memberships with history, and programme areas."""

from __future__ import annotations

import csv
import datetime as dt
import re
from decimal import Decimal

from ..core.entities import Membership, Organisation, ProgrammeArea
from ..core.paths import resource
from ..core.text import fold, search_key
from ..core.vocab import DISTRICT, GUEST, HOUSING, IN_PREPARATION, MEMBER, MUNICIPALITY, PARTNER, PROVIDER, RESEARCH
from .core import ENTERED_AT, Demo, OrgInfo, mail_domain, years
from .places import (
    CARRIER_PATTERNS,
    CONSULTANCIES,
    DISTRICT_SEATS,
    GENERIC_DISTRICTS,
    HOUSING_PATTERNS,
    KNOWN_ORGANISATIONS,
    NETWORK_CITIES,
    OFFICE,
    SMALL_DISTRICTS,
    SPECIAL_MEMBERSHIPS,
    Area,
    KnownOrganisation,
)

# Town epithets in the official list that still denote a Gemeinde, not a Stadt.
_GEMEINDE_EPITHETS = ("NRW-Klimakommune", "Tor zur Eifel")


def load_municipalities() -> dict[str, dict]:
    """Rows of the official list by municipality name (first one wins for the rare duplicates)."""
    with resource("data", "nrw_gemeinden.csv").open(encoding="utf-8", newline="") as handle:
        rows: dict[str, dict] = {}
        for row in csv.DictReader(handle):
            rows.setdefault(row["name"], row)
        return rows


def official_name(row: dict) -> str:
    """How the office writes a municipality: "Stadt Gelsenkirchen", "Gemeinde Saerbeck"."""
    epithet = row["bezeichnung"]
    if not epithet or "gemeinde" in epithet.lower() or epithet in _GEMEINDE_EPITHETS:
        return f"Gemeinde {row['name']}"
    return f"Stadt {row['name']}"


def district_name(kreis: str) -> str:
    if kreis == "Städteregion Aachen":
        return "StädteRegion Aachen"
    return kreis if "kreis" in kreis.lower() else f"Kreis {kreis}"


def short_area_name(area_name: str, city: str) -> str:
    """ "Duisburg-Marxloh" → "Marxloh" (for job titles such as "Gebietsbeauftragte Marxloh")."""
    for prefix in (city, city.split()[0]):
        if area_name.startswith(prefix) and len(area_name) > len(prefix):
            return area_name[len(prefix) :].lstrip(" -")
    return area_name


def annual_fee(population: int) -> Decimal:
    if population >= 500_000:
        return Decimal("3000.00")
    if population >= 200_000:
        return Decimal("2400.00")
    if population >= 100_000:
        return Decimal("1800.00")
    return Decimal("1200.00")


def build_organisations(demo: Demo) -> None:
    municipalities = load_municipalities()
    builder = _OrganisationBuilder(demo, municipalities)
    builder.network_cities()
    builder.districts()
    builder.known_organisations()
    builder.office()
    if demo.spec.name == "large":
        builder.local_providers()
        builder.further_municipalities()
    for org in demo.organisations:
        org.member_years = builder.years_with(org.id, (MEMBER,))
        org.network_years = builder.years_with(org.id, (MEMBER, GUEST, PARTNER))


class _OrganisationBuilder:
    def __init__(self, demo: Demo, municipalities: dict[str, dict]):
        self.demo = demo
        self.rng = demo.rng
        self.municipalities = municipalities
        self.memberships: dict[int, list[tuple[str, dt.date, dt.date | None]]] = {}

    # --- rows ----------------------------------------------------------------------------

    def _organisation(
        self,
        name: str,
        kind: str,
        *,
        city: str,
        postcode: str,
        street: str | None,
        domain: str,
        area_code: str,
        ags: str | None = None,
        population: int = 0,
        notes: str | None = None,
    ) -> OrgInfo:
        org_id = self.demo.tables.add_with_id(
            Organisation,
            name=name,
            kind=kind,
            ags=ags,
            street=street,
            postcode=postcode,
            city=city,
            phone=f"{area_code} {self.rng.randint(10, 99) * 10}-0",
            email=f"info@{mail_domain(domain)}",
            website=f"https://www.{domain}",
            notes=notes,
            search_key=search_key(name, city),
            created_at=ENTERED_AT,
            updated_at=ENTERED_AT,
        )
        info = OrgInfo(org_id, name, kind, city, postcode, street, domain, area_code, population)
        self.demo.organisations.append(info)
        return info

    def _membership(
        self, org: OrgInfo, kind: str, since_year: int, until_year: int | None, notes: str | None = None
    ) -> None:
        since = dt.date(since_year, 1, 1)
        until = dt.date(until_year, 12, 31) if until_year else None
        fee = annual_fee(org.population) if kind == MEMBER and org.kind == MUNICIPALITY else None
        self.demo.tables.add(
            Membership, organisation_id=org.id, type=kind, since=since, until=until, annual_fee=fee, notes=notes
        )
        self.memberships.setdefault(org.id, []).append((kind, since, until))

    def _areas(self, org: OrgInfo, areas: tuple[Area, ...]) -> None:
        for area in areas:
            notes = None
            if area.status == IN_PREPARATION:
                notes = "Integriertes Handlungskonzept in Arbeit; Antrag zum nächsten Programmjahr geplant."
            self.demo.tables.add(
                ProgrammeArea,
                organisation_id=org.id,
                name=area.name,
                programme=area.programme,
                status=area.status,
                admitted_year=area.admitted,
                ended_year=area.ended,
                notes=notes,
                created_at=ENTERED_AT,
                updated_at=ENTERED_AT,
            )
            org.areas.append(short_area_name(area.name, org.city))

    def years_with(self, org_id: int, kinds: tuple[str, ...]) -> set[int]:
        result = set()
        for year in years():
            mid_year = dt.date(year, 7, 1)
            for kind, since, until in self.memberships.get(org_id, ()):
                if kind in kinds and since <= mid_year and (until is None or mid_year <= until):
                    result.add(year)
        return result

    def _municipality(self, row: dict, street: str | None, area_code: str, domain: str) -> OrgInfo:
        org = self._organisation(
            official_name(row),
            MUNICIPALITY,
            city=row["name"],
            postcode=row["plz"],
            street=street,
            domain=domain,
            area_code=area_code,
            ags=row["ags"],
            population=int(row["einwohner"]),
        )
        org.venue = f"Rathaus {row['name']}"
        return org

    # --- groups of organisations ---------------------------------------------------------

    def network_cities(self) -> None:
        for city in NETWORK_CITIES[: self.demo.spec.network_cities]:
            org = self._municipality(self.municipalities[city.name], city.town_hall, city.area_code, city.domain)
            org.in_network_core = True
            history = SPECIAL_MEMBERSHIPS.get(city.name, ((MEMBER, city.joined, None),))
            for kind, since, until in history:
                note = "Austritt wegen Haushaltssicherung." if kind == MEMBER and until else None
                self._membership(org, kind, since, until, note)
            self._areas(org, city.areas)

    def districts(self) -> None:
        names = SMALL_DISTRICTS if self.demo.spec.name == "small" else tuple(DISTRICT_SEATS)
        for kreis in names:
            seat = self.municipalities[DISTRICT_SEATS[kreis]]
            org = self._organisation(
                district_name(kreis),
                DISTRICT,
                city=seat["name"],
                postcode=seat["plz"],
                street=None,
                domain=_slug(district_name(kreis)) + ".de",
                area_code=self._area_code(seat),
            )
            if kreis == "Recklinghausen" or self.rng.random() < 0.2:
                self._membership(org, PARTNER, self.rng.choice((2010, 2014, 2018, 2021)), None)

    def known_organisations(self) -> None:
        for known in KNOWN_ORGANISATIONS:
            if self.demo.spec.name == "small" and not known.in_small:
                continue
            self._known(known)

    def _known(self, known: KnownOrganisation) -> OrgInfo:
        org = self._organisation(
            known.name,
            known.kind,
            city=known.city,
            postcode=known.postcode,
            street=known.street,
            domain=known.domain,
            area_code=known.area_code,
        )
        if known.membership:
            self._membership(org, *known.membership)
        return org

    def office(self) -> None:
        self._known(OFFICE).venue = "Geschäftsstelle, Besprechungsraum"

    def local_providers(self) -> None:
        """Neighbourhood-management providers and housing cooperatives of the member cities."""
        cities = [org for org in self.demo.organisations if org.in_network_core]
        for index, city in enumerate(cities):
            for pattern in self.rng.sample(CARRIER_PATTERNS, 2):
                area = self.rng.choice(city.areas) if city.areas else city.city
                name = pattern.format(stadt=city.city, gebiet=area)
                self._organisation(
                    name,
                    PROVIDER,
                    city=city.city,
                    postcode=city.postcode,
                    street=None,
                    domain=_domain(name),
                    area_code=city.area_code,
                )
            if index % 3 == 0:
                name = HOUSING_PATTERNS[index % 2].format(stadt=city.city)
                self._organisation(
                    name,
                    HOUSING,
                    city=city.city,
                    postcode=city.postcode,
                    street=None,
                    domain=_domain(name),
                    area_code=city.area_code,
                )
        for name in CONSULTANCIES:
            seat = self.municipalities[self.rng.choice(("Dortmund", "Essen", "Köln", "Bochum", "Münster"))]
            self._organisation(
                name,
                RESEARCH,
                city=seat["name"],
                postcode=seat["plz"],
                street=None,
                domain=_domain(name),
                area_code=self._area_code(seat),
            )

    def further_municipalities(self) -> None:
        """Other NRW municipalities, largest first, up to the target size: guests and newcomers."""
        taken = {org.city for org in self.demo.organisations if org.kind == MUNICIPALITY}
        candidates = sorted(
            (row for name, row in self.municipalities.items() if name not in taken),
            key=lambda row: (-int(row["einwohner"]), row["ags"]),
        )
        missing = self.demo.spec.organisations - len(self.demo.organisations)
        for row in candidates[: max(missing, 0)]:
            org = self._municipality(row, "Rathausplatz 1", self._area_code(row), _slug(row["name"]) + ".de")
            draw = self.rng.random()
            if draw < 0.08:
                self._membership(org, MEMBER, self.rng.randint(2022, 2026), None)
            elif draw < 0.3:
                since = self.rng.randint(2016, 2025)
                until = self.rng.choice((None, None, min(since + 2, 2026)))
                self._membership(org, GUEST, since, until)
            if int(row["einwohner"]) > 30_000 and self.rng.random() < 0.4:
                admitted = self.rng.choice((None, 2018, 2020, 2022, 2024))
                ended = 2025 if admitted == 2018 and self.rng.random() < 0.5 else None
                generic = self.rng.choice(GENERIC_DISTRICTS)
                self._areas(org, (Area(f"{row['name']}-{generic}", admitted, ended),))

    def _area_code(self, row: dict) -> str:
        known = next((city.area_code for city in NETWORK_CITIES if city.name == row["name"]), None)
        if known:
            return known
        first = "05" if row["regierungsbezirk"] == "Detmold" else "02"
        return f"{first}{self.rng.randint(100, 999)}"


_STOP_WORDS = ("fuer", "und", "der", "die", "das", "an", "am", "im")


def _domain(name: str) -> str:
    """A plausible web domain: the name without legal form or brackets, whole words, short."""
    plain = re.sub(r"\(.*?\)|\b(e\. ?V\.|eG|gGmbH|GmbH|mbB)", " ", name)
    words = [word for word in _slug(plain).split("-") if word not in _STOP_WORDS]
    while len(words) > 2 and len("-".join(words)) > 30:
        words.pop()
    return "-".join(words) + ".de"


def _slug(name: str) -> str:
    german = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    words = "".join(ch if ch.isalnum() else " " for ch in fold(german)).split()
    return "-".join(words)
