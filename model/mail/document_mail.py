"""Mail that carries a document of the register to its person (a Teilnahmebescheinigung, the
Fortbildungsnachweis of a year), worded by the office's mail template (»Bescheinigung«,
»Jahresnachweis«) and built like every other personal mail (``invitations.compose``):
personal salutation, the document attached, an Outlook draft (``X-Unsent: 1``) or a message
sent over SMTP through the same send journal as invitations (``send_documents``), so a
document is never mailed twice.

Such mail concerns the person's own document: it needs an address, not the consent for
invitations. Who cannot be written to is named with the reason (``left_out``).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import select

from ..core.db import Database
from ..core.entities import OfficeProfile, Person
from ..core.text import fold
from ..members.persons import display_name
from .invitations import Attachment, MailingResult, Recipient, compose, exclusion_reason, person_values
from .journal import FAILED, SENDING, SENT, send_journaled, smtp_rows, wait_between_messages
from .templates import STATEMENT, Template, load_template


@dataclass
class DocumentMail:
    """Everything a run of document mails needs, read once before the run."""

    template: Template
    office_name: str
    sender: str | None
    recipients: dict[int, Recipient] = field(default_factory=dict)
    # person id -> (name, reason), in the order of last and first names
    excluded: dict[int, tuple[str, str]] = field(default_factory=dict)

    @property
    def left_out(self) -> list[tuple[str, str]]:
        """Who cannot be written to, with the reason."""
        return list(self.excluded.values())

    def left_out_of(self, person_ids) -> list[tuple[str, str]]:
        wanted = set(person_ids)
        return [item for person_id, item in self.excluded.items() if person_id in wanted]

    def message(
        self,
        person_id: int,
        values: dict[str, str],
        attachment: Attachment,
        *,
        draft: bool,
        now: dt.datetime | None = None,
    ) -> EmailMessage:
        recipient = self.recipients[person_id]
        domain = (self.sender or "netzwerkstatt.local").rpartition("@")[2] or "netzwerkstatt.local"
        return compose(
            template=self.template,
            values={"geschaeftsstelle": self.office_name, **values, **person_values(recipient)},
            recipient=recipient,
            sender=self.sender,
            sender_name=self.office_name,
            message_id=make_msgid(domain=domain),
            attachments=(attachment,),
            draft=draft,
            now=now,
        )


def prepare_document_mail(db: Database, person_ids, kind: str = STATEMENT) -> DocumentMail:
    """The template of ``kind`` and who of ``person_ids`` can be written to (and who not, why:
    the rule of ``invitations.exclusion_reason`` for mail about one's own affairs)."""
    with db.session() as session:
        office = session.get_one(OfficeProfile, 1)
        mail = DocumentMail(load_template(db, kind), office.office_name or "", office.mail_from or office.email)
        people = session.scalars(select(Person).where(Person.id.in_(list(person_ids))))
        for person in sorted(people, key=lambda p: (fold(p.last_name), fold(p.first_name or ""), p.id)):
            reason = exclusion_reason(
                active=person.active,
                anonymised=person.anonymised_at is not None,
                email=person.email,
                consent_date=None,
                withdrawn_on=None,
                scope=None,
                consent_needed=False,
            )
            if reason:
                mail.excluded[person.id] = (display_name(person.title, person.first_name, person.last_name), reason)
            else:
                mail.recipients[person.id] = Recipient(
                    person.id,
                    person.salutation,
                    person.title,
                    person.first_name,
                    person.last_name,
                    (person.email or "").strip(),  # not empty: exclusion_reason said so
                    None,
                )
    return mail


@dataclass(frozen=True)
class MailDocument:
    """One document to mail: its register number makes sure it is sent once."""

    person_id: int
    event_id: int | None
    number: str
    values: dict[str, str]
    attachment: Attachment


def send_documents(
    db: Database,
    mail: DocumentMail,
    documents: list[MailDocument],
    *,
    transport,
    pause_seconds: float = 0,
    progress=None,
    cancelled=None,
    sleep=None,
) -> MailingResult:
    """Send each document to its person over SMTP through the send journal, as invitations go.

    A document (by its register number) that went out before is skipped; one a crash left
    »wird gesendet« is reported as unclear, not sent again; a failed one is sent again.
    People without an address are in ``left_out``.
    """
    kind = mail.template.kind
    result = MailingResult(left_out=list(mail.left_out))
    total = len(documents)
    first = True
    for index, document in enumerate(documents):
        if cancelled and cancelled():
            result.cancelled = True
            break
        recipient = mail.recipients.get(document.person_id)
        if recipient is None:
            continue  # named in left_out
        if progress:
            progress(index, total, recipient.name)
        rows = [
            row
            for row in smtp_rows(db, document.event_id, (kind,), document.person_id)
            if row.event_state == document.number
        ]
        if rows and rows[0].status == SENDING:
            result.unclear.append(recipient.name)
            continue
        if any(row.status == SENT for row in rows):
            result.skipped.append(recipient.name)
            continue
        if not first and pause_seconds:
            wait_between_messages(pause_seconds, cancelled, sleep or time.sleep)
            if cancelled and cancelled():
                result.cancelled = True
                break
        first = False
        message = mail.message(document.person_id, document.values, document.attachment, draft=False)
        previous = rows[0] if rows and rows[0].status == FAILED else None
        now = dt.datetime.now().replace(microsecond=0)
        # event_state names the document (its register number) for mail that carries one
        error = send_journaled(
            db,
            transport,
            message,
            previous.id if previous is not None else None,
            event_id=document.event_id,
            person_id=document.person_id,
            kind=kind,
            at=now,
            event_state=document.number,
        )
        if error is None:
            result.sent.append(recipient.name)
        else:
            result.failed.append((recipient.name, error))
    if progress:
        progress(total, total, "")
    return result
