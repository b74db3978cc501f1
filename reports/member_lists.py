"""Excel lists of people, organisations and mailing lists, as an office wants them.

Bold frozen header, autofilter, sensible widths, dates as dates (``reports.excel``); every text
is written as text, so ``=SUMME(A1:A3)`` or ``@Stadt`` stays those characters. The person
list's headers are the import's column names: an exported list can be edited and imported again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from model.core.db import Database
from model.core.errors import UserError
from model.core.vocab import NO_SALUTATION
from model.members.mailing_lists import list_mailing_lists, members, unreachable_reason
from model.members.organisations import list_organisations
from model.members.persons import PersonExportRow, export_rows, list_persons

from .excel import Column, Sheet, write_workbook

if TYPE_CHECKING:
    from model.members.billing import OrganisationBillingData

PERSON_COLUMNS = [
    Column("Anrede"),
    Column("Titel"),
    Column("Vorname"),
    Column("Nachname"),
    Column("Organisation"),
    Column("Art der Organisation"),
    Column("Abteilung"),
    Column("Funktion"),
    Column("Rolle"),
    Column("E-Mail"),
    Column("Telefon"),
    Column("Mobil"),
    Column("Straße"),
    Column("PLZ"),
    Column("Ort"),
    Column("Kammer"),
    Column("Kammer-Mitgliedsnummer"),
    Column("Einwilligung am", "date"),
    Column("Einwilligung für"),
    Column("Widerruf am", "date"),
    Column("aktiv", "bool"),
    Column("Geändert am", "datetime"),
    Column("Nr.", "number"),
]


def person_rows(rows: list[PersonExportRow]) -> list[list]:
    """The cells of the person list, in the order of ``PERSON_COLUMNS``."""
    return [
        [
            r.salutation if r.salutation != NO_SALUTATION else None,
            r.title,
            r.first_name,
            r.last_name,
            r.organisation,
            r.organisation_kind,
            r.department,
            r.function,
            r.role,
            r.email,
            r.phone,
            r.mobile,
            e.street,
            e.postcode,
            r.city,
            r.chamber,
            r.chamber_number,
            r.consent_date,
            e.consent_scope,
            r.consent_withdrawn_on,
            r.active,
            r.updated_at,
            r.id,
        ]
        for e in rows
        for r in (e.row,)
    ]


def write_persons(target: Path | str | BinaryIO, rows: list[PersonExportRow], title: str = "Personen") -> int:
    """Write the person list (rows from ``model.members.persons.export_rows``); returns the number of rows."""
    table = person_rows(rows)
    write_workbook(target, [Sheet(title, PERSON_COLUMNS, table)])
    return len(table)


def export_persons(db: Database, path: Path | str, *, event_id: int | None = None, **_ignored) -> int:
    """Every person who is not anonymised (the command line's ``export persons``)."""
    if event_id is not None:
        raise UserError("--event gilt nicht für »persons«.")
    rows = [row for row in list_persons(db) if not row.anonymised]
    return write_persons(path, export_rows(db, rows))


ORGANISATION_COLUMNS = [
    Column("Name"),
    Column("Art"),
    Column("AGS"),
    Column("Regierungsbezirk"),
    Column("Straße"),
    Column("PLZ"),
    Column("Ort"),
    Column("Telefon"),
    Column("E-Mail"),
    Column("Internet"),
    Column("Mitgliedschaft"),
    Column("Mitglied seit", "date"),
    Column("Jahresbeitrag", "money"),
    Column("Personen", "number"),
    Column("Programmgebiete", "number"),
    Column("Nr.", "number"),
    Column("Leitweg-ID"),
    Column("Rechnungsweg"),
    Column("E-Mail für Rechnungen"),
]


def export_organisations(db: Database, path: Path | str, *, event_id: int | None = None, rows=None, **_ignored) -> int:
    """Every organisation with its current membership (the command line's ``export organisations``)."""
    if event_id is not None:
        raise UserError("--event gilt nicht für »organisations«.")
    from model.members.billing import billing_by_organisation

    rows = list_organisations(db) if rows is None else rows
    billing = billing_by_organisation(db)
    table = [
        [
            r.name,
            r.kind,
            r.ags,
            r.regierungsbezirk,
            r.street,
            r.postcode,
            r.city,
            r.phone,
            r.email,
            r.website,
            r.status or None,
            r.member_since,
            r.annual_fee,
            r.people,
            r.areas,
            r.id,
            *_billing_cells(billing.get(r.id)),
        ]
        for r in rows
    ]
    write_workbook(path, [Sheet("Organisationen", ORGANISATION_COLUMNS, table)])
    return len(table)


def _billing_cells(data: OrganisationBillingData | None) -> tuple[str | None, str | None, str | None]:
    """Leitweg-ID, channel and invoice address; empty cells without billing data."""
    if data is None:
        return None, None, None
    return data.leitweg_id, data.channel, data.invoice_email


def export_mailing_list(db: Database, list_id: int, path: Path | str) -> int:
    """A mailing list: its people, with a column saying who gets no mail and why."""
    found = {row.id: row for row in list_mailing_lists(db)}
    if list_id not in found:
        raise UserError("Diesen Verteiler gibt es nicht mehr.")
    people = members(db, list_id)
    columns = [
        Column("Anrede"),
        Column("Titel"),
        Column("Vorname"),
        Column("Nachname"),
        Column("Organisation"),
        Column("Funktion"),
        Column("E-Mail"),
        Column("Telefon"),
        Column("erhält keine E-Mail, weil"),
    ]
    table = [
        [
            p.salutation if p.salutation != NO_SALUTATION else None,
            p.title,
            p.first_name,
            p.last_name,
            p.organisation,
            p.function,
            p.email,
            p.phone,
            unreachable_reason(p),
        ]
        for p in people
    ]
    write_workbook(
        path,
        [
            Sheet(
                found[list_id].name,
                columns,
                table,
                heading=f"Verteiler »{found[list_id].name}« – Stand {dt.date.today():%d.%m.%Y}",
            )
        ],
    )
    return len(table)
