"""Shared machinery of the demo builders: sizes, the fixed calendar, row collection, helpers.

Everything is computed in memory first, with explicit integer ids, so that rows can refer to
each other without round trips; ``fill_demo`` then writes the tables in foreign-key order.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# The demo's "today": events before it took place, later ones are planned. A constant (not
# the real date) keeps the demo identical on every run.
DEMO_TODAY = dt.date(2026, 11, 21)
FIRST_DAY = dt.date(2022, 1, 1)
LAST_DAY = dt.date(2027, 6, 30)
SEED = 20260521
# When master data was typed in; stored as created_at so that every row is deterministic.
ENTERED_AT = dt.datetime(2021, 11, 15, 9, 0)

if TYPE_CHECKING:
    from ..core.entities import Base
    from .event_catalogue import DayExcursion, StudyTrip


@dataclass(frozen=True)
class SizeSpec:
    name: str
    network_cities: int  # member municipalities with real programme areas
    organisations: int  # approximate target (exact in the large demo)
    persons: int
    events: int
    registrations: int | None  # None: whatever the events attract
    extra_groups: int  # regional working groups on top of the standard ones
    months_between_sessions: int
    flagship_demand: int  # people who want to attend the big accredited congress
    flagship_capacity: int


SIZES = {
    "small": SizeSpec("small", 20, 36, 180, 160, None, 0, 6, 170, 150),
    "large": SizeSpec("large", 41, 400, 5000, 2500, 100_000, 40, 3, 420, 350),
}


@dataclass
class OrgInfo:
    id: int
    name: str
    kind: str
    city: str
    postcode: str
    street: str | None
    domain: str
    area_code: str
    population: int = 0
    areas: list[str] = field(default_factory=list)  # short district names for job titles
    # Years (mid-year) in which the organisation was Mitglied / Mitglied or Gast.
    member_years: set[int] = field(default_factory=set)
    network_years: set[int] = field(default_factory=set)
    venue: str | None = None
    in_network_core: bool = False  # a network city of the demo (hosts meetings)


@dataclass
class PersonInfo:
    id: int
    org: OrgInfo | None
    role: str
    salutation: str
    display_name: str  # "Dr. Łukasz Żółć"
    chamber: str | None
    left_year: int | None  # inactive from this year on
    is_staff: bool = False

    def available(self, year: int) -> bool:
        return self.left_year is None or year < self.left_year


@dataclass
class GroupInfo:
    id: int
    name: str
    kind: str
    topic: str
    started: dt.date
    ended: dt.date | None
    # (person, joined, left) of everyone who ever belonged to the group.
    members: list[tuple[PersonInfo, dt.date, dt.date | None]] = field(default_factory=list)

    def members_on(self, day: dt.date) -> list[PersonInfo]:
        return [p for p, joined, left in self.members if joined <= day and (left is None or day < left)]


@dataclass
class EventInfo:
    id: int
    kind: str
    row: dict  # the event's row, completed (capacity) once demand is known
    starts_at: dt.datetime
    ends_at: dt.datetime
    pool: str  # which people it attracts: core, all, training, group
    base_demand: float  # expected registrations at full scale
    has_capacity: bool
    fee: int | None = None
    speakers: list[int] = field(default_factory=list)
    moderators: list[int] = field(default_factory=list)
    organisers: list[int] = field(default_factory=list)
    group_id: int | None = None
    flagship: bool = False
    trip: StudyTrip | DayExcursion | None = None
    opens: dt.date | None = None  # registration opens (invitation sent)
    fixed_capacity: int | None = None
    demand: int = 0

    @property
    def status(self) -> str:
        return self.row["status"]

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


class Tables:
    """Rows per mapped class, in insertion order, with ids handed out here."""

    def __init__(self) -> None:
        self.rows: dict[type, list[dict]] = {}
        self._last_id: dict[type, int] = {}

    def add(self, model: type[Base], **values) -> int | None:
        if "id" in model.__table__.c and "id" not in values:
            values["id"] = self._last_id.get(model, 0) + 1
        if "id" in values:
            self._last_id[model] = values["id"]
        self.rows.setdefault(model, []).append(values)
        return values.get("id")

    def add_with_id(self, model: type[Base], **values) -> int:
        """A row of a table with an id column: its id."""
        new_id = self.add(model, **values)
        if new_id is None:
            raise TypeError(f"{model.__name__} has no id column")
        return new_id

    def count(self, model: type) -> int:
        return len(self.rows.get(model, ()))


@dataclass
class Demo:
    """The state shared by the builders of one demo run."""

    spec: SizeSpec
    rng: random.Random
    tables: Tables = field(default_factory=Tables)
    organisations: list[OrgInfo] = field(default_factory=list)
    persons: list[PersonInfo] = field(default_factory=list)
    staff: list[PersonInfo] = field(default_factory=list)
    groups: list[GroupInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)

    def org_by_name(self, name: str) -> OrgInfo:
        return next(org for org in self.organisations if org.name == name)

    def persons_of(self, *kinds: str) -> list[PersonInfo]:
        return [p for p in self.persons if p.org is not None and p.org.kind in kinds and not p.is_staff]


# --- small helpers ---------------------------------------------------------------------


def years() -> range:
    return range(FIRST_DAY.year, LAST_DAY.year + 1)


def first_weekday(year: int, month: int, weekday: int) -> dt.date:
    """The first given weekday (0 = Monday) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def is_quiet_time(day: dt.date) -> bool:
    """Christmas, New Year and the NRW summer holidays see no events."""
    return (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 6) or day.month == 8


def random_workday(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A Tuesday, Wednesday or Thursday between start and end, outside quiet times."""
    span = (end - start).days
    for _ in range(200):
        day = start + dt.timedelta(days=rng.randint(0, max(span, 0)))
        if day.weekday() in (1, 2, 3) and not is_quiet_time(day):
            return day
    return start


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def phone_number(rng: random.Random, area_code: str, exchange: int | None = None) -> str:
    exchange = exchange or rng.randint(10, 99) * 10
    return f"{area_code} {exchange}-{rng.randint(1000, 9899)}"


def weighted_choice(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def mail_domain(domain: str) -> str:
    """The demo's mail domain for a real web domain: ``duisburg.de`` → ``duisburg.example``.

    Demo people are made up; their addresses use the reserved ``.example`` top-level domain
    so that a test mail from demo data can never reach a real mailbox.
    """
    return domain.rsplit(".", 1)[0] + ".example"
