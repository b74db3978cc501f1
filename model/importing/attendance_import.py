"""Import of a signed-in list (Excel) as the attendance of one event.

    python main.py import attendance LISTE.xlsx --event 123 [--dry-run] [--create-missing]

The list needs a header row (title rows above it are fine) with the person's name — as
»Vorname« and »Nachname« or as one column »Name« ("Yılmaz, Ayşe" or "Ayşe Yılmaz") — and/or
»E-Mail«. Optional: »Organisation« (for new people), »Anwesend« (x / ja / 1 marks presence;
nein / 0 / - absence; without this column every row counts as present) and »Minuten«
(partial attendance).

People are matched by e-mail first, then by name (among several namesakes the one registered
for the event wins). A match by name alone where the row's e-mail address or organisation
differ from the person's is marked »prüfen« and fails the import (it may be a namesake from
another town) unless ``accept_name_matches``. Unknown people are errors naming the row,
unless ``create_missing``.
Like every import it is all-or-nothing: every row is checked first, and only a list without
errors is written, in one transaction (never with ``dry_run``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.db import Database
from ..core.entities import Event, Organisation, Person, Registration
from ..core.errors import UserError
from ..core.text import fold, shorten
from ..core.vocab import CALLED_OFF, IN_PERSON, ONLINE, PARTICIPANT, REGISTERED
from ..events.attendance import ABSENT, PRESENT, NewPerson, apply_attendance, create_person, default_mode, event_minutes
from ..events.registrations import register
from .outcome import DUPLICATE, ERROR, NEW, REVIEW, UNCHANGED, UPDATE, ImportReport, RowIssue, RowOutcome
from .spreadsheet import HeaderMatch, SheetData, cell_issues, find_header, read_first_sheet, resolve_merged_header
from .spreadsheet import clean_text as _clean

KIND = "Anwesenheit"
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EMAIL_LIMIT = 200  # the column's length

ALIASES = {
    "vorname": "first_name",
    "firstname": "first_name",
    "rufname": "first_name",
    "nachname": "last_name",
    "familienname": "last_name",
    "lastname": "last_name",
    "surname": "last_name",
    "name": "name",
    "teilnehmer": "name",
    "teilnehmerin": "name",
    "teilnehmerinnen": "name",
    "teilnehmende": "name",
    "teilnehmerinname": "name",
    "vornamename": "name",
    "namevorname": "name",
    "email": "email",
    "mail": "email",
    "emailadresse": "email",
    "mailadresse": "email",
    "organisation": "organisation",
    "institution": "organisation",
    "kommune": "organisation",
    "stadt": "organisation",
    "dienststelle": "organisation",
    "behorde": "organisation",
    "arbeitgeber": "organisation",
    "organization": "organisation",
    "anwesend": "present",
    "anwesenheit": "present",
    "teilgenommen": "present",
    "unterschrift": "present",
    "present": "present",
    "attended": "present",
    "minuten": "minutes",
    "anwesendminuten": "minutes",
    "dauer": "minutes",
    "dauerminuten": "minutes",
    "minutes": "minutes",
    "teilnahmeform": "mode",
    "modus": "mode",
    "prasenzonline": "mode",
    "online": "mode",
    "mode": "mode",
}
FIELD_LABELS = {
    "first_name": "Vorname",
    "last_name": "Nachname",
    "name": "Name",
    "email": "E-Mail",
    "organisation": "Organisation",
    "present": "Anwesend",
    "minutes": "Minuten",
    "mode": "Teilnahmeform",
}
ONLINE_WORDS = ("online", "tele", "digital", "video", "zoom", "webex", "teams", "remote")
PRESENCE_WORDS = ("prasenz", "vor ort", "anwesend", "saal", "raum")
YES = {"x", "ja", "j", "1", "yes", "y", "true", "wahr", "anwesend", "da", "✓", "✔", "teilgenommen"}
NO = {"nein", "n", "0", "no", "false", "falsch", "-", "–", "nicht anwesend", "abwesend", "entschuldigt", "fehlt"}


@dataclass
class _Plan:
    """What one row will do once the whole list is free of errors."""

    row: int
    person_id: int | None
    new_person: NewPerson | None
    present: bool
    minutes: int | None
    registration_id: int | None
    mode: str | None = None


def _split_name(value: str) -> tuple[str, str]:
    """ "Yılmaz, Ayşe" and "Ayşe Yılmaz" → ("Ayşe", "Yılmaz")."""
    if "," in value:
        last, _, first = value.partition(",")
        return first.strip(), last.strip()
    parts = value.split()
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def _minutes(value, row: int, issues: list[RowIssue]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.time):
        return value.hour * 60 + value.minute
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        issues.append(RowIssue(row, "Minuten", f"»{shorten(value)}« ist keine Minutenzahl."))
        return None
    if not math.isfinite(number) or number < 0 or number != int(number) or number > 24 * 60:
        issues.append(RowIssue(row, "Minuten", f"»{shorten(value)}« ist keine gültige Minutenzahl (0 bis 1440)."))
        return None
    return int(number)


def _mode(value, row: int, issues: list[RowIssue]) -> str | None:
    """Präsenz or Online from a column such as »Teilnahmeform« (empty: the event's format decides)."""
    text = fold(_clean(value) or "")
    if not text:
        return None
    if text in YES or any(word in text for word in ONLINE_WORDS):
        return ONLINE  # an x in a column »online«, or »Telepräsenz«, »Zoom« …
    if text in NO or any(word in text for word in PRESENCE_WORDS):
        return IN_PERSON
    issues.append(RowIssue(row, "Teilnahmeform", f"»{shorten(value)}« ist unklar; bitte »Präsenz« oder »Online«."))
    return None


def _presence(value, row: int, issues: list[RowIssue]) -> bool:
    text = fold(_clean(value) or "")
    if not text:
        return False
    if text in YES:
        return True
    if text in NO:
        return False
    if len(text) > 1:  # a typed signature or a note counts as signed
        return True
    issues.append(RowIssue(row, "Anwesend", f"»{shorten(value)}« ist unklar; bitte x (anwesend) oder leer lassen."))
    return False


class _People:
    """Lookup of people by e-mail and by folded name, prepared once for the whole list."""

    def __init__(self, session: Session, event_id: int):
        self.by_email: dict[str, list[int]] = {}
        self.by_name: dict[tuple[str, str], list[int]] = {}
        self.details: dict[int, tuple[str, str | None, str | None]] = {}
        for person_id, first, last, email, organisation in session.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.email, Organisation.name)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.anonymised_at.is_(None))
        ):
            self.details[person_id] = (f"{first} {last}".strip(), email, organisation)
            if email:
                self.by_email.setdefault(email.strip().lower(), []).append(person_id)
            self.by_name.setdefault((fold(first), fold(last)), []).append(person_id)
        self.registrations: dict[int, tuple[int, str, int | None]] = {
            person_id: (registration_id, status, minutes)
            for registration_id, person_id, status, minutes in session.execute(
                select(
                    Registration.id, Registration.person_id, Registration.status, Registration.attended_minutes
                ).where(Registration.event_id == event_id)
            )
        }

    def match(self, email: str | None, first: str, last: str) -> tuple[int | None, str | None]:
        """(person id, None) or (None, why not)."""
        if email:
            found = self.by_email.get(email.lower(), [])
            if len(found) == 1:
                return found[0], None
            if len(found) > 1:
                registered = [p for p in found if p in self.registrations]
                if len(registered) == 1:
                    return registered[0], None
                return None, f"Die E-Mail-Adresse {email} gehört mehreren Personen im Adressbuch."
        if not last:
            return None, None
        found = self.by_name.get((fold(first), fold(last)), [])
        if not first:
            candidates = [ids for (_first, known_last), ids in self.by_name.items() if known_last == fold(last)]
            found = [p for ids in candidates for p in ids]
        if len(found) == 1:
            return found[0], None
        registered = [p for p in found if p in self.registrations]
        if len(registered) == 1:
            return registered[0], None
        if len(found) > 1:
            return (
                None,
                f"»{shorten(f'{first} {last}')}« ist mehrdeutig ({len(found)} Personen dieses Namens); bitte die E-Mail-Adresse ergänzen.",
            )
        return None, None

    def name_only_conflict(self, person_id: int, email: str | None, organisation: str | None) -> str | None:
        """Why a match by name alone needs a check: the row's e-mail or organisation differ."""
        name, known_email, known_organisation = self.details[person_id]
        if email and known_email and email.lower() != known_email.strip().lower():
            differs = f"E-Mail {email} statt {known_email}"
        elif email and not known_email:
            differs = f"E-Mail {email} ist bei der Person nicht eingetragen"
        elif organisation and known_organisation and not _same_organisation(organisation, known_organisation):
            differs = f"Organisation »{shorten(organisation)}« statt »{shorten(known_organisation)}«"
        else:
            return None
        who = ", ".join(p for p in (name, known_organisation, known_email) if p)
        return f"passt nur dem Namen nach zu {who}; {differs}"


