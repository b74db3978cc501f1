"""The agenda (Tagesordnung) of an event: items in order, times following from the durations.

Each item has a duration. Its start is the end of the item before (the first starts with
the event) unless the item has a fixed start ("Mittagspause um 12:30"); a fixed start
stays when items are moved, added or removed.

In the database ``AgendaItem.start_time`` holds the fixed start and is empty for an item
that follows the one before — the convention ``model.reporting.meeting_data`` prints from. Agendas
written with a time on every item (imported or older data) are read by comparison: a time
that differs from the computed one counts as fixed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core.db import Database
from ..core.entities import AgendaItem, Organisation, Person
from ..core.errors import ValidationError
from ..core.text import fold
from ..core.vocab import AGENDA_ITEM_KINDS

MAX_DURATION = 24 * 60


@dataclass
class AgendaEntry:
    title: str
    duration_minutes: int = 30
    kind: str = "Vortrag"
    speaker_person_id: int | None = None
    speaker_text: str | None = None
    notes: str | None = None
    fixed_start: dt.time | None = None
    speaker_name: str = ""  # the address-book person as shown (read only)
    id: int | None = None

    @property
    def speaker(self) -> str:
        """The speaker as printed: the person (with organisation) and/or the free text."""
        if self.speaker_person_id is None:
            return self.speaker_text or ""
        if self.speaker_text and self.speaker_text not in self.speaker_name:
            return f"{self.speaker_name}; {self.speaker_text}"
        return self.speaker_name


@dataclass(frozen=True)
class Slot:
    start: dt.datetime
    end: dt.datetime
    fixed: bool
    overlaps: bool  # starts before the previous item ends


def speaker_label(
    title: str | None, first: str | None, last: str | None, organisation: str | None, text: str | None
) -> str:
    """The speaker of an agenda item: a person (with organisation) and/or free text."""
    name = " ".join(part for part in (title, first, last) if part)
    if name and organisation:
        name = f"{name} ({organisation})"
    if name and text and fold(text) not in fold(name):
        return f"{name}; {text}"
    return name or (text or "")


def schedule(event_start: dt.datetime, entries: list[AgendaEntry]) -> list[Slot]:
    """Start and end of every item, in order."""
    slots: list[Slot] = []
    clock = event_start
    for entry in entries:
        if entry.fixed_start is not None:
            start = dt.datetime.combine(event_start.date(), entry.fixed_start)
        else:
            start = clock
        end = start + dt.timedelta(minutes=max(entry.duration_minutes, 0))
        slots.append(Slot(start, end, entry.fixed_start is not None, bool(slots) and start < clock))
        clock = end
    return slots


def problems(event_start: dt.datetime, event_end: dt.datetime, entries: list[AgendaEntry]) -> list[str]:
    """Hints for the office: overlapping items, an agenda longer than the event."""
    hints = []
    slots = schedule(event_start, entries)
    for number, slot in enumerate(slots, start=1):
        if slot.overlaps:
            hints.append(f"Punkt {number} beginnt um {slot.start:%H:%M}, bevor Punkt {number - 1} endet.")
    if slots and slots[-1].end > event_end:
        hints.append(
            f"Die Tagesordnung endet um {slots[-1].end:%H:%M}, nach dem Ende der Veranstaltung ({event_end:%H:%M})."
        )
    return hints


def move(entries: list[AgendaEntry], index: int, offset: int) -> int:
    """Move one item up (offset −1) or down (+1) in place; returns its new index."""
    target = index + offset
    if not (0 <= index < len(entries)) or not (0 <= target < len(entries)):
        return index
    entries.insert(target, entries.pop(index))
    return target


def validate_entries(entries: list[AgendaEntry]) -> None:
    for number, entry in enumerate(entries, start=1):
        entry.title = (entry.title or "").strip()
        entry.speaker_text = (entry.speaker_text or "").strip() or None
        entry.notes = (entry.notes or "").strip() or None
        if not entry.title:
            raise ValidationError(f"Tagesordnungspunkt {number}: bitte einen Titel eingeben.", "Titel", number)
        if len(entry.title) > 300:
            raise ValidationError(
                f"Tagesordnungspunkt {number}: der Titel ist zu lang (höchstens 300 Zeichen).", "Titel", number
            )
        if entry.speaker_text and len(entry.speaker_text) > 300:
            raise ValidationError(
                f"Tagesordnungspunkt {number}: die Angabe zur Referentin / zum Referenten ist zu lang.",
                "Referent/in",
                number,
            )
        if entry.kind not in AGENDA_ITEM_KINDS:
            raise ValidationError(f"Tagesordnungspunkt {number}: unbekannte Art »{entry.kind}«.", "Art", number)
        if not 0 <= entry.duration_minutes <= MAX_DURATION:
            raise ValidationError(
                f"Tagesordnungspunkt {number}: die Dauer muss zwischen 0 und 1440 Minuten liegen.", "Dauer", number
            )


def _load(session: Session, event_id: int, event_start: dt.datetime) -> list[AgendaEntry]:
    rows = session.execute(
        select(
            AgendaItem,
            Person.title.label("p_title"),
            Person.first_name,
            Person.last_name,
            Organisation.name.label("organisation"),
        )
        .outerjoin(Person, AgendaItem.speaker_person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(AgendaItem.event_id == event_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    entries = []
    clock = event_start
    every_item_timed = all(row[0].start_time is not None for row in rows)
    for row in rows:
        item: AgendaItem = row[0]
        fixed = item.start_time
        if every_item_timed and fixed == clock.time():
            fixed = None  # a time on every item: only those off the flow are fixed
        name = speaker_label(row.p_title, row.first_name, row.last_name, row.organisation, None)
        entry = AgendaEntry(
            title=item.title,
            duration_minutes=item.duration_minutes or 0,
            kind=item.kind,
            speaker_person_id=item.speaker_person_id,
            speaker_text=item.speaker_text,
            notes=item.notes,
            fixed_start=fixed,
            speaker_name=name,
            id=item.id,
        )
        entries.append(entry)
        start = dt.datetime.combine(event_start.date(), fixed) if fixed is not None else clock
        clock = start + dt.timedelta(minutes=max(entry.duration_minutes, 0))
    return entries


def load_agenda(db: Database, event_id: int) -> list[AgendaEntry]:
    from ..core.entities import Event

    with db.session() as session:
        start = session.scalar(select(Event.starts_at).where(Event.id == event_id))
        if start is None:
            return []
        return _load(session, event_id, start)


def _signature(event_start: dt.datetime, entries: list[AgendaEntry]) -> list[tuple]:
    slots = schedule(event_start, entries)
    return [
        (
            e.title,
            e.duration_minutes,
            e.kind,
            e.speaker_person_id,
            e.speaker_text or None,
            e.notes or None,
            s.start.time(),
        )
        for e, s in zip(entries, slots, strict=True)
    ]


def agenda_differs(session: Session, event_id: int, event_start: dt.datetime, entries: list[AgendaEntry]) -> bool:
    validate_entries(entries)
    stored = _load(session, event_id, event_start)
    return _signature(event_start, stored) != _signature(event_start, entries)


def replace_agenda(session: Session, event_id: int, event_start: dt.datetime, entries: list[AgendaEntry]) -> None:
    """Write the agenda as given (inside the caller's write transaction)."""
    validate_entries(entries)
    session.execute(delete(AgendaItem).where(AgendaItem.event_id == event_id))
    session.expire_all()  # the event's ``agenda`` collection must not remember the deleted rows
    for position, entry in enumerate(entries, start=1):
        session.add(
            AgendaItem(
                event_id=event_id,
                position=position,
                start_time=entry.fixed_start,
                duration_minutes=entry.duration_minutes,
                title=entry.title,
                kind=entry.kind,
                speaker_person_id=entry.speaker_person_id,
                speaker_text=entry.speaker_text,
                notes=entry.notes,
            )
        )
    session.flush()


def save_agenda(db: Database, event_id: int, entries: list[AgendaEntry]) -> None:
    """Replace the agenda of an event on its own (the event form saves it with the event)."""
    from ..core.entities import Event

    with db.writing() as session:
        start = session.scalar(select(Event.starts_at).where(Event.id == event_id))
        if start is None:
            raise ValidationError("Die Veranstaltung gibt es nicht (mehr).", "Veranstaltung")
        replace_agenda(session, event_id, start, entries)


def copy_agenda(session: Session, source_event_id: int, target_event_id: int, target_start: dt.datetime) -> None:
    """Copy the agenda of one event to another; fixed times move with the start time of day."""
    from ..core.entities import Event

    source_start = session.scalar(select(Event.starts_at).where(Event.id == source_event_id))
    if source_start is None:
        return
    entries = _load(session, source_event_id, source_start)
    day_shift = dt.datetime.combine(source_start.date(), target_start.time()) - source_start
    moved = []
    for entry in entries:
        fixed = entry.fixed_start
        if fixed is not None:
            fixed = (dt.datetime.combine(source_start.date(), fixed) + day_shift).time()
        moved.append(replace(entry, id=None, fixed_start=fixed))
    if moved:
        replace_agenda(session, target_event_id, target_start, moved)
