"""Mail that carries a document of the register to its person (the Fortbildungsnachweis of a
year), worded by the office's mail template and built like every other personal mail
(``invitations.compose``): personal salutation, the document attached, an Outlook draft
(``X-Unsent: 1``) or a message to send.

Such mail concerns the person's own document: it needs an address, not the consent for
invitations. Who cannot be written to is named with the reason (``left_out``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid

from .db import Database
from .entities import OfficeProfile
from .invitations import Attachment, Recipient, compose, person_values, select_recipients
from .mail_templates import STATEMENT, Template, load_template


@dataclass
class DocumentMail:
    """Everything a run of document mails needs, read once before the run."""

    template: Template
    office_name: str
    sender: str | None
    recipients: dict[int, Recipient] = field(default_factory=dict)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (name, reason), by name

    def message(self, person_id: int, values: dict[str, str], attachment: Attachment, *, draft: bool,
                now: dt.datetime | None = None) -> EmailMessage:
        recipient = self.recipients[person_id]
        domain = (self.sender or "netzwerkstatt.local").rpartition("@")[2] or "netzwerkstatt.local"
        return compose(template=self.template,
                       values={"geschaeftsstelle": self.office_name, **values, **person_values(recipient)},
                       recipient=recipient, sender=self.sender, sender_name=self.office_name,
                       message_id=make_msgid(domain=domain), attachments=(attachment,), draft=draft, now=now)


def prepare_document_mail(db: Database, person_ids: list[int], kind: str = STATEMENT) -> DocumentMail:
    """The template of ``kind`` and who of ``person_ids`` can be written to (and who not, why)."""
    plan = select_recipients(db, person_ids=person_ids, consent_needed=False) if person_ids else None
    with db.session() as session:
        office = session.get(OfficeProfile, 1)
        sender, office_name = office.mail_from or office.email, office.office_name
    mail = DocumentMail(load_template(db, kind), office_name or "", sender)
    if plan is None:
        return mail
    mail.recipients = {recipient.person_id: recipient for recipient in plan.recipients}
    mail.left_out = list(plan.left_out)
    return mail