def _same_organisation(written: str, known: str) -> bool:
    """ "Gelsenkirchen" on the list names "Stadt Gelsenkirchen" in the address book."""
    a, b = fold(written), fold(known)
    return a in b or b in a


def _organisation_ids(session: Session) -> dict[str, int]:
    return {fold(name): org_id for org_id, name in session.execute(select(Organisation.id, Organisation.name))}


def read_attendance_file(path: Path) -> tuple[SheetData, HeaderMatch]:
    """The list and its header, read and checked before any database lock is taken."""
    data = read_first_sheet(path)
    try:
        header = find_header(data, ALIASES, required_hits=1)
    except UserError:
        header = None
    fields = set(header.mapping.values()) if header else set()
    if header is None or not (fields & {"email", "last_name", "name"}):
        raise UserError(
            f"{path.name}: keine Überschriftenzeile mit »Name« (oder »Vorname« und »Nachname«) bzw. »E-Mail« "
            "in den ersten Zeilen gefunden."
        )
    return data, resolve_merged_header(data, header)


def _plan(
    session: Session,
    data: SheetData,
    header: HeaderMatch,
    event_id: int,
    create_missing: bool,
    accept_name_matches: bool = False,
) -> tuple[ImportReport, list[_Plan]]:
    event = session.get(Event, event_id)
    if event is None:
        raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    if event.status == CALLED_OFF:
        raise UserError(f"»{event.title}« ist abgesagt; eine Anwesenheit kann nicht eingelesen werden.")
    fields = set(header.mapping.values())
    report = ImportReport(
        kind=KIND, header_row=header.excel_row, mapping=dict(header.mapping), hidden_rows=data.hidden_rows
    )
    report.errors.extend(cell_issues(data, header, FIELD_LABELS, allow_bool=frozenset({"present"})))
    people = _People(session, event_id)
    organisations = _organisation_ids(session)
    total_minutes = event_minutes(event.starts_at, event.ends_at)
    plans: list[_Plan] = []
    seen: dict[int, int] = {}
    first_data_index = header.excel_row - data.first_row + 1
    for offset, cells in enumerate(data.rows[first_data_index:]):
        row = header.excel_row + 1 + offset
        values = {name: cells[index] if index < len(cells) else None for index, name in header.mapping.items()}
        texts = {name: _clean(value) for name, value in values.items()}
        if not any(texts.values()):
            continue  # an empty line
        issues: list[RowIssue] = []
        first, last = texts.get("first_name") or "", texts.get("last_name") or ""
        full_name = texts.get("name")
        if full_name and not last:
            first, last = _split_name(full_name)
        email = (texts.get("email") or "").replace(" ", "") or None
        if email and not EMAIL_PATTERN.match(email):
            issues.append(RowIssue(row, "E-Mail", f"»{shorten(texts.get('email'))}« ist keine E-Mail-Adresse."))
            email = None
        elif email and len(email) > EMAIL_LIMIT:
            issues.append(RowIssue(row, "E-Mail", f"Die E-Mail-Adresse ist zu lang (höchstens {EMAIL_LIMIT} Zeichen)."))
            email = None
        present = _presence(values.get("present"), row, issues) if "present" in fields else True
        minutes = _minutes(values.get("minutes"), row, issues) if "minutes" in fields else None
        mode = _mode(values.get("mode"), row, issues) if "mode" in fields else None
        if minutes is not None and minutes >= total_minutes:
            minutes = None
        shown = {"Name": f"{first} {last}".strip(), "E-Mail": email or "", "anwesend": "ja" if present else "nein"}
        if not last and not email and not issues:
            if not present:
                continue  # a row with only a mark and no name: nothing to do
            issues.append(RowIssue(row, "Name", "Weder Name noch E-Mail-Adresse angegeben."))
        person_id, problem = (None, None)
        if not issues:
            person_id, problem = people.match(email, first, last)
            if problem:
                issues.append(RowIssue(row, "Name" if not email else "E-Mail", problem))
        if issues:
            report.errors.extend(issues)
            report.rows.append(RowOutcome(row, ERROR, shown, "; ".join(i.message for i in issues)))
            continue
        if person_id is None:
            if not present:
                report.rows.append(RowOutcome(row, UNCHANGED, shown, "unbekannt, nicht anwesend"))
                continue
            if not create_missing:
                what = shorten(f"{first} {last}".strip() or email)
                message = (
                    f"»{what}« ist nicht im Adressbuch. Bitte die Person anlegen, die Schreibweise prüfen "
                    "oder »unbekannte Personen anlegen« wählen."
                )
                report.errors.append(RowIssue(row, "Name", message))
                report.rows.append(RowOutcome(row, ERROR, shown, message))
                continue
            if not last:
                message = "Für eine neue Person wird mindestens der Nachname gebraucht."
                report.errors.append(RowIssue(row, "Nachname", message))
                report.rows.append(RowOutcome(row, ERROR, shown, message))
                continue
            if len(first) > 100 or len(last) > 100:
                message = "Der Name ist zu lang (höchstens 100 Zeichen je Vor- und Nachname)."
                report.errors.append(RowIssue(row, "Name", message))
                report.rows.append(RowOutcome(row, ERROR, shown, message))
                continue
            organisation_id = organisations.get(fold(texts.get("organisation") or ""))
            new = NewPerson(first_name=first, last_name=last, email=email, organisation_id=organisation_id)
            plans.append(_Plan(row, None, new, True, minutes, None, mode))
            report.rows.append(RowOutcome(row, NEW, shown, "neue Person, anwesend"))
            continue
        by_email = bool(email) and person_id in people.by_email.get((email or "").lower(), [])
        conflict = None if by_email else people.name_only_conflict(person_id, email, texts.get("organisation"))
        if conflict and not accept_name_matches:
            row_text = shorten(", ".join(p for p in (f"{first} {last}".strip(), email, texts.get("organisation")) if p))
            message = (
                f"»{row_text}« {conflict}. Bitte prüfen (über die Befehlszeile: --accept-name-matches "
                "übernimmt solche Zeilen)."
            )
            report.errors.append(RowIssue(row, "Name", message))
            report.rows.append(RowOutcome(row, REVIEW, shown, message))
            continue
        if person_id in seen:
            report.rows.append(RowOutcome(row, DUPLICATE, shown, f"doppelt (wie Zeile {seen[person_id]})"))
            continue
        seen[person_id] = row
        registration_id, status, stored_minutes = people.registrations.get(person_id, (None, None, None))
        if present:
            if registration_id is None:
                report.rows.append(RowOutcome(row, NEW, shown, "nicht angemeldet gewesen, anwesend"))
            elif status == PRESENT and stored_minutes == minutes:
                report.rows.append(RowOutcome(row, UNCHANGED, shown, PRESENT))
                continue
            elif status == PRESENT:
                report.rows.append(
                    RowOutcome(row, UPDATE, shown, f"Minuten {stored_minutes or 'ganz'} → {minutes or 'ganz'}")
                )
            else:
                report.rows.append(RowOutcome(row, UPDATE, shown, f"{status} → {PRESENT}"))
        else:
            if registration_id is None or status not in (REGISTERED, PRESENT):
                report.rows.append(RowOutcome(row, UNCHANGED, shown, status or "nicht angemeldet"))
                continue
            report.rows.append(RowOutcome(row, UPDATE, shown, f"{status} → {ABSENT}"))
        plans.append(_Plan(row, person_id, None, present, minutes, registration_id, mode))
    if not report.rows and not report.errors:
        report.errors.append(
            RowIssue(header.excel_row + 1, None, "Die Liste enthält keine Zeilen unter der Überschrift.")
        )
    return report, plans


