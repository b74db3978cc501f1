"""Invoice documents as files in a folder, named so that they sort by number.

``RE-2027-0004 Stadt Gelsenkirchen.pdf`` (+ ``.xml`` for XRechnung). Each file is written
atomically (``model.core.safe_files``), so a crash or a full disk never leaves a
half-written invoice that looks whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from model.core.filenames import safe_stem, shortened
from model.core.safe_files import write_atomically
from model.core.vocab import CREDIT_NOTE, INVOICE, LETTER
from model.invoicing.einvoice_validation import ensure_valid
from model.invoicing.invoices import IssuedInvoice

from .invoice_pdf import invoice_pdf, reminder_pdf


def document_stem(number: str, buyer: str) -> str:
    return safe_stem(f"{number} {shortened(buyer, 60)}", fallback=number)


def write_invoice_files(folder: Path, issued: Iterable[IssuedInvoice]) -> list[Path]:
    """PDF of every invoice/credit note, for XRechnung buyers the validated XML, and for
    buyers with an invoice e-mail an unsent .eml draft with both attached."""
    written = []
    for invoice in issued:
        stem = document_stem(invoice.number, invoice.snapshot["buyer"]["name"])
        attachments = []
        if invoice.wants_xml:
            xml = invoice.xml()
            ensure_valid(xml)  # never write an invalid e-invoice, even from an old snapshot
            attachments.append((f"{stem}.xml", xml, "xml"))
        attachments.append((f"{stem}.pdf", invoice_pdf(invoice.snapshot), "pdf"))
        for name, content, _subtype in attachments:
            write_atomically(folder / name, content)
            written.append(folder / name)
        buyer = invoice.snapshot["buyer"]
        if buyer.get("email") and invoice.snapshot["channel"] != LETTER:
            write_atomically(folder / f"{stem}.eml", _draft(invoice.snapshot, attachments))
            written.append(folder / f"{stem}.eml")
    return written


def _draft(snapshot: dict, attachments: list[tuple[str, bytes, str]]) -> bytes:
    """An unsent e-mail (Outlook opens it as a draft, ``X-Unsent: 1``) with the documents."""
    from email.message import EmailMessage
    from email.utils import formataddr

    seller, buyer = snapshot["seller"], snapshot["buyer"]
    title = CREDIT_NOTE if snapshot["kind"] == CREDIT_NOTE else INVOICE
    message = EmailMessage()
    message["To"] = formataddr((buyer["name"], buyer["email"]))
    if seller.get("contact_email"):
        message["From"] = formataddr((seller["name"], seller["contact_email"]))
    message["Subject"] = f"{title} {snapshot['number']} – {snapshot['subject']}"
    message["X-Unsent"] = "1"
    reference = f"\nLeitweg-ID: {buyer['leitweg_id']}" if buyer.get("leitweg_id") else ""
    message.set_content(
        f"Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere {title} {snapshot['number']}"
        f"{' als XRechnung und PDF' if len(attachments) > 1 else ''}.{reference}\n\n"
        f"Mit freundlichen Grüßen\n{seller.get('contact_name') or ''}\n{seller.get('office_name') or seller['name']}\n"
    )
    for name, content, subtype in attachments:
        message.add_attachment(content, maintype="application", subtype=subtype, filename=name)
    return bytes(message)


def write_reminder_file(folder: Path, reminder: dict) -> Path:
    invoice = reminder["invoice"]
    stem = document_stem(f"{invoice['number']} Mahnung {reminder['level']}", invoice["buyer"]["name"])
    target = folder / f"{stem}.pdf"
    write_atomically(target, reminder_pdf(reminder))
    return target
