"""Unsent e-mail drafts (.eml) with an attachment, which Outlook opens ready to send.

``mailto:`` cannot carry attachments; an .eml with the header ``X-Unsent: 1`` opens in
Outlook as a draft with the certificate attached.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from model.safe_files import write_atomically


def write_draft(target: Path, *, to_name: str, to_address: str, subject: str, body: str,
                attachment: Path, sender: str | None = None) -> Path:
    message = EmailMessage()
    message["To"] = formataddr((to_name, to_address))
    if sender:
        message["From"] = sender
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body)
    message.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf",
                           filename=attachment.name)
    write_atomically(target, bytes(message))
    return target


def certificate_mail_body(salutation: str | None, last_name: str, event_title: str, office_name: str) -> str:
    greeting = {"Frau": f"Sehr geehrte Frau {last_name},", "Herr": f"Sehr geehrter Herr {last_name},"}.get(
        salutation or "", "Guten Tag,")
    return (
        f"{greeting}\n\nim Anhang erhalten Sie Ihre Teilnahmebescheinigung für »{event_title}«.\n\n"
        f"Mit freundlichen Grüßen\n{office_name}\n"
    )