def _preload(session: Session, event_id: int, plans: list[_Plan]) -> list:
    """Load the event, its registrations and the people of the list in a few queries, so that
    each row's ``session.get`` is answered from the identity map instead of one SELECT each
    (the returned list keeps them referenced)."""
    loaded: list = [session.get(Event, event_id)]
    loaded += session.scalars(select(Registration).where(Registration.event_id == event_id)).all()
    person_ids = sorted({plan.person_id for plan in plans if plan.person_id is not None})
    for start in range(0, len(person_ids), 500):  # SQLite's limit of bound parameters
        loaded += session.scalars(select(Person).where(Person.id.in_(person_ids[start : start + 500]))).all()
    return loaded


def _write(session: Session, event_id: int, plans: list[_Plan], now: dt.datetime) -> None:
    loaded = _preload(session, event_id, plans)
    event = loaded[0]
    if event.starts_at > now:  # before the event a changed status may move someone up the waiting list
        _write_row_by_row(session, event_id, plans, now)
        return
    _write_row_by_row(session, event_id, [plan for plan in plans if plan.new_person is not None], now)
    _write_in_bulk(session, event, [plan for plan in plans if plan.new_person is None], now)


def _write_in_bulk(session: Session, event: Event, plans: list[_Plan], now: dt.datetime) -> None:
    """Attendance of known people at an event that has begun, in three statements.

    The same changes and audit entries as ``register``/``change_status`` row by row (nobody can
    move up from the waiting list any more), without a flush per row: a list of thousands of
    names takes seconds instead of minutes. A person not registered before is registered as
    present directly (one audit entry).
    """
    import json

    from sqlalchemy import bindparam, func, insert

    from ..core.entities import AuditEntry

    table = Registration.__table__
    total = event_minutes(event.starts_at, event.ends_at)
    stamp, user = now.replace(microsecond=0), audit.current_user()
    updates: list[dict] = []
    inserts: list[dict] = []
    notes: list[tuple[int | None, int, str, str, dict | None]] = []  # registration id or None (new), person

    def note(registration_id, person_id, action, summary, changes=None) -> None:
        notes.append((registration_id, person_id, action, summary, changes))

    for plan in plans:
        status = PRESENT if plan.present else ABSENT
        minutes = plan.minutes if status == PRESENT and plan.minutes is not None and plan.minutes < total else None
        registration = session.get(Registration, plan.registration_id) if plan.registration_id else None
        old_mode = registration.attendance_mode if registration is not None else None
        mode = default_mode(event.format, plan.mode, old_mode) if status == PRESENT else old_mode
        if registration is None:
            person = session.get_one(Person, plan.person_id)
            inserts.append(
                {
                    "event_id": event.id,
                    "person_id": plan.person_id,
                    "role": PARTICIPANT,
                    "status": status,
                    "registered_at": now,
                    "attended_minutes": minutes,
                    "attendance_mode": mode,
                    "version": 1,
                }
            )
            note(None, plan.person_id, "anmelden", f"{person.first_name} {person.last_name} → {event.title}: {status}")
            continue
        old_status, old_minutes = registration.status, registration.attended_minutes
        if old_status == status and old_minutes == minutes and old_mode == mode:
            continue
        updates.append({"rid": registration.id, "new_status": status, "new_minutes": minutes, "new_mode": mode})
        if old_status != status:
            note(
                registration.id,
                plan.person_id,
                "status",
                f"Status {old_status} → {status}",
                {"status": [old_status, status]},
            )
        if old_minutes != minutes:
            note(
                registration.id,
                plan.person_id,
                "Anwesenheit",
                f"Anwesend {minutes} Minuten" if minutes is not None else "Anwesend (ganz)",
                {"attended_minutes": [old_minutes, minutes]},
            )
        if old_mode != mode:
            note(registration.id, plan.person_id, "Teilnahmeform", mode, {"attendance_mode": [old_mode, mode]})
    if updates:
        session.execute(
            table.update()
            .where(table.c.id == bindparam("rid"))
            .values(
                status=bindparam("new_status"),
                attended_minutes=bindparam("new_minutes"),
                attendance_mode=bindparam("new_mode"),
                version=table.c.version + 1,
                updated_at=func.current_timestamp(),
            ),
            updates,
        )
    new_ids: dict[int, int] = {}
    if inserts:
        session.execute(insert(table), inserts)
        people = [row["person_id"] for row in inserts]
        for start in range(0, len(people), 500):
            new_ids.update(
                (person_id, registration_id)
                for registration_id, person_id in session.execute(
                    select(table.c.id, table.c.person_id).where(
                        table.c.event_id == event.id, table.c.person_id.in_(people[start : start + 500])
                    )
                )
            )
    if notes:
        session.execute(
            insert(AuditEntry.__table__),
            [
                {
                    "at": stamp,
                    "os_user": user,
                    "entity": "registration",
                    "entity_id": registration_id if registration_id is not None else new_ids[person_id],
                    "action": action,
                    "summary": summary,
                    "changes": json.dumps(changes, ensure_ascii=False, default=str) if changes else None,
                }
                for registration_id, person_id, action, summary, changes in notes
            ],
        )
    session.expire_all()  # the preloaded registrations are stale now


