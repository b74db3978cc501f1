"""The programme of a trip (Reiseprogramm): days, and per day the items in order.

The Programm tab edits the whole programme and saves it at once: ``save_days`` replaces the
trip's days and items in one transaction (positions follow the order given).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..core import audit
from ..core.db import Database
from ..core.entities import Trip, TripDay
from ..core.entities import TripProgrammeItem as Item
from ..core.errors import ValidationError
from ..core.formatting import short_date
from .excursions import load_trip_event


@dataclass
class ItemData:
    start_time: dt.time | None
    place: str | None
    host_contact: str | None
    description: str


@dataclass
class DayData:
    day_date: dt.date
    title: str | None = None
    items: list[ItemData] = field(default_factory=list)


def load_days(db: Database, event_id: int) -> list[DayData]:
    with db.session() as session:
        load_trip_event(session, event_id)
        days = session.scalars(
            select(TripDay)
            .where(TripDay.trip_event_id == event_id)
            .order_by(TripDay.day_date, TripDay.id)
            .options(selectinload(TripDay.items))
        ).all()
        return [
            DayData(
                day.day_date,
                day.title,
                [ItemData(i.start_time, i.place, i.host_contact, i.description) for i in day.items],
            )
            for day in days
        ]


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def validate_days(days: list[DayData], first: dt.date, last: dt.date) -> list[DayData]:
    """Cleaned copies, sorted by date; raises ValidationError naming the day and item."""
    seen: set[dt.date] = set()
    result = []
    for day in sorted(days, key=lambda d: d.day_date):
        label = short_date(day.day_date)
        if day.day_date in seen:
            raise ValidationError(f"Der {label} steht zweimal im Programm.", field="day_date")
        seen.add(day.day_date)
        if not first <= day.day_date <= last:
            raise ValidationError(
                f"Der {label} liegt außerhalb der Reise ({short_date(first)} bis {short_date(last)}).", field="day_date"
            )
        title = _clean(day.title)
        if title and len(title) > 200:
            raise ValidationError(f"{label}: Die Überschrift ist länger als 200 Zeichen.", field="title")
        items = []
        for number, item in enumerate(day.items, start=1):
            description = _clean(item.description)
            if not description:
                raise ValidationError(
                    f"{label}, Punkt {number}: Bitte beschreiben, was auf dem Programm steht.",
                    field="description",
                    row=number,
                )
            for name, text in (("Ort", item.place), ("Gastgeber/Kontakt", item.host_contact)):
                if text and len(text.strip()) > 200:
                    raise ValidationError(f"{label}, Punkt {number}: {name} ist länger als 200 Zeichen.", row=number)
            items.append(ItemData(item.start_time, _clean(item.place), _clean(item.host_contact), description))
        result.append(DayData(day.day_date, title, items))
    return result


def save_days(db: Database, event_id: int, days: list[DayData]) -> None:
    """Replace the trip's programme with ``days`` (all or nothing)."""
    with db.writing() as session:
        event = load_trip_event(session, event_id)
        last = max(event.ends_at.date(), event.starts_at.date())
        clean = validate_days(days, event.starts_at.date(), last)
        trip = session.get(Trip, event_id)
        if trip is None:
            trip = Trip(event_id=event_id, destination_city=event.venue, retention_days=30)
            session.add(trip)
            session.flush()
        for stored_day in session.scalars(select(TripDay).where(TripDay.trip_event_id == event_id)):
            session.delete(stored_day)
        session.flush()
        for day in clean:
            row = TripDay(trip_event_id=event_id, day_date=day.day_date, title=day.title)
            row.items = [
                Item(
                    position=position,
                    start_time=item.start_time,
                    place=item.place,
                    host_contact=item.host_contact,
                    description=item.description,
                )
                for position, item in enumerate(day.items, start=1)
            ]
            session.add(row)
        audit.record(
            session,
            "trip",
            event_id,
            "Programm",
            f"Reiseprogramm gespeichert: {len(clean)} Tage, {sum(len(d.items) for d in clean)} Punkte",
        )
