"""Online attendance from the reports of Microsoft Teams, Zoom and Webex → minutes per person.

    python main.py import online-attendance BERICHT.csv --event 123 [--dry-run]

Formats, detected automatically:
- Teams attendance report (UTF-16, tabs): a summary section, then »Participants« (first join,
  last leave, duration) and »In-Meeting activities« (one row per join/leave). The activities
  are used when present, else first join to last leave. German exports alike.
- the older Teams list: »Full Name / User Action (Joined, Left) / Timestamp«.
- Zoom participant report (CSV, several rows per person when they rejoined), optionally with
  the meeting line above.
- Webex attendee report (CSV with name, e-mail, join and leave time).

A person's intervals are merged (a rejoin or a second device is not counted twice) and cut
to the event's time. People are matched by e-mail, then by display name (marked for review).
The registration is marked teilgenommen, mode Online, with its minutes; the credit rules
turn them into units. Participants who cannot be matched are listed. All or nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..core import audit
from ..core.db import Database
from ..core.entities import Event, Person, Registration
from ..core.errors import UserError
from ..core.text import fold
from ..core.vocab import ATTENDED, CALLED_OFF, ONLINE
from ..events.registrations import change_status, register
from .outcome import NEW, UNCHANGED, UPDATE, ImportReport, RowIssue, RowOutcome
from .report_files import parse_duration_minutes, parse_timestamp, read_table
from .spreadsheet import clean_text, normalise_header

KIND = "Online-Teilnahme"
TEAMS, TEAMS_LEGACY, ZOOM, WEBEX = "Microsoft Teams", "Microsoft Teams (älteres Format)", "Zoom", "Webex"

COLUMNS = {
    "name": (
        "name",
        "fullname",
        "nameoriginalname",
        "displayname",
        "attendeename",
        "participantname",
        "vollstandigername",
        "nameursprunglichername",
        "teilnehmername",
        "anzeigename",
    ),
    "email": (
        "email",
        "useremail",
        "attendeeemail",
        "participantemail",
        "emailadresse",
        "emaildesbenutzers",
        "benutzeremail",
    ),
    "join": ("jointime", "firstjoin", "beitrittszeit", "ersterbeitritt", "zeitdesbeitritts", "beigetreten"),
    "leave": (
        "leavetime",
        "lastleave",
        "zeitpunktdesverlassens",
        "letztesverlassen",
        "zeitdesverlassens",
        "austrittszeit",
        "verlassen",
    ),
    "duration": (
        "inmeetingduration",
        "duration",
        "durationminutes",
        "attendanceduration",
        "dauer",
        "dauerminuten",
        "dauerinderbesprechung",
        "besprechungsdauer",
        "attendancedurationmin",
    ),
    "action": ("useraction", "benutzeraktion"),
    "timestamp": ("timestamp", "zeitstempel"),
}
_LOOKUP = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
JOINED = {"joined", "beigetreten", "joinedbefore", "vorherbeigetreten", "bereitsbeigetreten"}
LEFT = {"left", "verlassen", "hatverlassen"}


@dataclass
class Participant:
    key: str
    name: str
    email: str | None
    rows: list[int] = field(default_factory=list)
    intervals: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)
    duration_only: float = 0.0  # minutes from reports without times


@dataclass
class ParsedReport:
    source: str
    participants: list[Participant]


def _header(row: list) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, cell in enumerate(row):
        name = _LOOKUP.get(normalise_header(cell))
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def _tables(rows: list[list]) -> list[tuple[int, dict[int, str]]]:
    """(index of header row, mapping) for every table the file holds."""
    return [
        (index, mapping)
        for index, row in enumerate(rows)
        if "name" in (mapping := _header(row)).values()
        and (("join" in mapping.values()) or ("action" in mapping.values()) or ("duration" in mapping.values()))
    ]


def _source(rows: list[list], header: list, mapping: dict[int, str]) -> str:
    keys = {normalise_header(cell) for cell in header}
    if "action" in mapping.values():
        return TEAMS_LEGACY
    if keys & {"nameoriginalname", "nameursprunglichername"}:
        return ZOOM
    first_cells = {normalise_header(row[0]) for row in rows[:40] if row}
    if first_cells & {"1summary", "1zusammenfassung"} or keys & {"firstjoin", "ersterbeitritt", "participantidupn"}:
        return TEAMS
    return WEBEX


def parse_report(path: Path, near: dt.date | None = None, issues: list[RowIssue] | None = None) -> ParsedReport:
    rows = read_table(path).rows
    tables = _tables(rows)
    if not tables:
        raise UserError(
            f"{path.name} ist kein bekannter Teilnahmebericht (Teams, Zoom oder Webex): "
            "keine Tabelle mit Name und Beitrittszeit gefunden."
        )
    issues = issues if issues is not None else []
    # Teams: the activities (every join/leave) come after the participant summary; take the last table.
    header_index, mapping = tables[-1]
    with_times = [t for t in tables if {"join", "leave"} <= set(t[1].values()) or "action" in t[1].values()]
    if with_times:
        header_index, mapping = with_times[-1]
    source = _source(rows, rows[header_index], mapping)
    people: dict[str, Participant] = {}
    open_joins: dict[str, dt.datetime] = {}
    last_moment: dt.datetime | None = None
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        cells = {name: (row[column] if column < len(row) else None) for column, name in mapping.items()}
        texts = {name: clean_text(value) for name, value in cells.items()}
        if not any(texts.values()):
            if people:
                break  # end of the table (Teams: the next section follows)
            continue
        excel_row = index + 1
        name = texts.get("name") or ""
        email = (texts.get("email") or "").strip() or None
        if email and "@" not in email:
            email = None
        key = email.lower() if email else fold(name)
        if not key:
            continue
        person = people.setdefault(key, Participant(key, name, email))
        person.rows.append(excel_row)
        if "action" in mapping.values():
            moment = parse_timestamp(cells.get("timestamp"), near)
            action = normalise_header(texts.get("action"))
            if moment is None:
                issues.append(
                    RowIssue(excel_row, "Zeitstempel", f"»{texts.get('timestamp') or ''}« ist kein lesbarer Zeitpunkt.")
                )
                continue
            last_moment = max(last_moment or moment, moment)
            if action in JOINED:
                open_joins.setdefault(key, moment)
            elif action in LEFT and key in open_joins:
                person.intervals.append((open_joins.pop(key), moment))
            continue
        join = parse_timestamp(cells.get("join"), near) if "join" in cells else None
        leave = parse_timestamp(cells.get("leave"), near) if "leave" in cells else None
        if "join" in cells and join is None:
            issues.append(RowIssue(excel_row, "Beitritt", f"»{texts.get('join') or ''}« ist kein lesbarer Zeitpunkt."))
            continue
        if join and leave:
            if leave < join:
                issues.append(RowIssue(excel_row, "Verlassen", "Das Verlassen liegt vor dem Beitritt."))
                continue
            person.intervals.append((join, leave))
        elif "duration" in cells:
            minutes = parse_duration_minutes(texts.get("duration"))
            if minutes is None:
                issues.append(RowIssue(excel_row, "Dauer", f"»{texts.get('duration') or ''}« ist keine lesbare Dauer."))
                continue
            person.duration_only += minutes
    for key, joined in open_joins.items():  # still in the meeting when the list was exported
        people[key].intervals.append((joined, last_moment or joined))
    return ParsedReport(source, list(people.values()))


def attended_minutes(intervals: list[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime) -> int:
    """Minutes inside [start, end] covered by at least one interval (overlaps counted once)."""
    clipped = sorted((max(a, start), min(b, end)) for a, b in intervals if min(b, end) > max(a, start))
    total = dt.timedelta()
    current: tuple[dt.datetime, dt.datetime] | None = None  # the merged interval being extended
    for a, b in clipped:
        if current is None or a > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (a, b)
        else:
            current = (current[0], max(current[1], b))
    if current is not None:
        total += current[1] - current[0]
    return int(total.total_seconds() // 60)


class OnlineAttendanceReport(ImportReport):
    source: str = ""
    unmatched: list[str]

    def summary(self) -> str:
        review = sum(1 for outcome in self.rows if "prüfen" in outcome.note)
        verb = "Probelauf, nichts geschrieben" if self.dry_run or not self.written else "übernommen"
        text = (
            f"{KIND} ({self.source}): {self.count(NEW) + self.count(UPDATE)} als teilgenommen (Online) markiert, "
            f"{review} über den Namen zugeordnet (bitte prüfen), {len(self.unmatched)} nicht zugeordnet"
        )
        if self.unmatched:
            text += ": " + ", ".join(self.unmatched)
        return text + f" ({verb})."


@dataclass
class _Mark:
    person_id: int
    minutes: int
    registration_id: int | None


def _split_display_name(name: str) -> tuple[str, str]:
    if "," in name:
        last, _, first = name.partition(",")
        return fold(first.strip()), fold(last.strip())
    parts = name.split()
    return (fold(" ".join(parts[:-1])), fold(parts[-1])) if len(parts) > 1 else ("", fold(name))


def import_online_attendance(
    db: Database, path: Path, *, event_id: int | None, dry_run: bool = False, create_missing: bool = False
) -> OnlineAttendanceReport:
    """``create_missing`` is part of the importers' signature; unknown participants are listed, never created."""
    if event_id is None:
        raise UserError("»online-attendance« braucht --event ID.")
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise UserError(f"Die Veranstaltung mit der Nummer {event_id} gibt es nicht.")
        if event.status == CALLED_OFF:
            raise UserError(f"»{event.title}« ist abgesagt; eine Teilnahme kann nicht eingelesen werden.")
        start, end = event.starts_at, event.ends_at
        people = session.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.email).where(Person.anonymised_at.is_(None))
        ).all()
        registrations = {
            person_id: (registration_id, status, minutes, mode)
            for registration_id, person_id, status, minutes, mode in session.execute(
                select(
                    Registration.id,
                    Registration.person_id,
                    Registration.status,
                    Registration.attended_minutes,
                    Registration.attendance_mode,
                ).where(Registration.event_id == event_id)
            )
        }
    report = OnlineAttendanceReport(kind=KIND, dry_run=dry_run)
    report.unmatched = []
    parsed = parse_report(path, start.date(), report.errors)
    report.source = parsed.source
    report.raise_if_errors()
    by_email: dict[str, list[int]] = {}
    by_name: dict[tuple[str, str], list[int]] = {}
    for person_id, first, last, email in people:
        if email:
            by_email.setdefault(email.strip().lower(), []).append(person_id)
        by_name.setdefault((fold(first), fold(last)), []).append(person_id)
    event_minutes = int((end - start).total_seconds() // 60)
    marks: dict[int, _Mark] = {}
    for participant in parsed.participants:
        minutes = (
            attended_minutes(participant.intervals, start, end)
            if participant.intervals
            else min(event_minutes, int(participant.duration_only))
        )
        found, note = by_email.get((participant.email or "").lower(), []), ""
        if len(found) != 1:
            found = by_name.get(_split_display_name(participant.name), [])
            registered = [p for p in found if p in registrations]
            found = registered if len(found) > 1 and len(registered) == 1 else found
            note = "über den Namen zugeordnet – bitte prüfen"
        label = participant.name or participant.email or "?"
        if len(found) != 1:
            report.unmatched.append(label)
            continue
        if minutes <= 0:
            report.unmatched.append(f"{label} (nicht während der Veranstaltung)")
            continue
        person_id = found[0]
        previous = marks.get(person_id)
        if previous is not None:  # two accounts/devices of one person: keep the longer
            previous.minutes = max(previous.minutes, minutes)
            continue
        registration = registrations.get(person_id)
        marks[person_id] = _Mark(person_id, minutes, registration[0] if registration else None)
        unchanged = registration is not None and registration[1:] == (ATTENDED, minutes, ONLINE)
        status = UNCHANGED if unchanged else (UPDATE if registration else NEW)
        report.rows.append(
            RowOutcome(
                participant.rows[0],
                status,
                {"Name": participant.name, "E-Mail": participant.email or "", "Minuten": minutes},
                "; ".join(filter(None, [note, "" if registration else "ohne Anmeldung"])),
            )
        )
    if dry_run:
        return report
    with db.writing() as session:
        for mark in marks.values():
            registration_id = mark.registration_id
            if registration_id is None:
                registration_id = register(session, event_id, mark.person_id, confirmed=True, now=start).id
            change_status(session, registration_id, ATTENDED, promote=False)
            stored = session.get_one(Registration, registration_id)
            stored.attendance_mode, stored.attended_minutes = ONLINE, mark.minutes
            audit.record(
                session,
                "registration",
                registration_id,
                "Online-Teilnahme",
                f"{mark.minutes} Minuten online ({parsed.source})",
            )
    report.written = True
    return report