def _write_row_by_row(session: Session, event_id: int, plans: list[_Plan], now: dt.datetime) -> None:
    for plan in plans:
        person_id = plan.person_id
        if plan.new_person is not None:
            person_id = create_person(session, plan.new_person, "Anwesenheitsliste").id
        assert person_id is not None  # a plan names a person or a new one
        registration = session.get(Registration, plan.registration_id) if plan.registration_id else None
        if registration is None:
            registration = register(session, event_id, person_id, confirmed=True, now=now)
        apply_attendance(session, registration, PRESENT if plan.present else ABSENT, plan.minutes, now, plan.mode)


def import_attendance(
    db: Database,
    path: Path,
    *,
    event_id: int | None,
    dry_run: bool = False,
    create_missing: bool = False,
    raise_errors: bool = True,
    now: dt.datetime | None = None,
    accept_name_matches: bool = False,
) -> ImportReport:
    """Check the list and, without errors and unless ``dry_run``, record the attendance.

    With ``raise_errors`` (the command line) a list with errors raises ImportFailed (one
    German line naming the first row and field); the GUI preview passes False and shows
    the report instead. Either way nothing is written when there is an error.
    """
    if event_id is None:
        raise UserError("Für die Anwesenheit bitte die Veranstaltung angeben (--event ID).")
    path = Path(path)
    now = now or dt.datetime.now().replace(microsecond=0)
    data, header = read_attendance_file(path)  # outside the write lock: other writers go on meanwhile
    if dry_run:
        with db.session() as session:
            report, _plans = _plan(session, data, header, event_id, create_missing, accept_name_matches)
        report.dry_run = True
        if raise_errors:
            report.raise_if_errors()
        return report
    with db.writing() as session:
        report, plans = _plan(session, data, header, event_id, create_missing, accept_name_matches)
        if report.errors:
            if raise_errors:
                report.raise_if_errors()  # leaves the transaction by exception: nothing written
            return report
        _write(session, event_id, plans, now)
        created = sum(1 for p in plans if p.new_person is not None)
        audit.record(
            session,
            "event",
            event_id,
            "Anwesenheit importiert",
            f"{path.name}: {len(plans)} Zeilen übernommen, {created} Personen neu angelegt",
        )
        report.written = True
    return report
