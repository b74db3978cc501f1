"""People of the address book: office staff, the two test names, and everyone else by organisation."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..core.entities import MailingList, MailingListMember, Person
from ..core.text import search_key
from ..core.vocab import DISTRICT, HOUSING, MINISTRY, MR, MS, MUNICIPALITY, NO_SALUTATION, PROVIDER, RESEARCH
from .core import DEMO_TODAY, ENTERED_AT, Demo, OrgInfo, PersonInfo, mail_domain, phone_number, weighted_choice
from .jobs import FREELANCE_JOBS, JOBS_BY_KIND, Job
from .names import (
    ACADEMIC_TITLES,
    CONSENT_SCOPES,
    CONSENT_SOURCES,
    LEAVING_NOTES,
    MOBILE_PREFIXES,
    NAME_ORIGINS,
    PRIVATE_MAIL_DOMAINS,
    email_local_part,
    last_name_for,
)
from .places import OFFICE

FIRST_CONSENT = dt.date(2018, 5, 25)  # GDPR day: the office renewed every consent then

# (salutation, title, first, last, function, department, role, chamber)
OFFICE_STAFF = (
    (MS, "Dr.", "Miriam", "Hoffmann", "Leiterin der Geschäftsstelle", None, "Geschäftsstelle", "AKNW"),
    (MR, None, "Kerem", "Aydın", "Referent für Fortbildung und Veranstaltungen", None, "Geschäftsstelle", None),
    (MS, None, "Julia", "Brandt", "Sachbearbeiterin Verwaltung und Finanzen", None, "Geschäftsstelle", None),
)
# Names every output must print exactly as typed; ordinary, active members of the network.
TEST_PEOPLE = (
    (
        "Stadt Duisburg",
        MS,
        None,
        "Ayşe",
        "Yılmaz",
        "Gebietsbeauftragte Marxloh",
        "Referat Stadterneuerung",
        "Gebietsbeauftragte/r",
        "AKNW",
    ),
    (
        "Stadt Gelsenkirchen",
        MR,
        "Dr.-Ing.",
        "Łukasz",
        "Żółć",
        "Sachgebietsleiter Stadterneuerung",
        "Referat Stadterneuerung",
        "Leitung",
        "IK-Bau NRW",
    ),
    # Further letters that fonts and sorting must handle (İ, ễ, ă), fixed so every size has them.
    (
        "AWO Bezirk Westliches Westfalen e. V.",
        MS,
        None,
        "İpek",
        "Doğan",
        "Quartiersmanagerin Nordstadt",
        "Quartiersmanagement",
        "Quartiersmanagement",
        None,
    ),
    (
        "Stadt Dortmund",
        MS,
        None,
        "Thị Lan",
        "Nguyễn",
        "Sozialplanerin",
        "Amt für Soziales und Wohnen",
        "Sonstige",
        None,
    ),
    (
        "Stadt Duisburg",
        MR,
        None,
        "Răzvan",
        "Stănescu",
        "Gebietsbeauftragter Hochfeld",
        "Referat Stadterneuerung",
        "Gebietsbeauftragte/r",
        "AKNW",
    ),
)


def _kind_weight(org: OrgInfo) -> float:
    if org.kind == MUNICIPALITY:
        if org.in_network_core:
            return 3 + org.population / 100_000
        return 0.5 + org.population / 400_000
    if org.name.startswith("Ministerium für Heimat"):
        return 4
    if org.name == "Müller & Söhne <GmbH>":
        return 0.2
    return {
        DISTRICT: 1.2,
        MINISTRY: 1.5,
        RESEARCH: 2,
        PROVIDER: 2.5,
        HOUSING: 1.5,
    }.get(org.kind, 0.5)


class _PeopleBuilder:
    def __init__(self, demo: Demo):
        self.demo = demo
        self.rng = demo.rng
        self.emails: Counter[tuple[str, str]] = Counter()
        self.chamber_numbers: set[str] = set()
        # Programme areas by city, for job titles of providers that work in a member city.
        self.areas_by_city = {org.city: org.areas for org in demo.organisations if org.areas}
        self.all_areas = [area for org in demo.organisations if org.in_network_core for area in org.areas]

    def _email(self, first: str, last: str, domain: str) -> str:
        local = email_local_part(first, last)
        self.emails[(local, domain)] += 1
        count = self.emails[(local, domain)]
        return f"{local}{count if count > 1 else ''}@{mail_domain(domain)}"

    def _chamber_number(self, chamber: str) -> str:
        while True:
            number = (
                f"{self.rng.randint(100000, 199999)}" if chamber == "AKNW" else f"IK-{self.rng.randint(10000, 39999)}"
            )
            if number not in self.chamber_numbers:
                self.chamber_numbers.add(number)
                return number

    def add(
        self,
        org: OrgInfo | None,
        salutation: str,
        title: str | None,
        first: str,
        last: str,
        function: str | None,
        department: str | None,
        role: str,
        chamber: str | None,
        *,
        email: bool = True,
        left_year: int | None = None,
        is_staff: bool = False,
    ) -> PersonInfo:
        rng = self.rng
        domain = org.domain if org else rng.choice(PRIVATE_MAIL_DOMAINS)
        address: dict[str, str | None] = {"street": None, "postcode": None, "city": None}
        if org is None:  # freelancers are written to at home
            address = {
                "street": f"{rng.choice(('Gartenstraße', 'Lindenallee', 'Am Stadtpark', 'Kirchweg'))} "
                f"{rng.randint(1, 80)}",
                "postcode": "44137",
                "city": "Dortmund",
            }
        consent_date = consent_scope = consent_source = withdrawn = None
        if is_staff or rng.random() < 0.92:
            consent_date = FIRST_CONSENT + dt.timedelta(days=rng.randint(0, (DEMO_TODAY - FIRST_CONSENT).days - 30))
            consent_scope, consent_source = rng.choice(CONSENT_SCOPES), rng.choice(CONSENT_SOURCES)
            if not is_staff and rng.random() < 0.015:
                withdrawn = consent_date + dt.timedelta(days=rng.randint(30, max(31, (DEMO_TODAY - consent_date).days)))
                withdrawn = min(withdrawn, DEMO_TODAY)
        notes = rng.choice(LEAVING_NOTES) if left_year else None
        if withdrawn:
            notes = "Einwilligung widerrufen – keine Einladungen mehr."
        email_address = self._email(first, last, domain) if email else None
        area_code = org.area_code if org else "0231"
        org_name = org.name if org else None
        person_id = self.demo.tables.add_with_id(
            Person,
            salutation=salutation,
            title=title,
            first_name=first,
            last_name=last,
            organisation_id=org.id if org else None,
            department=department,
            function=function,
            role=role,
            email=email_address,
            phone=phone_number(rng, area_code),
            mobile=f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(1000000, 9999999)}" if rng.random() < 0.25 else None,
            **address,
            chamber=chamber,
            chamber_number=self._chamber_number(chamber) if chamber else None,
            # IK-Bau NRW's rules depend on the member group; most members are Pflichtmitglieder.
            chamber_category="Pflichtmitglied" if chamber == "IK-Bau NRW" else None,
            consent_date=consent_date,
            consent_scope=consent_scope,
            consent_source=consent_source,
            consent_withdrawn_on=withdrawn,
            active=left_year is None,
            notes=notes,
            search_key=search_key(first, last, org_name, function, email_address),
            created_at=ENTERED_AT,
            updated_at=ENTERED_AT,
        )
        display = " ".join(part for part in (title, first, last) if part)
        info = PersonInfo(person_id, org, role, salutation, display, chamber, left_year, is_staff)
        (self.demo.staff if is_staff else self.demo.persons).append(info)
        return info

    def generated(self, org: OrgInfo | None) -> PersonInfo:
        rng = self.rng
        salutation = weighted_choice(rng, (MS, MR, NO_SALUTATION), (0.55, 0.42, 0.03))
        female = salutation == MS or (salutation == NO_SALUTATION and rng.random() < 0.5)
        origin = weighted_choice(rng, NAME_ORIGINS, [o.weight for o in NAME_ORIGINS])
        first = rng.choice(origin.female if female else origin.male)
        last = last_name_for(origin.key, rng.choice(origin.last), female)
        jobs, departments = JOBS_BY_KIND[org.kind] if org else (FREELANCE_JOBS, ())
        job: Job = weighted_choice(rng, jobs, [j.weight for j in jobs])
        area = rng.choice(self.areas_by_city.get(org.city) or self.all_areas) if org else ""
        function = job.title(salutation).format(gebiet=area, stadt=org.city if org else "")
        title = None
        if "Professor" in function:
            title = "Prof. Dr."
        else:
            title_share = {RESEARCH: 0.3, MINISTRY: 0.12}.get(org.kind if org else "", 0.05)
            title = rng.choice(ACADEMIC_TITLES) if rng.random() < title_share else None
        chamber = None
        if rng.random() < job.chamber_share:
            chamber = "IK-Bau NRW" if rng.random() < 0.15 else "AKNW"
        left_year = rng.randint(2022, 2026) if rng.random() < 0.05 else None
        return self.add(
            org,
            salutation,
            title,
            first,
            last,
            function,
            rng.choice(departments) if departments and rng.random() < 0.75 else None,
            job.role,
            chamber,
            email=rng.random() > 0.04,
            left_year=left_year,
        )


def build_people(demo: Demo) -> None:
    builder = _PeopleBuilder(demo)
    office = demo.org_by_name(OFFICE.name)
    for salutation, title, first, last, function, department, role, chamber in OFFICE_STAFF:
        builder.add(office, salutation, title, first, last, function, department, role, chamber, is_staff=True)
    for org_name, salutation, p_title, first, last, function, p_department, p_role, p_chamber in TEST_PEOPLE:
        builder.add(
            demo.org_by_name(org_name), salutation, p_title, first, last, function, p_department, p_role, p_chamber
        )

    employers = [org for org in demo.organisations if org.name != OFFICE.name]
    remaining = demo.spec.persons - len(demo.staff) - len(demo.persons)
    freelancers = max(1, remaining // 50)
    remaining -= freelancers
    # Everyone has at least one contact person; the rest follows size and role in the network.
    slots = employers[: min(len(employers), remaining)]
    slots += demo.rng.choices(employers, weights=[_kind_weight(o) for o in employers], k=remaining - len(slots))
    slots.sort(key=lambda org: org.id)
    for org in slots:
        builder.generated(org)
    for _ in range(freelancers):
        builder.generated(None)


MAILING_LISTS = (
    ("Netzwerktreffen", "Einladungen zu den monatlichen Netzwerktreffen (Mitgliedskommunen und Partner)."),
    ("Fortbildung – Kammermitglieder", "Ankündigungen anerkannter Fortbildungen für Mitglieder der Kammern."),
    ("Gebietsbeauftragte", "Alle Gebietsbeauftragten der Mitgliedskommunen."),
    ("Quartiersmanagement NRW", "Quartiersmanagerinnen und Quartiersmanager in den Programmgebieten."),
)


def build_mailing_lists(demo: Demo) -> None:
    persons = [p for p in demo.persons if p.left_year is None]
    rows = demo.tables.rows[Person]
    reachable = {row["id"] for row in rows if row["email"] and not row["consent_withdrawn_on"] and row["consent_date"]}
    members_by_list = (
        [p for p in persons if p.org and (p.org.network_years or p.org.kind == MINISTRY)],
        [p for p in persons if p.chamber],
        [p for p in persons if p.role == "Gebietsbeauftragte/r"],
        [p for p in persons if p.role == "Quartiersmanagement"],
    )
    for (name, description), members in zip(MAILING_LISTS, members_by_list, strict=True):
        list_id = demo.tables.add_with_id(
            MailingList, name=name, description=description, created_at=ENTERED_AT, updated_at=ENTERED_AT
        )
        for person in members:
            if person.id in reachable:
                demo.tables.add(MailingListMember, mailing_list_id=list_id, person_id=person.id, added_at=ENTERED_AT)
