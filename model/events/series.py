"""Series of events in one step: "Netzwerktreffen 2027: every first Thursday, 10:00–13:00".

Two steps, so that the office sees the dates before anything is written:

1. ``series_dates(rule)`` lists the dates of a rule, each with the reason if it is skipped
   (an NRW public holiday, a month off such as the summer break, a date the user struck out).
2. ``create_series(db, template, days)`` writes one event per chosen day in one transaction,
   titles from a pattern ("Netzwerktreffen {Monat} {Jahr}"), optionally with the agenda of
   an existing event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..core import audit
from ..core.db import Database
from ..core.entities import Event
from ..core.errors import ValidationError
from ..core.formatting import MONTHS
from ..core.holidays import holidays_between
from ..core.text import search_key
from ..core.vocab import IN_PERSON, PLANNED
from .agenda import copy_agenda
from .events import validate_event

MONTHLY, WEEKLY = "monatlich", "wöchentlich"
FREQUENCIES = (MONTHLY, WEEKLY)
LAST = -1  # "the last Thursday of the month"
MAX_DATES = 200
PLACEHOLDERS = ("{Monat}", "{Jahr}", "{Datum}", "{Nr}")


@dataclass(frozen=True)
class SeriesRule:
    first_day: dt.date
    last_day: dt.date
    weekday: int  # 0 = Monday … 6 = Sunday
    frequency: str = MONTHLY
    nth: int = 1  # monthly: 1–4, or LAST
    interval: int = 1  # every n months / weeks
    skip_holidays: bool = True
    skip_months: frozenset[int] = frozenset()
    skip_dates: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class SeriesDate:
    day: dt.date
    skip_reason: str | None = None  # None: an event is created on this day

    @property
    def included(self) -> bool:
        return self.skip_reason is None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    if nth == LAST:
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def _raw_dates(rule: SeriesRule) -> list[dt.date]:
    days: list[dt.date] = []
    if rule.frequency == WEEKLY:
        day = rule.first_day + dt.timedelta(days=(rule.weekday - rule.first_day.weekday()) % 7)
        while day <= rule.last_day and len(days) <= MAX_DATES:
            days.append(day)
            day += dt.timedelta(weeks=rule.interval)
        return days
    year, month = rule.first_day.year, rule.first_day.month
    while dt.date(year, month, 1) <= rule.last_day and len(days) <= MAX_DATES:
        nth_day = _nth_weekday(year, month, rule.weekday, rule.nth)
        if nth_day is not None and rule.first_day <= nth_day <= rule.last_day:
            days.append(nth_day)
        month += rule.interval
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return days


def validate_rule(rule: SeriesRule) -> None:
    if rule.frequency not in FREQUENCIES:
        raise ValidationError(f"Unbekannter Rhythmus »{rule.frequency}«.", "Rhythmus")
    if not 0 <= rule.weekday <= 6:
        raise ValidationError("Bitte einen Wochentag wählen.", "Wochentag")
    if rule.frequency == MONTHLY and rule.nth not in (1, 2, 3, 4, LAST):
        raise ValidationError("Der wievielte Wochentag im Monat? (1.–4. oder letzter)", "Woche im Monat")
    if not 1 <= rule.interval <= 12:
        raise ValidationError("Der Abstand muss zwischen 1 und 12 liegen.", "Abstand")
    if rule.last_day < rule.first_day:
        raise ValidationError("Das Ende des Zeitraums liegt vor seinem Beginn.", "bis")


def series_dates(rule: SeriesRule) -> list[SeriesDate]:
    """The dates of the rule in order, each with the reason why it is skipped (or None)."""
    validate_rule(rule)
    days = _raw_dates(rule)
    if len(days) > MAX_DATES:
        raise ValidationError(f"Eine Serie umfasst höchstens {MAX_DATES} Termine; bitte den Zeitraum verkürzen.", "bis")
    off = holidays_between(rule.first_day, rule.last_day) if rule.skip_holidays else {}
    result = []
    for day in days:
        reason = None
        if day in off:
            reason = f"Feiertag: {off[day]}"
        elif day.month in rule.skip_months:
            reason = f"ausgelassener Monat ({MONTHS[day.month - 1]})"
        elif day in rule.skip_dates:
            reason = "ausgelassen"
        result.append(SeriesDate(day, reason))
    return result


@dataclass
class SeriesTemplate:
    """What every event of the series gets; ``title`` may use the placeholders
    {Monat}, {Jahr}, {Datum} and {Nr} (running number within the series)."""

    kind: str
    title: str
    start_time: dt.time
    end_time: dt.time
    topic: str | None = None
    format: str = IN_PERSON
    venue: str | None = None
    venue_address: str | None = None
    online_link: str | None = None
    host_organisation_id: int | None = None
    capacity: int | None = None
    fee: Decimal | None = None
    status: str = PLANNED
    responsible: str | None = None
    working_group_id: int | None = None
    description: str | None = None
    deadline_days_before: int | None = None
    agenda_from_event_id: int | None = None
    first_number: int = 1  # {Nr} of the first event (a group's sessions go on counting)


def series_title(pattern: str, day: dt.date, number: int) -> str:
    """The title of one event of a series ({Monat} → "März", {Datum} → "05.03.2027")."""
    return (
        pattern.replace("{Monat}", MONTHS[day.month - 1])
        .replace("{Jahr}", str(day.year))
        .replace("{Datum}", day.strftime("%d.%m.%Y"))
        .replace("{Nr}", str(number))
    )


def build_series_events(template: SeriesTemplate, days: list[dt.date]) -> list[Event]:
    """The (unsaved) events of the series; raises ValidationError naming the date at fault."""
    if not days:
        raise ValidationError("Die Serie enthält keinen Termin.", "Termine")
    if len(days) > MAX_DATES:
        raise ValidationError(f"Eine Serie umfasst höchstens {MAX_DATES} Termine.", "Termine")
    if template.end_time <= template.start_time:
        raise ValidationError("Das Ende liegt vor dem Beginn.", "Ende")
    if template.deadline_days_before is not None and template.deadline_days_before < 0:
        raise ValidationError("Der Anmeldeschluss muss vor der Veranstaltung liegen.", "Anmeldeschluss")
    events = []
    for number, day in enumerate(sorted(days), start=max(template.first_number, 1)):
        deadline = None
        if template.deadline_days_before is not None:
            deadline = day - dt.timedelta(days=template.deadline_days_before)
        event = Event(
            kind=template.kind,
            title=series_title(template.title.strip(), day, number),
            topic=template.topic,
            starts_at=dt.datetime.combine(day, template.start_time),
            ends_at=dt.datetime.combine(day, template.end_time),
            format=template.format,
            venue=template.venue,
            venue_address=template.venue_address,
            online_link=template.online_link,
            host_organisation_id=template.host_organisation_id,
            capacity=template.capacity,
            fee=template.fee,
            status=template.status,
            responsible=template.responsible,
            working_group_id=template.working_group_id,
            description=template.description,
            registration_deadline=deadline,
        )
        try:
            validate_event(event)
        except ValidationError as exc:
            raise ValidationError(f"Termin {day:%d.%m.%Y}: {exc}", exc.field) from exc
        event.search_key = search_key(event.title, event.topic, event.venue)
        events.append(event)
    return events


def create_series(db: Database, template: SeriesTemplate, days: list[dt.date]) -> list[int]:
    """Create one event per day (one transaction); returns the new ids in date order."""
    events = build_series_events(template, days)
    with db.writing() as session:
        session.add_all(events)
        session.flush()
        if template.agenda_from_event_id is not None:
            for event in events:
                copy_agenda(session, template.agenda_from_event_id, event.id, event.starts_at)
        audit.record(
            session,
            "event",
            events[0].id,
            "Serie anlegen",
            f"{len(events)} Termine: {events[0].title} … {events[-1].title}",
        )
        return [event.id for event in events]
