"""The year-end run: the Fortbildungsnachweis of everyone with a chamber or credited
attendance in the year, one PDF each (and optionally all in one), each in the register;
optionally an Outlook draft (.eml, ``X-Unsent: 1``) per person with an e-mail address, worded
by the mail template »Jahresnachweis«, with the PDF attached.

Each statement is issued and its files written as one unit (``deliver``): a statement whose
file (or draft) cannot be written takes no number. Unchanged statements are reprinted, not
renumbered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.core.db import Database
from model.core.errors import Cancelled, UserError
from model.core.filenames import safe_stem, unique_path
from model.core.safe_files import write_atomically
from model.mail.document_mail import MailDocument, prepare_document_mail, send_documents
from model.mail.invitations import Attachment, MailingResult
from model.mail.templates import STATEMENT
from model.training.certificates import IssuedCertificate, asset_bytes, check_statement_year, issue_credit_statement
from model.training.training import yearly_credits

from .credit_statement import credit_statement_pdf, credit_statements_pdf

MERGED_NAME = "Alle_Fortbildungsnachweise.pdf"
Progress = Callable[[int, int, str], None]


@dataclass
class StatementBatch:
    issued: list[IssuedCertificate] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    merged: Path | None = None
    drafts: list[Path] = field(default_factory=list)
    without_email: list[tuple[str, str]] = field(default_factory=list)  # (name, reason): no draft
    mailing: MailingResult | None = None  # when sent over SMTP

    @property
    def new_count(self) -> int:
        return sum(1 for s in self.issued if not s.reprint)


def statement_people(db: Database, year: int) -> list[int]:
    """Everyone with a chamber or with credited attendance in the year."""
    return [c.person_id for c in sorted(yearly_credits(db, year), key=lambda c: c.name)]


def produce_statements(
    db: Database,
    year: int,
    folder: Path,
    *,
    merged: bool = False,
    drafts: bool = False,
    connect: Callable[[], Any] | None = None,
    pause_seconds: float = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StatementBatch:
    """``drafts``: also an e-mail draft per person with an address, next to the PDF.
    ``connect``: then send each statement to its person over SMTP, once (the send journal);
    it returns the transport as a context manager (``SmtpTransport``), opened only when the
    files are done, so a long run does not hold an idle connection."""
    check_statement_year(year)
    people = statement_people(db, year)
    if not people:
        raise UserError(f"Für {year} gibt es niemanden mit Kammer oder angerechneter Teilnahme.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Der Ordner {folder} kann nicht angelegt werden ({exc.strerror or exc}).") from exc
    result = StatementBatch()
    taken: set[str] = set()
    mail = prepare_document_mail(db, people, STATEMENT) if drafts or connect is not None else None
    if mail is not None:
        result.without_email = mail.left_out
    pdfs: dict[int, bytes] = {}

    def load(digest):
        return asset_bytes(db, digest)

    def write(target: Path, content: bytes) -> None:
        """Write a person's file; a failure ends the run, the statements done so far stay."""
        try:
            write_atomically(target, content)
        except UserError as exc:
            raise UserError(
                f"{exc} {len(result.issued)} Nachweise sind fertig, für die übrigen wurde keine Nummer vergeben."
            ) from exc

    for done, person_id in enumerate(people):
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(done, len(people), "Fortbildungsnachweise werden erstellt…")

        def deliver(statement: IssuedCertificate) -> None:
            person = statement.snapshot["person"]
            target = unique_path(
                folder,
                safe_stem(f"{person['last_name']}_{person['first_name']}_Fortbildungsnachweis_{year}"),
                ".pdf",
                taken,
            )
            pdf = credit_statement_pdf(statement.snapshot, load)
            write(target, pdf)
            result.files.append(target)
            pdfs[statement.person_id] = pdf
            if drafts and mail is not None and statement.person_id in mail.recipients:
                draft = target.with_suffix(".eml")
                message = mail.message(
                    statement.person_id, {"jahr": str(year)}, Attachment(target.name, pdf), draft=True
                )
                try:
                    write(draft, bytes(message))
                except BaseException:
                    target.unlink(missing_ok=True)
                    result.files.remove(target)
                    raise
                result.drafts.append(draft)

        try:
            result.issued.append(issue_credit_statement(db, person_id, year, deliver=deliver))
        except OSError as exc:
            raise UserError(
                f"In {folder} kann nicht geschrieben werden ({exc.strerror or exc}); "
                f"{len(result.issued)} Nachweise sind fertig, für die übrigen wurde keine Nummer vergeben."
            ) from exc
    if merged:
        target = folder / MERGED_NAME
        write_atomically(target, credit_statements_pdf([s.snapshot for s in result.issued], load))
        result.merged = target
    if connect is not None:
        assert mail is not None  # prepared above whenever there is a connection
        documents = [
            MailDocument(s.person_id, None, s.number, {"jahr": str(year)}, Attachment(path.name, pdfs[s.person_id]))
            for s, path in zip(result.issued, result.files, strict=True)
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
    if progress:
        progress(len(people), len(people), "")
    return result
