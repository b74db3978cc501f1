"""The send journal: one row per message the office sent or drafted, shared by every mailing.

Before a message goes out over SMTP its row is committed as »wird gesendet«, after the server
accepted it as »gesendet« (or »fehlgeschlagen« with the server's answer). A rerun reads these
rows to skip what was sent and to report what a crash left »wird gesendet« as unclear.
Invitations (``invitations``) and documents such as certificates (``document_mail``) go
through the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import MailJournalEntry, Person
from ..members.persons import display_name

SENDING, SENT, FAILED, DRAFT = "wird gesendet", "gesendet", "fehlgeschlagen", "Entwurf"
CHANNEL_SMTP, CHANNEL_DRAFT = "SMTP", "Entwurf"


@dataclass(frozen=True)
class JournalRow:
    person_id: int
    name: str
    address: str
    kind: str
    channel: str
    status: str
    at: dt.datetime
    message_id: str
    error: str | None


def journal(db: Database, event_id: int | None, kind: str | None = None) -> list[JournalRow]:
    query = (
        select(MailJournalEntry, Person)
        .join(Person, Person.id == MailJournalEntry.person_id)
        .where(MailJournalEntry.event_id == event_id if event_id is not None else MailJournalEntry.event_id.is_(None))
        .order_by(MailJournalEntry.at.desc(), MailJournalEntry.id.desc())
    )
    if kind is not None:
        query = query.where(MailJournalEntry.kind == kind)
    with db.session() as session:
        return [
            JournalRow(
                entry.person_id,
                display_name(person.title, person.first_name, person.last_name),
                person.email or "",
                entry.kind,
                entry.channel,
                entry.status,
                entry.at,
                entry.message_id,
                entry.error,
            )
            for entry, person in session.execute(query)
        ]


def smtp_rows(db: Database, event_id: int | None, kinds: tuple[str, ...], person_id: int) -> list[MailJournalEntry]:
    """The person's SMTP journal rows of these kinds for the event, newest first."""
    with db.session() as session:
        return list(
            session.scalars(
                select(MailJournalEntry)
                .where(
                    MailJournalEntry.event_id == event_id
                    if event_id is not None
                    else MailJournalEntry.event_id.is_(None),
                    MailJournalEntry.kind.in_(kinds),
                    MailJournalEntry.person_id == person_id,
                    MailJournalEntry.channel == CHANNEL_SMTP,
                )
                .order_by(MailJournalEntry.id.desc())
            )
        )


def write_entry(db: Database, entry_id: int | None, **values) -> int:
    """Add a journal row (``entry_id`` None) or change the given one; its id."""
    with db.writing() as session:
        if entry_id is None:
            entry = MailJournalEntry(**values)
            session.add(entry)
            session.flush()
            return entry.id
        stored = session.get_one(MailJournalEntry, entry_id)
        for name, value in values.items():
            setattr(stored, name, value)
        return stored.id


def send_journaled(db: Database, transport, message: EmailMessage, previous_id: int | None, **values) -> str | None:
    """Send ``message`` over ``transport`` with its journal row committed around it.

    ``previous_id``: the failed row this attempt repeats (reused), or None for a new row;
    ``values``: the row's event_id, person_id, kind, at and event_state. Returns None when the
    server accepted the message, otherwise its refusal (journaled as »fehlgeschlagen«).
    """
    entry_id = write_entry(
        db,
        previous_id,
        channel=CHANNEL_SMTP,
        message_id=message["Message-ID"],
        status=SENDING,
        error=None,
        **values,
    )
    try:
        transport.send(message)
    except Exception as exc:  # noqa: BLE001 - every refusal is journaled per message; the run goes on
        write_entry(db, entry_id, status=FAILED, error=str(exc)[:1000])
        return str(exc)
    write_entry(db, entry_id, status=SENT, at=dt.datetime.now().replace(microsecond=0))
    return None


def wait_between_messages(seconds: float, cancelled: Callable[[], bool] | None, sleep: Callable[[float], None]) -> None:
    """Wait between two messages (servers throttle bursts), still answering a cancel quickly."""
    waited = 0.0
    while waited < seconds:
        if cancelled and cancelled():
            return
        step = min(0.1, seconds - waited)
        sleep(step)
        waited += step
