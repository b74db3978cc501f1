"""Calendar files (.ics, RFC 5545) for events: invitations, cancellations, the office's calendar.

Written with the ``icalendar`` library (escaping, line folding and the VTIMEZONE block are easy
to get subtly wrong by hand, and Outlook is strict about them). Times are stored as local
times of the office and written as ``Europe/Berlin`` with its VTIMEZONE.

- UID: stable per event (its id and creation time), so that a later change or a cancellation
  updates the very entry the recipient's calendar already holds.
- SEQUENCE: the event's optimistic-lock version minus one; every saved change raises it.
- METHOD:REQUEST for planned events, METHOD:CANCEL (STATUS:CANCELLED) for cancelled ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import Event, OfficeProfile
from ..core.errors import UserError
from ..core.vocab import CALLED_OFF, ONLINE

TIMEZONE = "Europe/Berlin"
PRODID = "-//Netzwerkstatt//Geschäftsstelle//DE"


@dataclass(frozen=True)
class CalendarEvent:
    id: int
    uid: str
    sequence: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str
    online_link: str | None
    description: str
    cancelled: bool


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str


def event_uid(event_id: int, created_at: dt.datetime | None) -> str:
    stamp = created_at.strftime("%Y%m%dT%H%M%S") if created_at else "0"
    return f"netzwerkstatt-{event_id}-{stamp}@netzwerkstatt.local"


def location_text(venue: str | None, address: str | None) -> str:
    return ", ".join(part for part in (venue, address) if part)


def to_calendar_event(event: Event) -> CalendarEvent:
    """The calendar entry of a stored event."""
    return CalendarEvent(
        id=event.id,
        uid=event_uid(event.id, event.created_at),
        sequence=max(0, (event.version or 1) - 1),
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        location=location_text(event.venue, event.venue_address) or ("Online" if event.format == ONLINE else ""),
        online_link=event.online_link,
        description=event.description or "",
        cancelled=event.status == CALLED_OFF,
    )


def calendar_events(
    db: Database,
    *,
    event_ids: list[int] | None = None,
    upcoming_from: dt.datetime | None = None,
    working_group_id: int | None = None,
) -> list[CalendarEvent]:
    """Events by id, all from a moment on (not cancelled), or the sessions of one working group."""
    query = select(Event).order_by(Event.starts_at, Event.id)
    if event_ids is not None:
        query = query.where(Event.id.in_(event_ids))
    if upcoming_from is not None:
        query = query.where(Event.ends_at >= upcoming_from, Event.status != CALLED_OFF)
    if working_group_id is not None:
        query = query.where(Event.working_group_id == working_group_id)
    with db.session() as session:
        events = [to_calendar_event(event) for event in session.scalars(query)]
    if event_ids is not None and len(events) != len(set(event_ids)):
        missing = sorted(set(event_ids) - {event.id for event in events})
        raise UserError(f"Die Veranstaltung mit der Nummer {missing[0]} gibt es nicht.")
    return events


def organizer_address(db: Database) -> tuple[str, str] | None:
    with db.session() as session:
        profile = session.get_one(OfficeProfile, 1)
        address = profile.mail_from or profile.email
        return (profile.office_name, address) if address else None


def build_calendar(
    events: list[CalendarEvent],
    *,
    attendees: Sequence[Attendee] = (),
    organizer: tuple[str, str] | None = None,
    method: str | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """One VCALENDAR with a VEVENT per event. ``method`` None: REQUEST, or CANCEL if all are cancelled."""
    from icalendar import Calendar, vCalAddress, vText
    from icalendar import Event as VEvent

    zone = ZoneInfo(TIMEZONE)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    if method is None:
        method = "CANCEL" if events and all(event.cancelled for event in events) else "REQUEST"
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    for event in events:
        entry = VEvent()
        entry.add("uid", event.uid)
        entry.add("sequence", event.sequence)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.starts_at.replace(tzinfo=zone))
        entry.add("dtend", event.ends_at.replace(tzinfo=zone))
        entry.add("summary", event.title)
        if event.location:
            entry.add("location", event.location)
        description = event.description
        if event.online_link:
            description = (description + "\n\n" if description else "") + f"Online-Teilnahme: {event.online_link}"
            entry.add("url", event.online_link)
        if description:
            entry.add("description", description)
        entry.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
        if organizer:
            address = vCalAddress(f"mailto:{organizer[1]}")
            address.params["cn"] = vText(organizer[0])
            entry.add("organizer", address)
        for attendee in attendees:
            address = vCalAddress(f"mailto:{attendee.email}")
            address.params["cn"] = vText(attendee.name)
            address.params["role"] = vText("REQ-PARTICIPANT")
            address.params["partstat"] = vText("NEEDS-ACTION")
            address.params["rsvp"] = vText("FALSE")
            entry.add("attendee", address)
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()
