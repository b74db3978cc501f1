"""Working groups and the workshop series, with their members over time."""

from __future__ import annotations

import datetime as dt

from ..core.entities import WorkingGroup, WorkingGroupMember
from ..core.vocab import (
    DISTRICT,
    GROUP_GUEST,
    GROUP_LEAD,
    GROUP_MEMBER,
    MINISTRY,
    MUNICIPALITY,
    PROVIDER,
    RESEARCH,
    WORKING_GROUP,
    WORKSHOP_SERIES,
)
from .core import ENTERED_AT, LAST_DAY, Demo, GroupInfo
from .event_catalogue import EXTRA_GROUP_THEMES, GROUP_REGIONS, WORKING_GROUPS


def _group_definitions(demo: Demo) -> list[tuple[str, str, str, dt.date, dt.date | None]]:
    definitions = list(WORKING_GROUPS)
    combos = [(theme, topic, region) for theme, topic in EXTRA_GROUP_THEMES for region in GROUP_REGIONS]
    for theme, topic, region in demo.rng.sample(combos, min(demo.spec.extra_groups, len(combos))):
        started = dt.date(demo.rng.randint(2019, 2025), demo.rng.choice((2, 3, 9, 10)), 1)
        ended = None
        if demo.rng.random() < 0.25:
            ended = min(started + dt.timedelta(days=demo.rng.randint(500, 1500)), dt.date(2026, 10, 31))
        definitions.append((f"AG {theme} ({region})", WORKING_GROUP, topic, started, ended))
    return definitions


def build_working_groups(demo: Demo) -> None:
    rng = demo.rng
    practitioners = [
        p
        for p in demo.persons_of(MUNICIPALITY, PROVIDER, DISTRICT)
        if p.org and (p.org.network_years or p.org.kind == PROVIDER)
    ]
    advisers = demo.persons_of(MINISTRY, RESEARCH)
    size = (6, 12) if demo.spec.name == "small" else (10, 24)
    for name, kind, topic, started, ended in _group_definitions(demo):
        candidates = [p for p in practitioners if p.available(started.year)]
        members = rng.sample(candidates, min(len(candidates), rng.randint(*size)))
        guests = rng.sample(advisers, min(len(advisers), rng.randint(1, 2)))
        lead = members[0]
        group_id = demo.tables.add_with_id(
            WorkingGroup,
            name=name,
            kind=kind,
            topic=topic,
            lead_person_id=lead.id,
            started_on=started,
            ended_on=ended,
            description=(
                f"{WORKSHOP_SERIES if kind == WORKSHOP_SERIES else WORKING_GROUP} der "
                f"Mitgliedskommunen zum Handlungsfeld »{topic}«."
            ),
            created_at=ENTERED_AT,
            updated_at=ENTERED_AT,
        )
        group = GroupInfo(group_id, name, kind, topic, started, ended)
        last_day = ended or LAST_DAY
        for index, person in enumerate(members + guests):
            role = GROUP_LEAD if index == 0 else GROUP_GUEST if person in guests else GROUP_MEMBER
            joined = started
            if index > 0 and rng.random() < 0.3:  # some join later
                joined = started + dt.timedelta(days=rng.randint(30, max(31, (last_day - started).days // 2)))
            left = dt.date(person.left_year, 1, 15) if person.left_year else None
            if left is None and index > 0 and rng.random() < 0.1:
                left = joined + dt.timedelta(days=rng.randint(120, 700))
            if left is not None and (left <= joined or left > last_day):
                left = None if left > last_day else joined + dt.timedelta(days=60)
            demo.tables.add(
                WorkingGroupMember,
                working_group_id=group_id,
                person_id=person.id,
                role=role,
                joined_on=joined,
                left_on=left,
            )
            group.members.append((person, joined, left))
        demo.groups.append(group)
