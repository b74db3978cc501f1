"""Registrations from online forms: Microsoft Forms (.xlsx), LimeSurvey (.csv) or any list
with name and e-mail columns.

    python main.py import registrations ANTWORTEN.xlsx --event 123 [--dry-run]

- The header row is mapped to fields by known names (German and English, Forms' and
  LimeSurvey's own columns); a mapping chosen by hand is remembered per form (by its header).
- People are matched by e-mail first; then by first and last name (and organisation, when
  given) — such rows are marked for review in the preview. Unknown people are created, with
  the consent the form asked for (date: when the form was sent).
- The registration time is the form's completion time, and rows are registered in that
  order, so capacity and the waiting list follow the order in which people registered.
- Rows naming the same person twice are merged (the earliest counts) and reported.
- All or nothing: any error names its row, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.db import Database
from ..core.entities import Event, FormMapping, Organisation, Person, Registration
from ..core.errors import UserError
from ..core.text import fold, search_key
from ..core.validation import is_valid_email
from ..core.vocab import NO_SALUTATION
from ..events.registrations import CANCELLED_STATUSES, register
from .outcome import ERROR, NEW, UNCHANGED, ImportReport, RowIssue, RowOutcome
from .report_files import parse_timestamp, read_table
from .spreadsheet import HEADER_SCAN_ROWS, clean_text, normalise_header

KIND = "Anmeldungen"
REVIEW = "prüfen"  # matched by name only
CONSENT_SCOPE = "Einladungen und Informationen per E-Mail"
CONSENT_SOURCE = "Online-Anmeldung"

FIELDS = {
    "email": "E-Mail",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "full_name": "Name",
    "organisation": "Organisation",
    "completed_at": "Zeitpunkt",
    "consent": "Einwilligung",
    "salutation": "Anrede",
}
ALIASES = {
    "email": ("email", "emailadresse", "mail", "ihreemailadresse", "emailaddress", "e"),
    "first_name": ("vorname", "firstname", "givenname"),
    "last_name": ("nachname", "lastname", "familienname", "surname", "name2"),
    "full_name": ("vollstandigername", "fullname", "ihrname", "vorundnachname"),
    "organisation": (
        "organisation",
        "organization",
        "institution",
        "kommune",
        "arbeitgeber",
        "dienststelle",
        "organisationinstitution",
        "firma",
    ),
    "completed_at": (
        "fertigstellungszeit",
        "completiontime",
        "submitdate",
        "datumabgeschickt",
        "zeitstempel",
        "timestamp",
        "abgeschickt",
        "eingegangen",
    ),
    "consent": ("einwilligung", "datenschutz", "consent", "einverstandniserklarung", "einwilligungdatenschutz"),
    "salutation": ("anrede", "salutation"),
}
# Microsoft Forms adds the signed-in respondent's "Email"/"Name" ("anonymous" for open forms).
FORMS_ANONYMOUS = {"anonymous", "anonym"}
LATER_WINS = ("email", "full_name")
YES = {"ja", "yes", "x", "1", "true", "wahr", "y", "einverstanden", "ich willige ein", "zugestimmt"}


def _alias_table() -> dict[str, str]:
    table = {}
    for field_name, names in ALIASES.items():
        for name in names:
            table[name] = field_name
    return table


def form_key(header: list) -> str:
    return hashlib.sha256("\x1f".join(normalise_header(cell) for cell in header).encode()).hexdigest()


def _guess(cell) -> str | None:
    key = normalise_header(cell)
    aliases = _alias_table()
    if key in aliases:
        return aliases[key]
    for field_name, names in ALIASES.items():  # question texts: "Ihre E-Mail-Adresse (dienstlich)"
        if any(len(name) > 4 and key.startswith(name) for name in names):
            return field_name
    if key.startswith("ichwilligeein") or "einwillig" in key or "datenschutz" in key:
        return "consent"
    return None


@dataclass
class FormHeader:
    excel_row: int
    cells: list[str]
    mapping: dict[int, str]  # column -> field
    remembered: bool = False


def detect_header(db: Database, rows: list[list]) -> FormHeader:
    """The header row and its mapping: the remembered one for this form, else guessed."""
    best: FormHeader | None = None
    for offset, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        cells = [clean_text(cell) or "" for cell in row]
        mapping: dict[int, str] = {}
        for index, cell in enumerate(cells):
            guessed = _guess(cell)
            if guessed in LATER_WINS:  # Forms' respondent "E-Mail"/"Name" come before the questions
                mapping = {column: name for column, name in mapping.items() if name != guessed}
                mapping[index] = guessed
            elif guessed and guessed not in mapping.values():
                mapping[index] = guessed
        if best is None or len(mapping) > len(best.mapping):
            best = FormHeader(offset + 1, cells, mapping)
    if best is None or not best.mapping:
        raise UserError(
            "Keine Überschriftenzeile gefunden: erwartet werden Spalten wie »E-Mail«, »Vorname«, »Nachname«."
        )
    with db.session() as session:
        stored = session.get(FormMapping, form_key(best.cells))
    if stored is not None:
        best.mapping = {int(column): name for column, name in json.loads(stored.mapping).items()}
        best.remembered = True
    return best


def remember_mapping(db: Database, header: list[str], mapping: dict[int, str]) -> None:
    unknown = [name for name in mapping.values() if name not in FIELDS]
    if unknown:
        raise UserError(f"Unbekanntes Feld »{unknown[0]}«.")
    with db.writing() as session:
        key = form_key(header)
        row = session.get(FormMapping, key) or FormMapping(form_key=key)
        row.mapping = json.dumps({str(column): name for column, name in mapping.items()})
        session.add(row)


@dataclass
class _Row:
    row: int
    email: str | None
    first: str
    last: str
    organisation: str | None
    completed_at: dt.datetime
    consent: bool
    salutation: str
    person_id: int | None = None
    review: bool = False
    merged_rows: list[int] = field(default_factory=list)


class FormImportReport(ImportReport):
    def summary(self) -> str:
        review = sum(1 for outcome in self.rows if REVIEW in outcome.note)
        merged = sum(1 for outcome in self.rows if "zusammengeführt" in outcome.note)
        text = (
            f"{KIND}: {self.count(NEW)} neu angemeldet, {self.count(UNCHANGED)} bereits angemeldet, "
            f"{len(self.created)} Personen neu angelegt, {review} über den Namen zugeordnet (bitte prüfen), "
            f"{merged} doppelte Zeilen zusammengeführt"
        )
        verb = "Probelauf, nichts geschrieben" if self.dry_run or not self.written else "übernommen"
        return text + f" ({verb})."


def _split_name(value: str) -> tuple[str, str]:
    if "," in value:
        last, _, first = value.partition(",")
        return first.strip(), last.strip()
    parts = value.split()
    return (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else ("", value.strip())


def _read_rows(rows: list[list], header: FormHeader, report: ImportReport, near: dt.date) -> list[_Row]:
    result: list[_Row] = []
    for offset, row in enumerate(rows[header.excel_row :], start=header.excel_row + 1):
        values = {name: (row[column] if column < len(row) else None) for column, name in header.mapping.items()}
        texts = {name: clean_text(value) for name, value in values.items()}
        if not any(texts.values()):
            continue
        email = (texts.get("email") or "").strip()
        if fold(email) in FORMS_ANONYMOUS:
            email = ""
        first, last = texts.get("first_name") or "", texts.get("last_name") or ""
        full_name = texts.get("full_name")
        if not last and full_name and fold(full_name) not in FORMS_ANONYMOUS:
            first, last = _split_name(full_name)
        if email and not is_valid_email(email):
            report.errors.append(RowIssue(offset, FIELDS["email"], f"»{email}« ist keine gültige E-Mail-Adresse."))
            continue
        if not email and not last:
            report.errors.append(RowIssue(offset, None, "Weder E-Mail-Adresse noch Name angegeben."))
            continue
        completed = parse_timestamp(values.get("completed_at"), near=near) if "completed_at" in values else None
        if "completed_at" in values and completed is None:
            report.errors.append(
                RowIssue(
                    offset, FIELDS["completed_at"], f"»{texts.get('completed_at') or ''}« ist kein lesbarer Zeitpunkt."
                )
            )
            continue
        salutation = {"frau": "Frau", "herr": "Herr"}.get(fold(texts.get("salutation") or ""), NO_SALUTATION)
        result.append(
            _Row(
                offset,
                email or None,
                first,
                last,
                texts.get("organisation"),
                completed or dt.datetime.now().replace(microsecond=0),
                fold(texts.get("consent") or "") in YES or fold(texts.get("consent") or "").startswith("ja"),
                salutation,
            )
        )
    return result


def _match(session: Session, rows: list[_Row]) -> None:
    by_email: dict[str, list[int]] = {}
    by_name: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for person_id, first, last, email, organisation in session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.email, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.anonymised_at.is_(None))
    ):
        if email:
            by_email.setdefault(email.strip().lower(), []).append(person_id)
        by_name.setdefault((fold(first), fold(last)), []).append((person_id, fold(organisation or "")))
    for row in rows:
        found = by_email.get((row.email or "").lower(), [])
        if len(found) == 1:
            row.person_id = found[0]
            continue
        candidates = by_name.get((fold(row.first), fold(row.last)), [])
        if row.organisation and len(candidates) > 1:
            candidates = [c for c in candidates if fold(row.organisation) in c[1] or c[1] in fold(row.organisation)]
        if len(candidates) == 1 and (not row.email or not found):
            row.person_id, row.review = candidates[0][0], True


def _merge_duplicates(rows: list[_Row]) -> list[_Row]:
    kept: dict[object, _Row] = {}
    for row in sorted(rows, key=lambda r: (r.completed_at, r.row)):
        key = (
            ("person", row.person_id)
            if row.person_id
            else ("email", (row.email or "").lower())
            if row.email
            else ("name", fold(row.first), fold(row.last))
        )
        if key in kept:
            kept[key].merged_rows.append(row.row)
        else:
            kept[key] = row
    return list(kept.values())


def import_registrations(
    db: Database,
    path: Path,
    *,
    event_id: int | None,
    dry_run: bool = False,
    create_missing: bool = True,
    mapping: dict[int, str] | None = None,
) -> FormImportReport:
    """``create_missing`` is accepted for the common importer signature; a form always creates
    the people it does not find, since they registered themselves."""
    if event_id is None:
        raise UserError("»registrations« braucht --event ID.")
    data = read_table(path)
    report = FormImportReport(kind=KIND, dry_run=dry_run)
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        event_day = event.starts_at.date()
    header = detect_header(db, data.rows)
    if mapping:
        header.mapping = dict(mapping)
    if (
        "email" not in header.mapping.values()
        and "last_name" not in header.mapping.values()
        and "full_name" not in header.mapping.values()
    ):
        raise UserError("Die Datei hat keine Spalte mit E-Mail-Adresse oder Namen.")
    report.header_row, report.mapping = header.excel_row, dict(header.mapping)
    rows = _read_rows(data.rows, header, report, event_day)
    report.raise_if_errors()
    with db.session() as session:
        _match(session, rows)
        rows = _merge_duplicates(rows)
        registered = {
            person_id: status
            for person_id, status in session.execute(
                select(Registration.person_id, Registration.status).where(Registration.event_id == event_id)
            )
        }
    for row in sorted(rows, key=lambda r: r.row):
        note = []
        if row.review:
            note.append(f"über den Namen zugeordnet – bitte {REVIEW}")
        if row.person_id is None:
            report.created.append(f"{row.first} {row.last}".strip())
            note.append("neue Person" + (" mit Einwilligung" if row.consent else " ohne Einwilligung"))
        if row.merged_rows:
            note.append("doppelt in Zeile " + ", ".join(map(str, row.merged_rows)) + " – zusammengeführt")
        already = row.person_id in registered and registered[row.person_id] not in CANCELLED_STATUSES
        report.rows.append(
            RowOutcome(
                row.row,
                UNCHANGED if already else NEW,
                {
                    "Name": f"{row.first} {row.last}".strip(),
                    "E-Mail": row.email or "",
                    "Organisation": row.organisation or "",
                    "Zeitpunkt": row.completed_at.strftime("%d.%m.%Y %H:%M"),
                },
                "; ".join(note),
            )
        )
    if dry_run:
        return report
    with db.writing() as session:
        for row in sorted(rows, key=lambda r: (r.completed_at, r.row)):
            if row.person_id is None:
                person = Person(
                    salutation=row.salutation,
                    first_name=row.first,
                    last_name=row.last,
                    email=row.email,
                    search_key=search_key(row.first, row.last, row.organisation, None, row.email),
                )
                if row.organisation:
                    person.organisation_id = session.scalar(
                        select(Organisation.id).where(Organisation.name == row.organisation)
                    )
                    if person.organisation_id is None:
                        person.department = row.organisation[:200]
                if row.consent:
                    person.consent_date, person.consent_scope = row.completed_at.date(), CONSENT_SCOPE
                    person.consent_source = CONSENT_SOURCE
                session.add(person)
                session.flush()
                audit.record(session, "person", person.id, "angelegt", f"{row.first} {row.last} (Online-Anmeldung)")
                row.person_id = person.id
            status = registered.get(row.person_id)
            if status is not None and status not in CANCELLED_STATUSES:
                continue
            register(session, event_id, row.person_id, confirmed=True, now=row.completed_at)
    report.written = True
    return report


__all__ = ["ERROR", "FIELDS", "FormImportReport", "detect_header", "import_registrations", "remember_mapping"]
