"""Five and a half years of events: the fixed calendar of the network plus everything else.

Fixed series: the monthly Netzwerktreffen (first Thursday, 10–13 Uhr, hybrid, hosted in
rotation), one Tagung and one Ortsbesuch a year, study trips abroad, day excursions, the
Werkstattreihe and the sessions of every working group. Further Fortbildungen, Werkstätten,
Fachgespräche and Exkursionen fill up to the size's number of events.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..core.entities import Accreditation, AgendaItem, Event, Trip, TripDay
from ..core.text import search_key
from ..core.vocab import (
    ANNOUNCED,
    CALLED_OFF,
    CONFERENCE,
    EXCURSION,
    EXPERT_TALK,
    GROUP_MEETING,
    HELD,
    HYBRID,
    IN_PERSON,
    MINISTRY,
    MUNICIPALITY,
    NETWORK_MEETING,
    ONLINE,
    PLANNED,
    RESEARCH,
    SITE_VISIT,
    TOPICS,
    TRAINING,
    WORKSHOP,
    WORKSHOP_SERIES,
)
from . import agenda
from .core import (
    DEMO_TODAY,
    FIRST_DAY,
    LAST_DAY,
    Demo,
    EventInfo,
    OrgInfo,
    PersonInfo,
    at,
    first_weekday,
    is_quiet_time,
    random_workday,
    years,
)
from .event_catalogue import (
    CONFERENCES,
    DAY_EXCURSIONS,
    GERMAN_MONTHS,
    STUDY_TRIPS,
    SUBJECTS,
    TRAININGS,
    WORKSHOP_SERIES_TITLES,
)
from .trips import add_day_excursion, add_study_trip, generic_day_excursion

# Days before the start when registration opens (the invitation goes out).
OPENING_DAYS = {
    NETWORK_MEETING: 35,
    CONFERENCE: 120,
    EXCURSION: 90,
    GROUP_MEETING: 30,
    TRAINING: 60,
    WORKSHOP: 45,
    EXPERT_TALK: 30,
    SITE_VISIT: 60,
}
STUDY_TRIP_OPENING_DAYS = 150
TRAINING_POINTS = {6: 8, 3: 4, 2: 2}
ONLINE_LINK = "https://konferenz.staedtenetz-soziale-stadt.nrw/raum/{code}"


def opening_day(kind: str, starts_at: dt.datetime, multi_day: bool = False) -> dt.date:
    days = STUDY_TRIP_OPENING_DAYS if multi_day else OPENING_DAYS[kind]
    return starts_at.date() - dt.timedelta(days=days)


class _EventBuilder:
    def __init__(self, demo: Demo):
        self.demo = demo
        self.rng = demo.rng
        self.recognition_sequence: dict[tuple[str, int], int] = {}
        hosts = [org for org in demo.organisations if org.in_network_core]
        self.hosts_by_year = {year: [org for org in hosts if year in org.member_years] for year in years()}
        self.people_by_year: dict[tuple[str, int], list[PersonInfo]] = {}
        categories = {
            "ministry": lambda p: p.org is not None and p.org.kind == MINISTRY,
            "expert": lambda p: p.org is not None and p.org.kind == RESEARCH,
            "moderator": lambda p: p.org is None or p.org.kind == RESEARCH,
            "practitioner": lambda p: p.org is not None and p.org.in_network_core,
        }
        for name, wanted in categories.items():
            for year in years():
                self.people_by_year[(name, year)] = [p for p in demo.persons if wanted(p) and p.available(year)]
        self.leader, self.trainer_staff, self.clerk = demo.staff

    # --- helpers -------------------------------------------------------------------------

    def person(self, category: str, year: int, org: OrgInfo | None = None) -> int | None:
        people = self.people_by_year[(category, year)]
        if org is not None:
            people = [p for p in people if p.org is org] or people
        return self.rng.choice(people).id if people else None

    def host(self, year: int, index: int | None = None) -> OrgInfo:
        hosts = self.hosts_by_year.get(year) or self.hosts_by_year[max(self.hosts_by_year)]
        return hosts[index % len(hosts)] if index is not None else self.rng.choice(hosts)

    def status(self, starts_at: dt.datetime, ends_at: dt.datetime, opens: dt.date, may_be_cancelled: bool) -> str:
        if ends_at.date() < DEMO_TODAY:
            return CALLED_OFF if may_be_cancelled and self.rng.random() < 0.03 else HELD
        return ANNOUNCED if opens <= DEMO_TODAY else PLANNED

    def add(
        self,
        kind: str,
        title: str,
        topic: str | None,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        *,
        pool: str,
        demand: float,
        has_capacity: bool,
        form: str = IN_PERSON,
        host: OrgInfo | None = None,
        venue: str | None = None,
        venue_address: str | None = None,
        fee: int | None = None,
        responsible: PersonInfo | None = None,
        group_id: int | None = None,
        description: str | None = None,
        deadline_days: int | None = 7,
        may_be_cancelled: bool = True,
        multi_day: bool = False,
        organisers: bool = False,
    ) -> EventInfo:
        opens = opening_day(kind, starts_at, multi_day)
        status = self.status(starts_at, ends_at, opens, may_be_cancelled)
        if host is not None and venue is None and form != ONLINE:
            venue, venue_address = host.venue, f"{host.street}, {host.postcode} {host.city}"
        link = None
        if form != IN_PERSON:
            link = ONLINE_LINK.format(code=f"{kind[:3].lower()}-{starts_at:%Y%m%d}-{self.rng.randint(100, 999)}")
        created = at(min(opens - dt.timedelta(days=21), DEMO_TODAY), 9)
        updated = created
        if ends_at.date() < DEMO_TODAY:  # attendance was marked a few days later
            updated = at(min(ends_at.date() + dt.timedelta(days=3), DEMO_TODAY), 11)
        responsible = responsible or self.trainer_staff
        event_id = self.demo.tables.add_with_id(
            Event,
            kind=kind,
            title=title,
            topic=topic,
            starts_at=starts_at,
            ends_at=ends_at,
            format=form,
            venue=venue,
            venue_address=venue_address,
            online_link=link,
            host_organisation_id=host.id if host else None,
            capacity=None,
            registration_deadline=(starts_at.date() - dt.timedelta(days=deadline_days)) if deadline_days else None,
            fee=Decimal(fee) if fee else None,
            status=status,
            responsible=responsible.display_name,
            working_group_id=group_id,
            description=description,
            notes="Abgesagt wegen zu geringer Anmeldezahl." if status == CALLED_OFF else None,
            search_key=search_key(title, topic, venue),
            created_at=created,
            updated_at=updated,
        )
        row = self.demo.tables.rows[Event][-1]
        info = EventInfo(
            event_id, kind, row, starts_at, ends_at, pool, demand, has_capacity, fee=fee, group_id=group_id, opens=opens
        )
        if organisers:
            info.organisers.append(responsible.id)
        self.demo.events.append(info)
        return info

    def with_agenda(self, info: EventInfo, items: list[agenda.Item], moderator: int | None = None) -> None:
        planned = info.status == PLANNED
        if planned and self.rng.random() < 0.5:
            return  # not yet worked out
        agenda.add_agenda(self.demo.tables, info.id, info.starts_at, items, planned)
        if not planned:
            info.speakers = agenda.speakers_of(items)
            if moderator is not None and moderator not in info.speakers:
                info.moderators.append(moderator)

    def accredit(self, info: EventInfo, points: int, chamber: str = "AKNW") -> None:
        year = info.starts_at.year
        recognised: dt.date | None = info.starts_at.date() - dt.timedelta(days=self.rng.randint(14, 60))
        number = None
        if recognised and recognised <= DEMO_TODAY:
            key = (chamber, year)
            self.recognition_sequence[key] = self.recognition_sequence.get(key, 0) + 1
            prefix = "AKNW" if chamber == "AKNW" else "IKBau"
            number = f"{prefix}-{year}-{self.recognition_sequence[key]:04d}"
        else:
            recognised = None  # applied for, not yet recognised
        self.demo.tables.add(
            Accreditation,
            event_id=info.id,
            chamber=chamber,
            recognition_number=number,
            credit_points=Decimal(points),
            field="Stadtplanung" if chamber == "AKNW" else "Bauingenieurwesen",
            recognised_on=recognised,
            created_at=at(recognised or DEMO_TODAY, 10),
            updated_at=at(recognised or DEMO_TODAY, 10),
        )

    # --- the fixed calendar --------------------------------------------------------------

    def network_meetings(self) -> None:
        index = 0
        day = FIRST_DAY
        while day <= LAST_DAY:
            if day.month != 8:  # summer break
                meeting_day = first_weekday(day.year, day.month, 3)
                if is_quiet_time(meeting_day):
                    meeting_day += dt.timedelta(days=7)
                host = self.host(day.year, index)
                topic = TOPICS[index % len(TOPICS)]
                subject = self.rng.choice(SUBJECTS[topic])
                title = f"Netzwerktreffen {GERMAN_MONTHS[day.month - 1]} {day.year} in {host.city}"
                info = self.add(
                    NETWORK_MEETING,
                    title,
                    topic,
                    at(meeting_day, 10),
                    at(meeting_day, 13),
                    pool="core",
                    demand=30,
                    has_capacity=False,
                    form=HYBRID,
                    host=host,
                    responsible=self.leader,
                    description=f"Schwerpunkt: {subject}",
                    deadline_days=5,
                    may_be_cancelled=False,
                    organisers=True,
                )
                year = day.year
                self.with_agenda(
                    info,
                    agenda.network_meeting(
                        host.city,
                        subject,
                        self.person("ministry", year),
                        self.person("expert", year),
                        self.person("practitioner", year, host),
                        self.leader.id,
                    ),
                )
                index += 1
            day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)

    def conferences(self) -> None:
        for conference in CONFERENCES:
            start, end = at(conference.day, 9, 30), at(conference.day, 16, 30)
            info = self.add(
                CONFERENCE,
                conference.title,
                conference.topic,
                start,
                end,
                pool="all",
                demand=self.demo.spec.flagship_demand if conference.flagship else 140,
                has_capacity=True,
                venue=conference.venue,
                venue_address=conference.address,
                fee=60 if conference.flagship else 40,
                responsible=self.leader,
                deadline_days=21,
                may_be_cancelled=False,
                organisers=True,
            )
            info.flagship = conference.flagship
            year = conference.day.year
            moderator = self.person("moderator", year)
            self.with_agenda(
                info,
                agenda.conference(
                    conference.title,
                    self.leader.id,
                    self.person("ministry", year),
                    self.person("expert", year),
                    self.person("practitioner", year),
                    moderator,
                ),
                moderator,
            )
            self.accredit(info, conference.points)

    def site_visits(self) -> None:
        for index, year in enumerate(years()):
            host = self.host(year, index * 5 + 3)
            area = host.areas[0] if host.areas else host.city
            day = first_weekday(year, 6, 2) + dt.timedelta(days=7)
            info = self.add(
                SITE_VISIT,
                f"Ortsbesuch {year} in {host.city}: {area}",
                TOPICS[(index * 4) % len(TOPICS)],
                at(day, 10),
                at(day, 15),
                pool="core",
                demand=30,
                has_capacity=True,
                host=host,
                venue=f"Stadtteilzentrum {area}",
                venue_address=f"{host.postcode} {host.city}",
                responsible=self.leader,
                deadline_days=14,
                may_be_cancelled=False,
                organisers=True,
            )
            self.with_agenda(info, agenda.site_visit(host.city, area, self.person("practitioner", year, host)))

    def study_trips(self) -> None:
        for trip in STUDY_TRIPS:
            last = trip.start + dt.timedelta(days=len(trip.days) - 1)
            info = self.add(
                EXCURSION,
                trip.title,
                TOPICS[0],
                at(trip.start, 8),
                at(last, 18),
                pool="all",
                demand=trip.capacity * 1.3,
                has_capacity=True,
                venue=trip.city,
                fee=trip.contribution,
                responsible=self.trainer_staff,
                deadline_days=60,
                may_be_cancelled=False,
                multi_day=True,
                organisers=True,
                description=f"Mehrtägige Studienfahrt nach {trip.city} ({trip.country}).",
            )
            info.trip = trip
            info.fixed_capacity = trip.capacity
            add_study_trip(self.demo, info, trip)
            self.accredit(info, trip.points)

    def day_excursions(self) -> None:
        for index, excursion in enumerate(DAY_EXCURSIONS):
            year = FIRST_DAY.year + index
            month = 5 if year == LAST_DAY.year else 9
            day = random_workday(self.rng, dt.date(year, month, 1), dt.date(year, month, 28))
            host = next(
                (o for o in self.demo.organisations if o.city == excursion.city and o.kind == MUNICIPALITY), None
            )
            info = self.add(
                EXCURSION,
                excursion.title,
                excursion.topic,
                at(day, 9),
                at(day, 17),
                pool="core",
                demand=36,
                has_capacity=True,
                host=host,
                venue=excursion.city,
                fee=25,
                responsible=self.trainer_staff,
                deadline_days=14,
                organisers=True,
            )
            info.trip = excursion
            add_day_excursion(self.demo, info, excursion)

    def working_group_sessions(self) -> None:
        for group in self.demo.groups:
            if group.kind == WORKSHOP_SERIES:
                self._workshop_series(group)
                continue
            step = self.demo.spec.months_between_sessions
            month_index = group.started.year * 12 + group.started.month - 1
            number = 0
            while True:
                year, month = divmod(month_index, 12)
                month += 1
                first = dt.date(year, month, 1)
                if first > (group.ended or LAST_DAY) or first > LAST_DAY:
                    break
                number += 1
                month_index += step
                if first < FIRST_DAY or month == 8:
                    continue
                day = random_workday(self.rng, first, first + dt.timedelta(days=25))
                online = self.rng.random() < 0.5
                start = at(day, 14) if online else at(day, 10)
                host = None if online else self.host(year)
                subject = self.rng.choice(SUBJECTS[group.topic])
                lead = group.members[0][0]
                info = self.add(
                    GROUP_MEETING,
                    f"{number}. Sitzung {group.name}",
                    group.topic,
                    start,
                    start + dt.timedelta(hours=2),
                    pool="group",
                    demand=0.75,
                    has_capacity=False,
                    form=ONLINE if online else IN_PERSON,
                    host=host,
                    responsible=self.clerk,
                    group_id=group.id,
                    description=f"Schwerpunkt: {subject}",
                    deadline_days=None,
                )
                self.with_agenda(info, agenda.group_session(subject, lead.id if lead.available(year) else None))

    def _workshop_series(self, group) -> None:
        span = (group.ended - group.started).days
        for number, title in enumerate(WORKSHOP_SERIES_TITLES, start=1):
            target = group.started + dt.timedelta(days=span * (number - 0.5) / len(WORKSHOP_SERIES_TITLES))
            day = random_workday(self.rng, target, target + dt.timedelta(days=21))
            year = day.year
            host = self.host(year)
            moderator = self.person("moderator", year)
            info = self.add(
                WORKSHOP,
                f"Werkstatt {number}: {title}",
                group.topic,
                at(day, 13),
                at(day, 17),
                pool="core",
                demand=26,
                has_capacity=True,
                host=host,
                responsible=self.leader,
                group_id=group.id,
                description=f"Teil {number} der {group.name}.",
                organisers=True,
            )
            self.with_agenda(info, agenda.workshop(title, self.person("expert", year), moderator), moderator)
            self.accredit(info, 4)

    # --- further events ------------------------------------------------------------------

    def further_events(self, count: int) -> None:
        kinds = (TRAINING, WORKSHOP, EXPERT_TALK, EXCURSION)
        for kind in self.rng.choices(kinds, weights=(0.4, 0.2, 0.27, 0.13), k=max(count, 0)):
            day = random_workday(self.rng, FIRST_DAY, LAST_DAY)
            getattr(self, f"_{kind.lower().replace('ä', 'ae')}")(day)

    def _fortbildung(self, day: dt.date) -> None:
        training = self.rng.choice(TRAININGS)
        form = {6: IN_PERSON, 3: self.rng.choice((IN_PERSON, ONLINE)), 2: ONLINE}[training.hours]
        start = {6: at(day, 9, 30), 3: at(day, 13), 2: at(day, 14)}[training.hours]
        end = start + dt.timedelta(minutes={6: 420, 3: 195, 2: 105}[training.hours])
        host = self.host(day.year) if form == IN_PERSON else None
        info = self.add(
            TRAINING,
            training.title,
            training.topic,
            start,
            end,
            pool="training",
            demand={6: 24, 3: 30, 2: 45}[training.hours],
            has_capacity=True,
            form=form,
            host=host,
            fee={6: 90, 3: 45, 2: None}[training.hours],
            deadline_days=10,
            description="Anerkannte Fortbildung für Mitglieder der Architektenkammer NRW (Fachrichtung Stadtplanung).",
        )
        trainers = [t for t in (self.person("moderator", day.year), self.person("expert", day.year)) if t]
        if self.rng.random() < 0.5:
            trainers = trainers[:1]
        self.with_agenda(info, agenda.training(training.title, training.hours, trainers))
        self.accredit(info, TRAINING_POINTS[training.hours])
        if training.topic in (TOPICS[0], TOPICS[2]) and self.rng.random() < 0.3:
            self.accredit(info, TRAINING_POINTS[training.hours], "IK-Bau NRW")

    def _werkstatt(self, day: dt.date) -> None:
        topic = self.rng.choice(TOPICS)
        subject = self.rng.choice(SUBJECTS[topic])
        host = self.host(day.year)
        moderator = self.person("moderator", day.year)
        info = self.add(
            WORKSHOP,
            f"Werkstatt: {subject}",
            topic,
            at(day, 13),
            at(day, 17),
            pool="core",
            demand=22,
            has_capacity=True,
            host=host,
            responsible=self.leader,
            organisers=True,
        )
        self.with_agenda(info, agenda.workshop(subject, self.person("expert", day.year), moderator), moderator)
        if self.rng.random() < 0.2:
            self.accredit(info, 4)

    def _fachgespraech(self, day: dt.date) -> None:
        topic = self.rng.choice(TOPICS)
        subject = self.rng.choice(SUBJECTS[topic])
        online = self.rng.random() < 0.5
        host = self.host(day.year)
        info = self.add(
            EXPERT_TALK,
            f"Fachgespräch: {subject}",
            topic,
            at(day, 14),
            at(day, 16, 30),
            pool="core",
            demand=16,
            has_capacity=self.rng.random() < 0.5,
            form=ONLINE if online else IN_PERSON,
            host=None if online else host,
            responsible=self.clerk,
            deadline_days=3,
        )
        self.with_agenda(
            info,
            agenda.expert_talk(
                subject, self.person("expert", day.year), self.person("practitioner", day.year, host), host.city
            ),
        )

    def _exkursion(self, day: dt.date) -> None:
        host = self.host(day.year)
        area = self.rng.choice(host.areas) if host.areas else host.city
        info = self.add(
            EXCURSION,
            f"Exkursion nach {host.city}: {area}",
            self.rng.choice(TOPICS),
            at(day, 9),
            at(day, 16),
            pool="core",
            demand=30,
            has_capacity=True,
            host=host,
            venue=f"Treffpunkt Stadtteilbüro {area}",
            venue_address=f"{host.postcode} {host.city}",
            fee=self.rng.choice((None, 15, 25)),
            responsible=self.trainer_staff,
            deadline_days=14,
            organisers=True,
        )
        info.trip = generic_day_excursion(host.city, area, info.row["topic"])
        add_day_excursion(self.demo, info, info.trip)


def build_events(demo: Demo) -> None:
    builder = _EventBuilder(demo)
    builder.network_meetings()
    builder.conferences()
    builder.site_visits()
    builder.study_trips()
    builder.day_excursions()
    builder.working_group_sessions()
    builder.further_events(demo.spec.events - len(demo.events))
    # Chronological ids read naturally in lists ("Veranstaltung 1" is the oldest).
    _renumber_chronologically(demo)


def _renumber_chronologically(demo: Demo) -> None:
    """Give events ids in order of their start, and update every row that refers to them."""
    order = sorted(demo.events, key=lambda e: (e.starts_at, e.id))
    new_id = {info.id: index for index, info in enumerate(order, start=1)}
    for info in demo.events:
        info.id = info.row["id"] = new_id[info.id]
    demo.events = order
    demo.tables.rows[Event].sort(key=lambda row: row["id"])
    for model, column in (
        (AgendaItem, "event_id"),
        (Accreditation, "event_id"),
        (Trip, "event_id"),
        (TripDay, "trip_event_id"),
    ):
        for row in demo.tables.rows.get(model, ()):
            row[column] = new_id[row[column]]
