"""All certificates of an event in one go: register entries, PDFs per person, a merged
PDF for printing and optional e-mail drafts. Used by the GUI (in a worker) and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from model.certificates import IssuedCertificate, asset_bytes, issue_for_event
from model.db import Database
from model.errors import UserError
from model.safe_files import write_atomically

from .certificates import certificates_pdf, write_certificate_files
from .eml import certificate_mail_body, write_draft

MERGED_NAME = "Alle_Bescheinigungen.pdf"
Progress = Callable[[int, int, str], None]


@dataclass
class BatchResult:
    issued: list[IssuedCertificate]
    files: list[Path] = field(default_factory=list)
    merged: Path | None = None
    drafts: list[Path] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)

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
    emails: dict[int, tuple[str | None, str | None]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    without_points: bool = False,
) -> BatchResult:
    """Issue (or reprint) and write. ``emails``: person id -> (address, salutation) for drafts.

    The files are written before the new numbers are committed: if the folder cannot be
    written (or the batch is cancelled), no number is used and no file is left behind.
    """
    result = BatchResult(issued=[])

    def deliver(issued: list[IssuedCertificate]) -> None:
        result.issued = issued
        try:
            _write(db, result, folder, single_files, merged, drafts, emails, progress, cancelled)
        except BaseException:
            for path in [*result.files, *result.drafts, *([result.merged] if result.merged else [])]:
                path.unlink(missing_ok=True)
            raise

    try:
        issue_for_event(db, event_id, person_ids, progress=progress, cancelled=cancelled,
                        without_points=without_points, deliver=deliver)
    except OSError as exc:
        raise UserError(f"Der Ordner {folder} kann nicht beschrieben werden ({exc.strerror or exc}); "
                        "es wurde keine Bescheinigungsnummer vergeben.") from exc
    return result


def _write(db, result: BatchResult, folder: Path, single_files: bool, merged: bool, drafts: bool,
           emails, progress, cancelled) -> None:
    issued = result.issued
    snapshots = [certificate.snapshot for certificate in issued]

    def load(digest):
        return asset_bytes(db, digest)

    folder.mkdir(parents=True, exist_ok=True)
    if single_files or drafts:
        result.files = write_certificate_files(snapshots, folder, load, progress, cancelled)
    if merged:
        target = folder / MERGED_NAME
        write_atomically(target, certificates_pdf(snapshots, load, progress, cancelled, total=len(snapshots)))
        result.merged = target
    if drafts:
        from model.filenames import unique_path

        office = snapshots[0]["office"]["name"] if snapshots else ""
        taken: set[str] = set()
        for certificate, pdf in zip(issued, result.files, strict=False):
            person = certificate.snapshot["person"]
            address, salutation = (emails or {}).get(certificate.person_id, (None, None))
            name = f"{person['first_name']} {person['last_name']}"
            if not address:
                result.without_email.append(name)
                continue
            draft = unique_path(folder, pdf.stem, ".eml", taken)
            write_draft(draft, to_name=name, to_address=address,
                        subject=f"Ihre Teilnahmebescheinigung: {certificate.snapshot['event']['title']}",
                        body=certificate_mail_body(salutation, person["last_name"],
                                                   certificate.snapshot["event"]["title"], office),
                        attachment=pdf)
            result.drafts.append(draft)
