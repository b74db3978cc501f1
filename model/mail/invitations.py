"""Personal mail for an event: who gets it, what it says, sending it once — and only once.

1. ``select_recipients`` gathers people from a Verteiler, all member contacts, a working group
   or a pick, and sets aside (by name, with the reason) everyone who must not be written to:
   no address, inactive, anonymised, or a consent that does not cover invitations.
2. ``run_mailing`` writes one message per person (personal salutation, event facts, the
   attachments the caller supplies, an .ics with the person as ATTENDEE) and either sends it
   over SMTP or writes an Outlook draft (.eml, ``X-Unsent: 1``).

The send journal (``journal``) makes a run safe to repeat: before a message goes out its row is committed
as »wird gesendet«, after the server accepted it as »gesendet«. A rerun skips what was sent,
resends what failed, and does not resend what a crash left »wird gesendet« (it may have gone
out): those are reported as unclear, for the office to check.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import cast

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import (
    Event,
    MailingList,
    MailingListMember,
    MailJournalEntry,
    Membership,
    OfficeProfile,
    Organisation,
    Person,
    Registration,
    WorkingGroupMember,
)
from ..core.errors import UserError
from ..core.filenames import safe_stem
from ..core.formatting import long_date
from ..core.safe_files import write_atomically
from ..core.text import fold
from ..core.vocab import CALLED_OFF, IN_PERSON, ONLINE, SEAT_TAKING_STATUSES
from ..events import calendar_ics
from ..members.persons import CONSENT_GIVEN, CONSENT_WITHDRAWN, consent_state, display_name
from ..members.salutation import personal_salutation
from .journal import (
    CHANNEL_DRAFT,
    CHANNEL_SMTP,
    DRAFT,
    FAILED,
    SENDING,
    SENT,
    send_journaled,
    smtp_rows,
    wait_between_messages,
    write_entry,
)
from .templates import (
    CANCELLATION,
    CONFIRMATION,
    EVENT_CANCELLED,
    EVENT_CHANGED,
    INVITATION,
    PROMOTION,
    REMINDER,
    Template,
    load_template,
    render,
)

# The calendar entry each kind of event mail carries: an invitation or confirmation adds the
# event to the recipient's calendar, a cancellation removes it; a waiting-list notice has none.
CALENDAR_METHOD = {
    INVITATION: "REQUEST",
    CONFIRMATION: "REQUEST",
    PROMOTION: "REQUEST",
    REMINDER: "REQUEST",
    EVENT_CHANGED: "REQUEST",
    CANCELLATION: "CANCEL",
    EVENT_CANCELLED: "CANCEL",
}
# An invitation is followed by a change notice when time, place or link change afterwards.
FOLLOWED_BY = {INVITATION: EVENT_CHANGED}
# Words in a consent's scope that cover invitations ("Einladungen und Informationen per E-Mail").
INVITATION_CONSENT_WORD = "einladung"


@dataclass(frozen=True)
class Recipient:
    person_id: int
    salutation: str
    title: str | None
    first_name: str
    last_name: str
    email: str
    organisation: str | None

    @property
    def name(self) -> str:
        return display_name(self.title, self.first_name, self.last_name)


@dataclass
class RecipientPlan:
    recipients: list[Recipient] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def exclusion_reason(
    *,
    active: bool,
    anonymised: bool,
    email: str | None,
    consent_date,
    withdrawn_on,
    scope: str | None,
    consent_needed: bool = True,
) -> str | None:
    """Why a person must not get an invitation, or None. Mail about one's own registration
    (confirmation, waiting list, cancellation) needs no consent: ``consent_needed=False``."""
    if anonymised:
        return "anonymisiert"
    if not active:
        return "inaktiv"
    if not (email or "").strip():
        return "keine E-Mail-Adresse"
    if not consent_needed:
        return None
    state = consent_state(consent_date, withdrawn_on)
    if state == CONSENT_WITHDRAWN:
        return "Einwilligung widerrufen"
    if state != CONSENT_GIVEN:
        return "keine Einwilligung"
    if INVITATION_CONSENT_WORD not in fold(scope or ""):
        return "Einwilligung gilt nicht für Einladungen"
    return None


def _person_ids(
    session,
    *,
    list_name: str | None,
    list_id: int | None,
    members: bool,
    group_id: int | None,
    person_ids: list[int] | None,
    registered_for: int | None,
    today: dt.date,
) -> list[int]:
    if list_name is not None or list_id is not None:
        query = select(MailingList.id)
        query = (
            query.where(MailingList.id == list_id)
            if list_id is not None
            else query.where(MailingList.name == list_name)
        )
        found = session.scalar(query)
        if found is None:
            raise UserError(f"Einen Verteiler »{list_name or list_id}« gibt es nicht.")
        return list(
            session.scalars(select(MailingListMember.person_id).where(MailingListMember.mailing_list_id == found))
        )
    if group_id is not None:
        rows = session.scalars(
            select(WorkingGroupMember.person_id).where(
                WorkingGroupMember.working_group_id == group_id,
                (WorkingGroupMember.left_on.is_(None)) | (WorkingGroupMember.left_on >= today),
            )
        )
        ids = list(rows)
        if not ids:
            raise UserError(f"Die Arbeitsgruppe {group_id} gibt es nicht oder sie hat keine Mitglieder.")
        return ids
    if members:
        member_orgs = select(Membership.organisation_id).where(
            Membership.type == "Mitglied",
            Membership.since <= today,
            (Membership.until.is_(None)) | (Membership.until >= today),
        )
        return list(session.scalars(select(Person.id).where(Person.organisation_id.in_(member_orgs))))
    if registered_for is not None:
        return list(
            session.scalars(
                select(Registration.person_id).where(
                    Registration.event_id == registered_for, Registration.status.in_(SEAT_TAKING_STATUSES)
                )
            )
        )
    if person_ids is not None:
        return list(dict.fromkeys(person_ids))
    raise UserError("Bitte Empfänger wählen: Verteiler, Mitglieder, Arbeitsgruppe oder Personen.")


def select_recipients(
    db: Database,
    *,
    list_name: str | None = None,
    list_id: int | None = None,
    members: bool = False,
    group_id: int | None = None,
    person_ids: list[int] | None = None,
    today: dt.date | None = None,
    consent_needed: bool = True,
    registered_for: int | None = None,
) -> RecipientPlan:
    """People to write to and people left out. ``registered_for``: those with a seat at that
    event (a reminder about their own registration needs no invitation consent)."""
    today = today or dt.date.today()
    plan = RecipientPlan()
    with db.session() as session:
        ids = _person_ids(
            session,
            list_name=list_name,
            list_id=list_id,
            members=members,
            group_id=group_id,
            person_ids=person_ids,
            registered_for=registered_for,
            today=today,
        )
        rows = session.execute(
            select(Person, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.id.in_(ids))
        ).all()
    rows = sorted(rows, key=lambda r: (fold(r[0].last_name), fold(r[0].first_name), r[0].id))
    seen_addresses: set[str] = set()
    for person, organisation in rows:
        name = display_name(person.title, person.first_name, person.last_name)
        reason = exclusion_reason(
            active=person.active,
            anonymised=person.anonymised_at is not None,
            email=person.email,
            consent_date=person.consent_date,
            withdrawn_on=person.consent_withdrawn_on,
            scope=person.consent_scope,
            consent_needed=consent_needed,
        )
        if reason:
            plan.left_out.append((name, reason))
            continue
        email = (person.email or "").strip()  # reachable: exclusion_reason checked the address
        plan.recipients.append(
            Recipient(
                person.id, person.salutation, person.title, person.first_name, person.last_name, email, organisation
            )
        )
        seen_addresses.add(email.lower())
    return plan


# --- the message ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventFacts:
    id: int
    title: str
    kind: str
    cancelled: bool
    values: dict[str, str]
    calendar: calendar_ics.CalendarEvent

    @property
    def state(self) -> str:
        """A fingerprint of what an invitation promised: title, time, place and link."""
        import hashlib

        c = self.calendar
        text = "\x1f".join((c.title, c.starts_at.isoformat(), c.ends_at.isoformat(), c.location, c.online_link or ""))
        return hashlib.sha256(text.encode()).hexdigest()[:32]


def _time_text(start: dt.datetime, end: dt.datetime) -> str:
    if start.date() == end.date():
        return f"{start:%H:%M}–{end:%H:%M} Uhr"
    return f"Beginn {start:%H:%M} Uhr, Ende {end:%H:%M} Uhr"


def event_facts(db: Database, event_id: int) -> EventFacts:
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        office = session.get_one(OfficeProfile, 1)
        date_text = long_date(event.starts_at.date())
        if event.ends_at.date() != event.starts_at.date():
            date_text += f" bis {long_date(event.ends_at.date())}"
        place = calendar_ics.location_text(event.venue, event.venue_address)
        values = {
            "titel": event.title,
            "art": event.kind,
            "datum": date_text,
            "uhrzeit": _time_text(event.starts_at, event.ends_at),
            "ort": place or ("online" if event.format == ONLINE else "wird noch bekannt gegeben"),
            "online_link": event.online_link or ("–" if event.format == IN_PERSON else "folgt"),
            "anmeldeschluss": long_date(event.registration_deadline) if event.registration_deadline else "–",
            "geschaeftsstelle": office.office_name,
        }
        calendar = calendar_ics.to_calendar_event(event)
        return EventFacts(event.id, event.title, event.kind, event.status == CALLED_OFF, values, calendar)


def person_values(recipient: Recipient) -> dict[str, str]:
    return {
        "anrede": personal_salutation(recipient.salutation, recipient.title, recipient.first_name, recipient.last_name),
        "vorname": recipient.first_name,
        "nachname": recipient.last_name,
    }


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "pdf"


def compose(
    *,
    template: Template,
    values: dict[str, str],
    recipient: Recipient,
    sender: str | None,
    sender_name: str | None,
    message_id: str,
    attachments: tuple[Attachment, ...] = (),
    draft: bool = False,
    now: dt.datetime | None = None,
) -> EmailMessage:
    message = EmailMessage()
    if sender:
        message["From"] = formataddr((sender_name or "", sender)) if sender_name else sender
    message["To"] = formataddr((recipient.name, recipient.email))
    message["Subject"] = render(template.subject, values)
    message["Date"] = formatdate((now or dt.datetime.now()).timestamp(), localtime=True)
    message["Message-ID"] = message_id
    if draft:
        message["X-Unsent"] = "1"
    message.set_content(render(template.body, values))
    for attachment in attachments:
        if attachment.maintype == "text":  # text parts carry their charset, so names keep their umlauts
            params = {}
            if attachment.subtype == "calendar":
                params = {"method": "CANCEL" if b"METHOD:CANCEL" in attachment.content else "REQUEST"}
            message.add_attachment(
                attachment.content.decode("utf-8"),
                subtype=attachment.subtype,
                charset="utf-8",
                filename=attachment.filename,
                params=params,
            )
        else:
            message.add_attachment(
                attachment.content,
                maintype=attachment.maintype,
                subtype=attachment.subtype,
                filename=attachment.filename,
            )
    return message


# --- the journal ------------------------------------------------------------------------------


# --- the run ----------------------------------------------------------------------------------


@dataclass
class MailingResult:
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already sent earlier
    left_out: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unclear: list[str] = field(default_factory=list)  # a crash left them »wird gesendet«
    updated: list[str] = field(default_factory=list)  # got a change notice (part of ``sent``)
    drafts: list[Path] = field(default_factory=list)
    cancelled: bool = False

    def summary(self, channel: str = CHANNEL_SMTP) -> str:
        done = f"{len(self.drafts)} Entwürfe geschrieben" if channel == CHANNEL_DRAFT else f"{len(self.sent)} gesendet"
        text = (
            f"{done}, {len(self.skipped)} übersprungen (bereits gesendet), "
            f"{len(self.left_out)} ausgelassen (Einwilligung), {len(self.failed)} fehlgeschlagen"
        )
        if self.updated:
            text += f" (davon {len(self.updated)} Terminänderungen)"
        if self.unclear:
            text += (
                f", {len(self.unclear)} unklar (Abbruch während des Sendens: bitte »Gesendete Elemente« "
                "prüfen und dann erneut senden lassen)"
            )
        if self.cancelled:
            text += " – abgebrochen"
        return text + "."


Progress = Callable[[int, int, str], None]


def mail_kind_for(facts: EventFacts, requested: str = INVITATION) -> str:
    """An invitation to a cancelled event becomes the cancellation notice (METHOD:CANCEL)."""
    return EVENT_CANCELLED if facts.cancelled and requested == INVITATION else requested


def run_mailing(
    db: Database,
    event_id: int,
    plan: RecipientPlan,
    *,
    channel: str,
    kind: str = INVITATION,
    transport=None,
    out_dir: Path | None = None,
    attachments: tuple[Attachment, ...] = (),
    pause_seconds: float = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
    sleep: Callable[[float], None] = time.sleep,
) -> MailingResult:
    """Send (``channel`` SMTP, through ``transport``) or draft (into ``out_dir``) one mail per recipient."""
    if channel not in (CHANNEL_SMTP, CHANNEL_DRAFT):
        raise ValueError(channel)
    if channel == CHANNEL_DRAFT and out_dir is None:
        raise ValueError("drafts need out_dir")
    facts = event_facts(db, event_id)
    kind = mail_kind_for(facts, kind)
    follow_up = FOLLOWED_BY.get(kind)
    templates = {name: load_template(db, name) for name in filter(None, (kind, follow_up))}
    with db.session() as session:
        office = session.get_one(OfficeProfile, 1)
        sender, sender_name = office.mail_from or office.email, office.office_name
    if channel == CHANNEL_SMTP and not sender and not dry_run:
        raise UserError("Bitte zuerst die Absenderadresse eintragen (Einstellungen › E-Mail oder mail-settings).")
    organizer = (sender_name, sender) if sender else None
    domain = (sender or "netzwerkstatt.local").rpartition("@")[2] or "netzwerkstatt.local"
    result = MailingResult(left_out=list(plan.left_out))
    if out_dir is not None and channel == CHANNEL_DRAFT and not dry_run:
        out_dir.mkdir(parents=True, exist_ok=True)
    total = len(plan.recipients)
    first_sent = True
    for index, recipient in enumerate(plan.recipients):
        if cancelled and cancelled():
            result.cancelled = True
            break
        if progress:
            progress(index, total, recipient.name)
        rows = smtp_rows(db, event_id, tuple(templates), recipient.person_id)
        if rows and rows[0].status == SENDING:
            result.unclear.append(recipient.name)
            continue
        last_sent = next((row for row in rows if row.status == SENT), None)
        if last_sent is not None and (follow_up is None or last_sent.event_state in (None, facts.state)):
            result.skipped.append(recipient.name)
            continue
        row_kind = (
            follow_up if last_sent is not None and follow_up else kind
        )  # sent before, but the event changed since
        previous = rows[0] if rows and rows[0].status == FAILED and rows[0].kind == row_kind else None
        if row_kind != kind:
            result.updated.append(recipient.name)
        if dry_run:
            result.sent.append(recipient.name)
            continue
        message_id = make_msgid(domain=domain)
        files = tuple(attachments)
        method = "CANCEL" if facts.cancelled else CALENDAR_METHOD.get(row_kind)
        if method:
            ics = calendar_ics.build_calendar(
                [facts.calendar],
                method=method,
                organizer=organizer,
                attendees=[calendar_ics.Attendee(recipient.name, recipient.email)],
            )
            files += (Attachment("absage.ics" if method == "CANCEL" else "einladung.ics", ics, "text", "calendar"),)
        message = compose(
            template=templates[row_kind],
            values={**facts.values, **person_values(recipient)},
            recipient=recipient,
            sender=sender,
            sender_name=sender_name,
            message_id=message_id,
            attachments=files,
            draft=channel == CHANNEL_DRAFT,
        )
        now = dt.datetime.now().replace(microsecond=0)
        if out_dir is not None and channel == CHANNEL_DRAFT:
            target = out_dir / (
                safe_stem(f"{recipient.last_name} {recipient.first_name} {recipient.person_id}") + ".eml"
            )
            write_atomically(target, bytes(message))
            write_entry(
                db,
                None,
                event_id=event_id,
                person_id=recipient.person_id,
                kind=kind,
                channel=CHANNEL_DRAFT,
                message_id=message_id,
                status=DRAFT,
                at=now,
                event_state=facts.state,
            )
            result.drafts.append(target)
            result.sent.append(recipient.name)
            continue
        if not first_sent and pause_seconds:
            wait_between_messages(pause_seconds, cancelled, sleep)
            if cancelled and cancelled():
                result.cancelled = True
                break
        first_sent = False
        error = send_journaled(
            db,
            transport,
            message,
            previous.id if previous is not None else None,
            event_id=event_id,
            person_id=recipient.person_id,
            kind=row_kind,
            at=now,
            event_state=facts.state,
        )
        if error is None:
            result.sent.append(recipient.name)
        else:
            result.failed.append((recipient.name, error))
    if progress:
        progress(total, total, "")
    return result


def release_unclear(db: Database, event_id: int, kind: str = INVITATION) -> int:
    """After checking the sent folder: mark »wird gesendet« rows as failed so a rerun sends them."""
    from sqlalchemy import CursorResult, update

    with db.writing() as session:
        kinds = tuple(filter(None, (kind, FOLLOWED_BY.get(kind))))
        result = cast(
            CursorResult,
            session.execute(
                update(MailJournalEntry)
                .where(
                    MailJournalEntry.event_id == event_id,
                    MailJournalEntry.kind.in_(kinds),
                    MailJournalEntry.status == SENDING,
                )
                .values(status=FAILED, error="freigegeben")
            ),
        )
        return result.rowcount or 0
