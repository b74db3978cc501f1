"""Registrations: who wanted to come, who got a seat, who came — and what they paid.

Every event first gets a demand (how many people register). In the large demo the demands
are scaled so that the total hits the size's number of registrations. Capacities follow the
demand, so popular events have waiting lists. Statuses are then played out in order of
registration: a cancellation frees the seat for the next in line, and nobody takes a seat
beyond the capacity (angemeldet + teilgenommen <= capacity).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..core.entities import Payment, Registration
from ..core.vocab import (
    ANNOUNCED,
    ATTENDED,
    CALLED_OFF,
    DEREGISTERED,
    DISTRICT,
    EXCURSION,
    EXCUSED,
    GROUP_MEETING,
    HELD,
    MINISTRY,
    MODERATOR,
    MUNICIPALITY,
    NO_SHOW,
    ORGANISER,
    PARTICIPANT,
    PLANNED,
    PROVIDER,
    REGISTERED,
    RESEARCH,
    SEAT_TAKING_STATUSES,
    SPEAKER,
    WAITING,
)
from .core import DEMO_TODAY, Demo, EventInfo, PersonInfo, at, years
from .event_catalogue import StudyTrip
from .trips import add_participants


class _Pools:
    """The people an event of a given kind attracts, per year (computed once)."""

    def __init__(self, demo: Demo):
        self.by_key: dict[tuple[str, int], list[PersonInfo]] = {}
        core_kinds = (MINISTRY, RESEARCH, PROVIDER)
        for year in years():
            available = [p for p in demo.persons if p.available(year)]
            self.by_key[("all", year)] = available
            self.by_key[("core", year)] = [
                p
                for p in available
                if p.org is not None
                and (
                    p.org.kind in core_kinds or (p.org.kind in (MUNICIPALITY, DISTRICT) and year in p.org.network_years)
                )
            ]
            self.by_key[("chamber", year)] = [p for p in available if p.chamber]
            self.by_key[("non-chamber", year)] = [p for p in available if not p.chamber]
        self.groups = {group.id: group for group in demo.groups}

    def size(self, info: EventInfo) -> int:
        if info.pool == "group":
            assert info.group_id is not None  # the group pool belongs to a group's meeting
            return len(self.groups[info.group_id].members_on(info.starts_at.date()))
        return len(self.by_key[("all" if info.pool == "training" else info.pool, info.starts_at.year)])

    def draw(self, rng, info: EventInfo, count: int, exclude: set[int]) -> list[PersonInfo]:
        year = info.starts_at.year
        if info.pool == "group":
            assert info.group_id is not None
            sources = [(self.groups[info.group_id].members_on(info.starts_at.date()), count)]
        elif info.pool == "training":
            chamber_count = round(count * 0.65)
            sources = [
                (self.by_key[("chamber", year)], chamber_count),
                (self.by_key[("non-chamber", year)], count - chamber_count),
            ]
        else:
            sources = [(self.by_key[(info.pool, year)], count)]
        chosen: list[PersonInfo] = []
        taken = set(exclude)
        shortfall = 0
        for people, wanted in sources:
            wanted += shortfall
            drawn = rng.sample(people, min(len(people), wanted + len(taken)))
            picked = [p for p in drawn if p.id not in taken][:wanted]
            shortfall = wanted - len(picked)
            chosen.extend(picked)
            taken.update(p.id for p in picked)
        return chosen


def _natural_demand(demo: Demo, info: EventInfo, pool_size: int) -> float:
    if info.status == PLANNED:
        return 0
    if info.pool == "group":
        demand = info.base_demand * pool_size * demo.rng.uniform(0.8, 1.15)
    else:
        demand = info.base_demand * demo.rng.uniform(0.7, 1.3)
    if info.status == CALLED_OFF:
        demand *= 0.3
    elif info.status == ANNOUNCED:
        closes = info.row["registration_deadline"] or info.starts_at.date()
        assert info.opens is not None  # set for every announced event
        window = max((closes - info.opens).days, 1)
        demand *= min(1.0, max(0.1, (DEMO_TODAY - info.opens).days / window))
    return demand


def _scale_to_target(demands: list[float], caps: list[int], adjustable: list[bool], target: int) -> list[int]:
    """Scale adjustable demands (each within 1..cap) so that their rounded sum is exactly target."""
    values = list(demands)
    for _ in range(8):
        diff = target - sum(round(v) for v in values)
        free = [
            i
            for i, ok in enumerate(adjustable)
            if ok and values[i] >= 1 and ((diff > 0 and values[i] < caps[i]) or (diff < 0 and values[i] > 1))
        ]
        free_sum = sum(values[i] for i in free)
        if diff == 0 or not free_sum:
            break
        factor = 1 + diff / free_sum
        for i in free:
            values[i] = min(caps[i], max(1.0, values[i] * factor))
    result = [round(v) for v in values]
    diff = target - sum(result)
    step = 1 if diff > 0 else -1
    candidates = [i for i, ok in enumerate(adjustable) if ok and result[i] >= 1]
    while diff and candidates:
        for i in candidates:
            if diff == 0:
                break
            if 1 <= result[i] + step <= caps[i]:
                result[i] += step
                diff -= step
        else:
            if all(not (1 <= result[i] + step <= caps[i]) for i in candidates):
                break
    return result


def _round5(value: float) -> int:
    return max(5, round(value / 5.0) * 5)


def _plan_demand_and_capacity(demo: Demo, pools: _Pools) -> None:
    rng = demo.rng
    demands, caps, adjustable = [], [], []
    for info in demo.events:
        specials = len(set(info.organisers + info.speakers + info.moderators))
        cap = pools.size(info) + specials
        fixed = info.flagship or info.fixed_capacity is not None
        demand = _natural_demand(demo, info, pools.size(info))
        if info.flagship:
            demand = demo.spec.flagship_demand
        demands.append(min(demand, cap))
        caps.append(cap)
        adjustable.append(not fixed and info.status != PLANNED)
    if demo.spec.registrations is not None:
        counts = _scale_to_target(demands, caps, adjustable, demo.spec.registrations)
    else:
        counts = [round(d) for d in demands]
    scaled = [(count, natural) for count, natural, ok in zip(counts, demands, adjustable, strict=True) if ok]
    overall_scale = sum(c for c, _ in scaled) / max(sum(n for _, n in scaled), 1.0)
    for info, count in zip(demo.events, counts, strict=True):
        info.demand = count
        if not info.has_capacity:
            continue
        if info.flagship:
            capacity = demo.spec.flagship_capacity
        elif info.fixed_capacity is not None:
            capacity = info.fixed_capacity
        else:
            # Rooms are booked for the demand expected at the deadline, not for today's count.
            expected: float = count
            if info.status in (PLANNED, ANNOUNCED):
                expected = max(count, info.base_demand * overall_scale)
            capacity = _round5(expected * rng.uniform(0.85, 1.3))
            capacity = max(capacity, len(set(info.organisers + info.speakers + info.moderators)) + 5)
        info.row["capacity"] = capacity


def _fee_due(info: EventInfo, person: PersonInfo, role: str) -> Decimal | None:
    """Members' staff attend for free; excursions cost everyone the bus."""
    if not info.fee or role != PARTICIPANT or isinstance(info.trip, StudyTrip):
        return None
    if info.kind == EXCURSION:
        return Decimal(info.fee)
    year = info.starts_at.year
    if person.org is not None and year in person.org.member_years:
        return None
    return Decimal(info.fee)


