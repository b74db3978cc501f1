"""Invoice documents as files in a folder, named so that they sort by number.

``RE-2027-0004 Stadt Gelsenkirchen.pdf`` (+ ``.xml`` for XRechnung). Each file is written
to a temporary name in the same folder and renamed when complete, so a crash or a full
disk never leaves a half-written invoice that looks whole. (A small local helper: a
shared atomic-write helper may replace it.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from model.einvoice_validation import ensure_valid
from model.filenames import safe_stem, shortened
from model.invoices import IssuedInvoice
from .invoice_pdf import invoice_pdf, reminder_pdf


def write_atomically(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".~", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def document_stem(number: str, buyer: str) -> str:
    return safe_stem(f"{number} {shortened(buyer, 60)}", fallback=number)


def write_invoice_files(folder: Path, issued: Iterable[IssuedInvoice]) -> list[Path]:
    """PDF of every invoice/credit note and, for XRechnung buyers, the validated XML."""
    written = []
    for invoice in issued:
        stem = document_stem(invoice.number, invoice.snapshot["buyer"]["name"])
        if invoice.wants_xml:
            xml = invoice.xml()
            ensure_valid(xml)  # never write an invalid e-invoice, even from an old snapshot
            write_atomically(folder / f"{stem}.xml", xml)
            written.append(folder / f"{stem}.xml")
        write_atomically(folder / f"{stem}.pdf", invoice_pdf(invoice.snapshot))
        written.append(folder / f"{stem}.pdf")
    return written


def write_reminder_file(folder: Path, reminder: dict) -> Path:
    invoice = reminder["invoice"]
    stem = document_stem(f"{invoice['number']} Mahnung {reminder['level']}", invoice["buyer"]["name"])
    target = folder / f"{stem}.pdf"
    write_atomically(target, reminder_pdf(reminder))
    return target
