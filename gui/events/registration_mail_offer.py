"""After a registration change: offer the matching mail (confirmation, waiting list,
promotion, cancellation) at once, through the office's mail server. Without a mail server
nothing is offered (the invitation dialog writes Outlook drafts for whole lists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from model.core.db import Database
from model.mail.invitations import CHANNEL_SMTP
from model.mail.registration_mail import mail_offers, registration_statuses, send_offers
from model.mail.settings import load_mail_settings, load_password
from model.mail.transport import SmtpTransport

from .. import dialogs
from ..kit.errors import show_error
from ..worker import Job


def snapshot(db: Database, event_id: int) -> dict[int, str]:
    return registration_statuses(db, event_id)


def offer_mails(parent: QWidget, db: Database, event_id: int, before: dict[int, str]) -> Job | None:
    """Ask whether to write the mails the change calls for; returns the running job, if any."""
    settings = load_mail_settings(db)
    if not settings.configured:
        return None
    offers = mail_offers(before, registration_statuses(db, event_id))
    if not offers:
        return None
    lines = "\n".join(f"{kind}: {len(ids)}" for kind, ids in offers.items())
    title = QCoreApplication.translate("RegistrationMail", "E-Mail")
    question = QCoreApplication.translate("RegistrationMail", "Die passenden E-Mails jetzt senden?")
    if not dialogs.ask(
        parent,
        title,
        question,
        QCoreApplication.translate("RegistrationMail", "Senden"),
        lines,
        QCoreApplication.translate("RegistrationMail", "Nicht jetzt"),
    ):
        return None

    def job(progress, cancelled):
        with SmtpTransport(settings, load_password(settings)) as transport:
            return send_offers(db, event_id, offers, transport=transport, progress=progress, cancelled=cancelled)

    return Job(
        parent,
        title,
        job,
        lambda result: dialogs.inform(parent, title, result.summary(CHANNEL_SMTP)),
        lambda exc: show_error(parent, exc, title=title),
    )
