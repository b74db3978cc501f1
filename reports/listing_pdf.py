"""The command line's ``list … --pdf``: the rows of ``model.reporting.listing`` as a printed list."""

from __future__ import annotations

import datetime as dt

from model.core.formatting import number, short_date

from .list_table import list_pdf
from .pdf import Letterhead

TITLES = {
    "persons": "Personen",
    "organisations": "Organisationen",
    "events": "Veranstaltungen",
    "registrations": "Anmeldungen",
}
# field -> German column header, in print order
COLUMNS = {
    "persons": {
        "id": "Nr.",
        "last_name": "Nachname",
        "first_name": "Vorname",
        "title": "Titel",
        "organisation": "Organisation",
        "email": "E-Mail",
        "chamber": "Kammer",
        "chamber_number": "Mitgliedsnummer",
    },
    "organisations": {"id": "Nr.", "name": "Name", "kind": "Art", "ags": "AGS", "is_member": "Mitglied"},
    "events": {
        "id": "Nr.",
        "start": "Beginn",
        "end": "Ende",
        "kind": "Art",
        "title": "Titel",
        "format": "Format",
        "status": "Status",
        "credit_hours": "Punkte",
    },
    "registrations": {
        "id": "Nr.",
        "event_id": "Veranstaltung",
        "last_name": "Nachname",
        "first_name": "Vorname",
        "organisation": "Organisation",
        "status": "Status",
        "role": "Rolle",
    },
}


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float):
        return number(value, 1)
    if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
        moment = dt.datetime.fromisoformat(value)
        return f"{short_date(moment.date())} {moment:%H:%M}"
    return str(value)


def listing_pdf(what: str, rows: list[dict], letterhead: Letterhead | None = None, filters: str = "") -> bytes:
    columns = COLUMNS[what]
    table = [[_display(row.get(field)) for field in columns] for row in rows]
    count = "1 Eintrag" if len(rows) == 1 else f"{len(rows)} Einträge"
    return list_pdf(
        TITLES[what], list(columns.values()), table, letterhead, " · ".join(part for part in (count, filters) if part)
    )
