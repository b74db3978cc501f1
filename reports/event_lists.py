"""Excel lists of events and of the participants of one event, ready for the office.

    python main.py export events VERANSTALTUNGEN.xlsx
    python main.py export participants --event 123 TEILNEHMENDE.xlsx

The participant list is built from a list of columns (``PARTICIPANT_COLUMNS``), each a header,
a cell kind and a getter over ``ParticipantRow``; other areas (excursions: room, payments)
pass ``extra_columns`` and ``extra_sheets`` instead of copying this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from model.core.db import Database
from model.core.errors import UserError
from model.core.formatting import time_span
from model.core.vocab import EXCURSION, NO_SALUTATION
from model.events.events import EventFilter, EventRow, list_events
from model.events.participants import ParticipantList, ParticipantRow, participant_list

from .excel import Column, Sheet, write_workbook

# --- events ------------------------------------------------------------------------------

EVENT_COLUMNS: list[tuple[Column, Callable[[EventRow], Any]]] = [
    (Column("Nr.", "number", 7), lambda e: e.id),
    (Column("Datum", "date"), lambda e: e.starts_at.date()),
    (Column("Beginn", "time", 8), lambda e: e.starts_at.time()),
    (Column("Ende", "datetime"), lambda e: e.ends_at),
    (Column("Art"), lambda e: e.kind),
    (Column("Titel", width=50), lambda e: e.title),
    (Column("Handlungsfeld", width=30), lambda e: e.topic),
    (Column("Format"), lambda e: e.format),
    (Column("Ort", width=30), lambda e: e.venue),
    (Column("Gastgeber", width=28), lambda e: e.host),
    (Column("Status"), lambda e: e.status),
    (Column("Plätze", "number"), lambda e: e.capacity),
    (Column("Belegt", "number"), lambda e: e.seats_taken),
    (Column("Warteliste", "number"), lambda e: e.waiting),
    (Column("Teilgenommen", "number"), lambda e: e.attended),
    (Column("Gebühr", "money"), lambda e: e.fee),
    (Column("Anmeldeschluss", "date"), lambda e: e.registration_deadline),
    (Column("Verantwortlich", width=24), lambda e: e.responsible),
    (Column("Arbeitsgruppe", width=30), lambda e: e.working_group),
]


def export_events(
    db: Database,
    path: Path,
    *,
    event_id: int | None = None,
    flt: EventFilter | None = None,
    title: str = "Veranstaltungen",
) -> int:
    """All events (or those of the filter) as one sheet; returns the number of rows."""
    if event_id is not None:
        flt = EventFilter(ids=(event_id,))
    rows = list_events(db, flt)
    heading = f"{title} (Stand {dt.date.today():%d.%m.%Y})"
    sheet = Sheet(
        "Veranstaltungen",
        [c for c, _ in EVENT_COLUMNS],
        ([get(e) for _, get in EVENT_COLUMNS] for e in rows),
        heading=heading,
    )
    write_workbook(Path(path), [sheet])
    return len(rows)


# --- participants ------------------------------------------------------------------------


PARTICIPANT_COLUMNS: list[tuple[Column, Callable[[ParticipantRow], Any]]] = [
    (Column("Anrede", width=8), lambda p: "" if p.salutation == NO_SALUTATION else p.salutation),
    (Column("Titel", width=8), lambda p: p.title),
    (Column("Vorname", width=16), lambda p: p.first_name),
    (Column("Nachname", width=18), lambda p: p.last_name),
    (Column("Organisation", width=34), lambda p: p.organisation),
    (Column("Funktion", width=24), lambda p: p.function),
    (Column("E-Mail", width=30), lambda p: p.email),
    (Column("Telefon", width=16), lambda p: p.phone),
    (Column("Status", width=14), lambda p: p.status),
    (Column("Warteplatz", "number", 10), lambda p: p.waiting_position),
    (Column("Rolle", width=12), lambda p: p.role),
    (Column("Angemeldet am", "datetime"), lambda p: p.registered_at),
    (Column("Gebühr", "money"), lambda p: p.fee_due),
    (Column("Bezahlt", "money"), lambda p: p.fee_paid),
    (Column("Offen", "money"), lambda p: p.fee_open),
    (Column("Anwesend (Min.)", "number", 14), lambda p: p.attended_minutes),
    (Column("Bemerkungen", width=30), lambda p: p.notes),
]


def export_participants(
    db: Database,
    path: Path | str,
    *,
    event_id: int | None,
    extra_columns: Sequence[tuple[Column, Callable[[ParticipantRow], Any]]] = (),
    extra_sheets: Sequence[Sheet] = (),
) -> int:
    """The participants of one event as a numbered list; returns the number of people."""
    if event_id is None:
        raise UserError("Für die Teilnehmendenliste bitte die Veranstaltung angeben (--event ID).")
    participants = participant_list(db, event_id)
    if not extra_columns and participants.kind == EXCURSION:  # room and payment columns of the trip
        from .trip_lists import excursion_columns

        return write_participants(
            path, participants, excursion_columns(db, event_id), extra_sheets, replace_fee_columns=True
        )
    return write_participants(path, participants, extra_columns, extra_sheets)


def write_participants(
    path: Path | str,
    participants: ParticipantList,
    extra_columns: Sequence[tuple[Column, Callable[[ParticipantRow], Any]]] = (),
    extra_sheets: Sequence[Sheet] = (),
    *,
    replace_fee_columns: bool = False,
) -> int:
    """Write a participant list (from ``model.events.participants.participant_list``); returns its length."""
    from .trip_lists import REPLACED_COLUMNS

    base_columns = PARTICIPANT_COLUMNS
    if replace_fee_columns:
        base_columns = [c for c in PARTICIPANT_COLUMNS if c[0].header not in REPLACED_COLUMNS]
    columns = [(Column("Nr.", "number", 6), None), *base_columns, *extra_columns]
    table = []
    for number, row in enumerate(participants.rows, start=1):
        table.append([number if get is None else get(row) for _, get in columns])
    heading = f"Teilnehmende: {participants.title} – {time_span(participants.starts_at, participants.ends_at)}"
    sheet = Sheet("Teilnehmende", [c for c, _ in columns], table, heading=heading)
    write_workbook(Path(path), [sheet, *extra_sheets])
    return len(participants.rows)
