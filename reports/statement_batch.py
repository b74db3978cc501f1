"""The year-end run: the Fortbildungsnachweis of everyone with a chamber or credited
attendance in the year, one PDF each (and optionally all in one), each in the register.

Each statement is issued and its file written as one unit (``deliver``): a statement whose
file cannot be written takes no number. Unchanged statements are reprinted, not renumbered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from model.certificates import IssuedCertificate, asset_bytes, check_statement_year, issue_credit_statement
from model.db import Database
from model.errors import Cancelled, UserError
from model.filenames import safe_stem, unique_path
from model.training import yearly_credits

from .credit_statement import credit_statement_pdf, credit_statements_pdf

MERGED_NAME = "Alle_Fortbildungsnachweise.pdf"
Progress = Callable[[int, int, str], None]


@dataclass
class StatementBatch:
    issued: list[IssuedCertificate] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    merged: Path | None = None

    @property
    def new_count(self) -> int:
        return sum(1 for s in self.issued if not s.reprint)


def statement_people(db: Database, year: int) -> list[int]:
    """Everyone with a chamber or with credited attendance in the year."""
    return [c.person_id for c in sorted(yearly_credits(db, year), key=lambda c: c.name)]


def _write_atomically(target: Path, content: bytes) -> None:
    partial = target.with_name(target.name + ".teil")
    try:
        partial.write_bytes(content)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def produce_statements(db: Database, year: int, folder: Path, *, merged: bool = False,
                       progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> StatementBatch:
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

    def load(digest):
        return asset_bytes(db, digest)

    for done, person_id in enumerate(people):
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(done, len(people), "Fortbildungsnachweise werden erstellt…")

        def deliver(statement: IssuedCertificate) -> None:
            person = statement.snapshot["person"]
            target = unique_path(folder, safe_stem(f"{person['last_name']}_{person['first_name']}_Fortbildungsnachweis_{year}"),
                                 ".pdf", taken)
            _write_atomically(target, credit_statement_pdf(statement.snapshot, load))
            result.files.append(target)

        try:
            result.issued.append(issue_credit_statement(db, person_id, year, deliver=deliver))
        except OSError as exc:
            raise UserError(f"In {folder} kann nicht geschrieben werden ({exc.strerror or exc}); "
                            f"{len(result.issued)} Nachweise sind fertig, für die übrigen wurde keine Nummer vergeben.") from exc
    if merged:
        target = folder / MERGED_NAME
        _write_atomically(target, credit_statements_pdf([s.snapshot for s in result.issued], load))
        result.merged = target
    if progress:
        progress(len(people), len(people), "")
    return result