def _owes_fee(info: EventInfo, status: str) -> bool:
    """Who holds a seat pays; a no-show pays for a training, but not for a bus seat paid on board."""
    if status in SEAT_TAKING_STATUSES:
        return True
    return status == NO_SHOW and info.kind != EXCURSION


class _RegistrationWriter:
    def __init__(self, demo: Demo):
        self.demo = demo
        self.rng = demo.rng

    def registered_at(self, info: EventInfo, special: bool) -> dt.datetime:
        opens = info.opens
        assert opens is not None  # registrations exist only for invited events
        if special:  # speakers and staff are entered by the office when the invitation goes out
            day = opens - dt.timedelta(days=self.rng.randint(1, 10))
        else:
            closes = min(
                info.row["registration_deadline"] or info.starts_at.date() - dt.timedelta(days=1),
                DEMO_TODAY,
                info.starts_at.date() - dt.timedelta(days=1),
            )
            day = opens + dt.timedelta(days=self.rng.randint(0, max((closes - opens).days, 0)))
        moment = at(day, 7, 30) + dt.timedelta(minutes=self.rng.randint(0, 630))
        return min(moment, at(DEMO_TODAY, 7, 30) + dt.timedelta(minutes=self.rng.randint(0, 120)))

    def status_of_regular(self, info: EventInfo, seat_free: bool) -> str:
        rng = self.rng
        past = info.status == HELD
        cancel_share = 0.06 if info.flagship else 0.15 if info.kind == GROUP_MEETING else 0.08
        if not past:
            cancel_share = 0.04
        if rng.random() < cancel_share:
            if not past:
                return DEREGISTERED
            return EXCUSED if info.kind == GROUP_MEETING or rng.random() < 0.4 else DEREGISTERED
        if not seat_free:
            return WAITING
        if past:
            return NO_SHOW if rng.random() < (0.02 if info.flagship else 0.04) else ATTENDED
        return REGISTERED

    def write(self, info: EventInfo, pools: _Pools) -> list[dict]:
        rng = self.rng
        # Staff, speakers and moderators first; someone with two parts registers once.
        specials: list[tuple[int, str]] = []
        special_ids: set[int] = set()
        for person_id, role in (
            [(p, ORGANISER) for p in info.organisers]
            + [(p, SPEAKER) for p in info.speakers]
            + [(p, MODERATOR) for p in info.moderators]
        ):
            if person_id not in special_ids:
                specials.append((person_id, role))
                special_ids.add(person_id)
        others = pools.draw(rng, info, max(info.demand - len(specials), 0), special_ids)
        persons = {p.id: p for p in others}
        entries = [(self.registered_at(info, True), person_id, role) for person_id, role in specials]
        entries.sort()
        entries += sorted((self.registered_at(info, False), p.id, PARTICIPANT) for p in others)

        capacity = info.row["capacity"]
        seats_taken = 0
        past = info.status == HELD
        marked_at = at(min(info.ends_at.date() + dt.timedelta(days=1), DEMO_TODAY), 10)
        rows = []
        for registered_at, person_id, role in entries:
            seat_free = capacity is None or seats_taken < capacity
            if info.status == CALLED_OFF:
                status = DEREGISTERED
            elif role != PARTICIPANT and seat_free:
                status = ATTENDED if past else REGISTERED
            else:
                status = self.status_of_regular(info, seat_free)
            if status in SEAT_TAKING_STATUSES or status == NO_SHOW:
                seats_taken += 1
            attended = None
            if status == ATTENDED and role == PARTICIPANT and 150 <= info.minutes <= 600 and rng.random() < 0.06:
                attended = max(30, info.minutes - rng.choice((45, 60, 90, 120)))
            person = persons.get(person_id)
            fee_due = _fee_due(info, person, role) if person and _owes_fee(info, status) else None
            self.demo.tables.add(
                Registration,
                event_id=info.id,
                person_id=person_id,
                status=status,
                role=role,
                registered_at=registered_at,
                attended_minutes=attended,
                fee_due=fee_due,
                fee_paid=None,
                notes="Veranstaltung abgesagt." if info.status == CALLED_OFF else None,
                created_at=registered_at,
                updated_at=marked_at if past else registered_at,
            )
            row = self.demo.tables.rows[Registration][-1]
            rows.append(row)
            if fee_due:
                self.payment(info, row, fee_due)
        return rows

    def payment(self, info: EventInfo, row: dict, amount: Decimal) -> None:
        rng = self.rng
        if info.ends_at.date() < DEMO_TODAY:
            if rng.random() < 0.05:
                return  # reminder pending
            if info.kind == EXCURSION:
                day, method = info.starts_at.date(), "bar"
            else:
                day = min(info.ends_at.date() + dt.timedelta(days=rng.randint(7, 30)), DEMO_TODAY)
                method = "Überweisung"
        else:
            if rng.random() < 0.6:
                return  # invoiced after the event
            day = min(row["registered_at"].date() + dt.timedelta(days=rng.randint(2, 14)), DEMO_TODAY)
            method = "Überweisung"
        self.demo.tables.add(
            Payment,
            registration_id=row["id"],
            paid_on=day,
            amount=amount,
            method=method,
            notes=None,
            created_at=at(day, 12),
            updated_at=at(day, 12),
        )
        row["fee_paid"] = amount


def build_registrations(demo: Demo) -> None:
    pools = _Pools(demo)
    _plan_demand_and_capacity(demo, pools)
    writer = _RegistrationWriter(demo)
    for info in demo.events:
        if info.demand <= 0:
            continue
        rows = writer.write(info, pools)
        if info.trip is not None:
            add_participants(demo, info, rows)
