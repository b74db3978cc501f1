"""All certificates of an event in one go: register entries, PDFs per person, a merged
PDF for printing, optional e-mail drafts and optional sending over SMTP (both worded by the
mail template »Bescheinigung«, see model.mail.document_mail). Used by the GUI (in a worker) and
the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.core.db import Database
from model.core.errors import UserError
from model.core.safe_files import write_atomically
from model.mail.document_mail import MailDocument, prepare_document_mail, send_documents
from model.mail.invitations import Attachment, MailingResult, event_facts
from model.mail.templates import CERTIFICATE
from model.training.certificates import IssuedCertificate, asset_bytes, issue_for_event
from model.training.training import person_emails

from .certificates import certificates_pdf, write_certificate_files

MERGED_NAME = "Alle_Bescheinigungen.pdf"
Progress = Callable[[int, int, str], None]


@dataclass
class BatchResult:
    issued: list[IssuedCertificate]
    files: list[Path] = field(default_factory=list)
    merged: Path | None = None
    drafts: list[Path] = field(default_factory=list)
    without_email: list[tuple[str, str]] = field(default_factory=list)  # (name, reason): no mail
    mailing: MailingResult | None = None  # when sent over SMTP

    @property
    def new_count(self) -> int:
        return sum(1 for certificate in self.issued if not certificate.reprint)


def produce_certificates(
    db: Database,
    event_id: int,
    folder: Path,
    *,
    person_ids: list[int] | None = None,
    single_files: bool = True,
    merged: bool = False,
    drafts: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    without_points: bool = False,
    connect: Callable[[], Any] | None = None,
    pause_seconds: float = 0,
) -> BatchResult:
    """Issue (or reprint) and write; ``drafts``: an Outlook draft per person with an address.

    The files are written before the new numbers are committed: if the folder cannot be
    written (or the batch is cancelled), no number is used and no file is left behind.
    ``connect``: afterwards send each certificate over SMTP, once (the send journal); it
    returns the transport as a context manager (``SmtpTransport``).
    """
    result = BatchResult(issued=[])
    # Read before the numbers are issued (``deliver`` runs inside the writing transaction).
    mail = (
        prepare_document_mail(db, person_ids if person_ids is not None else person_emails(db, event_id), CERTIFICATE)
        if drafts or connect is not None
        else None
    )
    values = event_facts(db, event_id).values if mail is not None else {}

    def deliver(issued: list[IssuedCertificate]) -> None:
        result.issued = issued
        try:
            _write(
                db,
                result,
                folder,
                single_files or connect is not None,
                merged,
                mail if drafts else None,
                values,
                progress,
                cancelled,
            )
        except BaseException:
            for path in [*result.files, *result.drafts, *([result.merged] if result.merged else [])]:
                path.unlink(missing_ok=True)
            raise

    try:
        issue_for_event(
            db,
            event_id,
            person_ids,
            progress=progress,
            cancelled=cancelled,
            without_points=without_points,
            deliver=deliver,
        )
    except OSError as exc:
        raise UserError(
            f"Der Ordner {folder} kann nicht beschrieben werden ({exc.strerror or exc}); "
            "es wurde keine Bescheinigungsnummer vergeben."
        ) from exc
    if mail is not None:
        result.without_email = mail.left_out_of(c.person_id for c in result.issued)
    if connect is not None:
        assert mail is not None  # prepared above whenever there is a connection
        documents = [
            MailDocument(c.person_id, event_id, c.number, values, Attachment(path.name, path.read_bytes()))
            for c, path in zip(result.issued, result.files, strict=True)
        ]
        with connect() as transport:
            result.mailing = send_documents(
                db,
                mail,
                documents,
                transport=transport,
                pause_seconds=pause_seconds,
                progress=progress,
                cancelled=cancelled,
            )
    return result


def _write(
    db,
    result: BatchResult,
    folder: Path,
    single_files: bool,
    merged: bool,
    mail,
    values: dict[str, str],
    progress,
    cancelled,
) -> None:
    """``mail``: write drafts with it (a DocumentMail), or None."""
    issued = result.issued
    snapshots = [certificate.snapshot for certificate in issued]

    def load(digest):
        return asset_bytes(db, digest)

    folder.mkdir(parents=True, exist_ok=True)
    if single_files or mail is not None:
        result.files = write_certificate_files(snapshots, folder, load, progress, cancelled)
    if merged:
        target = folder / MERGED_NAME
        write_atomically(target, certificates_pdf(snapshots, load, progress, cancelled, total=len(snapshots)))
        result.merged = target
    if mail is not None:
        for certificate, pdf in zip(issued, result.files, strict=True):
            if certificate.person_id not in mail.recipients:
                continue
            draft = pdf.with_suffix(".eml")
            message = mail.message(certificate.person_id, values, Attachment(pdf.name, pdf.read_bytes()), draft=True)
            write_atomically(draft, bytes(message))
            result.drafts.append(draft)
